import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { ActivityKind, ActivityStatus, Organisation, PriorityArea, Zone } from "../common/enums";

/** What came out of an activity; which fields apply depends on its kind. */
@ObjectType({ simpleResolvers: true })
export class ActivityOutcome {
  @Field(() => Int, { nullable: true, description: "Kontrollerade fordon (trafikkontroll)" })
  vehiclesChecked!: number | null;

  @Field(() => Int, { nullable: true, description: "Utandningsprov (trafikkontroll)" })
  breathTests!: number | null;

  @Field(() => Int, { nullable: true, description: "Misstänkt rattfylleri" })
  suspectedDrunkDriving!: number | null;

  @Field(() => Int, { nullable: true, description: "Misstänkt drograttfylleri" })
  suspectedDrugDriving!: number | null;

  @Field(() => Int, { nullable: true, description: "Antal personer som nåddes" })
  peopleReached!: number | null;

  @Field(() => String, { nullable: true, description: "Fynd (sök och insatser)" })
  findings!: string | null;
}

/**
 * Something the police or the municipality planned or did, at a point in the municipality.
 * Its plain fields are read by GraphQL's own property lookup (`simpleResolvers`): they carry no
 * rule or middleware, and a page of 500 activities would otherwise wrap some 6,000 reads.
 */
@ObjectType({ simpleResolvers: true })
@Entity({ name: "activity" })
export class Activity {
  /** The internal key (joins, keyset order); sequential, so it never leaves the server. */
  @PrimaryGeneratedColumn({ type: "bigint", name: "id" })
  rowId!: string;

  /** The id the API hands out: random, so it tells nothing of how many activities there are. */
  @Field(() => ID, { description: "A random UUID: it tells nothing of how many activities there are or in what order they came" })
  @Column({ name: "public_id", type: "uuid", default: () => "gen_random_uuid()" })
  id!: string;

  @Field(() => ActivityKind)
  @Column({ type: "enum", enum: ActivityKind, enumName: "activity_kind" })
  kind!: ActivityKind;

  @Field(() => Organisation)
  @Column({ type: "enum", enum: Organisation, enumName: "organisation" })
  organisation!: Organisation;

  @Field(() => ActivityStatus)
  @Column({ type: "enum", enum: ActivityStatus, enumName: "activity_status" })
  status!: ActivityStatus;

  @Field(() => [PriorityArea])
  @Column({ name: "priority_areas", type: "enum", enum: PriorityArea, enumName: "priority_area", array: true })
  priorityAreas!: PriorityArea[];

  @Field(() => Date)
  @Column({ name: "starts_at", type: "timestamptz" })
  startsAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: "ends_at", type: "timestamptz", nullable: true })
  endsAt!: Date | null;

  @Column({ name: "place_id", type: "integer", nullable: true })
  placeId!: number | null;

  @Column({ name: "place_picked", type: "boolean", default: false })
  placePicked!: boolean;

  @Field(() => Float)
  @Column({ type: "double precision" })
  lat!: number;

  @Field(() => Float)
  @Column({ type: "double precision" })
  lng!: number;

  @Field(() => Zone)
  @Column({ type: "enum", enum: Zone, enumName: "zone" })
  zone!: Zone;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 200, nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 4000, nullable: true })
  notes!: string | null;

  @Column({ name: "vehicles_checked", type: "integer", nullable: true })
  vehiclesChecked!: number | null;

  @Column({ name: "breath_tests", type: "integer", nullable: true })
  breathTests!: number | null;

  @Column({ name: "suspected_drunk_driving", type: "integer", nullable: true })
  suspectedDrunkDriving!: number | null;

  @Column({ name: "suspected_drug_driving", type: "integer", nullable: true })
  suspectedDrugDriving!: number | null;

  @Column({ name: "people_reached", type: "integer", nullable: true })
  peopleReached!: number | null;

  @Column({ type: "varchar", length: 2000, nullable: true })
  findings!: string | null;

  @Column({ name: "is_demo", type: "boolean", default: false })
  isDemo!: boolean;

  @Column({ name: "created_by", type: "integer", nullable: true })
  createdBy!: number | null;

  @Column({ name: "updated_by", type: "integer", nullable: true })
  updatedBy!: number | null;

  @Column({ name: "created_at", type: "timestamptz", default: () => "now()" })
  createdAt!: Date;

  @Column({ name: "updated_at", type: "timestamptz", default: () => "now()" })
  updatedAt!: Date;

  @Column({ name: "deleted_at", type: "timestamptz", nullable: true })
  deletedAt!: Date | null;

  @Field(() => Int, { description: "Raises by one on every change; send it back to update or delete" })
  @Column({ type: "integer", default: 1 })
  version!: number;

  @Field(() => ActivityOutcome)
  get outcome(): ActivityOutcome {
    return {
      vehiclesChecked: this.vehiclesChecked,
      breathTests: this.breathTests,
      suspectedDrunkDriving: this.suspectedDrunkDriving,
      suspectedDrugDriving: this.suspectedDrugDriving,
      peopleReached: this.peopleReached,
      findings: this.findings,
    };
  }
}
