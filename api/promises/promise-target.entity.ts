import { Field, Float, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { CadencePeriod, PromiseMeasure } from "../../domain/enums";
import { ActivityKind, PlaceKind, PriorityArea, SchoolLevel } from "../common/enums";

export { CadencePeriod, PromiseMeasure };

registerEnumType(PromiseMeasure, {
  name: "PromiseMeasure",
  description: "Hur ett löfte mäts",
  valuesConfig: {
    COUNT_PER_YEAR: { description: "Antal genomförda aktiviteter under året; målet är ett minsta antal" },
    MONTHS_COVERED: { description: "Antal månader (1–12) med minst en genomförd aktivitet; målet är ett minsta antal månader" },
    SHARE_OUTSIDE_TOWN: { description: "Andel (0–1) av aktiviteterna utanför tätorten (zon VILLAGE eller RURAL); målet är en minsta andel" },
    VILLAGE_CADENCE: { description: "Besöksrytm: varje by minst `target` besök (av `kinds`) per år eller halvår (`cadencePeriod`), med undantag per by" },
  },
});

registerEnumType(CadencePeriod, {
  name: "CadencePeriod",
  description: "Perioden en besöksrytm räknar sina besök över",
  valuesConfig: { YEAR: { description: "Kalenderåret" }, HALF_YEAR: { description: "Varje halvår (januari–juni, juli–december)" } },
});

/**
 * One measurable target of a promise (a promise may have several, e.g. months and share). The
 * activities that count are the DONE ones of the year that match every condition set here: one of
 * `kinds` (any kind when empty), any of `priorityAreas` (any area when empty), and a place of
 * `placeKind` / `schoolLevel` when set.
 */
@ObjectType("PromiseTarget", { description: "Ett mätbart mål för ett löfte" })
@Entity({ name: "promise_target" })
export class PromiseTarget {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: "promise_id", type: "integer" })
  promiseId!: number;

  @Field(() => PromiseMeasure)
  @Column({ type: "enum", enum: PromiseMeasure, enumName: "promise_measure" })
  measure!: PromiseMeasure;

  @Field(() => [ActivityKind], { description: "The kinds that count; empty: every kind" })
  @Column({ type: "enum", enum: ActivityKind, enumName: "activity_kind", array: true, default: "{}" })
  kinds!: ActivityKind[];

  @Field(() => [PriorityArea], { description: "An activity counts when it serves any of these; empty: every area" })
  @Column({ name: "priority_areas", type: "enum", enum: PriorityArea, enumName: "priority_area", array: true, default: "{}" })
  priorityAreas!: PriorityArea[];

  @Field(() => PlaceKind, { nullable: true, description: "Only activities whose place is of this kind" })
  @Column({ name: "place_kind", type: "enum", enum: PlaceKind, enumName: "place_kind", nullable: true })
  placeKind!: PlaceKind | null;

  @Field(() => SchoolLevel, { nullable: true, description: "Only activities at a school of this level" })
  @Column({ name: "school_level", type: "enum", enum: SchoolLevel, enumName: "school_level", nullable: true })
  schoolLevel!: SchoolLevel | null;

  @Field(() => Float, { nullable: true, description: "Yearly target (a count, a number of months, or a share 0–1); null when no number was promised" })
  @Column({ type: "double precision", nullable: true })
  target!: number | null;

  @Field(() => String)
  @Column({ type: "varchar", length: 200 })
  label!: string;

  @Field(() => CadencePeriod, { nullable: true, description: "VILLAGE_CADENCE: the span the visits are counted over; null for the other measures" })
  @Column({ name: "cadence_period", type: "enum", enum: CadencePeriod, enumName: "cadence_period", nullable: true })
  cadencePeriod!: CadencePeriod | null;
}
