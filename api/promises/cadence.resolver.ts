import { Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../common/context.type";
import { Place } from "../places/place.entity";
import type { PlaceService } from "../places/place.service";
import { PromiseTarget } from "./promise-target.entity";
import { PromiseTargetVillage } from "./promise-target-village.entity";
import type { PromiseService } from "./promise.service";

/** A cadence target's village exceptions, from the request's promise catalog. */
@Authorized()
@Resolver(() => PromiseTarget)
export class CadenceTargetResolver {
  constructor(private readonly promises: PromiseService) {}

  @FieldResolver(() => [PromiseTargetVillage], { description: "VILLAGE_CADENCE: the villages with their own number of visits, by place id; empty for the other measures" })
  villageExceptions(@Root() target: PromiseTarget, @Ctx() ctx: RequestContext): Promise<PromiseTargetVillage[]> {
    return this.promises.exceptionsOf(ctx, target.id);
  }
}

/** The village of a cadence exception. */
@Authorized()
@Resolver(() => PromiseTargetVillage)
export class CadenceExceptionResolver {
  constructor(private readonly places: PlaceService) {}

  @FieldResolver(() => Place)
  async place(@Root() exception: PromiseTargetVillage, @Ctx() ctx: RequestContext): Promise<Place> {
    return (await this.places.byId(ctx)).get(exception.placeId)!;
  }
}
