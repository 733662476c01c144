import { Arg, Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { ActivityKind, Organisation } from "../common/enums";
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
  ON_TRACK = "ON_TRACK",
  AT_RISK = "AT_RISK",
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
    IN_PROGRESS: {
      description: "The year is not over (Europe/Stockholm) and the target is not (finally) met yet; in the signed-in follow-up only before the year has begun (while it runs: ON_TRACK or AT_RISK)",
    },
    ON_TRACK: { description: "The year runs and the forecast (the value at year end at the pace so far) reaches the target" },
    AT_RISK: { description: "The year runs and the forecast does not reach the target: at this pace it will not be met" },
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

  @Field(() => Float, {
    nullable: true,
    description:
      "While the year runs: the value at year end at the pace so far, in the unit of actual (a count weighted by how the three years before were spread over the months, linear by days when they hold none; months: those covered plus those still possible; a share: the share so far). Null before and after the year",
  })
  forecast!: number | null;

  @Field(() => Float, { description: "Hours on site (start to end) of the activities the target counts; those without an end are not in it" })
  hours!: number;

  @Field(() => Int, { description: "The activities the target counts that have no end time, so no hours" })
  activitiesWithoutEnd!: number;

  @Field(() => CadenceTally, { nullable: true, description: "VILLAGE_CADENCE: how many villages met their cadence (then actual and target count villages); null for the other measures" })
  cadence?: CadenceTally | null;
}

/** Hours on site of one kind's activities. */
@ObjectType()
export class KindHours {
  @Field(() => ActivityKind)
  kind!: ActivityKind;

  @Field(() => Float)
  hours!: number;

  @Field(() => Int, { description: "Activities of the kind without an end time (not in hours)" })
  withoutEnd!: number;
}

/** Hours on site of one organisation's activities. */
@ObjectType()
export class OrganisationHours {
  @Field(() => Organisation)
  organisation!: Organisation;

  @Field(() => Float)
  hours!: number;

  @Field(() => Int, { description: "Activities of the organisation without an end time (not in hours)" })
  withoutEnd!: number;
}

/** The time on site of a year's done activities. */
@ObjectType({ description: "Hours from each activity's start to its end; an activity without an end counts as unknown (withoutEnd), not as zero" })
export class TimeSpent {
  @Field(() => Float)
  hours!: number;

  @Field(() => Int, { description: "Done activities without an end time" })
  withoutEnd!: number;

  @Field(() => [KindHours], { description: "Every kind, in the enum's order, zeros included" })
  byKind!: KindHours[];

  @Field(() => [OrganisationHours], { description: "POLICE, MUNICIPALITY, JOINT, zeros included" })
  byOrganisation!: OrganisationHours[];
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

  @Field(() => TimeSpent)
  timeSpent!: TimeSpent;
}

/** The yearly follow-up of the promises, with the previous year beside it. */
@ObjectType({ description: "Counts only DONE activities of the year (Europe/Stockholm) that the reader may see" })
export class FollowUp extends FollowUpYear {
  @Field(() => PromisePeriod, { nullable: true, description: "The period that covers the year; null when none does (then promises is empty)" })
  period!: PromisePeriod | null;

  @Field(() => Boolean, { description: "True while the year is not over (Europe/Stockholm) on the day counted up to (asOf)" })
  inProgress!: boolean;

  @Field(() => String, { description: "The day (YYYY-MM-DD, Europe/Stockholm) the figures are counted up to: the activities that started by its end" })
  asOf!: string;

  @Field(() => FollowUpYear, {
    description: "The same figures for the year before; its promises are this year's promises and targets measured over that year, so the two compare like with like",
  })
  previous!: FollowUpYear;
}
