import type { DataSource } from "typeorm";
import { activityWhere, MIN_YEAR } from "../activities/activity-filter.sql";
import type { ActivityFilter } from "../activities/activity-filter.input";
import type { AuthUser, RequestContext } from "../common/context.type";
import { PlaceKind, Zone } from "../common/enums";
import { errors } from "../common/errors";
import { SqlParams } from "../common/sql-params";
import type { Place } from "../places/place.entity";
import type { PlaceService } from "../places/place.service";
import { CoverageComparison, type PlaceComparison } from "./coverage-comparison.types";

/** One group of the comparison: a zone total (placeId null) or a place (zone null), counted in each year. */
interface ComparisonRow {
  zone: Zone | null;
  placeId: number | null;
  a: number;
  b: number;
}

/** BAD_USER_INPUT unless both years lie from the earliest year to ten years ahead, and differ. */
function checkYears(yearA: number, yearB: number): void {
  const max = new Date().getFullYear() + 10;
  for (const [field, year] of [
    ["yearA", yearA],
    ["yearB", yearB],
  ] as const) {
    if (!Number.isInteger(year) || year < MIN_YEAR || year > max) throw errors.badInput(field, `Året ${year} ligger utanför ${MIN_YEAR}–${max}.`);
  }
  if (yearA === yearB) throw errors.badInput("yearB", "Välj två olika år att jämföra.");
}

/** Coverage of a selection in two years, in one grouped statement. */
export class CoverageComparisonService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly places: PlaceService,
  ) {}

  /**
   * The filter's activities in `yearA` and in `yearB` (its own years and dates give way to these
   * two), counted per zone and per place in one scan: the two years are the statement's ranges,
   * and a FILTER on each count tells them apart. The same visibility rule as every read.
   */
  async compare(ctx: RequestContext, user: AuthUser, filter: ActivityFilter | null | undefined, yearA: number, yearB: number): Promise<CoverageComparison> {
    checkYears(yearA, yearB);
    const params = new SqlParams();
    const where = activityWhere({ ...(filter ?? {}), years: [yearA, yearB], onwardFromYear: null, from: null, to: null }, user, params);
    const start = (year: number) => `(SELECT make_timestamptz(${params.add(year, "int")}, 1, 1, 0, 0, 0, 'Europe/Stockholm'))`;
    const inYear = (year: number) => `a.starts_at >= ${start(year)} AND a.starts_at < ${start(year + 1)}`;
    const [rows, places] = await Promise.all([
      this.dataSource.query(
        `SELECT a.zone, a.place_id AS "placeId",
                count(*) FILTER (WHERE ${inYear(yearA)})::int AS a,
                count(*) FILTER (WHERE ${inYear(yearB)})::int AS b
         FROM activity a WHERE ${where}
         GROUP BY GROUPING SETS ((a.zone), (a.place_id))`,
        params.values,
      ) as Promise<ComparisonRow[]>,
      this.places.all(ctx),
    ]);
    return arrangeComparison(rows, places, yearA, yearB);
  }
}

/** Builds the answer from the grouped rows and the gazetteer. */
export function arrangeComparison(rows: ComparisonRow[], places: Place[], yearA: number, yearB: number): CoverageComparison {
  const zones = new Map<Zone, ComparisonRow>();
  const byPlace = new Map<number, ComparisonRow>();
  for (const row of rows) {
    if (row.zone !== null) zones.set(row.zone, row);
    else if (row.placeId !== null) byPlace.set(row.placeId, row);
  }
  const totalA = [...zones.values()].reduce((sum, r) => sum + r.a, 0);
  const totalB = [...zones.values()].reduce((sum, r) => sum + r.b, 0);
  const share = (n: number, total: number) => (total === 0 ? 0 : n / total);
  const byZone = [Zone.TOWN, Zone.VILLAGE, Zone.RURAL].map((zone) => {
    const { a, b } = zones.get(zone) ?? { a: 0, b: 0 };
    return { zone, countA: a, shareA: share(a, totalA), countB: b, shareB: share(b, totalB), change: b - a };
  });
  const settlement = (p: Place) => p.kind === PlaceKind.TOWN || p.kind === PlaceKind.VILLAGE;
  const placeRows: PlaceComparison[] = places
    .filter((p) => settlement(p) || byPlace.has(p.id))
    .map((place) => {
      const { a, b } = byPlace.get(place.id) ?? { a: 0, b: 0 };
      return { place, countA: a, countB: b, change: b - a };
    })
    .sort((x, y) => Math.abs(y.change) - Math.abs(x.change) || y.change - x.change || x.place.name.localeCompare(y.place.name, "sv"));
  const villages = placeRows.filter((p) => p.place.kind === PlaceKind.VILLAGE);
  const byName = (x: Place, y: Place) => x.name.localeCompare(y.name, "sv");
  return Object.assign(new CoverageComparison(), {
    yearA,
    yearB,
    totalA,
    totalB,
    byZone,
    places: placeRows,
    onlyInA: villages
      .filter((p) => p.countA > 0 && p.countB === 0)
      .map((p) => p.place)
      .sort(byName),
    onlyInB: villages
      .filter((p) => p.countB > 0 && p.countA === 0)
      .map((p) => p.place)
      .sort(byName),
  });
}
