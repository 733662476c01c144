import { YEARS } from "../../domain/years";
import { Organisation, PlaceKind, PriorityArea } from "../common/enums";
import { errors } from "../common/errors";
import type { PromiseInput, PromisePeriodInput, PromiseTargetInput } from "./promise.input";
import { PromiseMeasure, type PromiseTarget } from "./promise-target.entity";

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
  return {
    measure: input.measure,
    kinds: [...new Set(input.kinds ?? [])],
    priorityAreas: [...new Set(input.priorityAreas ?? [])],
    placeKind,
    schoolLevel,
    target,
    label: text(input.label, "label", "Beskrivningen av målet", 200),
  };
}
