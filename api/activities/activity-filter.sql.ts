import { YEARS } from "../../domain/years";
import type { AuthUser } from "../common/context.type";
import { errors } from "../common/errors";
import { isDatabaseId } from "../common/parse-id";
import type { SqlParams } from "../common/sql-params";
import { ActivityFilter } from "./activity-filter.input";
import { SEARCH_MAX_LENGTH } from "./activity-filter.limits";
import { roleVisibilitySql, visibilitySql } from "./activity-visibility";

/** Earliest year the data may hold. */
export const MIN_YEAR = YEARS.earliest;

/**
 * Sorted runs of consecutive years, e.g. [2020, 2022, 2023] → [[2020, 2020], [2022, 2023]]; with
 * `onwardFrom`, the last run is open at the end (`null`) and takes in the years it reaches:
 * ([2026], 2027) → [[2026, null]], ([2023], 2027) → [[2023, 2023], [2027, null]].
 */
export function yearRuns(years: readonly number[], onwardFrom?: number | null): Array<[number, number | null]> {
  const closed: Array<[number, number]> = [];
  for (const year of [...new Set(years)].sort((x, y) => x - y)) {
    if (onwardFrom != null && year >= onwardFrom) break;
    const last = closed.at(-1);
    if (last && last[1] + 1 === year) last[1] = year;
    else closed.push([year, year]);
  }
  if (onwardFrom == null) return closed;
  const last = closed.at(-1);
  if (last && last[1] + 1 >= onwardFrom) return [...closed.slice(0, -1), [last[0], null]];
  return [...closed, [onwardFrom, null]];
}

/** The words of a search, split on white space (none for an empty or blank one). */
export function searchWords(search: string | null | undefined): string[] {
  return (search ?? "").split(/\s+/).filter((word) => word !== "");
}

/** `word` as a LIKE pattern that finds it anywhere, its own `%`, `_` and `\` taken literally. */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Throws BAD_USER_INPUT for a filter that cannot mean anything. */
export function validateFilter(filter: ActivityFilter | null | undefined): void {
  if (!filter) return;
  const maxYear = new Date().getFullYear() + 10;
  for (const year of filter.years ?? []) {
    if (year < MIN_YEAR || year > maxYear) throw errors.badInput("filter.years", `Året ${year} ligger utanför ${MIN_YEAR}–${maxYear}.`);
  }
  const onward = filter.onwardFromYear;
  if (onward != null && (onward < MIN_YEAR || onward > maxYear)) throw errors.badInput("filter.onwardFromYear", `Året ${onward} ligger utanför ${MIN_YEAR}–${maxYear}.`);
  if (filter.from && filter.to && filter.from > filter.to) throw errors.badInput("filter.from", "Startdatum ligger efter slutdatum.");
  const bbox = filter.bbox;
  if (bbox) {
    const values = [bbox.south, bbox.west, bbox.north, bbox.east];
    if (values.some((v) => !Number.isFinite(v))) throw errors.badInput("filter.bbox", "Kartutsnittet har ogiltiga koordinater.");
    if (bbox.south > bbox.north) throw errors.badInput("filter.bbox", "Kartutsnittets södra kant ligger norr om den norra.");
    if (bbox.south < -90 || bbox.north > 90) throw errors.badInput("filter.bbox", "Latitud måste ligga mellan -90 och 90.");
    if (bbox.west > bbox.east) throw errors.badInput("filter.bbox", "Kartutsnittets västra kant ligger öster om den östra.");
  }
  if (filter.search != null && filter.search.length > SEARCH_MAX_LENGTH) {
    throw errors.badInput("filter.search", `Sökningen får vara högst ${SEARCH_MAX_LENGTH} tecken lång (den är ${filter.search.length}).`);
  }
  for (const id of filter.placeIds ?? []) {
    if (!isDatabaseId(id)) throw errors.badInput("filter.placeIds", `Okänd plats-id "${id}".`);
  }
}

/**
 * The conditions on the columns that activities and the map grid (activity_grid) both carry, on
 * alias `a`: areas, kinds, organisations, statuses, zones and places (the grid's place 0, no place,
 * matches no id, as a missing place matches none).
 */
function columnParts(filter: ActivityFilter, params: SqlParams, a: string): string[] {
  const parts: string[] = [];
  if (filter.priorityAreas) parts.push(`${a}.priority_areas && ${params.add(filter.priorityAreas, "priority_area[]")}`);
  if (filter.kinds) parts.push(`${a}.kind = ANY(${params.add(filter.kinds, "activity_kind[]")})`);
  if (filter.organisations) parts.push(`${a}.organisation = ANY(${params.add(filter.organisations, "organisation[]")})`);
  if (filter.statuses) parts.push(`${a}.status = ANY(${params.add(filter.statuses, "activity_status[]")})`);
  if (filter.zones) parts.push(`${a}.zone = ANY(${params.add(filter.zones, "zone[]")})`);
  if (filter.placeIds) parts.push(`${a}.place_id = ANY(${params.add(filter.placeIds.map(Number), "int[]")})`);
  return parts;
}

/**
 * Whether the map grid answers `filter` exactly: all but start times finer than a year and
 * searches in titles (a filter's own `bbox` is met by narrowing the view to it).
 */
export function gridAnswers(filter: ActivityFilter | null | undefined): boolean {
  return !filter || (!filter.from && !filter.to && searchWords(filter.search).length === 0);
}

/**
 * Whether the map grid counts `filter` exactly, without a view to cut it: what `gridAnswers`
 * allows, and no rectangle (a cell the rectangle's edge cuts would count whole).
 */
export function gridCounts(filter: ActivityFilter | null | undefined): boolean {
  return gridAnswers(filter) && !filter?.bbox;
}

/**
 * `activityWhere` for the map grid (alias `g`, activity_grid): the same filter (but for `bbox`,
 * which the caller meets by the cells it reads, and what `gridAnswers` refuses) and the same role
 * rule. The grid holds live activities only, so deleted ones are left out as the rule says; years
 * are the grid's local years, as `activityWhere` counts them.
 */
export function gridWhere(filter: ActivityFilter | null | undefined, user: AuthUser, params: SqlParams, alias = "g"): string {
  validateFilter(filter);
  if (!gridAnswers(filter)) throw new Error("gridWhere: the grid cannot answer a filter by dates or words");
  const g = alias;
  const role = roleVisibilitySql(user, g);
  const parts = role ? [role] : [];
  if (filter) {
    if (filter.years || filter.onwardFromYear != null) {
      const years = (filter.years ?? []).filter((year) => filter.onwardFromYear == null || year < filter.onwardFromYear);
      const alternatives = [
        ...(years.length > 0 ? [`${g}.year = ANY(${params.add(years, "int[]")})`] : []),
        ...(filter.onwardFromYear != null ? [`${g}.year >= ${params.add(filter.onwardFromYear, "int")}`] : []),
      ];
      parts.push(alternatives.length === 0 ? "FALSE" : `(${alternatives.join(" OR ")})`);
    }
    parts.push(...columnParts(filter, params, g));
  }
  return parts.length === 0 ? "TRUE" : parts.join(" AND ");
}

/**
 * Turns a filter plus the reader's visibility into one SQL condition on alias `a`, with its
 * parameters collected in `params`. Shared by every read so they all count the same rows.
 */
export function activityWhere(filter: ActivityFilter | null | undefined, user: AuthUser, params: SqlParams, alias = "a"): string {
  validateFilter(filter);
  const a = alias;
  const parts = [visibilitySql(user, a)];
  if (!filter) return parts.join(" AND ");
  if (filter.years || filter.onwardFromYear != null) {
    // Years become half-open ranges of local (Europe/Stockholm) time, consecutive years merged into
    // one range, so the starts_at index serves them; each bound is computed once (a sub-select),
    // not once per row when PostgreSQL scans.
    const bound = (year: number) => `(SELECT make_timestamptz(${params.add(year, "int")}, 1, 1, 0, 0, 0, 'Europe/Stockholm'))`;
    const ranges = yearRuns(filter.years ?? [], filter.onwardFromYear).map(([first, last]) =>
      last === null ? `${a}.starts_at >= ${bound(first)}` : `(${a}.starts_at >= ${bound(first)} AND ${a}.starts_at < ${bound(last + 1)})`,
    );
    // An empty list offers no alternative, so nothing matches (as for every other list field).
    parts.push(ranges.length === 0 ? "FALSE" : ranges.length === 1 ? ranges[0] : `(${ranges.join(" OR ")})`);
  }
  if (filter.from) parts.push(`${a}.starts_at >= ${params.add(filter.from)}`);
  if (filter.to) parts.push(`${a}.starts_at <= ${params.add(filter.to)}`);
  parts.push(...columnParts(filter, params, a));
  if (filter.bbox) {
    const { south, west, north, east } = filter.bbox;
    parts.push(`${a}.lat BETWEEN ${params.add(south, "float8")} AND ${params.add(north, "float8")}`);
    parts.push(`${a}.lng BETWEEN ${params.add(west, "float8")} AND ${params.add(east, "float8")}`);
  }
  // Each word in the title or the place's names (ILIKE, case-insensitive); all words must be found.
  for (const word of searchWords(filter.search)) {
    const pattern = params.add(containsPattern(word), "text");
    parts.push(
      `(${a}.title ILIKE ${pattern} ESCAPE '\\' OR EXISTS (SELECT 1 FROM place sp WHERE sp.id = ${a}.place_id AND (sp.name ILIKE ${pattern} ESCAPE '\\' OR sp.sami_name ILIKE ${pattern} ESCAPE '\\')))`,
    );
  }
  return parts.join(" AND ");
}
