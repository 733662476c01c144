import { describe, expect, it } from "vitest";
import { yearRuns } from "../../api/activities/activity-filter.sql";

describe("yearRuns", () => {
  it("merges consecutive years and keeps gaps", () => {
    expect(yearRuns([2023, 2021, 2022, 2025, 2025])).toEqual([[2021, 2023], [2025, 2025]]);
    expect(yearRuns([])).toEqual([]);
  });
});
