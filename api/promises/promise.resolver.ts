import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import type { AuthUser, RequestContext } from "../common/context.type";
import { CurrentUser } from "../common/current-user";
import { Role } from "../common/enums";
import { PromiseAdminService } from "./promise-admin.service";
import { PromiseInput, PromiseTargetInput } from "./promise.input";
import { CitizenPromise } from "./promise.entity";
import { PromiseService } from "./promise.service";
import { PromiseTarget } from "./promise-target.entity";

/** A promise's targets and, for the administrator, promise and target upkeep. */
@Authorized()
@Resolver(() => CitizenPromise)
export class PromiseResolver {
  constructor(
    private readonly promises: PromiseService,
    private readonly admin: PromiseAdminService,
  ) {}

  @FieldResolver(() => [PromiseTarget], { description: "The promise's measurable targets (none: followed up by its priority area, with no target)" })
  targets(@Root() promise: CitizenPromise, @Ctx() ctx: RequestContext): Promise<PromiseTarget[]> {
    return this.promises.targetsOf(ctx, promise.id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CitizenPromise, { description: "Adds a promise to a period (ADMIN)" })
  createPromise(
    @Arg("periodId", () => ID) periodId: string,
    @Arg("input", () => PromiseInput) input: PromiseInput,
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: AuthUser,
  ): Promise<CitizenPromise> {
    return this.promises.afterWrite(ctx, this.admin.createPromise(user, periodId, input));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CitizenPromise, { description: "Changes a promise's number, title, description, organisation or area (ADMIN)" })
  updatePromise(@Arg("id", () => ID) id: string, @Arg("input", () => PromiseInput) input: PromiseInput, @Ctx() ctx: RequestContext, @CurrentUser() user: AuthUser): Promise<CitizenPromise> {
    return this.promises.afterWrite(ctx, this.admin.updatePromise(user, id, input));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CitizenPromise, { description: "Sets the promise's target with this measure and school level, adding it when there is none (ADMIN)" })
  setPromiseTarget(
    @Arg("promiseId", () => ID) promiseId: string,
    @Arg("target", () => PromiseTargetInput) target: PromiseTargetInput,
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: AuthUser,
  ): Promise<CitizenPromise> {
    return this.promises.afterWrite(ctx, this.admin.setTarget(user, promiseId, target));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CitizenPromise, { description: "Changes one target of a promise, under the same rules as setPromiseTarget, and returns the promise (ADMIN)" })
  updatePromiseTarget(
    @Arg("id", () => ID) id: string,
    @Arg("target", () => PromiseTargetInput) target: PromiseTargetInput,
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: AuthUser,
  ): Promise<CitizenPromise> {
    return this.promises.afterWrite(ctx, this.admin.updateTarget(user, id, target));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CitizenPromise, { description: "Removes a target from its promise and returns the promise (ADMIN)" })
  deletePromiseTarget(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext, @CurrentUser() user: AuthUser): Promise<CitizenPromise> {
    return this.promises.afterWrite(ctx, this.admin.deleteTarget(user, id));
  }
}
