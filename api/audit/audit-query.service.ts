import type { DataSource } from "typeorm";
import { errors } from "../common/errors";
import { SqlParams } from "../common/sql-params";
import { AuditEventConnection, AuditFilter } from "./audit-query.types";

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
    const size = first ?? 100;
    if (!Number.isInteger(size) || size < 0 || size > MAX) throw errors.badInput("first", `first måste vara ett heltal från 0 till ${MAX}.`);
    if (after && !/^\d{1,18}$/.test(after)) throw errors.badInput("after", "Ogiltig sidmarkör (after).");
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
    const page = rows.slice(0, size);
    const edges = page.map((row) => ({ cursor: row.id, node: { ...row, actorId: null } }));
    return { totalCount: count, edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}
