import type { DataSource } from "typeorm";
import type { ActivityFilter, BBoxInput } from "../activities/activity-filter.input";
import { activityWhere, gridAnswers, gridWhere } from "../activities/activity-filter.sql";
import type { AuthUser } from "../common/context.type";
import { ActivityKind } from "../common/enums";
import { errors } from "../common/errors";
import { SqlParams } from "../common/sql-params";
import { ActivityCluster, ActivityClusterResult } from "./cluster.types";

/** The most clusters one answer holds. */
export const MAX_CLUSTERS = 5000;
/** The zoom levels a map may ask for (as Leaflet and the tile servers number them). */
export const MIN_ZOOM = 0;
export const MAX_ZOOM = 22;
/** A grid cell is this many screen pixels wide at the asked zoom (tiles are 256 pixels). */
export const CELL_PX = 64;
/** Web Mercator stops here; the grid clamps latitudes to it. */
const MERCATOR_MAX_LAT = 85.0511287798;

/** Throws BAD_USER_INPUT unless zoom is a zoom level and bbox a rectangle on the globe. */
export function validateClusterArgs(bbox: BBoxInput, zoom: number): void {
  if (!Number.isInteger(zoom) || zoom < MIN_ZOOM || zoom > MAX_ZOOM) {
    throw errors.badInput("zoom", `Zoomnivån måste vara ett heltal från ${MIN_ZOOM} till ${MAX_ZOOM}.`);
  }
  const { south, west, north, east } = bbox;
  if (![south, west, north, east].every(Number.isFinite)) throw errors.badInput("bbox", "Kartutsnittet har ogiltiga koordinater.");
  if (south < -90 || north > 90) throw errors.badInput("bbox", "Latitud måste ligga mellan -90 och 90.");
  if (west < -180 || east > 180) throw errors.badInput("bbox", "Longitud måste ligga mellan -180 och 180.");
  if (south > north) throw errors.badInput("bbox", "Kartutsnittets södra kant ligger norr om den norra.");
  if (west > east) throw errors.badInput("bbox", "Kartutsnittets västra kant ligger öster om den östra.");
}

/** Web Mercator x of a longitude, 0 (180° W) to 1 (180° E). */
function mercatorX(lng: number): number {
  return (lng + 180) / 360;
}

/** Web Mercator y of a latitude, 0 (north edge) to 1 (south edge); the same formula as the SQL. */
function mercatorY(lat: number): number {
  const clamped = Math.max(-MERCATOR_MAX_LAT, Math.min(MERCATOR_MAX_LAT, lat));
  return (1 - Math.asinh(Math.tan((clamped * Math.PI) / 180)) / Math.PI) / 2;
}

/**
 * Grid cells across the world for `zoom`: cells of `CELL_PX` screen pixels, halved in number until
 * the cells that `bbox` touches are at most `MAX_CLUSTERS`. The grid is fixed to the world, not to
 * the view, so clusters stay put while the map pans.
 */
export function gridCells(bbox: BBoxInput, zoom: number): number {
  const touched = (n: number) =>
    (Math.floor(mercatorX(bbox.east) * n) - Math.floor(mercatorX(bbox.west) * n) + 1) * (Math.floor(mercatorY(bbox.south) * n) - Math.floor(mercatorY(bbox.north) * n) + 1);
  let n = 2 ** zoom * (256 / CELL_PX);
  while (n > 1 && touched(n) > MAX_CLUSTERS) n /= 2;
  return n;
}

/** A cluster as the grouping query returns it: `k0`… count the kinds in `KINDS` order. */
type ClusterRow = { count: number; lat: number; lng: number; activityId: string | null } & Record<`k${number}`, number>;

/** Every kind, in the order of the per-kind counts of the grouping query. */
const KINDS = Object.values(ActivityKind);

/** Cells per grid row: more than the finest grid has (2^24), so a cell number is `cx * CELL_ROW + cy`. */
const CELL_ROW = 2 ** 25;

/** Fine cells of the pre-aggregated grid (activity_grid) across the world, as its migration builds them. */
export const GRID_CELLS = 16384;
/** The grid serves views within these latitudes (beyond them Web Mercator clamps, and no one works there). */
const GRID_MAX_LAT = 85;
/** The grid sums positions in whole units of 1e-10 degree (as its migration does). */
const COORD_SCALE = 1e10;
/** Degrees added around a fine cell's bounds when its rows are read by position (far above rounding). */
const CELL_MARGIN = 1e-7;

/** Which rows answer a clusters request: the grid where it can (`auto`), or the raw rows always. */
export type ClusterSource = "auto" | "rows";

/** Fine cells of the grid, in its numbering: x from the west, y from the north, both inclusive. */
interface CellRange {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * Where the grid answers a view: the fine cells that lie wholly inside `view` (with half a cell to
 * spare, so rounding cannot put a row of them outside it) and the ring of cells it touches, whose
 * rows are read one by one. Null when none lies wholly inside.
 */
export function gridCellsOf(view: BBoxInput): { inner: CellRange; touched: CellRange } | null {
  const fx = (lng: number) => mercatorX(lng) * GRID_CELLS;
  const fy = (lat: number) => mercatorY(lat) * GRID_CELLS;
  const inner = { x0: Math.ceil(fx(view.west) + 0.5), x1: Math.floor(fx(view.east) - 0.5) - 1, y0: Math.ceil(fy(view.north) + 0.5), y1: Math.floor(fy(view.south) - 0.5) - 1 };
  if (inner.x0 > inner.x1 || inner.y0 > inner.y1) return null;
  return { inner, touched: { x0: Math.floor(fx(view.west)) - 1, x1: Math.floor(fx(view.east)) + 1, y0: Math.floor(fy(view.north)) - 1, y1: Math.floor(fy(view.south)) + 1 } };
}

/** The view narrowed to the filter's own rectangle, if it has one (null: they do not meet). */
function narrowed(bbox: BBoxInput, filter: ActivityFilter | null | undefined): BBoxInput | null {
  const f = filter?.bbox;
  if (!f) return bbox;
  const view = { south: Math.max(bbox.south, f.south), west: Math.max(bbox.west, f.west), north: Math.min(bbox.north, f.north), east: Math.min(bbox.east, f.east) };
  return view.south <= view.north && view.west <= view.east ? view : null;
}

/** Groups the activities of a filter on a map grid, in PostgreSQL. */
export class ClusterService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The activities that match `filter` (under the reader's visibility, through the shared
   * `activityWhere`) and lie in `bbox`, grouped by grid cell with a count per kind: one statement,
   * at most `MAX_CLUSTERS` rows, whatever the number of activities. At coarse zooms the
   * pre-aggregated grid answers for the cells wholly inside the view and the raw rows only for
   * those its edge cuts; the clusters are the raw rows' (positions to the last bits of rounding).
   */
  async clusters(user: AuthUser, filter: ActivityFilter | null | undefined, bbox: BBoxInput, zoom: number, source: ClusterSource = "auto"): Promise<ActivityClusterResult> {
    validateClusterArgs(bbox, zoom);
    const n = gridCells(bbox, zoom);
    const view = narrowed(bbox, filter);
    const cells = source === "auto" && n <= GRID_CELLS && gridAnswers(filter) && view && view.south > -GRID_MAX_LAT && view.north < GRID_MAX_LAT ? gridCellsOf(view) : null;
    const params = new SqlParams();
    const where = activityWhere(filter, user, params);
    const cellsParam = params.add(n, "float8");
    const inView = `a.lat BETWEEN ${params.add(bbox.south, "float8")} AND ${params.add(bbox.north, "float8")}
      AND a.lng BETWEEN ${params.add(bbox.west, "float8")} AND ${params.add(bbox.east, "float8")}`;
    const rowCell = `(floor(lk_mercator_x(a.lng) * ${cellsParam}) * ${CELL_ROW} + floor(lk_mercator_y(a.lat) * ${cellsParam}))::bigint`;
    const sql = cells ? this.gridSql(user, filter, params, { where, inView, rowCell, n, ...cells }) : this.rowsSql(where, inView, rowCell);
    const rows: ClusterRow[] = await this.dataSource.query(sql, params.values);
    const clusters: ActivityCluster[] = rows.map((row) => ({
      lat: row.lat,
      lng: row.lng,
      count: row.count,
      byKind: KINDS.map((kind, i) => ({ kind, count: row[`k${i}`] }))
        .filter((k) => k.count > 0)
        .sort((x, y) => y.count - x.count),
      activityId: row.activityId,
    }));
    return { clusters, total: clusters.reduce((sum, c) => sum + c.count, 0) };
  }

  /** The clusters from the raw rows alone. */
  private rowsSql(where: string, inView: string, rowCell: string): string {
    const kindCounts = KINDS.map((kind, i) => `count(*) FILTER (WHERE g.kind = '${kind}')::int AS k${i}`).join(", ");
    // One hash aggregation on one cell number per row: grouping by (cell, kind) first and then by cell
    // made the planner expect a group per row and sort the rows, spilling to disk. The rows come from
    // the covering time index alone; a cell of one looks up its activity's public id by primary key.
    return `SELECT c.*, (SELECT x.public_id::text FROM activity x WHERE x.id = c.only_id) AS "activityId"
       FROM (
         SELECT count(*)::int AS count, avg(g.lat) AS lat, avg(g.lng) AS lng,
                CASE WHEN count(*) = 1 THEN min(g.id) END AS only_id, ${kindCounts}
         FROM (
           SELECT ${rowCell} AS cell, a.kind, a.lat, a.lng, a.id
           FROM activity a
           WHERE ${where} AND ${inView}
         ) g
         GROUP BY g.cell
       ) c`;
  }

  /**
   * The clusters from the grid's rows for the fine cells wholly inside the view (each fine cell lies
   * in one cluster cell: the cluster grid has a power of two fewer cells) and from the raw rows of
   * the fine cells the edge cuts that hold any of the filter's activities (each read by position
   * through the position index, its rows tested by the same cell formula the grid was built with).
   */
  private gridSql(
    user: AuthUser,
    filter: ActivityFilter | null | undefined,
    params: SqlParams,
    q: { where: string; inView: string; rowCell: string; n: number; inner: CellRange; touched: CellRange },
  ): string {
    const gw = gridWhere(filter, user, params, "g");
    const p = (value: number) => params.add(value, "int");
    const inner = (alias: string) => `${alias}.cx BETWEEN ${p(q.inner.x0)} AND ${p(q.inner.x1)} AND ${alias}.cy BETWEEN ${p(q.inner.y0)} AND ${p(q.inner.y1)}`;
    const per = p(GRID_CELLS / q.n);
    const fine = params.add(GRID_CELLS, "float8");
    const margin = params.add(CELL_MARGIN, "float8");
    const scale = String(COORD_SCALE);
    const kindCounts = KINDS.map((kind, i) => `coalesce(sum(u.n) FILTER (WHERE u.kind = '${kind}'), 0)::int AS k${i}`).join(", ");
    // A fine cell's latitudes from its y (inverse Web Mercator) and longitudes from its x. OFFSET 0
    // keeps the edge's read a lateral one (per cell, by position): flattened into a join, PostgreSQL
    // may scan every activity for a handful of cells.
    const latOf = (y: string) => `degrees(atan(sinh(pi() * (1 - 2 * (${y})::float8 / ${fine}))))`;
    const lngOf = (x: string) => `(${x})::float8 / ${fine} * 360 - 180`;
    return `WITH cells AS MATERIALIZED (
         SELECT g.cx, g.cy, g.kind, g.n, g.sum_lat_e10, g.sum_lng_e10, g.sum_id
         FROM activity_grid g
         WHERE ${gw} AND g.cx BETWEEN ${p(q.touched.x0)} AND ${p(q.touched.x1)} AND g.cy BETWEEN ${p(q.touched.y0)} AND ${p(q.touched.y1)}
       )
       SELECT c.count, coalesce(o.lat, c.lat) AS lat, coalesce(o.lng, c.lng) AS lng, ${KINDS.map((_, i) => `c.k${i}`).join(", ")}, o.public_id::text AS "activityId"
       FROM (
         SELECT sum(u.n)::int AS count, (sum(u.sum_lat_e10) / sum(u.n) / ${scale})::float8 AS lat, (sum(u.sum_lng_e10) / sum(u.n) / ${scale})::float8 AS lng,
                CASE WHEN sum(u.n) = 1 THEN sum(u.sum_id)::bigint END AS only_id, ${kindCounts}
         FROM (
           SELECT (i.cx / ${per})::bigint * ${CELL_ROW} + i.cy / ${per} AS cell, i.kind, i.n, i.sum_lat_e10, i.sum_lng_e10, i.sum_id
           FROM cells i WHERE ${inner("i")}
           UNION ALL
           SELECT r.cell, r.kind, 1, (r.lat * ${scale}::float8)::bigint, (r.lng * ${scale}::float8)::bigint, r.id
           FROM (SELECT DISTINCT e.cx, e.cy FROM cells e WHERE NOT (${inner("e")})) e
           CROSS JOIN LATERAL (
             SELECT ${q.rowCell} AS cell, a.kind, a.lat, a.lng, a.id
             FROM activity a
             WHERE a.lat BETWEEN ${latOf("e.cy + 1")} - ${margin} AND ${latOf("e.cy")} + ${margin}
               AND a.lng BETWEEN ${lngOf("e.cx")} - ${margin} AND ${lngOf("e.cx + 1")} + ${margin}
               AND floor(lk_mercator_x(a.lng) * ${fine}) = e.cx AND floor(lk_mercator_y(a.lat) * ${fine}) = e.cy
               AND ${q.where} AND ${q.inView}
             OFFSET 0
           ) r
         ) u
         GROUP BY u.cell
       ) c
       -- A cluster of one: its activity's public id, and its own position (not the mean of rounded sums).
       LEFT JOIN LATERAL (SELECT x.public_id, x.lat, x.lng FROM activity x WHERE x.id = c.only_id OFFSET 0) o ON true`;
  }
}
