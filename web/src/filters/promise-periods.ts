/** A promise period: the years one medborgarlöfte agreement runs, inclusive. */
export interface PromisePeriod {
  from: number;
  to: number;
}

/**
 * The periods of the medborgarlöften as the promises list them: used until the
 * API's `promisePeriods` are in (the first requests of a page load are sent before that).
 */
export const PROMISE_PERIODS: readonly PromisePeriod[] = [
  { from: 2020, to: 2022 },
  { from: 2023, to: 2025 },
];

/** The years of a period, oldest first. */
export function periodYears(period: PromisePeriod): number[] {
  return Array.from({ length: period.to - period.from + 1 }, (_, i) => period.from + i);
}

/** The period that holds `year`, else the latest one that has begun, else the first. */
export function defaultPeriod(year: number, periods: readonly PromisePeriod[] = PROMISE_PERIODS): PromisePeriod {
  const holding = periods.find((p) => p.from <= year && year <= p.to);
  if (holding) return holding;
  const begun = periods.filter((p) => p.from <= year).sort((a, b) => b.to - a.to);
  return begun[0] ?? periods[0];
}

/** The years a person can pick: from the first period to this year or the last period's end. */
export function selectableYears(year: number, periods: readonly PromisePeriod[] = PROMISE_PERIODS): number[] {
  const first = Math.min(...periods.map((p) => p.from));
  const last = Math.max(year, ...periods.map((p) => p.to));
  return periodYears({ from: first, to: last });
}

/** This year in the municipality's time zone. */
export function currentYear(now: Date = new Date()): number {
  return Number(new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Europe/Stockholm" }).format(now));
}
