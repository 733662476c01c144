import { Arg, Authorized, Int, Query, Resolver } from "type-graphql";
import { Role } from "../common/enums";
import { AuditEventConnection, AuditFilter } from "./audit-query.types";
import { AuditQueryService } from "./audit-query.service";
import { DeletedActivityEntry } from "./deleted-activity.types";

/** The audit log, read-only and for administrators. Nothing in the API changes or deletes a row. */
@Authorized(Role.ADMIN)
@Resolver()
export class AuditResolver {
  constructor(private readonly auditQuery: AuditQueryService) {}

  @Query(() => AuditEventConnection, { description: "The audit log, newest first (ADMIN)" })
  auditEvents(
    @Arg("filter", () => AuditFilter, { nullable: true }) filter: AuditFilter | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ): Promise<AuditEventConnection> {
    return this.auditQuery.list(filter, first, after);
  }

  @Query(() => [DeletedActivityEntry], { description: "The 200 most recently deleted activities with who deleted them and when (ADMIN)" })
  deletedActivityLog(): Promise<DeletedActivityEntry[]> {
    return this.auditQuery.deletedActivities();
  }
}
