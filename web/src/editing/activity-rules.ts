import { containsPersonalIdentityNumber } from "../../../api/common/personnummer";
import type { ActivityInput, ActivityKind, Organisation, Role } from "../gql/graphql";
import type { MessageKey } from "../i18n/sv";

/**
 * The server's limits on an activity (api/activities/activity-rules.ts), mirrored so the form can
 * say what is wrong before sending. The personnummer check is the API's own pure function; the
 * municipal boundary is left to the server (its answer is shown beside the position).
 */
export const RULES = { titleMax: 200, notesMax: 4000, findingsMax: 2000, countMax: 1_000_000, earliestYear: 2000, yearsAhead: 2 } as const;

/** The outcome's count fields. */
export const COUNT_FIELDS = ["vehiclesChecked", "breathTests", "suspectedDrunkDriving", "suspectedDrugDriving", "peopleReached"] as const;
/** An outcome field of the form. */
export type OutcomeField = (typeof COUNT_FIELDS)[number] | "findings";

const TRAFFIC: readonly OutcomeField[] = ["vehiclesChecked", "breathTests", "suspectedDrunkDriving", "suspectedDrugDriving"];
const PEOPLE: readonly OutcomeField[] = ["peopleReached"];
const SEARCH: readonly OutcomeField[] = ["findings"];

/** Which outcome fields a kind records (traffic checks: vehicles and tests; visits: people; searches: findings). */
export const OUTCOME_FIELDS: Record<ActivityKind, readonly OutcomeField[]> = {
  TRAFFIC_CHECK: TRAFFIC,
  FOOT_PATROL: ["peopleReached", "findings"],
  RESIDENTIAL_PATROL: ["peopleReached", "findings"],
  VILLAGE_VISIT: PEOPLE,
  SCHOOL_VISIT: PEOPLE,
  SCHOOL_INFORMATION: PEOPLE,
  PUB_VISIT: PEOPLE,
  YOUTH_VISIT: PEOPLE,
  CITIZEN_DIALOGUE: PEOPLE,
  JOINT_COMMUNICATION: PEOPLE,
  DRUG_DOG_SEARCH: SEARCH,
  TARGETED_OPERATION: SEARCH,
};

/** Which roles may write activities of each organisation (api/activities/activity-permissions.ts). */
const WRITERS: Record<Organisation, readonly Role[]> = {
  POLICE: ["POLICE", "ADMIN"],
  MUNICIPALITY: ["MUNICIPALITY", "ADMIN"],
  JOINT: ["MUNICIPALITY", "POLICE", "ADMIN"],
};

/** True when `role` may create, edit, mark done or delete activities of `organisation`. */
export function canWriteActivity(role: Role, organisation: Organisation): boolean {
  return WRITERS[organisation].includes(role);
}

/** The organisations `role` may write, in the usual order. */
export function writableOrganisations(role: Role): Organisation[] {
  return (["POLICE", "MUNICIPALITY", "JOINT"] as const).filter((o) => canWriteActivity(role, o));
}

/** True when the role may plan and record activities at all (not VIEWER). */
export function canPlan(role: Role): boolean {
  return writableOrganisations(role).length > 0;
}

/** The organisation a new activity gets for the role: its own, or joint for an administrator. */
export function defaultOrganisation(role: Role): Organisation {
  return role === "POLICE" ? "POLICE" : role === "MUNICIPALITY" ? "MUNICIPALITY" : "JOINT";
}

/** One broken rule: the input field (as the API names it in `extensions.field`) and the message. */
export interface RuleBreach {
  field: string;
  key: MessageKey;
  params?: Record<string, number>;
}

/**
 * Checks an input as the server will (but for the boundary), returning every broken rule, the
 * fields named as the API names them ("notes", "outcome.peopleReached", ...).
 */
export function checkActivity(input: ActivityInput, role: Role, now: Date = new Date()): RuleBreach[] {
  const breaches: RuleBreach[] = [];
  if (!canWriteActivity(role, input.organisation)) breaches.push({ field: "organisation", key: "rule.organisation" });
  if (input.priorityAreas.length === 0) breaches.push({ field: "priorityAreas", key: "rule.priorityAreas" });
  const hasPoint = input.lat !== null && input.lat !== undefined && input.lng !== null && input.lng !== undefined;
  if (!input.placeId && (!hasPoint || !Number.isFinite(input.lat) || !Number.isFinite(input.lng))) breaches.push({ field: "lat", key: "rule.position" });

  const latest = new Date(now);
  latest.setFullYear(latest.getFullYear() + RULES.yearsAhead);
  const earliest = new Date(Date.UTC(RULES.earliestYear, 0, 1));
  const start = new Date(input.startsAt as string);
  const startValid = !Number.isNaN(start.getTime()) && start >= earliest && start <= latest;
  if (!startValid) breaches.push({ field: "startsAt", key: "rule.startsAt" });
  if (input.endsAt) {
    const end = new Date(input.endsAt as string);
    if (Number.isNaN(end.getTime()) || end > latest || end < earliest) breaches.push({ field: "endsAt", key: "rule.startsAt" });
    else if (startValid && end < start) breaches.push({ field: "endsAt", key: "rule.endsAt" });
  }
  if (startValid && input.status === "DONE" && start > now) breaches.push({ field: "status", key: "rule.doneInFuture" });

  if (input.title && input.title.length > RULES.titleMax) breaches.push({ field: "title", key: "rule.titleMax", params: { max: RULES.titleMax } });
  else if (containsPersonalIdentityNumber(input.title)) breaches.push({ field: "title", key: "rule.personnummer" });
  if (input.notes && input.notes.length > RULES.notesMax) breaches.push({ field: "notes", key: "rule.notesMax", params: { max: RULES.notesMax } });
  else if (containsPersonalIdentityNumber(input.notes)) breaches.push({ field: "notes", key: "rule.personnummer" });

  const outcome = input.outcome ?? {};
  for (const field of COUNT_FIELDS) {
    const value = outcome[field];
    if (value === null || value === undefined) continue;
    if (!Number.isInteger(value) || value < 0 || value > RULES.countMax) breaches.push({ field: `outcome.${field}`, key: "rule.count" });
  }
  if (outcome.findings && outcome.findings.length > RULES.findingsMax) breaches.push({ field: "outcome.findings", key: "rule.findingsMax", params: { max: RULES.findingsMax } });
  else if (containsPersonalIdentityNumber(outcome.findings)) breaches.push({ field: "outcome.findings", key: "rule.personnummer" });
  return breaches;
}
