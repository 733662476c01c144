import { Field, Float, Int, ObjectType } from "type-graphql";
import { Zone } from "../common/enums";
import { Place } from "../places/place.entity";

/** One zone's count and share in each of the two years. */
@ObjectType()
export class ZoneComparison {
  @Field(() => Zone)
  zone!: Zone;

  @Field(() => Int)
  countA!: number;

  @Field(() => Float, { description: "countA / totalA, 0 when totalA is 0" })
  shareA!: number;

  @Field(() => Int)
  countB!: number;

  @Field(() => Float, { description: "countB / totalB, 0 when totalB is 0" })
  shareB!: number;

  @Field(() => Int, { description: "countB − countA" })
  change!: number;
}

/** One place's count in each of the two years. */
@ObjectType()
export class PlaceComparison {
  @Field(() => Place)
  place!: Place;

  @Field(() => Int)
  countA!: number;

  @Field(() => Int)
  countB!: number;

  @Field(() => Int, { description: "countB − countA" })
  change!: number;
}

/** Coverage of one selection in two years, side by side. */
@ObjectType()
export class CoverageComparison {
  @Field(() => Int)
  yearA!: number;

  @Field(() => Int)
  yearB!: number;

  @Field(() => Int)
  totalA!: number;

  @Field(() => Int)
  totalB!: number;

  @Field(() => [ZoneComparison], { description: "Always the three zones, in the order TOWN, VILLAGE, RURAL" })
  byZone!: ZoneComparison[];

  @Field(() => [PlaceComparison], { description: "Every town and village, plus any other place with activities in either year; largest change first" })
  places!: PlaceComparison[];

  @Field(() => [Place], { description: "Villages reached in yearA and not in yearB, by name" })
  onlyInA!: Place[];

  @Field(() => [Place], { description: "Villages reached in yearB and not in yearA, by name" })
  onlyInB!: Place[];
}
