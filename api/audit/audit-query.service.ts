import type { DataSource } from "typeorm";
import { ACTIVITY_COLUMNS } from "../activities/activity-columns";
import { toActivity } from "../activities/activity.service";
import { connection, pageOf, pageSize } from "../common/connection";
import { errors } from "../common/errors";
import { isBigintId } from "../common/parse-id";
import { SqlParams } from "../common/sql-params";
import { AuditEventConnection, AuditFilter } from "./audit-query.types";
import type { DeletedActivityEntry } from "./deleted-activity.types";

const MAX = 500;

/** The filter as one SQL condition on audit_event, its values collected in `params`. */
function auditWhere(filter: AuditFilter | null | undefined, params: SqlParams): string {
  const parts = ["TRUE"];
  if (filter?.actions) parts.push(`action = ANY(${params.add(filter.actions, "text[]")})`);
  if (filter?.entity) parts.push(`entity = ${params.add(filter.entity)}`);
  if (filter?.entityId) parts.push(`entity_id = ${params.add(filter.entityId)}`);
  if (filter?.actor) parts.push(`lower(actor_username) = lower(${params.add(filter.actor)})`);
  if (filter?.from) parts.push(`at >= ${params.add(filter.from)}`);
  if (filter?.to) parts.push(`at <= ${params.add(filter.to)}`);
  return parts.join(" AND ");
}

/** Reads the audit log for the administrator, newest first, paged by id. */
export class AuditQueryService {
  constructor(private readonly dataSource: DataSource) {}

  /** One page of audit rows matching the filter, with the total. */
  async list(filter: AuditFilter | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<AuditEventConnection> {
    const size = pageSize(first, 100, MAX);
    if (after && !isBigintId(after)) throw errors.badInput("after", "Ogiltig sidmarkör (after).");
    const countParams = new SqlParams();
    const where = auditWhere(filter, countParams);
    const params = new SqlParams();
    const pageWhere = after ? `${auditWhere(filter, params)} AND id < ${params.add(after, "bigint")}` : auditWhere(filter, params);
    const [rows, [{ count }]] = await Promise.all([
      this.dataSource.query(
        `SELECT id::text AS id, at, actor_username AS "actorUsername", action, entity, entity_id AS "entityId", details
         FROM audit_event WHERE ${pageWhere} ORDER BY audit_event.id DESC LIMIT ${size + 1}`,
        params.values,
      ) as Promise<Array<{ id: string; at: Date; actorUsername: string | null; action: string; entity: string; entityId: string | null; details: Record<string, unknown> }>>,
      this.dataSource.query(`SELECT count(*)::int AS count FROM audit_event WHERE ${where}`, countParams.values) as Promise<Array<{ count: number }>>,
    ]);
    const { page, hasNextPage } = pageOf(rows, size);
    return connection(page, hasNextPage, count, (row) => ({ cursor: row.id, node: { ...row, actorId: null } }));
  }

  /**
   * The most recently deleted activities with who deleted them and when, in one statement: the
   * latest DELETE event of each (by the audit index on entity and id), else who last changed it.
   * The log names an activity by its public id; rows written before there was one, by its key.
   */
  async deletedActivities(limit = 200): Promise<DeletedActivityEntry[]> {
    const rows: Array<Record<string, unknown> & { deletedAt: Date; deletedBy: string | null; deletedByName: string | null }> = await this.dataSource.query(
      `SELECT ${ACTIVITY_COLUMNS}, COALESCE(d.at, a.deleted_at) AS "deletedAt",
              COALESCE(d.actor_username, u.username) AS "deletedBy", u.display_name AS "deletedByName"
       FROM activity a
       LEFT JOIN LATERAL (
         SELECT e.at, e.actor_id, e.actor_username FROM audit_event e
         WHERE e.entity = 'activity' AND e.entity_id = ANY(ARRAY[a.public_id::text, a.id::text]) AND e.action = 'DELETE'
         ORDER BY e.id DESC LIMIT 1
       ) d ON true
       LEFT JOIN app_user u ON u.id = COALESCE(d.actor_id, a.updated_by)
       WHERE a.deleted_at IS NOT NULL
       ORDER BY a.deleted_at DESC, a.id DESC LIMIT $1`,
      [limit],
    );
    return rows.map(({ deletedAt, deletedBy, deletedByName, ...row }) => ({ activity: toActivity(row), deletedAt, deletedBy, deletedByName }));
  }
}
