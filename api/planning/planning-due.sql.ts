import type { DataSource } from "typeorm";
import { activityWhere } from "../activities/activity-filter.sql";
import type { AuthUser } from "../common/context.type";
import { ActivityStatus, type ActivityKind, CadencePeriod, PlaceKind } from "../common/enums";
import { SqlParams } from "../common/sql-params";

/** The cadence a due list follows: its visits, period, kinds and (for its exceptions) target id. */
export interface DueCadence {
  targetId: number | null;
  visits: number;
  period: CadencePeriod;
  kinds: ActivityKind[];
}

/** One village's row of the due list, as the statement returns it. */
export interface DueRow {
  placeId: number;
  quota: number;
  visitsInPeriod: number;
  lastVisitAt: Date | null;
  daysSince: number | null;
  dueAt: Date | null;
  daysUntilDue: number | null;
  overdue: boolean;
  nextPlannedAt: Date | null;
  periodStart: Date;
  periodEnd: Date;
}

/**
 * Every village with its last done visit, its visits in the period that holds `asOf`, its next
 * planned visit and when the cadence wants the next one, in ONE statement: three index probes per
 * village on (place_id, starts_at), through the shared visibility rule (`activityWhere`), so a
 * reader neither sees nor infers planned work it may not see.
 *
 * When a village falls due: a village asked for q visits per period (of length L) should see one
 * every L/q. While the current period still lacks r of its q visits, the next is due L/q after the
 * last one, but no earlier than the period's start and no later than leaves room for the other
 * r - 1 at that spacing before the period ends; once the period has its q, the same is asked of
 * the next period. A village never visited is due from the start of the period. Sorted by urgency:
 * the most overdue first, then the soonest due, villages asked for no visit last.
 */
export async function dueVillages(dataSource: DataSource, reader: AuthUser, cadence: DueCadence | null, asOf: Date): Promise<DueRow[]> {
  const params = new SqlParams();
  const where = activityWhere({ kinds: cadence && cadence.kinds.length > 0 ? cadence.kinds : null }, reader, params);
  const at = params.add(asOf, "timestamptz");
  const visits = params.add(cadence?.visits ?? 0, "int");
  const months = params.add(cadence?.period === CadencePeriod.HALF_YEAR ? 6 : 12, "int");
  const target = params.add(cadence?.targetId ?? null, "int");
  const local = (column: string) => `(${column} AT TIME ZONE 'Europe/Stockholm')`;
  return dataSource.query(
    `WITH span AS MATERIALIZED (
       -- The period that holds asOf, and the one after it, in Stockholm time.
       SELECT s.first AT TIME ZONE 'Europe/Stockholm' AS start,
              (s.first + make_interval(months => ${months})) AT TIME ZONE 'Europe/Stockholm' AS stop,
              (s.first + make_interval(months => 2 * ${months})) AT TIME ZONE 'Europe/Stockholm' AS after,
              ${local(at)}::date AS today
       FROM (SELECT make_timestamp(extract(year FROM ${local(at)})::int,
                                   CASE WHEN ${months} = 12 OR extract(month FROM ${local(at)}) <= 6 THEN 1 ELSE 7 END, 1, 0, 0, 0) AS first) s
     ), village AS (
       SELECT p.id, p.name, coalesce(e.visits, ${visits}) AS quota
       FROM place p LEFT JOIN promise_target_village e ON e.target_id = ${target} AND e.place_id = p.id
       WHERE p.kind = '${PlaceKind.VILLAGE}'
     ), seen AS (
       SELECT v.id, v.name, v.quota, last.at AS last_at, planned.at AS planned_at, coalesce(done.n, 0) AS done_n, sp.start, sp.stop, sp.after, sp.today
       FROM village v CROSS JOIN span sp
       LEFT JOIN LATERAL (
         SELECT a.starts_at AS at FROM activity a
         WHERE a.place_id = v.id AND a.status = '${ActivityStatus.DONE}' AND a.starts_at <= ${at} AND ${where}
         ORDER BY a.starts_at DESC LIMIT 1) last ON true
       LEFT JOIN LATERAL (
         SELECT count(*)::int AS n FROM activity a
         WHERE a.place_id = v.id AND a.status = '${ActivityStatus.DONE}' AND a.starts_at >= sp.start AND a.starts_at <= ${at} AND ${where}) done ON true
       LEFT JOIN LATERAL (
         SELECT a.starts_at AS at FROM activity a
         WHERE a.place_id = v.id AND a.status = '${ActivityStatus.PLANNED}' AND a.starts_at >= ${at} AND ${where}
         ORDER BY a.starts_at ASC LIMIT 1) planned ON true
     ), window_ AS (
       -- The window the next visit must fall in, and the spacing the cadence asks for.
       SELECT s.*, g.spacing,
              CASE WHEN s.done_n < s.quota THEN s.start ELSE s.stop END AS win_from,
              CASE WHEN s.done_n < s.quota THEN s.stop - (s.quota - s.done_n - 1) * g.spacing ELSE s.after - (s.quota - 1) * g.spacing END AS win_to
       FROM seen s CROSS JOIN LATERAL (SELECT CASE WHEN s.quota > 0 THEN (s.stop - s.start) / s.quota END AS spacing) g
     ), due AS (
       SELECT w.*, CASE WHEN w.quota = 0 THEN NULL
                        WHEN w.last_at IS NULL THEN w.win_from
                        ELSE GREATEST(w.win_from, LEAST(w.win_to, w.last_at + w.spacing)) END AS due_at
       FROM window_ w
     )
     SELECT d.id AS "placeId", d.quota, d.done_n AS "visitsInPeriod", d.last_at AS "lastVisitAt",
            d.today - ${local("d.last_at")}::date AS "daysSince",
            d.due_at AS "dueAt", ${local("d.due_at")}::date - d.today AS "daysUntilDue",
            coalesce(${local("d.due_at")}::date < d.today, false) AS overdue,
            d.planned_at AS "nextPlannedAt", d.start AS "periodStart", d.stop AS "periodEnd"
     FROM due d
     ORDER BY d.quota = 0, ${local("d.due_at")}::date NULLS LAST, d.last_at NULLS FIRST, d.name`,
    params.values,
  ) as Promise<DueRow[]>;
}
