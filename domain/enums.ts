/**
 * The values of every enum the API exposes, written once for the API (which registers them as
 * GraphQL enums and PostgreSQL enum columns) and the web (which lists them in forms and filters).
 * Each is a frozen object (usable as `Kind.FOOT_PATROL`) and a type of the same name (the union of
 * its values). The key order is the order the schema lists them in.
 */

/** The values of an enum object, as a union type. */
export type ValueOf<T> = T[keyof T];

/** The four priority areas of the agreement. */
export const PriorityArea = { VIOLENCE: "VIOLENCE", ALCOHOL_DRUGS: "ALCOHOL_DRUGS", TRAFFIC: "TRAFFIC", FLEXIBLE: "FLEXIBLE" } as const;
export type PriorityArea = ValueOf<typeof PriorityArea>;

/** The kinds of activity the agreement names. */
export const ActivityKind = {
  FOOT_PATROL: "FOOT_PATROL",
  TRAFFIC_CHECK: "TRAFFIC_CHECK",
  VILLAGE_VISIT: "VILLAGE_VISIT",
  SCHOOL_VISIT: "SCHOOL_VISIT",
  SCHOOL_INFORMATION: "SCHOOL_INFORMATION",
  DRUG_DOG_SEARCH: "DRUG_DOG_SEARCH",
  PUB_VISIT: "PUB_VISIT",
  YOUTH_VISIT: "YOUTH_VISIT",
  RESIDENTIAL_PATROL: "RESIDENTIAL_PATROL",
  TARGETED_OPERATION: "TARGETED_OPERATION",
  JOINT_COMMUNICATION: "JOINT_COMMUNICATION",
  CITIZEN_DIALOGUE: "CITIZEN_DIALOGUE",
} as const;
export type ActivityKind = ValueOf<typeof ActivityKind>;

/** Who carries out an activity. */
export const Organisation = { POLICE: "POLICE", MUNICIPALITY: "MUNICIPALITY", JOINT: "JOINT" } as const;
export type Organisation = ValueOf<typeof Organisation>;

/** Where an activity stands. */
export const ActivityStatus = { PLANNED: "PLANNED", DONE: "DONE", CANCELLED: "CANCELLED" } as const;
export type ActivityStatus = ValueOf<typeof ActivityStatus>;

/** What sort of place a gazetteer entry is. */
export const PlaceKind = { TOWN: "TOWN", VILLAGE: "VILLAGE", SCHOOL: "SCHOOL", VENUE: "VENUE" } as const;
export type PlaceKind = ValueOf<typeof PlaceKind>;

/** Town, villages or elsewhere: every activity is classified when written. */
export const Zone = { TOWN: "TOWN", VILLAGE: "VILLAGE", RURAL: "RURAL" } as const;
export type Zone = ValueOf<typeof Zone>;

/** A signed-in user's role. */
export const Role = { VIEWER: "VIEWER", MUNICIPALITY: "MUNICIPALITY", POLICE: "POLICE", ADMIN: "ADMIN" } as const;
export type Role = ValueOf<typeof Role>;

/** The level a school teaches, for promises that name one. */
export const SchoolLevel = { PRIMARY: "PRIMARY", LOWER_SECONDARY: "LOWER_SECONDARY", UPPER_SECONDARY: "UPPER_SECONDARY", ADULT: "ADULT" } as const;
export type SchoolLevel = ValueOf<typeof SchoolLevel>;

/** How a promise is measured: the activities that count and the yearly target, if any. */
export const PromiseMeasure = { COUNT_PER_YEAR: "COUNT_PER_YEAR", MONTHS_COVERED: "MONTHS_COVERED", SHARE_OUTSIDE_TOWN: "SHARE_OUTSIDE_TOWN", VILLAGE_CADENCE: "VILLAGE_CADENCE" } as const;
export type PromiseMeasure = ValueOf<typeof PromiseMeasure>;

/** The span a village cadence counts its visits over: the calendar year, or each half of it. */
export const CadencePeriod = { YEAR: "YEAR", HALF_YEAR: "HALF_YEAR" } as const;
export type CadencePeriod = ValueOf<typeof CadencePeriod>;

export const PRIORITY_AREAS: readonly PriorityArea[] = Object.values(PriorityArea);
export const ACTIVITY_KINDS: readonly ActivityKind[] = Object.values(ActivityKind);
export const ORGANISATIONS: readonly Organisation[] = Object.values(Organisation);
/** The statuses in the order pages show them: done work first. */
export const STATUSES: readonly ActivityStatus[] = [ActivityStatus.DONE, ActivityStatus.PLANNED, ActivityStatus.CANCELLED];
export const PLACE_KINDS: readonly PlaceKind[] = Object.values(PlaceKind);
export const ZONES: readonly Zone[] = Object.values(Zone);
export const ROLES: readonly Role[] = Object.values(Role);
export const SCHOOL_LEVELS: readonly SchoolLevel[] = Object.values(SchoolLevel);
export const PROMISE_MEASURES: readonly PromiseMeasure[] = Object.values(PromiseMeasure);
export const CADENCE_PERIODS: readonly CadencePeriod[] = Object.values(CadencePeriod);
