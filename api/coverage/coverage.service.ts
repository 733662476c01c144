import type { DataSource } from "typeorm";
import { activityWhere, gridCounts, gridWhere } from "../activities/activity-filter.sql";
import { ActivityFilter } from "../activities/activity-filter.input";
import type { AuthUser, RequestContext } from "../common/context.type";
import { ActivityKind, ActivityStatus, PlaceKind, Zone } from "../common/enums";
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

/** One place's last done and next planned activity, of all time, with the calendar days to today. */
export interface PlaceTimelineRow {
  placeId: number;
  lastDoneAt: Date | null;
  daysSinceLastDone: number | null;
  nextPlannedAt: Date | null;
  daysUntilNextPlanned: number | null;
}

/**
 * The filter without the fields that choose a time or a status: "when were we last there, and is a
 * visit planned" asks of all time, honouring only what kind of work (organisation, kind, area,
 * zone, place) and, through `activityWhere`, what the reader may see.
 */
export function timelessFilter(filter: ActivityFilter | null | undefined): ActivityFilter | null {
  if (!filter) return null;
  return { ...filter, years: null, onwardFromYear: null, from: null, to: null, statuses: null };
}

/** Where the counts come from: the map grid when it answers the filter exactly ("auto"), or always the rows. */
export type CoverageSource = "auto" | "rows";

/** Coverage of the municipality by the activities in a filter, aggregated in PostgreSQL. */
export class CoverageService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly places: PlaceService,
  ) {}

  /**
   * Counts by zone and by (place, kind) in one statement (GROUPING SETS) — over the map grid where
   * it answers the filter (a few ten thousand rows however many activities there are), else over
   * the activities — and each place's last done and next planned activity in a second; with the
   * grid, a third gives each place's latest activity in the selection (one index probe a place).
   * JavaScript only arranges the few groups, never the activities.
   */
  async coverage(ctx: RequestContext, user: AuthUser, filter: ActivityFilter | null | undefined, now = new Date(), source: CoverageSource = "auto"): Promise<Coverage> {
    const grid = source === "auto" && gridCounts(filter);
    const [rows, latest, timeline, places] = await Promise.all([
      grid ? this.gridCounts(user, filter) : this.rowCounts(user, filter),
      grid ? this.latest(user, filter) : null,
      this.timeline(user, filter, now, source === "auto"),
      this.places.all(ctx),
    ]);
    return arrangeCoverage(rows, timeline, places, now, latest);
  }

  private rowCounts(user: AuthUser, filter: ActivityFilter | null | undefined): Promise<CoverageRow[]> {
    const params = new SqlParams();
    const where = activityWhere(filter, user, params);
    return this.dataSource.query(
      `SELECT a.zone, a.place_id AS "placeId", a.kind, count(*)::int AS count, max(a.starts_at) AS last
       FROM activity a WHERE ${where}
       GROUP BY GROUPING SETS ((a.zone), (a.place_id, a.kind))`,
      params.values,
    );
  }

  /** The same counts from the grid (its place 0 is no place); the latest start comes from `latest`. */
  private gridCounts(user: AuthUser, filter: ActivityFilter | null | undefined): Promise<CoverageRow[]> {
    const params = new SqlParams();
    const where = gridWhere(filter, user, params);
    return this.dataSource.query(
      `SELECT g.zone, NULLIF(g.place_id, 0) AS "placeId", g.kind, sum(g.n)::int AS count, NULL::timestamptz AS last
       FROM activity_grid g WHERE ${where}
       GROUP BY GROUPING SETS ((g.zone), (g.place_id, g.kind))
       HAVING sum(g.n) > 0`,
      params.values,
    );
  }

  /** Each place's latest activity in the selection: one probe of (place_id, starts_at) a place. */
  private async latest(user: AuthUser, filter: ActivityFilter | null | undefined): Promise<Map<number, Date>> {
    const params = new SqlParams();
    const where = activityWhere(filter, user, params);
    const rows: Array<{ placeId: number; last: Date }> = await this.dataSource.query(
      `SELECT p.id AS "placeId", l.last FROM place p
       JOIN LATERAL (SELECT a.starts_at AS last FROM activity a WHERE a.place_id = p.id AND ${where} ORDER BY a.starts_at DESC LIMIT 1) l ON true`,
      params.values,
    );
    return new Map(rows.map((r) => [r.placeId, r.last]));
  }

  /**
   * Per place: the latest DONE activity up to `now` and the earliest PLANNED one from `now`, over all
   * years (see `timelessFilter`), in one statement: two index probes per place on (place_id,
   * starts_at), whatever the number of activities. Where the map grid counts the filter, one pass
   * over the grid first tells which places hold such work (in a year up to, or from, this one), and
   * a probe runs only for those: a place without any would otherwise be read whole. Days are whole
   * calendar days in Europe/Stockholm.
   */
  private timeline(user: AuthUser, filter: ActivityFilter | null | undefined, now: Date, useGrid: boolean): Promise<PlaceTimelineRow[]> {
    const timeless = timelessFilter(filter);
    const params = new SqlParams();
    const where = activityWhere(timeless, user, params);
    const grid = useGrid && gridCounts(timeless) ? gridWhere(timeless, user, params) : null;
    const at = params.add(now, "timestamptz");
    const today = `(${at} AT TIME ZONE 'Europe/Stockholm')::date`;
    const day = (column: string) => `(${column} AT TIME ZONE 'Europe/Stockholm')::date`;
    const year = `extract(year FROM ${today})::int`;
    const nearest = (status: ActivityStatus, side: string, order: "ASC" | "DESC", held: string) =>
      `SELECT a.starts_at AS at FROM activity a
       WHERE a.place_id = p.id AND a.status = '${status}' AND a.starts_at ${side} ${at} AND ${where}${grid ? ` AND ${held}` : ""}
       ORDER BY a.starts_at ${order} LIMIT 1`;
    const places = grid
      ? `place p JOIN (SELECT g.place_id, bool_or(g.status = '${ActivityStatus.DONE}' AND g.year <= ${year}) AS done,
                              bool_or(g.status = '${ActivityStatus.PLANNED}' AND g.year >= ${year}) AS planned
                       FROM activity_grid g WHERE ${grid} GROUP BY g.place_id) held ON held.place_id = p.id`
      : "place p";
    return this.dataSource.query(
      `SELECT p.id AS "placeId", done.at AS "lastDoneAt", (${today} - ${day("done.at")}) AS "daysSinceLastDone",
              planned.at AS "nextPlannedAt", (${day("planned.at")} - ${today}) AS "daysUntilNextPlanned"
       FROM ${places}
       LEFT JOIN LATERAL (${nearest(ActivityStatus.DONE, "<=", "DESC", "held.done")}) done ON true
       LEFT JOIN LATERAL (${nearest(ActivityStatus.PLANNED, ">=", "ASC", "held.planned")}) planned ON true
       WHERE done.at IS NOT NULL OR planned.at IS NOT NULL`,
      params.values,
    ) as Promise<PlaceTimelineRow[]>;
  }
}

/**
 * Builds the `Coverage` answer from the grouped rows, the places' timeline and the gazetteer;
 * `latest`: each place's latest start in the selection, where the rows do not carry it.
 */
export function arrangeCoverage(rows: CoverageRow[], timeline: PlaceTimelineRow[], places: Place[], now: Date, latest: ReadonlyMap<number, Date> | null = null): Coverage {
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
  if (latest) for (const [placeId, last] of latest) if (byPlace.has(placeId)) byPlace.get(placeId)!.last = last;
  const timelineByPlace = new Map(timeline.map((row) => [row.placeId, row]));
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
      const times = timelineByPlace.get(place.id);
      return {
        place,
        count: entry?.count ?? 0,
        lastActivityAt: entry?.last ?? null,
        daysSinceLast: entry?.last ? Math.max(0, Math.floor((now.getTime() - entry.last.getTime()) / DAY_MS)) : null,
        lastDoneAt: times?.lastDoneAt ?? null,
        daysSinceLastDone: times?.daysSinceLastDone ?? null,
        nextPlannedAt: times?.nextPlannedAt ?? null,
        daysUntilNextPlanned: times?.daysUntilNextPlanned ?? null,
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
