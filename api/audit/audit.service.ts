import type { AuditAction, AuditEntity } from "../../domain/audit";
import type { DataSource, EntityManager } from "typeorm";

/** Who did something, as the audit log records it. */
export interface AuditActor {
  id: number | null;
  username: string | null;
}

/** Appends rows to the audit log; there is deliberately no way to change or remove one. */
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** Records one event, inside `manager`'s transaction when one is given. */
  async record(
    actor: AuditActor | null,
    action: AuditAction,
    entity: AuditEntity,
    entityId: string | number | null,
    details: Record<string, unknown> = {},
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO audit_event (actor_id, actor_username, action, entity, entity_id, details)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [actor?.id ?? null, actor?.username ?? null, action, entity, entityId === null ? null : String(entityId), JSON.stringify(details)],
    );
  }
}
