import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { ActivityKind, PlaceKind, PriorityArea, SchoolLevel } from "../common/enums";

/** How a promise is measured: the activities that count and the yearly target, if any. */
export enum PromiseMeasure {
  COUNT_PER_YEAR = "COUNT_PER_YEAR",
  MONTHS_COVERED = "MONTHS_COVERED",
  SHARE_OUTSIDE_TOWN = "SHARE_OUTSIDE_TOWN",
}

/** One measurable target of a promise (a promise may have several, e.g. months and share). */
@Entity({ name: "promise_target" })
export class PromiseTarget {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: "promise_id", type: "integer" })
  promiseId!: number;

  @Column({ type: "enum", enum: PromiseMeasure, enumName: "promise_measure" })
  measure!: PromiseMeasure;

  @Column({ type: "enum", enum: ActivityKind, enumName: "activity_kind", array: true, default: "{}" })
  kinds!: ActivityKind[];

  @Column({ name: "priority_areas", type: "enum", enum: PriorityArea, enumName: "priority_area", array: true, default: "{}" })
  priorityAreas!: PriorityArea[];

  @Column({ name: "place_kind", type: "enum", enum: PlaceKind, enumName: "place_kind", nullable: true })
  placeKind!: PlaceKind | null;

  @Column({ name: "school_level", type: "enum", enum: SchoolLevel, enumName: "school_level", nullable: true })
  schoolLevel!: SchoolLevel | null;

  @Column({ type: "double precision", nullable: true })
  target!: number | null;

  @Column({ type: "varchar", length: 200 })
  label!: string;
}
