import { GraphQLJSON } from "graphql-scalars";
import { Field, Float, Int, InterfaceType, ObjectType } from "type-graphql";
import { Organisation, PriorityArea } from "../common/enums";
import { KindCount } from "../coverage/coverage.types";
import { PromiseMeasure } from "../promises/promise-target.entity";
import { LanguageArg, MonthCount, PromiseStatus, ReportLanguage } from "./follow-up.types";

/** One target of one promise against the year, as citizens read it. */
@ObjectType()
export class PublicPromiseResult {
  @Field(() => Int)
  number!: number;

  @Field(() => String, { description: "The promise's published wording (short form)" })
  promiseTitle!: string;

  @Field(() => Organisation)
  organisation!: Organisation;

  @Field(() => PriorityArea)
  priorityArea!: PriorityArea;

  @Field(() => String)
  label!: string;

  @Field(() => PromiseMeasure)
  measure!: PromiseMeasure;

  @Field(() => Float)
  actual!: number;

  @Field(() => Float, { nullable: true })
  target!: number | null;

  @Field(() => PromiseStatus)
  status!: PromiseStatus;

  @Field(() => Float, { description: "The same target measured over the year before, in the unit of actual" })
  previousActual!: number;

  /** The result's sentence in each language (see `explanation`). */
  sentences!: Record<ReportLanguage, string>;

  @Field(() => String, { description: "The result in a sentence, Swedish unless asked in English" })
  explanation(@LanguageArg() language: ReportLanguage): string {
    return this.sentences[language];
  }
}

/** A village and whether the year's work reached it. */
@ObjectType()
export class PublicVillage {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  samiName!: string | null;

  @Field(() => Float, { description: "The village's own position (never an activity's)" })
  lat!: number;

  @Field(() => Float)
  lng!: number;

  @Field(() => Boolean)
  reached!: boolean;

  @Field(() => Int, { nullable: true, description: "Done activities in the village; null for a small village (see PublicFollowUp.smallVillageLimit), shown only as reached or not" })
  count!: number | null;

  @Field(() => Boolean, { description: "Whether the year before reached the village" })
  previousReached!: boolean;

  @Field(() => Int, { nullable: true, description: "The year before's count; null for a small village" })
  previousCount!: number | null;
}

/**
 * A year's done activities and where they were, in parts that add up:
 * total = inTown + inVillages + elsewhere + targetedOperations (whose places are not published).
 */
@InterfaceType({ description: "A year's done activities in parts that add up: total = inTown + inVillages + elsewhere + targetedOperations" })
export abstract class PublicTotals {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: "Done activities of the year, targeted operations included" })
  total!: number;

  @Field(() => Int, { description: "Done activities in the town (zone TOWN), without targeted operations" })
  inTown!: number;

  @Field(() => Int, { description: "Done activities in the villages (zone VILLAGE), without targeted operations" })
  inVillages!: number;

  @Field(() => Int, { description: "Done activities elsewhere: roads, forest, mountains (zone RURAL), without targeted operations" })
  elsewhere!: number;

  @Field(() => Int, { description: "Done activities outside the town (inVillages + elsewhere), without targeted operations" })
  outsideTown!: number;

  @Field(() => Int, { description: "Done targeted operations: counted, but where they were is not published" })
  targetedOperations!: number;
}

/** The totals of a year beside the one published (the year before). */
@ObjectType({ implements: PublicTotals })
export class PublicYearTotals extends PublicTotals {}

/** What the public page's map needs, readable without signing in: the boundary and the tiles. */
@ObjectType()
export class PublicMap {
  @Field(() => GraphQLJSON, { nullable: true, description: "The municipal boundary (GeoJSON Polygon or MultiPolygon), null when none is stored" })
  boundary!: unknown;

  @Field(() => String)
  tileUrl!: string;

  @Field(() => String)
  tileAttribution!: string;
}

/**
 * The published yearly follow-up, readable without signing in: DONE activities only, counted per
 * promise, per kind, per village and per month at the finest. It holds no single activity, no date
 * or time, no position but the villages' own, no title or note, and targeted operations only as
 * their yearly count.
 */
@ObjectType({ implements: PublicTotals, description: "Den publicerade årliga uppföljningen: bara genomförda aktiviteter, sammanräknade" })
export class PublicFollowUp extends PublicTotals {
  @Field(() => String, { nullable: true, description: "The period that covers the year; null when none does" })
  periodName!: string | null;

  @Field(() => Boolean, { description: "True while the year is not over" })
  inProgress!: boolean;

  @Field(() => [PublicPromiseResult], { description: "Targeted operations count here only in yearly counts that name no kind of place" })
  promises!: PublicPromiseResult[];

  @Field(() => [KindCount], { description: "Every kind, zeros included; the only figure with targeted operations by kind" })
  byKind!: KindCount[];

  @Field(() => [MonthCount], { description: "Months 1–12, without targeted operations" })
  byMonth!: MonthCount[];

  @Field(() => PublicYearTotals, { description: "The same totals for the year before" })
  previous!: PublicYearTotals;

  @Field(() => [PublicVillage], { description: "Every village by name; reached and counts without targeted operations" })
  villages!: PublicVillage[];

  @Field(() => Int, { description: "Villages with fewer inhabitants than this, or with none recorded, get no count" })
  smallVillageLimit!: number;
}
