import { GraphQLJSON } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** One row of the append-only audit log (the database refuses updates and deletes). */
@ObjectType()
@Entity({ name: "audit_event" })
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "bigint" })
  id!: string;

  @Field(() => Date)
  @Column({ type: "timestamptz", default: () => "now()" })
  at!: Date;

  @Column({ name: "actor_id", type: "integer", nullable: true })
  actorId!: number | null;

  @Field(() => String, { nullable: true, name: "actor", description: "Username of who did it (null: the system or an unknown user)" })
  @Column({ name: "actor_username", type: "varchar", length: 60, nullable: true })
  actorUsername!: string | null;

  @Field(() => String, { description: "CREATE, UPDATE, DELETE, RESTORE, LOGIN, LOGIN_FAILED, LOGOUT, READ_PLANNED_POLICE, …" })
  @Column({ type: "varchar", length: 40 })
  action!: string;

  @Field(() => String, { description: "activity, place, user, promise, …" })
  @Column({ type: "varchar", length: 40 })
  entity!: string;

  @Field(() => String, { nullable: true })
  @Column({ name: "entity_id", type: "varchar", length: 60, nullable: true })
  entityId!: string | null;

  @Field(() => GraphQLJSON)
  @Column({ type: "jsonb", default: {} })
  details!: Record<string, unknown>;
}
