import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../common/context.type";
import { PlaceKind } from "../common/enums";
import { Place } from "./place.entity";
import { PlaceService } from "./place.service";

/** The gazetteer: towns, villages, schools and venues. */
@Authorized()
@Resolver(() => Place)
export class PlaceResolver {
  constructor(private readonly placeService: PlaceService) {}

  @Query(() => [Place])
  places(@Arg("kinds", () => [PlaceKind], { nullable: true }) kinds: PlaceKind[] | null, @Ctx() ctx: RequestContext): Promise<Place[]> {
    return this.placeService.list(ctx, kinds);
  }
}
