import { MIN_YEAR } from "../activities/activity-filter.sql";
import type { CitizenPromise } from "../promises/promise.entity";
import { PromiseMeasure, type PromiseTarget } from "../promises/promise-target.entity";
import { errors } from "../common/errors";
import { AREA_PHRASE, KIND_NOUN, PLACE_KIND_PHRASE, SCHOOL_LEVEL_PHRASE } from "./follow-up.labels";
import type { Measured } from "./follow-up.sql";
import { PromiseStatus } from "./follow-up.types";

/** A year as the follow-up sees it: over, running, or still to come (Europe/Stockholm). */
export type YearState = "past" | "current" | "future";

/** The follow-up's target with what it counts; for a promise without targets, its default. */
export type MeasuredTarget = Omit<PromiseTarget, "id" | "promiseId"> & { targetId: string | null };

const STOCKHOLM_YEAR = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Stockholm", year: "numeric" });
const NUMBER = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 1, useGrouping: false });

/** The calendar year in Europe/Stockholm at `now`: the follow-up's "current year". */
export function stockholmYear(now: Date = new Date()): number {
  return Number(STOCKHOLM_YEAR.format(now));
}

/** Whether `year` is over, running or to come at `now`. */
export function yearState(year: number, now: Date = new Date()): YearState {
  const current = stockholmYear(now);
  return year < current ? "past" : year === current ? "current" : "future";
}

/** BAD_USER_INPUT unless `year` lies from 2000 to next year. */
export function checkFollowUpYear(year: number, now: Date = new Date()): void {
  const max = stockholmYear(now) + 1;
  if (!Number.isInteger(year) || year < MIN_YEAR || year > max) throw errors.badInput("year", `Året måste ligga mellan ${MIN_YEAR} och ${max}.`);
}

/**
 * The targets a promise is followed up by: its own, or when it has none one without a number
 * that counts the activities of its priority area, so that every promise has a result.
 */
export function targetsToMeasure(promise: CitizenPromise, targets: PromiseTarget[]): MeasuredTarget[] {
  if (targets.length > 0) return targets.map(({ id, promiseId: _promise, ...rest }) => ({ ...rest, targetId: String(id) }));
  return [
    {
      targetId: null,
      measure: PromiseMeasure.COUNT_PER_YEAR,
      kinds: [],
      priorityAreas: [promise.priorityArea],
      placeKind: null,
      schoolLevel: null,
      target: null,
      label: `Aktiviteter ${AREA_PHRASE[promise.priorityArea]} per år`,
    },
  ];
}

/** The measured value in the unit of the target: a count, months, or a share 0–1. */
export function actualOf(measure: PromiseMeasure, m: Measured): number {
  if (measure === PromiseMeasure.MONTHS_COVERED) return m.months;
  if (measure === PromiseMeasure.SHARE_OUTSIDE_TOWN) return m.count === 0 ? 0 : m.outside / m.count;
  return m.count;
}

/**
 * Judges a result. A past year is MET or NOT_MET. While a year runs, a count or a number of months
 * that already reaches its target is MET (later activities can only add to it); a share stays
 * IN_PROGRESS until the year is over, since it can still fall; anything else is IN_PROGRESS.
 */
export function statusOf(measure: PromiseMeasure, actual: number, target: number | null, state: YearState): PromiseStatus {
  if (target === null) return PromiseStatus.NO_TARGET;
  const met = actual >= target - 1e-9;
  if (state === "past") return met ? PromiseStatus.MET : PromiseStatus.NOT_MET;
  return met && measure !== PromiseMeasure.SHARE_OUTSIDE_TOWN ? PromiseStatus.MET : PromiseStatus.IN_PROGRESS;
}

/** "a, b och c" (or "eller"). */
function listSv(items: string[], last: "och" | "eller"): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${last} ${items.at(-1)}`;
}

/** Whole percent, rounded down so a share under its target never reads as reaching it. */
function percentDown(share: number): string {
  return String(Math.floor(share * 100 + 1e-9));
}

/**
 * The activities a target counts as a Swedish noun phrase, for `n` of them or in the definite
 * ("the"): "informationstillfällen på gymnasiet", "aktiviteter mot alkohol och droger".
 */
function subject(t: MeasuredTarget, n: number | "the"): string {
  const form = n === "the" ? "the" : n === 1 ? "one" : "many";
  const parts: string[] = [];
  if (t.kinds.length === 1) {
    parts.push(KIND_NOUN[t.kinds[0]][form]);
  } else {
    parts.push({ one: "aktivitet", many: "aktiviteter", the: "aktiviteterna" }[form]);
    if (t.kinds.length > 1) parts.push(`(${listSv(t.kinds.map((k) => KIND_NOUN[k].many), "och")})`);
  }
  if (t.priorityAreas.length > 0) parts.push(listSv(t.priorityAreas.map((a) => AREA_PHRASE[a]), "eller"));
  if (t.schoolLevel) parts.push(SCHOOL_LEVEL_PHRASE[t.schoolLevel]);
  else if (t.placeKind) parts.push(PLACE_KIND_PHRASE[t.placeKind]);
  return parts.join(" ");
}

/** The text with its first letter in upper case. */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The result as a Swedish sentence: "3 av minst 1 informationstillfällen på gymnasiet",
 * "Trafikkontroller under 10 av 12 månader", "45 % av trafikkontrollerna utanför tätorten
 * (mål: minst 40 %)"; a running year adds "året pågår".
 */
export function explain(t: MeasuredTarget, m: Measured, state: YearState): string {
  const notes: string[] = [];
  let text: string;
  if (t.measure === PromiseMeasure.MONTHS_COVERED) {
    text = `${capitalise(subject(t, 2))} under ${m.months} av 12 månader`;
    if (t.target === null) notes.push("inget mål utlovat");
    else if (t.target < 12) notes.push(`mål: minst ${NUMBER.format(t.target)} månader`);
  } else if (t.measure === PromiseMeasure.SHARE_OUTSIDE_TOWN) {
    text = m.count === 0 ? `Inga ${subject(t, 2)}, så ingen andel utanför tätorten` : `${percentDown(m.outside / m.count)} % av ${subject(t, "the")} utanför tätorten`;
    notes.push(t.target === null ? "inget mål utlovat" : `mål: minst ${NUMBER.format(t.target * 100)} %`);
  } else {
    text = t.target === null ? `${m.count} ${subject(t, m.count)}` : `${m.count} av minst ${NUMBER.format(t.target)} ${subject(t, m.count)}`;
    if (t.target === null) notes.push("inget antal utlovat");
  }
  if (state === "current") notes.push("året pågår");
  if (state === "future") notes.push("året har inte börjat");
  return notes.length > 0 ? `${text} (${notes.join("; ")})` : text;
}
