import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { KindCount } from "../coverage/coverage.types";

/** Activities that lie close together at the asked zoom, drawn as one mark. */
@ObjectType()
export class ActivityCluster {
  @Field(() => Float, { description: "Mean latitude of the activities in the cluster" })
  lat!: number;

  @Field(() => Float, { description: "Mean longitude of the activities in the cluster" })
  lng!: number;

  @Field(() => Int)
  count!: number;

  @Field(() => [KindCount], { description: "Counts by kind, most first" })
  byKind!: KindCount[];

  @Field(() => ID, { nullable: true, description: "The activity, when the cluster holds exactly one" })
  activityId!: string | null;
}

/** The activities of a filter within a map view, as clusters on a grid sized by zoom. */
@ObjectType()
export class ActivityClusterResult {
  @Field(() => [ActivityCluster], { description: "At most 5,000 clusters" })
  clusters!: ActivityCluster[];

  @Field(() => Int, { description: "Activities in the filter and the view (the sum of the clusters' counts)" })
  total!: number;
}
