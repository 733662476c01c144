import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { AuthUser, RequestContext } from "../common/context.type";
import { CurrentUser } from "../common/current-user";
import { Role } from "../common/enums";
import { Place } from "../places/place.entity";
import { PlaceService } from "../places/place.service";
import { ActivityConnection, ActivityOrder } from "./activity-connection.type";
import { ActivityFilter } from "./activity-filter.input";
import { Activity } from "./activity.entity";
import { ActivityService } from "./activity.service";
import { ActivityInput } from "./activity.input";
import { ActivityWriteService } from "./activity-write.service";

/** Reading and writing activities; visibility and write rules live in the services. */
@Authorized()
@Resolver(() => Activity)
export class ActivityResolver {
  constructor(
    private readonly activityService: ActivityService,
    private readonly placeService: PlaceService,
    private readonly writeService: ActivityWriteService,
  ) {}

  @Query(() => ActivityConnection)
  activities(
    @Arg("filter", () => ActivityFilter, { nullable: true }) filter: ActivityFilter | null,
    @Arg("first", () => Int, { nullable: true, description: "Page size, default 100, at most 500" }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("orderBy", () => ActivityOrder, { nullable: true, description: "Default: newest first" }) orderBy: ActivityOrder | null,
    @CurrentUser() user: AuthUser,
  ): Promise<ActivityConnection> {
    return this.activityService.list(user, filter, first, after, orderBy);
  }

  @Query(() => Activity, { nullable: true, description: "Null when it does not exist or is not visible to the reader" })
  activity(@Arg("id", () => ID) id: string, @CurrentUser() user: AuthUser): Promise<Activity | null> {
    return this.activityService.get(user, id);
  }

  @Authorized(Role.ADMIN)
  @Query(() => [Activity], { description: "The 200 most recently deleted activities, to restore (ADMIN)" })
  deletedActivities(): Promise<Activity[]> {
    return this.activityService.listDeleted();
  }

  @FieldResolver(() => Place, { nullable: true })
  async place(@Root() activity: Activity, @Ctx() ctx: RequestContext): Promise<Place | null> {
    if (activity.placeId === null) return null;
    return (await this.placeService.byId(ctx)).get(activity.placeId) ?? null;
  }

  @Mutation(() => Activity, { description: "Records a planned or done activity" })
  createActivity(@Arg("input", () => ActivityInput) input: ActivityInput, @CurrentUser() user: AuthUser): Promise<Activity> {
    return this.writeService.create(user, input);
  }

  @Mutation(() => Activity, { description: "Replaces an activity; CONFLICT when version is not the current one" })
  updateActivity(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("input", () => ActivityInput) input: ActivityInput,
    @CurrentUser() user: AuthUser,
  ): Promise<Activity> {
    return this.writeService.update(user, id, version, input);
  }

  @Mutation(() => Boolean, { description: "Marks an activity deleted (kept; ADMIN can restore)" })
  deleteActivity(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @CurrentUser() user: AuthUser): Promise<boolean> {
    return this.writeService.delete(user, id, version);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Activity, { description: "Brings back a deleted activity (ADMIN)" })
  restoreActivity(@Arg("id", () => ID) id: string, @CurrentUser() user: AuthUser): Promise<Activity> {
    return this.writeService.restore(user, id);
  }

  @Mutation(() => Activity, { description: "Undoes one's own delete, within minutes of it (the user who deleted it)" })
  undoDeleteActivity(@Arg("id", () => ID) id: string, @CurrentUser() user: AuthUser): Promise<Activity> {
    return this.writeService.undoDelete(user, id);
  }
}
