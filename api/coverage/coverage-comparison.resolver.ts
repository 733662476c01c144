import { Arg, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import { ActivityFilter } from "../activities/activity-filter.input";
import type { AuthUser, RequestContext } from "../common/context.type";
import { CurrentUser } from "../common/current-user";
import { CoverageComparison } from "./coverage-comparison.types";
import { CoverageComparisonService } from "./coverage-comparison.service";

/** Coverage of one selection in two years, side by side. */
@Authorized()
@Resolver(() => CoverageComparison)
export class CoverageComparisonResolver {
  constructor(private readonly comparisons: CoverageComparisonService) {}

  @Query(() => CoverageComparison, {
    description:
      "The filter's activities in yearA and in yearB (its years and dates are replaced by these two): per zone and place the count in each and the change (B − A), and the villages reached in only one",
  })
  coverageComparison(
    @Arg("filter", () => ActivityFilter, { nullable: true }) filter: ActivityFilter | null,
    @Arg("yearA", () => Int) yearA: number,
    @Arg("yearB", () => Int) yearB: number,
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: AuthUser,
  ): Promise<CoverageComparison> {
    return this.comparisons.compare(ctx, user, filter, yearA, yearB);
  }
}
