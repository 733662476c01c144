import type { ActivityFilter, ActivityKind, ActivityOrder, ActivitySortField, ActivityStatus, Organisation, PriorityArea, Zone } from "../gql/graphql";
import { ACTIVITY_KINDS, ORGANISATIONS, PRIORITY_AREAS, STATUSES, ZONES } from "../../../domain/enums";
import type { PromisePeriod } from "./promise-periods";

/** What the filters select. A list field that is `null` selects every value. */
export interface Filter {
  years: number[];
  /** Besides `years`, every year from this one on, with no upper bound (the work planned ahead); null for none. */
  onwardFrom: number | null;
  priorityAreas: PriorityArea[] | null;
  kinds: ActivityKind[] | null;
  organisations: Organisation[] | null;
  statuses: ActivityStatus[] | null;
  zones: Zone[] | null;
  /** Words to find in the title or the place's name (all of them); "" for none. */
  search: string;
}

/** The longest search the API takes (`ActivityFilter.search`). */
export const SEARCH_MAX_LENGTH = 100;

/** A search as the URL and the API get it: trimmed, runs of white space as one space, at most the API's length. */
export function normaliseSearch(text: string): string {
  return text.replace(/\s+/g, " ").trim().slice(0, SEARCH_MAX_LENGTH).trim();
}

/** How the markers are coloured. */
export type ColourBy = "kind" | "area";

/** Everything the URL of the map page reproduces. */
export interface View {
  filter: Filter;
  colourBy: ColourBy;
  /** The place chosen in the coverage table. */
  placeId: string | null;
  meeting: boolean;
  /** Sort of the activity table; null is newest first. */
  sort: ActivityOrder | null;
  /** The year the map compares with the selection's year (`?jamfor=2025`); null: no comparison. */
  compareYear: number | null;
  /** Meeting mode's reference date, YYYY-MM-DD (`?since=2025-05-12`): what changed since; null for none. */
  since: string | null;
}

/** The year a comparison sets against `compareYear`: the selection's last year, else this year. */
export function comparedYear(filter: Filter, now: Date = new Date()): number {
  return filter.years.length ? filter.years[filter.years.length - 1] : now.getFullYear();
}

/** Defaults that depend on today and on the promise periods. */
export interface ViewDefaults {
  /** The years chosen at sign-in: this year and the selectable years after it. */
  years: number[];
  /** Chosen at sign-in too: everything after the last selectable year (`onwardFrom` of `Filter`). */
  onwardFrom: number;
  selectableYears: number[];
  /** The years of the promise period that holds today, else of the latest one (meeting mode's shortcut). */
  periodYears: number[];
  /** The promise periods, oldest first (shortcuts in the year filter). */
  periods: readonly PromisePeriod[];
}

/** The list filters, with their URL parameter and their values in display order. */
export const LIST_FIELDS = {
  priorityAreas: { param: "areas", values: PRIORITY_AREAS },
  kinds: { param: "kinds", values: ACTIVITY_KINDS },
  organisations: { param: "orgs", values: ORGANISATIONS },
  statuses: { param: "statuses", values: STATUSES },
  zones: { param: "zones", values: ZONES },
} as const;

/** A list filter's field name. */
export type ListField = keyof typeof LIST_FIELDS;

const SORT_FIELDS: readonly ActivitySortField[] = ["STARTS_AT", "KIND", "ORGANISATION", "STATUS", "ZONE", "PLACE"];

function splitParam(value: string): string[] {
  return value === "" ? [] : value.split(",").map((v) => v.trim());
}

/** Keeps the known values, in display order; `null` when the parameter is absent or holds them all. */
function parseList<T extends string>(raw: string | null, values: readonly T[]): T[] | null {
  if (raw === null) return null;
  const chosen = new Set(splitParam(raw));
  const kept = values.filter((v) => chosen.has(v));
  return kept.length === values.length ? null : kept;
}

/** The years the URL names: `years` (selectable ones only) and `onward`, the open end. */
function parseYears(search: URLSearchParams, defaults: ViewDefaults): Pick<Filter, "years" | "onwardFrom"> {
  const yearsRaw = search.get("years");
  if (yearsRaw === null) return { years: defaults.years, onwardFrom: defaults.onwardFrom };
  const named = splitParam(yearsRaw);
  const onwardRaw = search.get("onward") ?? "";
  const onward = /^\d{4}$/.test(onwardRaw) ? Number(onwardRaw) : null;
  const years = defaults.selectableYears.filter((y) => named.includes(String(y)) || (onward !== null && y >= onward));
  // An open end that has become selectable years (a link from an earlier year) is written as those
  // years plus the open end after them: the same activities, the checkboxes telling it.
  return { years, onwardFrom: onward === null ? null : Math.max(onward, defaults.onwardFrom) };
}

/**
 * The selection at sign-in: this year and the work planned ahead (`years` from this year, plus
 * everything after them); a promise period is a shortcut away.
 */
export function defaultFilter(defaults: ViewDefaults): Filter {
  return { years: defaults.years, onwardFrom: defaults.onwardFrom, priorityAreas: null, kinds: null, organisations: null, statuses: null, zones: null, search: "" };
}

/** Reads the view from a query string; unknown values are dropped, missing ones take the defaults. */
export function parseView(search: URLSearchParams, defaults: ViewDefaults): View {
  const sortRaw = search.get("sort") ?? "";
  const sortField = sortRaw.replace(/^-/, "") as ActivitySortField;
  const sort: ActivityOrder | null = SORT_FIELDS.includes(sortField) ? { field: sortField, direction: sortRaw.startsWith("-") ? "DESC" : "ASC" } : null;
  const place = search.get("place");
  const compareRaw = search.get("jamfor") ?? "";
  const sinceRaw = search.get("since") ?? "";
  return {
    filter: {
      ...parseYears(search, defaults),
      priorityAreas: parseList(search.get(LIST_FIELDS.priorityAreas.param), PRIORITY_AREAS),
      kinds: parseList(search.get(LIST_FIELDS.kinds.param), ACTIVITY_KINDS),
      organisations: parseList(search.get(LIST_FIELDS.organisations.param), ORGANISATIONS),
      statuses: parseList(search.get(LIST_FIELDS.statuses.param), STATUSES),
      zones: parseList(search.get(LIST_FIELDS.zones.param), ZONES),
      search: normaliseSearch(search.get("q") ?? ""),
    },
    colourBy: search.get("colour") === "area" ? "area" : "kind",
    placeId: place && /^\d{1,9}$/.test(place) ? place : null,
    meeting: search.get("meeting") === "1",
    sort: sort && !(sort.field === "STARTS_AT" && sort.direction === "DESC") ? sort : null,
    compareYear: /^\d{4}$/.test(compareRaw) && defaults.selectableYears.includes(Number(compareRaw)) ? Number(compareRaw) : null,
    since: /^\d{4}-\d{2}-\d{2}$/.test(sinceRaw) ? sinceRaw : null,
  };
}

/** Writes the view as a query string (with `?`), commas left readable; years always written. */
export function viewToSearch(view: View): string {
  const pairs: Array<[string, string[]]> = [["years", view.filter.years.map(String)]];
  if (view.filter.onwardFrom !== null) pairs.push(["onward", [String(view.filter.onwardFrom)]]);
  for (const [field, { param }] of Object.entries(LIST_FIELDS) as Array<[ListField, (typeof LIST_FIELDS)[ListField]]>) {
    const chosen = view.filter[field];
    if (chosen !== null) pairs.push([param, chosen]);
  }
  if (view.filter.search) pairs.push(["q", [view.filter.search]]);
  if (view.colourBy === "area") pairs.push(["colour", ["area"]]);
  if (view.placeId) pairs.push(["place", [view.placeId]]);
  if (view.sort) pairs.push(["sort", [`${view.sort.direction === "DESC" ? "-" : ""}${view.sort.field}`]]);
  if (view.compareYear !== null) pairs.push(["jamfor", [String(view.compareYear)]]);
  if (view.meeting) pairs.push(["meeting", ["1"]]);
  if (view.since) pairs.push(["since", [view.since]]);
  return `?${pairs.map(([key, values]) => `${key}=${values.map(encodeURIComponent).join(",")}`).join("&")}`;
}

/** The API filter for the view's selection (fields that select everything are left out). */
export function toActivityFilter(filter: Filter): ActivityFilter {
  const result: ActivityFilter = { years: filter.years };
  if (filter.onwardFrom !== null) result.onwardFromYear = filter.onwardFrom;
  if (filter.priorityAreas) result.priorityAreas = filter.priorityAreas;
  if (filter.kinds) result.kinds = filter.kinds;
  if (filter.organisations) result.organisations = filter.organisations;
  if (filter.statuses) result.statuses = filter.statuses;
  if (filter.zones) result.zones = filter.zones;
  if (filter.search) result.search = filter.search;
  return result;
}

/** A list filter with `value` ticked or unticked; `null` again when everything is ticked. */
export function toggleValue<T extends string>(current: readonly T[] | null, values: readonly T[], value: T, on: boolean): T[] | null {
  const chosen = new Set(current ?? values);
  if (on) chosen.add(value);
  else chosen.delete(value);
  const next = values.filter((v) => chosen.has(v));
  return next.length === values.length ? null : next;
}

/** The year checkboxes: the selectable years, then the open end (`defaults.onwardFrom`, "and onward"). */
export function yearChoices(defaults: ViewDefaults): number[] {
  return [...defaults.selectableYears, defaults.onwardFrom];
}

/** Whether the year checkbox `year` (a selectable year or the open end) is ticked. */
export function isYearChosen(filter: Filter, defaults: ViewDefaults, year: number): boolean {
  return year === defaults.onwardFrom ? filter.onwardFrom !== null : filter.years.includes(year);
}

/** The years with the checkbox `year` ticked or unticked (the open end is a checkbox of its own). */
export function toggleYear(filter: Filter, defaults: ViewDefaults, year: number, on: boolean): Pick<Filter, "years" | "onwardFrom"> {
  if (year === defaults.onwardFrom) return { years: filter.years, onwardFrom: on ? defaults.onwardFrom : null };
  return { years: defaults.selectableYears.filter((y) => (y === year ? on : filter.years.includes(y))), onwardFrom: filter.onwardFrom };
}

/** A span of years the selection counts; `to` null is open (no upper bound). */
export interface YearRange {
  from: number;
  to: number | null;
}

/**
 * The selection's years as spans, consecutive years merged and the open end joined to the run it
 * touches: ([2026], 2027) → 2026 onward; ([2021, 2023, 2024, 2025], null) → 2021, 2023–2025.
 */
export function yearRanges(years: readonly number[], onwardFrom: number | null | undefined): YearRange[] {
  const ranges: YearRange[] = [];
  for (const year of [...new Set(years)].sort((x, y) => x - y)) {
    if (onwardFrom != null && year >= onwardFrom) break;
    const last = ranges.at(-1);
    if (last && last.to !== null && last.to + 1 === year) last.to = year;
    else ranges.push({ from: year, to: year });
  }
  if (onwardFrom == null) return ranges;
  const last = ranges.at(-1);
  if (last && last.to !== null && last.to + 1 >= onwardFrom) last.to = null;
  else ranges.push({ from: onwardFrom, to: null });
  return ranges;
}
