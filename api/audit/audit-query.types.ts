import { Field, InputType, Int, ObjectType } from "type-graphql";
import { PageInfo } from "../common/page-info.type";
import { AuditEvent } from "./audit-event.entity";

/** Which audit rows to read; every field optional, all must hold. */
@InputType()
export class AuditFilter {
  @Field(() => [String], { nullable: true })
  actions?: string[] | null;

  @Field(() => String, { nullable: true })
  entity?: string | null;

  @Field(() => String, { nullable: true })
  entityId?: string | null;

  @Field(() => String, { nullable: true, description: "Username" })
  actor?: string | null;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;
}

/** One audit row and its cursor. */
@ObjectType()
export class AuditEventEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => AuditEvent)
  node!: AuditEvent;
}

/** A page of the audit log, newest first. */
@ObjectType()
export class AuditEventConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [AuditEventEdge])
  edges!: AuditEventEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
