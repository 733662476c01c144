import { describe, expect, it } from "vitest";
import { asOfDay, elapsedShare, forecastOf, monthsStillPossible, paceStatus } from "../../api/followup/forecast";
import { emptyMeasure, type Measured } from "../../api/followup/follow-up.sql";
import { PromiseStatus } from "../../api/followup/follow-up.types";
import { PromiseMeasure as M } from "../../api/promises/promise-target.entity";

/** A measure with `byMonth` counts (January first) and `outside` of them outside the town. */
function measured(byMonth: number[], outside = 0): Measured {
  const months = [...byMonth, ...Array(12 - byMonth.length).fill(0)];
  return { ...emptyMeasure(), byMonth: months, count: months.reduce((s, n) => s + n, 0), months: months.filter((n) => n > 0).length, outside };
}

describe("the forecast at year end", () => {
  it("without earlier years, a count goes on linearly by days: 10 by 30 June 2024 (182 of 366 days) makes 10 × 366 / 182", () => {
    expect(elapsedShare({ year: 2024, month: 6, day: 30 }, null)).toBeCloseTo(182 / 366, 12);
    expect(forecastOf(M.COUNT_PER_YEAR, measured([2, 2, 2, 2, 1, 1]), null, { year: 2024, month: 6, day: 30 })).toBeCloseTo((10 * 366) / 182, 9);
    // 2023 is not a leap year: 1 October is day 274 of 365.
    expect(elapsedShare({ year: 2023, month: 10, day: 1 }, null)).toBeCloseTo(274 / 365, 12);
  });

  it("with earlier years, a count follows how they were spread over the months", () => {
    // The years before did 3 of their 12 in the first half and 9 in the autumn.
    const history = [0, 0, 1, 1, 1, 0, 0, 0, 3, 3, 3, 0];
    expect(elapsedShare({ year: 2024, month: 6, day: 30 }, history)).toBeCloseTo(3 / 12, 12);
    expect(forecastOf(M.COUNT_PER_YEAR, measured([0, 0, 1, 1, 0, 0]), history, { year: 2024, month: 6, day: 30 })).toBeCloseTo(8, 9);
    // Part of a month by its days: 1 October is 1/31 of October's 3.
    expect(elapsedShare({ year: 2024, month: 10, day: 1 }, history)).toBeCloseTo((6 + 3 / 31) / 12, 12);
  });

  it("when the earlier years had nothing this early, the pace is read linearly; nothing done forecasts nothing", () => {
    const autumn = [0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0];
    expect(elapsedShare({ year: 2024, month: 3, day: 31 }, autumn)).toBeCloseTo(91 / 366, 12);
    expect(forecastOf(M.COUNT_PER_YEAR, measured([]), autumn, { year: 2024, month: 6, day: 30 })).toBe(0);
  });

  it("months: those covered plus those still possible (the day's own month only while it is not over)", () => {
    const jan_to_may = [1, 1, 1, 1, 1];
    expect(monthsStillPossible({ year: 2024, month: 6, day: 29 }, measured(jan_to_may).byMonth)).toBe(7);
    expect(monthsStillPossible({ year: 2024, month: 6, day: 30 }, measured(jan_to_may).byMonth)).toBe(6);
    expect(forecastOf(M.MONTHS_COVERED, measured(jan_to_may), null, { year: 2024, month: 6, day: 30 })).toBe(11);
    expect(forecastOf(M.MONTHS_COVERED, measured([1, 1, 1, 1, 1, 2]), null, { year: 2024, month: 6, day: 30 })).toBe(12);
  });

  it("a share stays the share so far", () => {
    expect(forecastOf(M.SHARE_OUTSIDE_TOWN, measured([4, 4], 3), null, { year: 2024, month: 3, day: 1 })).toBeCloseTo(3 / 8, 12);
    expect(forecastOf(M.SHARE_OUTSIDE_TOWN, measured([]), null, { year: 2024, month: 3, day: 1 })).toBe(0);
  });
});

describe("the status while the year runs", () => {
  it("MET once reached (not for a share), ON_TRACK when the forecast reaches the target, AT_RISK otherwise", () => {
    expect(paceStatus(M.COUNT_PER_YEAR, 1, 2, 1)).toBe(PromiseStatus.MET);
    expect(paceStatus(M.COUNT_PER_YEAR, 3, 10.5, 10)).toBe(PromiseStatus.ON_TRACK);
    expect(paceStatus(M.COUNT_PER_YEAR, 3, 9.9, 10)).toBe(PromiseStatus.AT_RISK);
    expect(paceStatus(M.MONTHS_COVERED, 6, 11, 12)).toBe(PromiseStatus.AT_RISK);
    expect(paceStatus(M.SHARE_OUTSIDE_TOWN, 0.5, 0.5, 0.4)).toBe(PromiseStatus.ON_TRACK);
    expect(paceStatus(M.SHARE_OUTSIDE_TOWN, 0.3, 0.3, 0.4)).toBe(PromiseStatus.AT_RISK);
    expect(paceStatus(M.COUNT_PER_YEAR, 3, 7, null)).toBe(PromiseStatus.NO_TARGET);
  });
});

describe("the day counted to", () => {
  const now = new Date("2026-12-04T10:00:00Z");
  it("defaults to today, or to the last day of a past year", () => {
    expect(asOfDay(null, 2026, now)).toEqual({ year: 2026, month: 12, day: 4 });
    expect(asOfDay(null, 2024, now)).toEqual({ year: 2024, month: 12, day: 31 });
    expect(asOfDay("2024-02-29", 2024, now)).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it("refuses what is not a day, lies after today or before 2000, as BAD_USER_INPUT on asOf", () => {
    for (const text of ["2023-02-29", "2024-13-01", "24-06-30", "2026-12-05", "1999-12-31", ""]) {
      expect(() => asOfDay(text, 2024, now), text).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT", field: "asOf" }) }));
    }
  });
});
