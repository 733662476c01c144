import type { ActivityKind, ActivityStatus, Organisation, PriorityArea, Zone } from "../gql/graphql";

/** The values of each domain enum, in the order the page shows them. */
export const PRIORITY_AREAS: readonly PriorityArea[] = ["VIOLENCE", "ALCOHOL_DRUGS", "TRAFFIC", "FLEXIBLE"];
export const ACTIVITY_KINDS: readonly ActivityKind[] = [
  "FOOT_PATROL",
  "TRAFFIC_CHECK",
  "VILLAGE_VISIT",
  "SCHOOL_VISIT",
  "SCHOOL_INFORMATION",
  "DRUG_DOG_SEARCH",
  "PUB_VISIT",
  "YOUTH_VISIT",
  "RESIDENTIAL_PATROL",
  "TARGETED_OPERATION",
  "JOINT_COMMUNICATION",
  "CITIZEN_DIALOGUE",
];
export const ORGANISATIONS: readonly Organisation[] = ["POLICE", "MUNICIPALITY", "JOINT"];
export const STATUSES: readonly ActivityStatus[] = ["DONE", "PLANNED", "CANCELLED"];
export const ZONES: readonly Zone[] = ["TOWN", "VILLAGE", "RURAL"];
