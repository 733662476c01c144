import { Field, Float, Int, ObjectType } from "type-graphql";
import { CadencePeriod } from "../../domain/enums";
import { Place } from "../places/place.entity";
import { PromiseTarget } from "../promises/promise-target.entity";

/** One village on the due list: when it was last visited and when the cadence wants it next. */
@ObjectType({ description: "En by på listan över vad som förfaller" })
export class DueVillage {
  @Field(() => Place)
  place!: Place;

  @Field(() => Int, { description: "Visits the village needs per period (the cadence's number, or its exception); 0: none asked" })
  visitsPerPeriod!: number;

  @Field(() => Int, { description: "Done visits in the period that holds asOf, up to asOf" })
  visitsInPeriod!: number;

  @Field(() => Date, { nullable: true, description: "The latest done visit up to asOf, of all time; null: never" })
  lastVisitAt!: Date | null;

  @Field(() => Int, { nullable: true, description: "Calendar days (Europe/Stockholm) from the last visit to asOf" })
  daysSince!: number | null;

  @Field(() => Date, { nullable: true, description: "When the next visit falls due; null when no visit is asked (or there is no cadence)" })
  dueAt!: Date | null;

  @Field(() => Int, { nullable: true, description: "Calendar days from asOf to dueAt; negative when overdue" })
  daysUntilDue!: number | null;

  @Field(() => Boolean, { description: "The due day lies before asOf's day" })
  overdue!: boolean;

  @Field(() => Date, { nullable: true, description: "The earliest planned visit from asOf that the reader may see" })
  nextPlannedAt!: Date | null;
}

/** The due list at a date: every village by urgency, under the cadence of the period that holds the date. */
@ObjectType({ description: "Byarna efter hur bråttom ett besök är, enligt besöksrytmen" })
export class PlanningDue {
  @Field(() => Date)
  asOf!: Date;

  @Field(() => PromiseTarget, {
    nullable: true,
    description: "The cadence followed: of the period holding asOf, or of the latest period before it when none holds it; null when that period has none (then no village falls due)",
  })
  cadence!: PromiseTarget | null;

  @Field(() => Date, { nullable: true, description: "Start of the cadence's period that holds asOf" })
  periodStart!: Date | null;

  @Field(() => Date, { nullable: true, description: "End (exclusive) of that period" })
  periodEnd!: Date | null;

  @Field(() => [DueVillage], { description: "Overdue first (most overdue first), then by due date; villages with no visit asked last; ties by name" })
  villages!: DueVillage[];

  @Field(() => Place, { nullable: true, description: "Where day trips start: the town (the police station is in it)" })
  start!: Place | null;
}

/** How many villages met their cadence in a year. */
@ObjectType({ description: "Hur många byar som nådde sin besöksrytm under året" })
export class CadenceTally {
  @Field(() => Int, { description: "Villages asked for at least one visit per period" })
  villages!: number;

  @Field(() => Int, { description: "Of them, those with their visits in every period of the year begun so far" })
  met!: number;

  @Field(() => Int, { description: "The cadence's number of visits per period" })
  visitsPerPeriod!: number;

  @Field(() => CadencePeriod)
  period!: CadencePeriod;

  @Field(() => Int, { description: "Villages with their own number (exceptions)" })
  exceptions!: number;

  @Field(() => Float, { description: "met / villages (0 when no village is asked)" })
  share!: number;
}
