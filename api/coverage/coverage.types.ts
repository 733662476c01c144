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

  @Field(() => Date, {
    nullable: true,
    description: "The latest activity in the selection, planned ones included",
    deprecationReason: "Counts planned work as a visit and only within the selected years: use lastDoneAt and nextPlannedAt",
  })
  lastActivityAt!: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: "Whole days from lastActivityAt to now; null when none",
    deprecationReason: "Counts planned work as a visit and only within the selected years: use daysSinceLastDone and daysUntilNextPlanned",
  })
  daysSinceLast!: number | null;

  @Field(() => Date, {
    nullable: true,
    description: "The latest DONE activity at the place up to now, of all time: the filter's years, dates and statuses do not apply, its other fields and the reader's visibility do",
  })
  lastDoneAt!: Date | null;

  @Field(() => Int, { nullable: true, description: "Calendar days (Europe/Stockholm) from lastDoneAt to today; null when none" })
  daysSinceLastDone!: number | null;

  @Field(() => Date, {
    nullable: true,
    description: "The earliest PLANNED activity at the place from now on, of all time, among those the reader may see (as lastDoneAt)",
  })
  nextPlannedAt!: Date | null;

  @Field(() => Int, { nullable: true, description: "Calendar days (Europe/Stockholm) from today to nextPlannedAt; null when none" })
  daysUntilNextPlanned!: number | null;

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
