/** Swedish strings of the narrow screen: the folding filter panel and the map by touch (merged into sv.ts). */
export const filtersSv = {
  "filters.toggle": "Filter",
  "filters.activeCount_one": "({count} aktivt)",
  "filters.activeCount_other": "({count} aktiva)",
  "filters.close": "Stäng filter",
  "map.touchHint": "Flytta och zooma kartan med två fingrar; med ett finger rullar sidan.",
};
