import type { DataSource } from "typeorm";
import { activityWhere } from "../activities/activity-filter.sql";
import type { AuthUser } from "../common/context.type";
import { ActivityStatus, CadencePeriod, type Organisation, PlaceKind } from "../common/enums";
import { SqlParams } from "../common/sql-params";

/** What a tally needs of a cadence target. */
export interface CadenceSpec {
  id: number;
  kinds: readonly string[];
  target: number | null;
  cadencePeriod: CadencePeriod | null;
}

/** One cadence target's villages in a year: how many are asked for visits, and how many had them. */
export interface CadenceCount {
  year: number;
  targetId: number;
  villages: number;
  met: number;
  exceptions: number;
}

/**
 * For each cadence target and year, the villages that had their visits, in ONE statement whatever
 * the number of targets and years: the DONE activities of the years the reader may see (of
 * `organisations`, when given, like every other figure of the follow-up), counted per year, target,
 * village and half-year once, then judged per village against its own number. A half-year cadence
 * asks for the visits in each half; a second half is judged once it has begun at `asOf` (so a
 * running first half counts "met so far"). Only the activities started before `asOf` count: the
 * cadence as it stood then.
 */
export async function cadenceCounts(
  dataSource: DataSource,
  reader: AuthUser,
  years: number[],
  targets: readonly CadenceSpec[],
  organisations: Organisation[] | null,
  asOf: Date,
): Promise<CadenceCount[]> {
  if (targets.length === 0 || years.length === 0) return [];
  const params = new SqlParams();
  const where = activityWhere({ statuses: [ActivityStatus.DONE], organisations }, reader, params);
  const ids = params.add(
    targets.map((t) => t.id),
    "int[]",
  );
  // Arrays of arrays do not survive unnest(), so each target's kinds travel as comma-joined text.
  const kinds = params.add(
    targets.map((t) => t.kinds.join(",")),
    "text[]",
  );
  const visits = params.add(
    targets.map((t) => t.target ?? 0),
    "int[]",
  );
  const halves = params.add(
    targets.map((t) => t.cadencePeriod === CadencePeriod.HALF_YEAR),
    "bool[]",
  );
  const yearList = params.add(years, "int[]");
  const at = params.add(asOf, "timestamptz");
  return dataSource.query(
    `WITH spec AS (
       SELECT t.id, string_to_array(nullif(t.kinds, ''), ',')::activity_kind[] AS kinds, t.visits, t.half
       FROM unnest(${ids}, ${kinds}, ${visits}, ${halves}) AS t (id, kinds, visits, half)
     ), bounds AS MATERIALIZED (
       SELECT y AS year, make_timestamptz(y, 1, 1, 0, 0, 0, 'Europe/Stockholm') AS y0,
              make_timestamptz(y, 7, 1, 0, 0, 0, 'Europe/Stockholm') AS mid,
              make_timestamptz(y + 1, 1, 1, 0, 0, 0, 'Europe/Stockholm') AS y1
       FROM unnest(${yearList}) AS y
     ), counts AS (
       SELECT b.year, s.id, a.place_id, count(*) FILTER (WHERE a.starts_at < b.mid) AS h1, count(*) FILTER (WHERE a.starts_at >= b.mid) AS h2
       FROM activity a JOIN bounds b ON a.starts_at >= b.y0 AND a.starts_at < b.y1
       JOIN spec s ON s.kinds IS NULL OR a.kind = ANY (s.kinds)
       WHERE a.place_id IS NOT NULL AND a.starts_at < ${at} AND ${where}
       GROUP BY b.year, s.id, a.place_id
     )
     SELECT b.year, s.id AS "targetId",
            count(*) FILTER (WHERE q.quota > 0)::int AS villages,
            count(*) FILTER (WHERE q.quota > 0 AND CASE
              WHEN s.half THEN coalesce(c.h1, 0) >= q.quota AND (coalesce(c.h2, 0) >= q.quota OR ${at} < b.mid)
              ELSE coalesce(c.h1, 0) + coalesce(c.h2, 0) >= q.quota END)::int AS met,
            count(e.place_id)::int AS exceptions
     FROM spec s CROSS JOIN bounds b
     JOIN place p ON p.kind = '${PlaceKind.VILLAGE}'
     LEFT JOIN promise_target_village e ON e.target_id = s.id AND e.place_id = p.id
     CROSS JOIN LATERAL (SELECT coalesce(e.visits, s.visits) AS quota) q
     LEFT JOIN counts c ON c.year = b.year AND c.id = s.id AND c.place_id = p.id
     GROUP BY b.year, s.id`,
    params.values,
  ) as Promise<CadenceCount[]>;
}
