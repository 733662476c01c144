import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { PriorityArea } from "../common/enums";
import { KindCount } from "../coverage/coverage.types";
import { PromiseStatus } from "../followup/follow-up.types";
import { Place } from "../places/place.entity";
import { CitizenPromise } from "../promises/promise.entity";

/** How many activities served one priority area (an activity of two areas counts in both). */
@ObjectType()
export class AreaCount {
  @Field(() => PriorityArea)
  area!: PriorityArea;

  @Field(() => Int)
  count!: number;
}

/** A promise target whose follow-up status differs between the reference date and now. */
@ObjectType()
export class PromiseStatusChange {
  @Field(() => CitizenPromise)
  promise!: CitizenPromise;

  @Field(() => ID, { nullable: true })
  targetId!: string | null;

  @Field(() => String)
  label!: string;

  @Field(() => PromiseStatus, { description: "The follow-up's status with the activities started before the reference date" })
  statusBefore!: PromiseStatus;

  @Field(() => PromiseStatus, { description: "The follow-up's status at `until`" })
  statusAfter!: PromiseStatus;

  @Field(() => Float)
  actualBefore!: number;

  @Field(() => Float)
  actualAfter!: number;
}

/** What the meeting has not seen yet: the done work from a reference date to `until`. */
@ObjectType()
export class MeetingChanges {
  @Field(() => String, { description: "The reference date, YYYY-MM-DD; counted from its first instant in Europe/Stockholm" })
  since!: string;

  @Field(() => Date)
  until!: Date;

  @Field(() => Int, { description: "Done activities that started from the reference date to until" })
  total!: number;

  @Field(() => [KindCount], { description: "Every kind with at least one, most first" })
  byKind!: KindCount[];

  @Field(() => [AreaCount], { description: "Every priority area, in the enum's order, zeros included" })
  byArea!: AreaCount[];

  @Field(() => [Place], { description: "Villages with done work since the reference date and none earlier in its calendar year, by name" })
  villagesNewlyReached!: Place[];

  @Field(() => Int, { description: "The year whose promises are compared: the reference date's" })
  promiseYear!: number;

  @Field(() => [PromiseStatusChange], { description: "The targets of that year whose status changed, by promise number" })
  promiseChanges!: PromiseStatusChange[];
}
