import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** One row of the append-only audit log (the database refuses updates and deletes). */
@Entity({ name: "audit_event" })
export class AuditEvent {
  @PrimaryGeneratedColumn({ type: "bigint" })
  id!: string;

  @Column({ type: "timestamptz", default: () => "now()" })
  at!: Date;

  @Column({ name: "actor_id", type: "integer", nullable: true })
  actorId!: number | null;

  @Column({ name: "actor_username", type: "varchar", length: 60, nullable: true })
  actorUsername!: string | null;

  @Column({ type: "varchar", length: 40 })
  action!: string;

  @Column({ type: "varchar", length: 40 })
  entity!: string;

  @Column({ name: "entity_id", type: "varchar", length: 60, nullable: true })
  entityId!: string | null;

  @Column({ type: "jsonb", default: {} })
  details!: Record<string, unknown>;
}
