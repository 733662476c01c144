import { describe, expect, it } from "vitest";
import { yearRuns } from "../../api/activities/activity-filter.sql";

describe("yearRuns", () => {
  it("merges consecutive years and keeps gaps", () => {
    expect(yearRuns([2023, 2021, 2022, 2025, 2025])).toEqual([
      [2021, 2023],
      [2025, 2025],
    ]);
    expect(yearRuns([])).toEqual([]);
  });

  it("leaves the last run open from the onward year, merging the years it reaches", () => {
    expect(yearRuns([2026], 2027)).toEqual([[2026, null]]);
    expect(yearRuns([2023], 2027)).toEqual([
      [2023, 2023],
      [2027, null],
    ]);
    expect(yearRuns([2024, 2025, 2026, 2028], 2027)).toEqual([[2024, null]]);
    expect(yearRuns([], 2027)).toEqual([[2027, null]]);
  });
});
