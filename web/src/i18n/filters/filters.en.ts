import type { filtersSv } from "./filters.sv";

/** English strings of the narrow screen: the folding filter panel and the map by touch (merged into en.ts). */
export const filtersEn: Record<keyof typeof filtersSv, string> = {
  "filters.toggle": "Filters",
  "filters.activeCount_one": "({count} active)",
  "filters.activeCount_other": "({count} active)",
  "filters.close": "Close filters",
  "map.touchHint": "Move and zoom the map with two fingers; one finger scrolls the page.",
};
