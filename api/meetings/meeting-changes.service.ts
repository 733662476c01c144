import type { DataSource } from "typeorm";
import { activityWhere } from "../activities/activity-filter.sql";
import type { AuthUser, RequestContext } from "../common/context.type";
import { ActivityKind, ActivityStatus, PlaceKind, PriorityArea } from "../common/enums";
import { errors } from "../common/errors";
import { SqlParams } from "../common/sql-params";
import { stockholmYear } from "../followup/follow-up-result";
import { formatDay, stockholmDay } from "../followup/forecast";
import type { FollowUpService } from "../followup/follow-up.service";
import type { PlaceService } from "../places/place.service";
import { checkDay, stockholmMidnight } from "./meeting-day";
import { MeetingChanges, type PromiseStatusChange } from "./meeting-changes.types";

/** A row of the changes' aggregate: a kind, an area, or a village reached since (and not before). */
interface ChangeRow {
  part: "kind" | "area" | "village";
  key: string;
  count: number;
}

/** What changed since a meeting: the done work since, the villages newly reached, the promises whose status moved. */
export class MeetingChangesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly followUps: FollowUpService,
    private readonly places: PlaceService,
  ) {}

  /**
   * The DONE activities the reader may see from the first instant of `since` (Stockholm) to
   * `until`, by kind and area, and the villages they reached that the same calendar year had not
   * reached before `since`: one statement. The promises of the reference date's year are the
   * follow-up twice, once with the activities started before `since` (as it stood then) and once
   * at `until`; the targets whose status differs are listed.
   */
  async changes(ctx: RequestContext, user: AuthUser, since: string, until: Date | null | undefined, now: Date = new Date()): Promise<MeetingChanges> {
    const day = checkDay(since, "since", now);
    const from = stockholmMidnight(day);
    const to = until ?? now;
    if (to.getTime() < from.getTime()) throw errors.badInput("until", "Slutet ligger före mötets datum.");
    const params = new SqlParams();
    const where = activityWhere({ statuses: [ActivityStatus.DONE], to }, user, params);
    const at = params.add(from, "timestamptz");
    const rows: ChangeRow[] = await this.dataSource.query(
      `WITH acts AS MATERIALIZED (
         SELECT a.kind, a.priority_areas, a.place_id, a.starts_at >= ${at} AS after
         FROM activity a
         WHERE ${where}
           AND a.starts_at >= (SELECT date_trunc('year', ${at} AT TIME ZONE 'Europe/Stockholm') AT TIME ZONE 'Europe/Stockholm')
       )
       SELECT 'kind' AS part, x.kind::text AS key, count(*)::int AS count FROM acts x WHERE x.after GROUP BY x.kind
       UNION ALL
       SELECT 'area', area::text, count(*)::int FROM acts x CROSS JOIN unnest(x.priority_areas) AS area WHERE x.after GROUP BY area
       UNION ALL
       -- Reached since and not before: every activity of the year at the village is on the later side.
       SELECT 'village', x.place_id::text, count(*)::int FROM acts x JOIN place p ON p.id = x.place_id AND p.kind = '${PlaceKind.VILLAGE}'
       GROUP BY x.place_id HAVING bool_and(x.after)`,
      params.values,
    );
    const year = stockholmYear(from);
    const [places, before, after] = await Promise.all([
      this.places.byId(ctx),
      // As the year stood at the end of the day before the meeting, and at the end of `until`'s day.
      this.followUps.followUp(ctx, user, year, null, now, formatDay(stockholmDay(new Date(from.getTime() - 1)))),
      this.followUps.followUp(ctx, user, year, null, now, formatDay(stockholmDay(to.getTime() > now.getTime() ? now : to))),
    ]);
    const kinds = rows.filter((r) => r.part === "kind");
    const areas = new Map(rows.filter((r) => r.part === "area").map((r) => [r.key, r.count]));
    const promiseChanges: PromiseStatusChange[] = [];
    after.promises.forEach((now, i) => {
      const then = before.promises[i];
      if (then && then.status !== now.status)
        promiseChanges.push({ promise: now.promise, targetId: now.targetId, label: now.label, statusBefore: then.status, statusAfter: now.status, actualBefore: then.actual, actualAfter: now.actual });
    });
    return Object.assign(new MeetingChanges(), {
      since: day,
      until: to,
      total: kinds.reduce((sum, r) => sum + r.count, 0),
      byKind: kinds.map((r) => ({ kind: r.key as ActivityKind, count: r.count })).sort((x, y) => y.count - x.count || x.kind.localeCompare(y.kind)),
      byArea: Object.values(PriorityArea).map((area) => ({ area, count: areas.get(area) ?? 0 })),
      villagesNewlyReached: rows
        .filter((r) => r.part === "village")
        .map((r) => places.get(Number(r.key))!)
        .sort((x, y) => x.name.localeCompare(y.name, "sv")),
      promiseYear: year,
      promiseChanges,
    });
  }
}
