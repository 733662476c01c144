import { Field, Float, ID, InputType, Int } from "type-graphql";
import { ActivityKind, ActivityStatus, Organisation, PriorityArea } from "../common/enums";
import type { Activity } from "./activity.entity";

/** What came out of an activity, as written. */
@InputType()
export class ActivityOutcomeInput {
  @Field(() => Int, { nullable: true })
  vehiclesChecked?: number | null;

  @Field(() => Int, { nullable: true })
  breathTests?: number | null;

  @Field(() => Int, { nullable: true })
  suspectedDrunkDriving?: number | null;

  @Field(() => Int, { nullable: true })
  suspectedDrugDriving?: number | null;

  @Field(() => Int, { nullable: true })
  peopleReached?: number | null;

  @Field(() => String, { nullable: true })
  findings?: string | null;
}

/** An activity to create, or the whole new state of one to update. */
@InputType()
export class ActivityInput implements Partial<Omit<Activity, "placeId" | "outcome">> {
  @Field(() => ID, {
    nullable: true,
    description: "A UUID made on the device (create only): the same input sent again with it returns the stored activity instead of a second one",
  })
  clientId?: string | null;

  @Field(() => ActivityKind)
  kind!: ActivityKind;

  @Field(() => Organisation)
  organisation!: Organisation;

  @Field(() => ActivityStatus)
  status!: ActivityStatus;

  @Field(() => [PriorityArea], { description: "At least one" })
  priorityAreas!: PriorityArea[];

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Date, { nullable: true })
  endsAt?: Date | null;

  @Field(() => ID, { nullable: true, description: "The place; alone it also gives the position" })
  placeId?: string | null;

  @Field(() => Float, { nullable: true })
  lat?: number;

  @Field(() => Float, { nullable: true })
  lng?: number;

  @Field(() => String, { nullable: true, description: "Up to 200 characters" })
  title?: string | null;

  @Field(() => String, { nullable: true, description: "Up to 4,000 characters; no personal identity numbers" })
  notes?: string | null;

  @Field(() => ActivityOutcomeInput, { nullable: true })
  outcome?: ActivityOutcomeInput | null;
}
