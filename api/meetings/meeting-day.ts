import { MIN_YEAR } from "../activities/activity-filter.sql";
import { errors } from "../common/errors";
import { formatDay, stockholmDay as localDay, stockholmMidnight as midnight } from "../followup/forecast";

/** The calendar day (YYYY-MM-DD) in Europe/Stockholm at `at`. */
export function stockholmDay(at: Date): string {
  return formatDay(localDay(at));
}

/** The instant a Stockholm calendar day (YYYY-MM-DD) begins. */
export function stockholmMidnight(day: string): Date {
  const [year, month, date] = day.split("-").map(Number);
  return midnight({ year, month, day: date });
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
