import { registerEnumType } from "type-graphql";

/** The four priority areas of the agreement. */
export enum PriorityArea {
  VIOLENCE = "VIOLENCE",
  ALCOHOL_DRUGS = "ALCOHOL_DRUGS",
  TRAFFIC = "TRAFFIC",
  FLEXIBLE = "FLEXIBLE",
}

/** The kinds of activity the agreement names. */
export enum ActivityKind {
  FOOT_PATROL = "FOOT_PATROL",
  TRAFFIC_CHECK = "TRAFFIC_CHECK",
  VILLAGE_VISIT = "VILLAGE_VISIT",
  SCHOOL_VISIT = "SCHOOL_VISIT",
  SCHOOL_INFORMATION = "SCHOOL_INFORMATION",
  DRUG_DOG_SEARCH = "DRUG_DOG_SEARCH",
  PUB_VISIT = "PUB_VISIT",
  YOUTH_VISIT = "YOUTH_VISIT",
  RESIDENTIAL_PATROL = "RESIDENTIAL_PATROL",
  TARGETED_OPERATION = "TARGETED_OPERATION",
  JOINT_COMMUNICATION = "JOINT_COMMUNICATION",
  CITIZEN_DIALOGUE = "CITIZEN_DIALOGUE",
}

/** Who carries out an activity. */
export enum Organisation {
  POLICE = "POLICE",
  MUNICIPALITY = "MUNICIPALITY",
  JOINT = "JOINT",
}

/** Where an activity stands. */
export enum ActivityStatus {
  PLANNED = "PLANNED",
  DONE = "DONE",
  CANCELLED = "CANCELLED",
}

/** What sort of place a gazetteer entry is. */
export enum PlaceKind {
  TOWN = "TOWN",
  VILLAGE = "VILLAGE",
  SCHOOL = "SCHOOL",
  VENUE = "VENUE",
}

/** Town, villages or elsewhere: every activity is classified when written. */
export enum Zone {
  TOWN = "TOWN",
  VILLAGE = "VILLAGE",
  RURAL = "RURAL",
}

/** A signed-in user's role. */
export enum Role {
  VIEWER = "VIEWER",
  MUNICIPALITY = "MUNICIPALITY",
  POLICE = "POLICE",
  ADMIN = "ADMIN",
}

/** The level a school teaches, for promises that name one. */
export enum SchoolLevel {
  PRIMARY = "PRIMARY",
  LOWER_SECONDARY = "LOWER_SECONDARY",
  UPPER_SECONDARY = "UPPER_SECONDARY",
  ADULT = "ADULT",
}

registerEnumType(PriorityArea, { name: "PriorityArea", description: "Prioriterat område" });
registerEnumType(ActivityKind, { name: "ActivityKind", description: "Typ av aktivitet" });
registerEnumType(Organisation, { name: "Organisation", description: "Polisen, kommunen eller gemensamt" });
registerEnumType(ActivityStatus, { name: "ActivityStatus", description: "Planerad, genomförd eller inställd" });
registerEnumType(PlaceKind, { name: "PlaceKind", description: "Tätort, by, skola eller lokal" });
registerEnumType(Zone, { name: "Zone", description: "Tätorten, byarna eller annan plats" });
registerEnumType(Role, { name: "Role", description: "Användarens roll" });
registerEnumType(SchoolLevel, { name: "SchoolLevel", description: "Skolnivå" });
