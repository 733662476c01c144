import "./comparison.css";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../gql";
import type { ActivityFilter, CoverageComparisonQuery as CoverageComparisonResult } from "../gql/graphql";

/** The selection in two years, side by side (the filter's own years give way to the two). */
export const CoverageComparisonQuery = graphql(`
  query CoverageComparisonQuery($filter: ActivityFilter, $yearA: Int!, $yearB: Int!) {
    coverageComparison(filter: $filter, yearA: $yearA, yearB: $yearB) {
      yearA
      yearB
      totalA
      totalB
      byZone {
        zone
        countA
        shareA
        countB
        shareB
        change
      }
      places {
        countA
        countB
        change
        place {
          id
          name
          samiName
          kind
          lat
          lng
        }
      }
      onlyInA {
        id
        name
      }
      onlyInB {
        id
        name
      }
    }
  }
`);

/** The comparison as the page reads it. */
export type Comparison = CoverageComparisonResult["coverageComparison"];

/** Two years to compare, the earlier first. */
export interface ComparedYears {
  yearA: number;
  yearB: number;
}

/** The two years in order, or null when there is nothing to compare (none chosen, or the same year). */
export function comparedYears(compareYear: number | null, year: number): ComparedYears | null {
  if (compareYear === null || compareYear === year) return null;
  return { yearA: Math.min(compareYear, year), yearB: Math.max(compareYear, year) };
}

/** How a village's count moved from the earlier year to the later. */
export type Change = "gained" | "more" | "same" | "fewer" | "lost" | "none";

/** The changes in the legend's order. */
export const CHANGES: readonly Exclude<Change, "none">[] = ["gained", "more", "same", "fewer", "lost"];

/** A village's change between the two counts. */
export function changeOf(countA: number, countB: number): Change {
  if (countA === 0 && countB === 0) return "none";
  if (countA === 0) return "gained";
  if (countB === 0) return "lost";
  return countB > countA ? "more" : countB < countA ? "fewer" : "same";
}

/**
 * Okabe–Ito colours (apart for the common colour vision deficiencies) and a glyph for each change,
 * so that the mark says it without its colour; `ink` is the glyph's colour on the fill (≥ 4.5:1).
 */
export const CHANGE_MARKS: Record<Exclude<Change, "none">, { fill: string; ink: string; glyph: string }> = {
  gained: { fill: "#0072B2", ink: "#FFFFFF", glyph: "+" },
  more: { fill: "#56B4E9", ink: "#000000", glyph: "▲" },
  same: { fill: "#F0F0F0", ink: "#000000", glyph: "=" },
  fewer: { fill: "#E69F00", ink: "#000000", glyph: "▼" },
  lost: { fill: "#D55E00", ink: "#000000", glyph: "−" },
};

/** The comparison of a selection in two years; skipped without two years. */
export function useComparison(filter: ActivityFilter, years: ComparedYears | null) {
  const result = useQuery(CoverageComparisonQuery, { variables: { filter, yearA: years?.yearA ?? 0, yearB: years?.yearB ?? 0 }, skip: years === null });
  return { ...result, comparison: years ? ((result.data ?? result.previousData)?.coverageComparison ?? null) : null };
}
