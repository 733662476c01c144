import { ArgsType, Field, Int } from "type-graphql";
import { Organisation } from "../common/enums";

/** What chooses a follow-up: the year, the organisations counted, and the day it is counted to. */
@ArgsType()
export class FollowUpArgs {
  @Field(() => Int)
  year!: number;

  @Field(() => [Organisation], { nullable: true, description: "Only these organisations' activities, in every figure alike; all when null" })
  organisations?: Organisation[] | null;

  @Field(() => String, {
    nullable: true,
    description: "The day (YYYY-MM-DD, Europe/Stockholm, not after today) to count up to: the done activities that started by its end. Default: today, or the last day of a past year",
  })
  asOf?: string | null;
}
