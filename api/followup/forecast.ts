import { MIN_YEAR } from "../activities/activity-filter.sql";
import { errors } from "../common/errors";
import { PromiseMeasure } from "../promises/promise-target.entity";
import type { Measured } from "./follow-up.sql";
import { PromiseStatus } from "./follow-up.types";

/** A calendar day in Europe/Stockholm. */
export interface LocalDay {
  year: number;
  month: number;
  day: number;
}

const STOCKHOLM_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" });

/** The day as YYYY-MM-DD. */
export function formatDay(d: LocalDay): string {
  return `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

/** The day in Stockholm at `now`. */
export function stockholmDay(now: Date = new Date()): LocalDay {
  const [year, month, day] = STOCKHOLM_DAY.format(now).split("-").map(Number);
  return { year, month, day };
}

const STOCKHOLM_PARTS = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Stockholm", hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric" });

/** The instant the Stockholm day `d` begins (Swedish clocks change at 02:00/03:00, never at midnight). */
export function stockholmMidnight(d: LocalDay): Date {
  const guess = Date.UTC(d.year, d.month - 1, d.day);
  const parts = Object.fromEntries(STOCKHOLM_PARTS.formatToParts(new Date(guess)).map((p) => [p.type, p.value]));
  const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return new Date(guess - (local - guess));
}

/** The first instant after the day `d` ends in Stockholm (the next day's midnight there). */
export function endOfDay(d: LocalDay): Date {
  const next = new Date(Date.UTC(d.year, d.month - 1, d.day + 1));
  return stockholmMidnight({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() });
}

/** Days in a month of a year (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days in a year (365 or 366). */
export function daysInYear(year: number): number {
  return daysInMonth(year, 2) === 29 ? 366 : 365;
}

/** The day's number in its year, 1 January being 1. */
export function dayOfYear(d: LocalDay): number {
  return (Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(d.year, 0, 1)) / 86_400_000 + 1;
}

/** Days from `a` to `b` (negative when `b` comes first). */
function compareDays(a: LocalDay, b: LocalDay): number {
  return Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day);
}

/**
 * The day a follow-up is counted up to: `text` (YYYY-MM-DD, a real day from 2000 to today), or by
 * default today, or the last day of `year` when that year is over. BAD_USER_INPUT otherwise.
 */
export function asOfDay(text: string | null | undefined, year: number, now: Date = new Date()): LocalDay {
  const today = stockholmDay(now);
  if (text == null) return year < today.year ? { year, month: 12, day: 31 } : today;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const day = match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
  if (!day || day.month < 1 || day.month > 12 || day.day < 1 || day.day > daysInMonth(day.year, day.month)) {
    throw errors.badInput("asOf", "Datumet måste vara en riktig dag skriven ÅÅÅÅ-MM-DD, till exempel 2024-06-30.");
  }
  if (day.year < MIN_YEAR) throw errors.badInput("asOf", `Datumet får inte ligga före år ${MIN_YEAR}.`);
  if (compareDays(day, today) > 0) throw errors.badInput("asOf", `Datumet får inte ligga efter i dag (${formatDay(today)}): uppföljningen visar det som har hänt.`);
  return day;
}

/**
 * The share of a year's activities that have usually happened by the end of `asOf`. With
 * `history` (the counts per month, January first, of the same target in earlier years) the share
 * follows how those years were spread: the months before in full, and `asOf`'s month by the part
 * of it that has gone. Without history, or when the earlier years had nothing this early, the
 * share is linear: the days gone of the days in the year.
 */
export function elapsedShare(asOf: LocalDay, history: readonly number[] | null): number {
  const linear = dayOfYear(asOf) / daysInYear(asOf.year);
  const total = history ? history.reduce((sum, n) => sum + n, 0) : 0;
  if (!history || total <= 0) return linear;
  let before = 0;
  for (let m = 1; m < asOf.month; m += 1) before += history[m - 1];
  const share = (before + (history[asOf.month - 1] * asOf.day) / daysInMonth(asOf.year, asOf.month)) / total;
  return share > 0 ? share : linear;
}

/**
 * The months of `asOf`'s year that can still get their first activity: the months after it
 * without one, and its own month when it has none and is not over with the day.
 */
export function monthsStillPossible(asOf: LocalDay, byMonth: readonly number[]): number {
  let possible = 0;
  const monthOver = asOf.day >= daysInMonth(asOf.year, asOf.month);
  for (let m = asOf.month; m <= 12; m += 1) {
    if (byMonth[m - 1] > 0) continue;
    if (m === asOf.month && monthOver) continue;
    possible += 1;
  }
  return possible;
}

/**
 * A target's value at the end of the year at the pace so far (`asOf` lying in the year):
 * - a count: the count so far divided by the share of the year that has usually happened
 *   (`elapsedShare`, weighted by the earlier years' months when there are any);
 * - months with an activity: the months covered so far plus the months still possible;
 * - a share outside the town: the share so far (a pace that holds keeps the share).
 */
export function forecastOf(measure: PromiseMeasure, m: Measured, history: readonly number[] | null, asOf: LocalDay): number {
  if (measure === PromiseMeasure.MONTHS_COVERED) return m.months + monthsStillPossible(asOf, m.byMonth);
  if (measure === PromiseMeasure.SHARE_OUTSIDE_TOWN) return m.count === 0 ? 0 : m.outside / m.count;
  return m.count / elapsedShare(asOf, history);
}

/**
 * Judges a target while its year runs: MET when a count or a number of months already reaches
 * it (they only grow), ON_TRACK when the forecast reaches it, AT_RISK when it does not; a share
 * is never MET before the year is over, since it can still fall.
 */
export function paceStatus(measure: PromiseMeasure, actual: number, forecast: number, target: number | null): PromiseStatus {
  if (target === null) return PromiseStatus.NO_TARGET;
  const reaches = (value: number) => value >= target - 1e-9;
  if (measure !== PromiseMeasure.SHARE_OUTSIDE_TOWN && reaches(actual)) return PromiseStatus.MET;
  return reaches(forecast) ? PromiseStatus.ON_TRACK : PromiseStatus.AT_RISK;
}
