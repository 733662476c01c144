import type { ActivityFilter, ActivityKind, ActivityOrder, ActivitySortField, ActivityStatus, Organisation, PriorityArea, Zone } from "../gql/graphql";
import { ACTIVITY_KINDS, ORGANISATIONS, PRIORITY_AREAS, STATUSES, ZONES } from "../activities/enums";
import type { PromisePeriod } from "./promise-periods";

/** What the filters select. A list field that is `null` selects every value. */
export interface Filter {
  years: number[];
  priorityAreas: PriorityArea[] | null;
  kinds: ActivityKind[] | null;
  organisations: Organisation[] | null;
  statuses: ActivityStatus[] | null;
  zones: Zone[] | null;
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
}

/** Defaults that depend on today and on the promise periods. */
export interface ViewDefaults {
  years: number[];
  selectableYears: number[];
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

/** Reads the view from a query string; unknown values are dropped, missing ones take the defaults. */
export function parseView(search: URLSearchParams, defaults: ViewDefaults): View {
  const yearsRaw = search.get("years");
  const years =
    yearsRaw === null
      ? defaults.years
      : defaults.selectableYears.filter((y) => splitParam(yearsRaw).includes(String(y)));
  const sortRaw = search.get("sort") ?? "";
  const sortField = sortRaw.replace(/^-/, "") as ActivitySortField;
  const sort: ActivityOrder | null = SORT_FIELDS.includes(sortField) ? { field: sortField, direction: sortRaw.startsWith("-") ? "DESC" : "ASC" } : null;
  const place = search.get("place");
  return {
    filter: {
      years,
      priorityAreas: parseList(search.get(LIST_FIELDS.priorityAreas.param), PRIORITY_AREAS),
      kinds: parseList(search.get(LIST_FIELDS.kinds.param), ACTIVITY_KINDS),
      organisations: parseList(search.get(LIST_FIELDS.organisations.param), ORGANISATIONS),
      statuses: parseList(search.get(LIST_FIELDS.statuses.param), STATUSES),
      zones: parseList(search.get(LIST_FIELDS.zones.param), ZONES),
    },
    colourBy: search.get("colour") === "area" ? "area" : "kind",
    placeId: place && /^\d{1,9}$/.test(place) ? place : null,
    meeting: search.get("meeting") === "1",
    sort: sort && !(sort.field === "STARTS_AT" && sort.direction === "DESC") ? sort : null,
  };
}

/** Writes the view as a query string (with `?`), commas left readable; years always written. */
export function viewToSearch(view: View): string {
  const pairs: Array<[string, string[]]> = [["years", view.filter.years.map(String)]];
  for (const [field, { param }] of Object.entries(LIST_FIELDS) as Array<[ListField, (typeof LIST_FIELDS)[ListField]]>) {
    const chosen = view.filter[field];
    if (chosen !== null) pairs.push([param, chosen]);
  }
  if (view.colourBy === "area") pairs.push(["colour", ["area"]]);
  if (view.placeId) pairs.push(["place", [view.placeId]]);
  if (view.sort) pairs.push(["sort", [`${view.sort.direction === "DESC" ? "-" : ""}${view.sort.field}`]]);
  if (view.meeting) pairs.push(["meeting", ["1"]]);
  return `?${pairs.map(([key, values]) => `${key}=${values.map(encodeURIComponent).join(",")}`).join("&")}`;
}

/** The API filter for the view's selection (fields that select everything are left out). */
export function toActivityFilter(filter: Filter): ActivityFilter {
  const result: ActivityFilter = { years: filter.years };
  if (filter.priorityAreas) result.priorityAreas = filter.priorityAreas;
  if (filter.kinds) result.kinds = filter.kinds;
  if (filter.organisations) result.organisations = filter.organisations;
  if (filter.statuses) result.statuses = filter.statuses;
  if (filter.zones) result.zones = filter.zones;
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
