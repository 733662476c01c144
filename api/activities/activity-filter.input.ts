import { Field, Float, ID, InputType, Int } from "type-graphql";
import { ActivityKind, ActivityStatus, Organisation, PriorityArea, Zone } from "../common/enums";
import { SEARCH_MAX_LENGTH } from "./activity-filter.limits";

/** A rectangle in WGS84 degrees. */
@InputType()
export class BBoxInput {
  @Field(() => Float)
  south!: number;

  @Field(() => Float)
  west!: number;

  @Field(() => Float)
  north!: number;

  @Field(() => Float)
  east!: number;
}

/**
 * Which activities to take. Within one field the values are alternatives; across fields all must
 * hold; a missing field restricts nothing. Years and dates count in Europe/Stockholm time.
 */
@InputType()
export class ActivityFilter {
  @Field(() => [Int], { nullable: true })
  years?: number[] | null;

  @Field(() => Int, {
    nullable: true,
    description: "Besides `years`, every activity from 1 January of this year on, with no upper bound (this year and the work planned ahead: years [2026], onwardFromYear 2027)",
  })
  onwardFromYear?: number | null;

  @Field(() => Date, { nullable: true, description: "Starts at or after" })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: "Starts at or before" })
  to?: Date | null;

  @Field(() => [PriorityArea], { nullable: true, description: "Any of these areas" })
  priorityAreas?: PriorityArea[] | null;

  @Field(() => [ActivityKind], { nullable: true })
  kinds?: ActivityKind[] | null;

  @Field(() => [Organisation], { nullable: true })
  organisations?: Organisation[] | null;

  @Field(() => [ActivityStatus], { nullable: true })
  statuses?: ActivityStatus[] | null;

  @Field(() => [Zone], { nullable: true })
  zones?: Zone[] | null;

  @Field(() => [ID], { nullable: true })
  placeIds?: string[] | null;

  @Field(() => BBoxInput, { nullable: true })
  bbox?: BBoxInput | null;

  @Field(() => String, {
    nullable: true,
    description: `Words in the title or the place's name (or Sami name), each matched case-insensitively anywhere in them; every word must match. At most ${SEARCH_MAX_LENGTH} characters`,
  })
  search?: string | null;
}
