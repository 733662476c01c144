import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../common/context.type";
import { Place } from "../places/place.entity";
import { PlaceService } from "../places/place.service";
import { ActivityConnection, ActivityOrder } from "./activity-connection.type";
import { ActivityFilter } from "./activity-filter.input";
import { Activity } from "./activity.entity";
import { ActivityService } from "./activity.service";

/** Reading activities; what a reader gets follows the visibility rules in the service. */
@Authorized()
@Resolver(() => Activity)
export class ActivityResolver {
  constructor(
    private readonly activityService: ActivityService,
    private readonly placeService: PlaceService,
  ) {}

  @Query(() => ActivityConnection)
  activities(
    @Arg("filter", () => ActivityFilter, { nullable: true }) filter: ActivityFilter | null,
    @Arg("first", () => Int, { nullable: true, description: "Page size, default 100, at most 500" }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("orderBy", () => ActivityOrder, { nullable: true, description: "Default: newest first" }) orderBy: ActivityOrder | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ActivityConnection> {
    return this.activityService.list(ctx.user!, filter, first, after, orderBy);
  }

  @Query(() => Activity, { nullable: true, description: "Null when it does not exist or is not visible to the reader" })
  activity(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Activity | null> {
    return this.activityService.get(ctx.user!, id);
  }

  @FieldResolver(() => Place, { nullable: true })
  async place(@Root() activity: Activity, @Ctx() ctx: RequestContext): Promise<Place | null> {
    if (activity.placeId === null) return null;
    return (await this.placeService.byId(ctx)).get(activity.placeId) ?? null;
  }
}
