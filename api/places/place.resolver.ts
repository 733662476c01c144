import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { AuthUser, RequestContext } from "../common/context.type";
import { CurrentUser } from "../common/current-user";
import { PlaceKind, Role } from "../common/enums";
import { PlaceAdminService } from "./place-admin.service";
import { Place } from "./place.entity";
import { PlaceInput } from "./place.input";
import { PlaceService } from "./place.service";

/** The gazetteer: towns, villages, schools and venues. */
@Authorized()
@Resolver(() => Place)
export class PlaceResolver {
  constructor(
    private readonly placeService: PlaceService,
    private readonly placeAdmin: PlaceAdminService,
  ) {}

  @Query(() => [Place])
  places(@Arg("kinds", () => [PlaceKind], { nullable: true }) kinds: PlaceKind[] | null, @Ctx() ctx: RequestContext): Promise<Place[]> {
    return this.placeService.list(ctx, kinds);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Place, { description: "Adds or changes a place (ADMIN); the zones of affected activities are recomputed" })
  async upsertPlace(@Arg("input", () => PlaceInput) input: PlaceInput, @CurrentUser() user: AuthUser): Promise<Place> {
    return (await this.placeAdmin.upsert(user, input)).place;
  }
}
