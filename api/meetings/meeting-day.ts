import { MIN_YEAR } from "../activities/activity-filter.sql";
import { errors } from "../common/errors";

const STOCKHOLM_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" });
const STOCKHOLM_PARTS = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Stockholm", hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric" });

/** The calendar day (YYYY-MM-DD) in Europe/Stockholm at `at`. */
export function stockholmDay(at: Date): string {
  return STOCKHOLM_DAY.format(at);
}

/** The instant a Stockholm calendar day begins (Swedish clocks change at 02:00/03:00, never at midnight). */
export function stockholmMidnight(day: string): Date {
  const [y, m, d] = day.split("-").map(Number);
  const guess = Date.UTC(y, m - 1, d);
  const parts = Object.fromEntries(STOCKHOLM_PARTS.formatToParts(new Date(guess)).map((p) => [p.type, p.value]));
  const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return new Date(guess - (local - guess));
}

/**
 * A day as YYYY-MM-DD that exists, from the earliest year of the data to `today` (Stockholm);
 * BAD_USER_INPUT on `field` otherwise.
 */
export function checkDay(day: string, field: string, today: Date = new Date()): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const valid = match !== null && new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).toISOString().slice(0, 10) === day;
  if (!valid) throw errors.badInput(field, `"${day.slice(0, 20)}" är inget datum (ÅÅÅÅ-MM-DD).`);
  if (Number(match[1]) < MIN_YEAR) throw errors.badInput(field, `Datumet ligger före ${MIN_YEAR}.`);
  if (day > stockholmDay(today)) throw errors.badInput(field, "Datumet ligger i framtiden.");
  return day;
}
