import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import { ActivityFilter } from "../activities/activity-filter.input";
import type { AuthUser, RequestContext } from "../common/context.type";
import { CurrentUser } from "../common/current-user";
import { Coverage } from "./coverage.types";
import { CoverageService } from "./coverage.service";

/** Coverage of the municipality: town versus villages, place by place. */
@Authorized()
@Resolver(() => Coverage)
export class CoverageResolver {
  constructor(private readonly coverageService: CoverageService) {}

  @Query(() => Coverage)
  coverage(@Arg("filter", () => ActivityFilter, { nullable: true }) filter: ActivityFilter | null, @Ctx() ctx: RequestContext, @CurrentUser() user: AuthUser): Promise<Coverage> {
    return this.coverageService.coverage(ctx, user, filter);
  }
}
