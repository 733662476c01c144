import { describe, expect, it } from "vitest";
import { storyFacts, type StoryResult } from "../../web/src/meeting/year-story";

const coverage = { total: 0, byZone: [], places: [] };
const result = (status: StoryResult["status"], explanation: string, forecast: number | null = null): StoryResult => ({
  status,
  explanation,
  forecast,
  measure: "COUNT_PER_YEAR",
  promise: { priorityArea: "ALCOHOL_DRUGS" },
});

describe("the meeting's year in words while the year runs", () => {
  it("lists the targets at risk (with their forecast) for the story to tell first, and counts every open target", () => {
    const facts = storyFacts(
      [result("MET", "1 av minst 1"), result("ON_TRACK", "5 av minst 8", 9.5), result("AT_RISK", "0 av minst 1 narkotikasök", 0), result("NO_TARGET", "12 aktiviteter", 20)],
      coverage,
      null,
    );
    expect(facts.atRisk).toEqual([{ explanation: "0 av minst 1 narkotikasök", forecast: 0, measure: "COUNT_PER_YEAR" }]);
    expect(facts.targets).toEqual({ met: 1, total: 3, open: 2 });
    expect(facts.missed).toEqual([]);
  });
});
