import type { comparisonSv } from "./comparison.sv";

/** English strings of the comparison of two years (merged into en.ts). */
export const comparisonEn: Record<keyof typeof comparisonSv, string> = {
  "compare.with": "Compare {year} with",
  "compare.noComparison": "No comparison",
  "compare.title": "Comparison of {yearA} and {yearB}",
  "compare.zonesCaption": "The town, the villages and elsewhere in {yearA} and {yearB}",
  "compare.zone": "Where",
  "compare.total": "Total",
  "compare.change": "Change",
  "compare.what": "In words",
  "compare.places": "Places in {yearA} and {yearB}, largest change first",
  "compare.legendTitle": "Villages {yearA} → {yearB}",
  "compare.change.gained": "Reached in {yearB}, not {yearA}",
  "compare.change.more": "More in {yearB}",
  "compare.change.same": "As many",
  "compare.change.fewer": "Fewer in {yearB}",
  "compare.change.lost": "Reached in {yearA}, not {yearB}",
  "compare.change.none": "No activity in either year",
  "compare.gained": "New villages in {yearB}",
  "compare.lost": "Villages dropped in {yearB}",
  "compare.noVillages": "None.",
  "compare.note": "The comparison is of the selection's last year, {year}, against {compare}, with the selection's other choices.",
};
