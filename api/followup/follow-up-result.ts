import { MIN_YEAR } from "../activities/activity-filter.sql";
import type { CitizenPromise } from "../promises/promise.entity";
import { PromiseMeasure, type PromiseTarget } from "../promises/promise-target.entity";
import { errors } from "../common/errors";
import type { ActivityKind, PlaceKind, PriorityArea, SchoolLevel } from "../common/enums";
import { AREA_PHRASE, AREA_PHRASE_EN, KIND_NOUN, KIND_NOUN_EN, PLACE_KIND_PHRASE, PLACE_KIND_PHRASE_EN, SCHOOL_LEVEL_PHRASE, SCHOOL_LEVEL_PHRASE_EN } from "./follow-up.labels";
import type { Measured } from "./follow-up.sql";
import { PromiseStatus, ReportLanguage } from "./follow-up.types";

/** A year as the follow-up sees it: over, running, or still to come (Europe/Stockholm). */
export type YearState = "past" | "current" | "future";

/** The follow-up's target with what it counts; for a promise without targets, its default. */
export type MeasuredTarget = Omit<PromiseTarget, "id" | "promiseId"> & { targetId: string | null };

const STOCKHOLM_YEAR = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Stockholm", year: "numeric" });
const NUMBER = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 1, useGrouping: false });
const NUMBER_EN = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1, useGrouping: false });

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
      cadencePeriod: null,
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

/** A sentence's words in one language: nouns, phrases and the few sentence shapes. */
interface Words {
  kind: Record<ActivityKind, Noun>;
  activity: Noun;
  area: Record<PriorityArea, string>;
  schoolLevel: Record<SchoolLevel, string>;
  placeKind: Record<PlaceKind, string>;
  and: string;
  or: string;
  number: Intl.NumberFormat;
  percent(whole: string): string;
  months(subject: string, months: number): string;
  monthsTarget(target: string): string;
  noShare(subject: string): string;
  share(percent: string, theSubject: string): string;
  shareTarget(percent: string): string;
  countOf(count: number, target: string, subject: string): string;
  noTarget: string;
  noNumber: string;
  current: string;
  future: string;
}

/** A noun for `n` of them: one, many, or the definite plural. */
type Noun = { one: string; many: string; the: string };

const WORDS: Record<ReportLanguage, Words> = {
  [ReportLanguage.SV]: {
    kind: KIND_NOUN,
    activity: { one: "aktivitet", many: "aktiviteter", the: "aktiviteterna" },
    area: AREA_PHRASE,
    schoolLevel: SCHOOL_LEVEL_PHRASE,
    placeKind: PLACE_KIND_PHRASE,
    and: "och",
    or: "eller",
    number: NUMBER,
    percent: (whole) => `${whole} %`,
    months: (subject, months) => `${subject} under ${months} av 12 månader`,
    monthsTarget: (target) => `mål: minst ${target} månader`,
    noShare: (subject) => `Inga ${subject}, så ingen andel utanför tätorten`,
    share: (percent, the) => `${percent} av ${the} utanför tätorten`,
    shareTarget: (percent) => `mål: minst ${percent}`,
    countOf: (count, target, subject) => `${count} av minst ${target} ${subject}`,
    noTarget: "inget mål utlovat",
    noNumber: "inget antal utlovat",
    current: "året pågår",
    future: "året har inte börjat",
  },
  [ReportLanguage.EN]: {
    kind: KIND_NOUN_EN,
    activity: { one: "activity", many: "activities", the: "the activities" },
    area: AREA_PHRASE_EN,
    schoolLevel: SCHOOL_LEVEL_PHRASE_EN,
    placeKind: PLACE_KIND_PHRASE_EN,
    and: "and",
    or: "or",
    number: NUMBER_EN,
    percent: (whole) => `${whole}%`,
    months: (subject, months) => `${subject} in ${months} of 12 months`,
    monthsTarget: (target) => `target: at least ${target} months`,
    noShare: (subject) => `No ${subject}, so no share outside the town`,
    share: (percent, the) => `${percent} of ${the} outside the town`,
    shareTarget: (percent) => `target: at least ${percent}`,
    countOf: (count, target, subject) => `${count} of at least ${target} ${subject}`,
    noTarget: "no target promised",
    noNumber: "no number promised",
    current: "the year is in progress",
    future: "the year has not begun",
  },
};

/** "a, b och c" (or "eller", "and", "or"). */
function listOf(items: string[], last: string): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${last} ${items.at(-1)}`;
}

/** Whole percent, rounded down so a share under its target never reads as reaching it. */
function percentDown(share: number): string {
  return String(Math.floor(share * 100 + 1e-9));
}

/**
 * The activities a target counts as a noun phrase, for `n` of them or in the definite ("the"):
 * "informationstillfällen på gymnasiet", "aktiviteter mot alkohol och droger".
 */
function subject(w: Words, t: MeasuredTarget, n: number | "the"): string {
  const form = n === "the" ? "the" : n === 1 ? "one" : "many";
  const parts: string[] = [];
  if (t.kinds.length === 1) {
    parts.push(w.kind[t.kinds[0]][form]);
  } else {
    parts.push(w.activity[form]);
    if (t.kinds.length > 1)
      parts.push(
        `(${listOf(
          t.kinds.map((k) => w.kind[k].many),
          w.and,
        )})`,
      );
  }
  if (t.priorityAreas.length > 0)
    parts.push(
      listOf(
        t.priorityAreas.map((a) => w.area[a]),
        w.or,
      ),
    );
  if (t.schoolLevel) parts.push(w.schoolLevel[t.schoolLevel]);
  else if (t.placeKind) parts.push(w.placeKind[t.placeKind]);
  return parts.join(" ");
}

/** The text with its first letter in upper case. */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The result as a sentence in `language` (Swedish by default): "3 av minst 1
 * informationstillfällen på gymnasiet", "Trafikkontroller under 10 av 12 månader", "45 % av
 * trafikkontrollerna utanför tätorten (mål: minst 40 %)"; a running year adds "året pågår".
 * In English: "3 of at least 1 information sessions at the upper secondary school", ….
 */
export function explain(t: MeasuredTarget, m: Measured, state: YearState, language: ReportLanguage = ReportLanguage.SV): string {
  const w = WORDS[language];
  const notes: string[] = [];
  let text: string;
  if (t.measure === PromiseMeasure.MONTHS_COVERED) {
    text = w.months(capitalise(subject(w, t, 2)), m.months);
    if (t.target === null) notes.push(w.noTarget);
    else if (t.target < 12) notes.push(w.monthsTarget(w.number.format(t.target)));
  } else if (t.measure === PromiseMeasure.SHARE_OUTSIDE_TOWN) {
    text = m.count === 0 ? w.noShare(subject(w, t, 2)) : w.share(w.percent(percentDown(m.outside / m.count)), subject(w, t, "the"));
    notes.push(t.target === null ? w.noTarget : w.shareTarget(w.percent(w.number.format(t.target * 100))));
  } else {
    text = t.target === null ? `${m.count} ${subject(w, t, m.count)}` : w.countOf(m.count, w.number.format(t.target), subject(w, t, m.count));
    if (t.target === null) notes.push(w.noNumber);
  }
  if (state === "current") notes.push(w.current);
  if (state === "future") notes.push(w.future);
  return notes.length > 0 ? `${text} (${notes.join("; ")})` : text;
}

/** The result's sentence in every language the API writes. */
export function explanations(t: MeasuredTarget, m: Measured, state: YearState): Record<ReportLanguage, string> {
  return { [ReportLanguage.SV]: explain(t, m, state, ReportLanguage.SV), [ReportLanguage.EN]: explain(t, m, state, ReportLanguage.EN) };
}
