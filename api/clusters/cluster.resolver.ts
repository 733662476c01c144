import { Arg, Authorized, Int, Query, Resolver } from "type-graphql";
import { ActivityFilter, BBoxInput } from "../activities/activity-filter.input";
import type { AuthUser } from "../common/context.type";
import { CurrentUser } from "../common/current-user";
import { ActivityClusterResult } from "./cluster.types";
import { ClusterService } from "./cluster.service";

/** The map at scale: clusters instead of points when a view holds too many to draw. */
@Authorized()
@Resolver(() => ActivityClusterResult)
export class ClusterResolver {
  constructor(private readonly clusterService: ClusterService) {}

  @Query(() => ActivityClusterResult, { description: "The activities of a filter within bbox, grouped on a grid sized by zoom (0–22)" })
  activityClusters(
    @Arg("filter", () => ActivityFilter, { nullable: true }) filter: ActivityFilter | null,
    @Arg("bbox", () => BBoxInput) bbox: BBoxInput,
    @Arg("zoom", () => Int) zoom: number,
    @CurrentUser() user: AuthUser,
  ): Promise<ActivityClusterResult> {
    return this.clusterService.clusters(user, filter, bbox, zoom);
  }
}
