import { canWriteActivity } from "./access";
import { ActivityKind, ActivityStatus, type Organisation, type PriorityArea, type Role } from "./enums";
import { containsPersonalIdentityNumber } from "./personnummer";
import { EARLIEST_INSTANT } from "./years";

/** Limits on what an activity may hold. */
export const ACTIVITY_LIMITS = { titleMax: 200, notesMax: 4000, findingsMax: 2000, countMax: 1_000_000, yearsAhead: 2 } as const;

/** The outcome's count fields. */
export const COUNT_FIELDS = ["vehiclesChecked", "breathTests", "suspectedDrunkDriving", "suspectedDrugDriving", "peopleReached"] as const;
/** A count field of the outcome. */
export type CountField = (typeof COUNT_FIELDS)[number];
/** An outcome field of an activity. */
export type OutcomeField = CountField | "findings";

const TRAFFIC: readonly OutcomeField[] = ["vehiclesChecked", "breathTests", "suspectedDrunkDriving", "suspectedDrugDriving"];
const PEOPLE: readonly OutcomeField[] = ["peopleReached"];
const SEARCH: readonly OutcomeField[] = ["findings"];

/** Which outcome fields a kind records (traffic checks: vehicles and tests; visits: people; searches: findings). */
export const OUTCOME_FIELDS: Record<ActivityKind, readonly OutcomeField[]> = {
  [ActivityKind.TRAFFIC_CHECK]: TRAFFIC,
  [ActivityKind.FOOT_PATROL]: ["peopleReached", "findings"],
  [ActivityKind.RESIDENTIAL_PATROL]: ["peopleReached", "findings"],
  [ActivityKind.VILLAGE_VISIT]: PEOPLE,
  [ActivityKind.SCHOOL_VISIT]: PEOPLE,
  [ActivityKind.SCHOOL_INFORMATION]: PEOPLE,
  [ActivityKind.PUB_VISIT]: PEOPLE,
  [ActivityKind.YOUTH_VISIT]: PEOPLE,
  [ActivityKind.CITIZEN_DIALOGUE]: PEOPLE,
  [ActivityKind.JOINT_COMMUNICATION]: PEOPLE,
  [ActivityKind.DRUG_DOG_SEARCH]: SEARCH,
  [ActivityKind.TARGETED_OPERATION]: SEARCH,
};

/** The window an activity's times must lie in: from the earliest year to `yearsAhead` years after `now`. */
export function activityDateWindow(now: Date): { earliest: Date; latest: Date } {
  const latest = new Date(now);
  latest.setFullYear(latest.getFullYear() + ACTIVITY_LIMITS.yearsAhead);
  return { earliest: EARLIEST_INSTANT, latest };
}

/** An activity as a form or a request holds it; times as `Date`s or ISO strings. */
export interface ActivityDraft {
  organisation: Organisation;
  status: ActivityStatus;
  priorityAreas: readonly PriorityArea[];
  placeId?: string | number | null;
  lat?: number | null;
  lng?: number | null;
  startsAt: Date | string;
  endsAt?: Date | string | null;
  title?: string | null;
  notes?: string | null;
  outcome?: (Partial<Record<CountField, number | null>> & { findings?: string | null }) | null;
}

/** The rules a draft can break, named as the web's message catalogue names them. */
export type ActivityRule =
  | "rule.organisation"
  | "rule.priorityAreas"
  | "rule.position"
  | "rule.startsAt"
  | "rule.endsAt"
  | "rule.doneInFuture"
  | "rule.titleMax"
  | "rule.notesMax"
  | "rule.findingsMax"
  | "rule.personnummer"
  | "rule.count";

/** One broken rule: the input field (as the API names it in `extensions.field`) and the rule. */
export interface RuleBreach {
  field: string;
  key: ActivityRule;
  params?: Record<string, number>;
}

/**
 * Checks a draft against every rule that needs no database (the municipal boundary and the place's
 * existence are the server's), returning every broken rule, the fields named as the API names them
 * ("notes", "outcome.peopleReached", ...).
 */
export function checkActivity(input: ActivityDraft, role: Role, now: Date = new Date()): RuleBreach[] {
  const breaches: RuleBreach[] = [];
  if (!canWriteActivity(role, input.organisation)) breaches.push({ field: "organisation", key: "rule.organisation" });
  if (input.priorityAreas.length === 0) breaches.push({ field: "priorityAreas", key: "rule.priorityAreas" });
  const hasPoint = input.lat !== null && input.lat !== undefined && input.lng !== null && input.lng !== undefined;
  if (!input.placeId && (!hasPoint || !Number.isFinite(input.lat) || !Number.isFinite(input.lng))) breaches.push({ field: "lat", key: "rule.position" });

  const { earliest, latest } = activityDateWindow(now);
  const start = new Date(input.startsAt);
  const startValid = !Number.isNaN(start.getTime()) && start >= earliest && start <= latest;
  if (!startValid) breaches.push({ field: "startsAt", key: "rule.startsAt" });
  if (input.endsAt) {
    const end = new Date(input.endsAt);
    if (Number.isNaN(end.getTime()) || end > latest || end < earliest) breaches.push({ field: "endsAt", key: "rule.startsAt" });
    else if (startValid && end < start) breaches.push({ field: "endsAt", key: "rule.endsAt" });
  }
  if (startValid && input.status === ActivityStatus.DONE && start > now) breaches.push({ field: "status", key: "rule.doneInFuture" });

  const { titleMax, notesMax, findingsMax } = ACTIVITY_LIMITS;
  if (input.title && input.title.length > titleMax) breaches.push({ field: "title", key: "rule.titleMax", params: { max: titleMax } });
  else if (containsPersonalIdentityNumber(input.title)) breaches.push({ field: "title", key: "rule.personnummer" });
  if (input.notes && input.notes.length > notesMax) breaches.push({ field: "notes", key: "rule.notesMax", params: { max: notesMax } });
  else if (containsPersonalIdentityNumber(input.notes)) breaches.push({ field: "notes", key: "rule.personnummer" });

  const outcome = input.outcome ?? {};
  for (const field of COUNT_FIELDS) {
    const value = outcome[field];
    if (value === null || value === undefined) continue;
    if (!isValidCount(value)) breaches.push({ field: `outcome.${field}`, key: "rule.count" });
  }
  if (outcome.findings && outcome.findings.length > findingsMax) breaches.push({ field: "outcome.findings", key: "rule.findingsMax", params: { max: findingsMax } });
  else if (containsPersonalIdentityNumber(outcome.findings)) breaches.push({ field: "outcome.findings", key: "rule.personnummer" });
  return breaches;
}

/** True when `value` is a count an outcome may hold: a whole number from 0 to the limit. */
export function isValidCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= ACTIVITY_LIMITS.countMax;
}
