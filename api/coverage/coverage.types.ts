import { Field, Float, Int, ObjectType } from "type-graphql";
import { ActivityKind, Zone } from "../common/enums";
import { Place } from "../places/place.entity";

/** How many activities fell in one zone, and their share of all. */
@ObjectType()
export class ZoneCount {
  @Field(() => Zone)
  zone!: Zone;

  @Field(() => Int)
  count!: number;

  @Field(() => Float, { description: "count / total, 0 when total is 0" })
  share!: number;
}

/** How many activities of one kind. */
@ObjectType()
export class KindCount {
  @Field(() => ActivityKind)
  kind!: ActivityKind;

  @Field(() => Int)
  count!: number;
}

/** One place's share of the work in the filter. */
@ObjectType()
export class PlaceCoverage {
  @Field(() => Place)
  place!: Place;

  @Field(() => Int)
  count!: number;

  @Field(() => Date, { nullable: true })
  lastActivityAt!: Date | null;

  @Field(() => Int, { nullable: true, description: "Whole days from the last activity to now; null when none" })
  daysSinceLast!: number | null;

  @Field(() => [KindCount])
  byKind!: KindCount[];
}

/** Where the work in a filter went: town, villages or elsewhere, and place by place. */
@ObjectType()
export class Coverage {
  @Field(() => Int)
  total!: number;

  @Field(() => [ZoneCount], { description: "Always the three zones, in the order TOWN, VILLAGE, RURAL" })
  byZone!: ZoneCount[];

  @Field(() => [PlaceCoverage], { description: "Every town and village, plus any other place with activities; most activities first" })
  places!: PlaceCoverage[];

  @Field(() => [Place], { description: "Towns and villages with no matching activity" })
  unvisited!: Place[];
}
