import { Arg, Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { KindCount, ZoneCount } from "../coverage/coverage.types";
import { CadenceTally } from "../planning/planning.types";
import { Place } from "../places/place.entity";
import { PromisePeriod } from "../promises/promise-period.entity";
import { CitizenPromise } from "../promises/promise.entity";
import { PromiseMeasure } from "../promises/promise-target.entity";

/** Where a promise stands against its target in a year. */
export enum PromiseStatus {
  MET = "MET",
  NOT_MET = "NOT_MET",
  NO_TARGET = "NO_TARGET",
  IN_PROGRESS = "IN_PROGRESS",
}

registerEnumType(PromiseStatus, {
  name: "PromiseStatus",
  description: "Hur ett löfte står sig mot sitt mål ett år",
  valuesConfig: {
    MET: {
      description:
        "The target is met. For the current year only when no later activity can undo it: a count or a number of months already reached (they only grow); a share is not final before the year is over",
    },
    NOT_MET: { description: "The year is over and the target was not reached" },
    NO_TARGET: { description: "No number was promised; the result is shown without a judgement" },
    IN_PROGRESS: { description: "The year is not over (Europe/Stockholm) and the target is not (finally) met yet" },
  },
});

/** The language of a sentence the API writes (the web asks in the language it shows). */
export enum ReportLanguage {
  SV = "SV",
  EN = "EN",
}

registerEnumType(ReportLanguage, { name: "ReportLanguage", description: "Språket i en mening som API:t skriver" });

/** The `language` argument of a sentence field: Swedish unless asked otherwise. */
export const LanguageArg = () => Arg("language", () => ReportLanguage, { defaultValue: ReportLanguage.SV, description: "SV (default) or EN" });

/** How many activities in one month. */
@ObjectType()
export class MonthCount {
  @Field(() => Int, { description: "1–12, in Europe/Stockholm time" })
  month!: number;

  @Field(() => Int)
  count!: number;
}

/** How many activities at one place. */
@ObjectType()
export class PlaceCount {
  @Field(() => Place)
  place!: Place;

  @Field(() => Int)
  count!: number;
}

/** One target of one promise against a year's done activities. */
@ObjectType()
export class PromiseResult {
  @Field(() => CitizenPromise)
  promise!: CitizenPromise;

  @Field(() => ID, { nullable: true, description: "The target measured; null for a promise without targets (then its priority area is counted, with no target)" })
  targetId!: string | null;

  @Field(() => String, { description: 'What is measured, e.g. "Information på gymnasiet (minst 1 per år)"' })
  label!: string;

  @Field(() => PromiseMeasure)
  measure!: PromiseMeasure;

  @Field(() => Float, { description: "COUNT_PER_YEAR: activities; MONTHS_COVERED: months (0–12); SHARE_OUTSIDE_TOWN: share 0–1 (0 when there is no activity)" })
  actual!: number;

  @Field(() => Float, { nullable: true, description: "In the unit of actual; null when no number was promised" })
  target!: number | null;

  @Field(() => PromiseStatus)
  status!: PromiseStatus;

  /** The result's sentence in each language (see `explanation`). */
  sentences!: Record<ReportLanguage, string>;

  @Field(() => String, { description: 'The result in a sentence, e.g. "3 av minst 1 informationstillfällen på gymnasiet" (EN: "3 of at least 1 information sessions at the upper secondary school")' })
  explanation(@LanguageArg() language: ReportLanguage): string {
    return this.sentences[language];
  }

  @Field(() => Int, { description: "The done activities the target counts (for a share: all of them, in town or not)" })
  activityCount!: number;

  @Field(() => CadenceTally, { nullable: true, description: "VILLAGE_CADENCE: how many villages met their cadence (then actual and target count villages); null for the other measures" })
  cadence?: CadenceTally | null;
}

/** A year's figures: the promises measured, and the totals by kind, zone, month and village. */
@ObjectType({ description: "Counts only DONE activities of the year (Europe/Stockholm) that the reader may see" })
export class FollowUpYear {
  @Field(() => Int)
  year!: number;

  @Field(() => [PromiseResult], { description: "One per target of each promise, by promise number; a promise without targets has one result by its priority area" })
  promises!: PromiseResult[];

  @Field(() => Int, { description: "Done activities of the year" })
  total!: number;

  @Field(() => [KindCount], { description: "Every kind, in the enum's order, zeros included" })
  byKind!: KindCount[];

  @Field(() => [ZoneCount], { description: "Always TOWN, VILLAGE, RURAL" })
  byZone!: ZoneCount[];

  @Field(() => [MonthCount], { description: "Months 1–12, zeros included" })
  byMonth!: MonthCount[];

  @Field(() => [PlaceCount], { description: "Villages with at least one done activity, most first" })
  villagesReached!: PlaceCount[];

  @Field(() => [Place], { description: "Villages with no done activity, by name" })
  villagesNotReached!: Place[];
}

/** The yearly follow-up of the promises, with the previous year beside it. */
@ObjectType({ description: "Counts only DONE activities of the year (Europe/Stockholm) that the reader may see" })
export class FollowUp extends FollowUpYear {
  @Field(() => PromisePeriod, { nullable: true, description: "The period that covers the year; null when none does (then promises is empty)" })
  period!: PromisePeriod | null;

  @Field(() => Boolean, { description: "True while the year is not over (Europe/Stockholm)" })
  inProgress!: boolean;

  @Field(() => FollowUpYear, {
    description: "The same figures for the year before; its promises are this year's promises and targets measured over that year, so the two compare like with like",
  })
  previous!: FollowUpYear;
}
