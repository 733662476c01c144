import type { coverageSv } from "./coverage.sv";

/** English strings of the coverage panel's time figures and the year selection's open end (merged into `en.ts`). */
export const coverageEn: Record<keyof typeof coverageSv, string> = {
  "coverage.lastDone": "Last done",
  "coverage.nextPlanned": "Next planned",
  "coverage.daysAgo_one": "{count} day ago",
  "coverage.daysAgo_other": "{count} days ago",
  "coverage.inDays_one": "in {count} day",
  "coverage.inDays_other": "in {count} days",
  "coverage.today": "today",
  "coverage.noneDone": "None done",
  "coverage.nonePlanned": "Nothing planned",
  "coverage.range": "The counts cover {years}. Last done and next planned cover all time, with the selection's organisations, kinds and areas.",
  "coverage.rangeNone": "No years are chosen.",
  "coverage.placeTimeline": "Last done: {last}. Next planned: {next}.",

  "filters.onward": "{year} onward",
  "filters.thisYearOnward": "This year and planned ahead",
};
