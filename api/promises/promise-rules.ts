import { YEARS } from "../../domain/years";
import { Organisation, PlaceKind, PriorityArea } from "../common/enums";
import { errors } from "../common/errors";
import { isDatabaseId } from "../common/parse-id";
import type { PromiseInput, PromisePeriodInput, PromiseTargetInput } from "./promise.input";
import { CadencePeriod, PromiseMeasure, type PromiseTarget } from "./promise-target.entity";

/** The years a promise period may cover. */
export const PERIOD_YEARS = { min: YEARS.earliest, max: YEARS.latest } as const;

/** Text that must have between `min` and `max` characters once trimmed. */
function text(value: string, field: string, what: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length < 1 || trimmed.length > max) throw errors.badInput(field, `${what} måste ha 1–${max} tecken.`);
  return trimmed;
}

/** A year a period may start or end in. */
function periodYear(value: number, field: string, what: string): number {
  if (!Number.isInteger(value) || value < PERIOD_YEARS.min || value > PERIOD_YEARS.max) {
    throw errors.badInput(field, `${what} måste vara ett år från ${PERIOD_YEARS.min} till ${PERIOD_YEARS.max}.`);
  }
  return value;
}

/** Checks a period's own fields (the overlap with other periods is checked against the database). */
export function checkPeriod(input: PromisePeriodInput): PromisePeriodInput {
  const name = text(input.name, "name", "Namnet", 100);
  const startYear = periodYear(input.startYear, "startYear", "Startåret");
  const endYear = periodYear(input.endYear, "endYear", "Slutåret");
  if (endYear < startYear) throw errors.badInput("endYear", "Slutåret kan inte ligga före startåret.");
  return { name, startYear, endYear };
}

/** Checks a promise's own fields (the number's uniqueness is checked against the database). */
export function checkPromise(input: PromiseInput): PromiseInput {
  if (!Number.isInteger(input.number) || input.number < 1 || input.number > 99) throw errors.badInput("number", "Numret måste vara ett heltal från 1 till 99.");
  if (!Object.values(Organisation).includes(input.organisation)) throw errors.badInput("organisation", "Okänd organisation.");
  if (!Object.values(PriorityArea).includes(input.priorityArea)) throw errors.badInput("priorityArea", "Okänt prioriterat område.");
  return {
    number: input.number,
    title: text(input.title, "title", "Rubriken", 300),
    description: text(input.description, "description", "Beskrivningen", 4000),
    organisation: input.organisation,
    priorityArea: input.priorityArea,
  };
}

/** The allowed target values per measure, with the message for a value outside them. */
const TARGET_RULES: Record<PromiseMeasure, { ok: (n: number) => boolean; message: string }> = {
  [PromiseMeasure.COUNT_PER_YEAR]: { ok: (n) => Number.isInteger(n) && n >= 1 && n <= 100_000, message: "Målet måste vara ett heltal från 1 till 100 000." },
  [PromiseMeasure.MONTHS_COVERED]: { ok: (n) => Number.isInteger(n) && n >= 1 && n <= 12, message: "Målet måste vara ett antal månader från 1 till 12." },
  [PromiseMeasure.SHARE_OUTSIDE_TOWN]: { ok: (n) => Number.isFinite(n) && n > 0 && n <= 1, message: "Målet måste vara en andel större än 0 och högst 1 (t.ex. 0,4 för 40 %)." },
  [PromiseMeasure.VILLAGE_CADENCE]: { ok: (n) => Number.isInteger(n) && n >= 1 && n <= 365, message: "Besöksrytmen måste vara ett heltal från 1 till 365 besök per by." },
};

/** A target as it is stored: every optional field filled in, lists without repeats. */
export type CheckedTarget = Omit<PromiseTarget, "id" | "promiseId">;

/** Checks a target and fills in its defaults. */
export function checkTarget(input: PromiseTargetInput): CheckedTarget {
  const rule = TARGET_RULES[input.measure];
  if (!rule) throw errors.badInput("measure", "Okänt mått.");
  const target = input.target ?? null;
  if (target !== null && !rule.ok(target)) throw errors.badInput("target", rule.message);
  const placeKind = input.placeKind ?? null;
  const schoolLevel = input.schoolLevel ?? null;
  if (schoolLevel !== null && placeKind !== PlaceKind.SCHOOL) throw errors.badInput("schoolLevel", "En skolnivå kräver platstypen skola (SCHOOL).");
  const cadencePeriod = checkCadence(input, target, placeKind);
  return {
    measure: input.measure,
    kinds: [...new Set(input.kinds ?? [])],
    priorityAreas: [...new Set(input.priorityAreas ?? [])],
    placeKind,
    schoolLevel,
    target,
    label: text(input.label, "label", "Beskrivningen av målet", 200),
    cadencePeriod,
  };
}

/**
 * The cadence part of a target: a cadence counts visits to villages, so it needs its number and
 * takes no place kind; its period defaults to the year. Other measures take no period nor exceptions.
 */
function checkCadence(input: PromiseTargetInput, target: number | null, placeKind: PlaceKind | null): CadencePeriod | null {
  const period = input.cadencePeriod ?? null;
  if (input.measure !== PromiseMeasure.VILLAGE_CADENCE) {
    if (period !== null) throw errors.badInput("cadencePeriod", "Bara en besöksrytm (VILLAGE_CADENCE) har en period.");
    if ((input.villageExceptions ?? []).length > 0) throw errors.badInput("villageExceptions", "Bara en besöksrytm (VILLAGE_CADENCE) har undantag för byar.");
    return null;
  }
  if (target === null) throw errors.badInput("target", "En besöksrytm behöver ett antal besök per by.");
  if (placeKind !== null) throw errors.badInput("placeKind", "En besöksrytm gäller byarna och tar ingen platstyp.");
  if (period !== null && !Object.values(CadencePeriod).includes(period)) throw errors.badInput("cadencePeriod", "Okänd period.");
  return period ?? CadencePeriod.YEAR;
}

/** A checked cadence exception: a village id and its visits. */
export interface CheckedException {
  placeId: number;
  visits: number;
}

/**
 * A cadence's exceptions, checked for their own sake (that each place is a village is checked
 * against the database); null when the input leaves them as they are.
 */
export function checkExceptions(input: PromiseTargetInput): CheckedException[] | null {
  if (input.villageExceptions == null) return input.measure === PromiseMeasure.VILLAGE_CADENCE ? null : [];
  const seen = new Set<number>();
  return input.villageExceptions.map((e) => {
    if (!isDatabaseId(e.placeId)) throw errors.badInput("villageExceptions", `Okänd plats-id "${e.placeId}".`);
    const placeId = Number(e.placeId);
    if (seen.has(placeId)) throw errors.badInput("villageExceptions", "Samma by står två gånger bland undantagen.");
    seen.add(placeId);
    if (!Number.isInteger(e.visits) || e.visits < 0 || e.visits > 365) throw errors.badInput("villageExceptions", "Antalet besök i ett undantag måste vara ett heltal från 0 till 365.");
    return { placeId, visits: e.visits };
  });
}
