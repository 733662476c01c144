import type { DataSource } from "typeorm";
import { activityWhere } from "../activities/activity-filter.sql";
import { ActivityFilter } from "../activities/activity-filter.input";
import type { RequestContext } from "../common/context.type";
import { ActivityKind, PlaceKind, Zone } from "../common/enums";
import { SqlParams } from "../common/sql-params";
import type { Place } from "../places/place.entity";
import type { PlaceService } from "../places/place.service";
import { Coverage, PlaceCoverage } from "./coverage.types";

const DAY_MS = 24 * 60 * 60 * 1000;

/** One row of the grouped aggregate: either a zone total or a (place, kind) group. */
interface CoverageRow {
  zone: Zone | null;
  placeId: number | null;
  kind: ActivityKind | null;
  count: number;
  last: Date | null;
}

/** Coverage of the municipality by the activities in a filter, aggregated in PostgreSQL. */
export class CoverageService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly places: PlaceService,
  ) {}

  /**
   * Counts by zone and by (place, kind) in one scan (GROUPING SETS); JavaScript only arranges the
   * few groups, never the activities.
   */
  async coverage(ctx: RequestContext, filter: ActivityFilter | null | undefined, now = new Date()): Promise<Coverage> {
    const params = new SqlParams();
    const where = activityWhere(filter, ctx.user!, params);
    const [rows, places] = await Promise.all([
      this.dataSource.query(
        `SELECT a.zone, a.place_id AS "placeId", a.kind, count(*)::int AS count, max(a.starts_at) AS last
         FROM activity a WHERE ${where}
         GROUP BY GROUPING SETS ((a.zone), (a.place_id, a.kind))`,
        params.values,
      ) as Promise<CoverageRow[]>,
      this.places.all(ctx),
    ]);
    return arrangeCoverage(rows, places, now);
  }
}

/** Builds the `Coverage` answer from the grouped rows and the gazetteer. */
export function arrangeCoverage(rows: CoverageRow[], places: Place[], now: Date): Coverage {
  const zoneCounts = new Map<Zone, number>();
  const byPlace = new Map<number, { count: number; last: Date | null; byKind: { kind: ActivityKind; count: number }[] }>();
  for (const row of rows) {
    if (row.kind === null) {
      zoneCounts.set(row.zone!, row.count);
      continue;
    }
    if (row.placeId === null) continue;
    const entry = byPlace.get(row.placeId) ?? { count: 0, last: null, byKind: [] };
    entry.count += row.count;
    if (row.last && (!entry.last || row.last > entry.last)) entry.last = row.last;
    entry.byKind.push({ kind: row.kind, count: row.count });
    byPlace.set(row.placeId, entry);
  }
  const total = [...zoneCounts.values()].reduce((sum, n) => sum + n, 0);
  const byZone = [Zone.TOWN, Zone.VILLAGE, Zone.RURAL].map((zone) => {
    const count = zoneCounts.get(zone) ?? 0;
    return { zone, count, share: total === 0 ? 0 : count / total };
  });
  const settlement = (p: Place) => p.kind === PlaceKind.TOWN || p.kind === PlaceKind.VILLAGE;
  const placeRows: PlaceCoverage[] = places
    .filter((p) => settlement(p) || byPlace.has(p.id))
    .map((place) => {
      const entry = byPlace.get(place.id);
      return {
        place,
        count: entry?.count ?? 0,
        lastActivityAt: entry?.last ?? null,
        daysSinceLast: entry?.last ? Math.max(0, Math.floor((now.getTime() - entry.last.getTime()) / DAY_MS)) : null,
        byKind: (entry?.byKind ?? []).sort((x, y) => y.count - x.count || x.kind.localeCompare(y.kind)),
      };
    })
    .sort((x, y) => y.count - x.count || x.place.name.localeCompare(y.place.name, "sv"));
  return {
    total,
    byZone,
    places: placeRows,
    unvisited: places.filter((p) => settlement(p) && !byPlace.has(p.id)).sort((x, y) => x.name.localeCompare(y.name, "sv")),
  };
}
