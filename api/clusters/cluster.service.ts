import type { DataSource } from "typeorm";
import type { ActivityFilter, BBoxInput } from "../activities/activity-filter.input";
import { activityWhere } from "../activities/activity-filter.sql";
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

/** Groups the activities of a filter on a map grid, in PostgreSQL. */
export class ClusterService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The activities that match `filter` (under the reader's visibility, through the shared
   * `activityWhere`) and lie in `bbox`, grouped by grid cell with a count per kind: one statement,
   * at most `MAX_CLUSTERS` rows, whatever the number of activities.
   */
  async clusters(user: AuthUser, filter: ActivityFilter | null | undefined, bbox: BBoxInput, zoom: number): Promise<ActivityClusterResult> {
    validateClusterArgs(bbox, zoom);
    const params = new SqlParams();
    const where = activityWhere(filter, user, params);
    const n = params.add(gridCells(bbox, zoom), "float8");
    const maxLat = params.add(MERCATOR_MAX_LAT, "float8");
    const inView = `a.lat BETWEEN ${params.add(bbox.south, "float8")} AND ${params.add(bbox.north, "float8")}
      AND a.lng BETWEEN ${params.add(bbox.west, "float8")} AND ${params.add(bbox.east, "float8")}`;
    const kindCounts = KINDS.map((kind, i) => `count(*) FILTER (WHERE g.kind = '${kind}')::int AS k${i}`).join(", ");
    // One hash aggregation on one cell number per row: grouping by (cell, kind) first and then by cell
    // made the planner expect a group per row and sort the rows, spilling to disk. The rows come from
    // the covering time index alone; a cell of one looks up its activity's public id by primary key.
    const rows: ClusterRow[] = await this.dataSource.query(
      `SELECT c.*, (SELECT x.public_id::text FROM activity x WHERE x.id = c.only_id) AS "activityId"
       FROM (
         SELECT count(*)::int AS count, avg(g.lat) AS lat, avg(g.lng) AS lng,
                CASE WHEN count(*) = 1 THEN min(g.id) END AS only_id, ${kindCounts}
         FROM (
           SELECT (floor((a.lng + 180) / 360 * ${n}) * ${CELL_ROW}
                   + floor((1 - asinh(tan(radians(greatest(-${maxLat}, least(${maxLat}, a.lat))))) / pi()) / 2 * ${n}))::bigint AS cell,
                  a.kind, a.lat, a.lng, a.id
           FROM activity a
           WHERE ${where} AND ${inView}
         ) g
         GROUP BY g.cell
       ) c`,
      params.values,
    );
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
}
