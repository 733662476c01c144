import { Arg, Authorized, Ctx, ID, Query, Resolver } from "type-graphql";
import type { AuthUser, RequestContext } from "../common/context.type";
import { CurrentUser } from "../common/current-user";
import { PlanningService } from "./planning.service";
import { PlanningDue } from "./planning.types";

/** The due list for the planners, for signed-in readers; what it counts follows their visibility. */
@Authorized()
@Resolver(() => PlanningDue)
export class PlanningResolver {
  constructor(private readonly planning: PlanningService) {}

  @Query(() => PlanningDue, { description: "Every village with its last visit, days since, when it falls due under the village cadence and whether it is overdue, by urgency" })
  planningDue(
    @Arg("asOf", () => Date, { nullable: true, description: "Default: now" }) asOf: Date | null,
    @Arg("targetId", () => ID, { nullable: true, description: "A VILLAGE_CADENCE target; default: the first of the period that holds asOf (or of the latest period before it)" })
    targetId: string | null,
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: AuthUser,
  ): Promise<PlanningDue> {
    return this.planning.planningDue(ctx, user, asOf ?? new Date(), targetId ?? null);
  }
}
