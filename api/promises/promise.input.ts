import { Field, Float, ID, InputType, Int } from "type-graphql";
import { ActivityKind, Organisation, PlaceKind, PriorityArea, SchoolLevel } from "../common/enums";
import type { PromisePeriod } from "./promise-period.entity";
import type { CitizenPromise } from "./promise.entity";
import { CadencePeriod, PromiseMeasure, type PromiseTarget } from "./promise-target.entity";

/** A promise period to create or change. */
@InputType()
export class PromisePeriodInput implements Partial<PromisePeriod> {
  @Field(() => String, { description: '1–100 characters, e.g. "Medborgarlöfte 2026–2028"' })
  name!: string;

  @Field(() => Int, { description: "2000–2100" })
  startYear!: number;

  @Field(() => Int, { description: "2000–2100, not before startYear; the years may not overlap another period's" })
  endYear!: number;
}

/** A promise of a period, to create or change. */
@InputType()
export class PromiseInput implements Partial<CitizenPromise> {
  @Field(() => Int, { description: "1–99, unique within the period" })
  number!: number;

  @Field(() => String, { description: "1–300 characters" })
  title!: string;

  @Field(() => String, { description: "1–4000 characters" })
  description!: string;

  @Field(() => Organisation)
  organisation!: Organisation;

  @Field(() => PriorityArea)
  priorityArea!: PriorityArea;
}

/** A village with its own number of visits in a cadence target. */
@InputType()
export class CadenceExceptionInput {
  @Field(() => ID, { description: "A place of kind VILLAGE" })
  placeId!: string;

  @Field(() => Int, { description: "0–365 visits per period (0: none asked of this village)" })
  visits!: number;
}

/** A measurable target of a promise; see `PromiseTarget` for what counts. */
@InputType()
export class PromiseTargetInput implements Partial<Omit<PromiseTarget, "kinds" | "priorityAreas">> {
  @Field(() => PromiseMeasure)
  measure!: PromiseMeasure;

  @Field(() => [ActivityKind], { nullable: true, description: "Default: every kind" })
  kinds?: ActivityKind[] | null;

  @Field(() => [PriorityArea], { nullable: true, description: "Default: every area" })
  priorityAreas?: PriorityArea[] | null;

  @Field(() => PlaceKind, { nullable: true })
  placeKind?: PlaceKind | null;

  @Field(() => SchoolLevel, { nullable: true, description: "Needs placeKind SCHOOL" })
  schoolLevel?: SchoolLevel | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "COUNT_PER_YEAR: a whole number 1–100000; MONTHS_COVERED: 1–12; SHARE_OUTSIDE_TOWN: a share above 0 and at most 1; VILLAGE_CADENCE: visits per village and period, 1–365 (required); null: no number promised",
  })
  target?: number | null;

  @Field(() => String, { description: '1–200 characters, e.g. "Information på gymnasiet (minst 1 per år)"' })
  label!: string;

  @Field(() => CadencePeriod, { nullable: true, description: "VILLAGE_CADENCE only: YEAR (default) or HALF_YEAR" })
  cadencePeriod?: CadencePeriod | null;

  @Field(() => [CadenceExceptionInput], {
    nullable: true,
    description: "VILLAGE_CADENCE only: villages with their own number, replacing the target's list; omitted: kept as they are (none for a new target)",
  })
  villageExceptions?: CadenceExceptionInput[] | null;
}
