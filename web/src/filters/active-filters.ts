import { LIST_FIELDS, defaultFilter, type Filter, type ListField, type ViewDefaults } from "./view-state";

const sameList = (a: readonly unknown[] | null, b: readonly unknown[] | null) => a === b || (a !== null && b !== null && a.length === b.length && a.every((v, i) => v === b[i]));

/** How many filters differ from the default selection (the years count as one, each list as one). */
export function activeFilterCount(filter: Filter, defaults: ViewDefaults): number {
  const base = defaultFilter(defaults);
  const lists = (Object.keys(LIST_FIELDS) as ListField[]).filter((field) => !sameList(filter[field], base[field]));
  return lists.length + (sameList(filter.years, base.years) && filter.onwardFrom === base.onwardFrom ? 0 : 1);
}
