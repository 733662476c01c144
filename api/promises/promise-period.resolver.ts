import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { AuthUser, RequestContext } from "../common/context.type";
import { CurrentUser } from "../common/current-user";
import { Role } from "../common/enums";
import { PromiseAdminService } from "./promise-admin.service";
import { PromisePeriod } from "./promise-period.entity";
import { PromisePeriodInput } from "./promise.input";
import { CitizenPromise } from "./promise.entity";
import { PromiseService } from "./promise.service";

/** The promise periods (medborgarlöften) and, for the administrator, their upkeep. */
@Authorized()
@Resolver(() => PromisePeriod)
export class PromisePeriodResolver {
  constructor(
    private readonly promiseService: PromiseService,
    private readonly admin: PromiseAdminService,
  ) {}

  @Query(() => [PromisePeriod], { description: "Every promise period, oldest first" })
  promisePeriods(@Ctx() ctx: RequestContext): Promise<PromisePeriod[]> {
    return this.promiseService.periods(ctx);
  }

  @FieldResolver(() => [CitizenPromise], { description: "The period's promises, by number" })
  promises(@Root() period: PromisePeriod, @Ctx() ctx: RequestContext): Promise<CitizenPromise[]> {
    return this.promiseService.promisesOf(ctx, period.id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PromisePeriod, { description: "Creates a promise period, e.g. 2026–2028 (ADMIN); its years may not overlap another period's" })
  createPromisePeriod(@Arg("input", () => PromisePeriodInput) input: PromisePeriodInput, @Ctx() ctx: RequestContext, @CurrentUser() user: AuthUser): Promise<PromisePeriod> {
    return this.promiseService.afterWrite(ctx, this.admin.createPeriod(user, input));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PromisePeriod, { description: "Renames a promise period or changes its years (ADMIN)" })
  updatePromisePeriod(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => PromisePeriodInput) input: PromisePeriodInput,
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: AuthUser,
  ): Promise<PromisePeriod> {
    return this.promiseService.afterWrite(ctx, this.admin.updatePeriod(user, id, input));
  }
}
