import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { PlaceKind, SchoolLevel } from "../common/enums";

/** A town, village, school or venue of the gazetteer. */
@ObjectType()
@Entity({ name: "place" })
export class Place {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: "municipality_id", type: "integer" })
  municipalityId!: number;

  @Field(() => String)
  @Column({ type: "varchar", length: 100 })
  name!: string;

  @Field(() => String, { nullable: true, description: "Samiskt namn" })
  @Column({ name: "sami_name", type: "varchar", length: 200, nullable: true })
  samiName!: string | null;

  @Field(() => PlaceKind)
  @Column({ type: "enum", enum: PlaceKind, enumName: "place_kind" })
  kind!: PlaceKind;

  @Field(() => SchoolLevel, { nullable: true })
  @Column({ name: "school_level", type: "enum", enum: SchoolLevel, enumName: "school_level", nullable: true })
  schoolLevel!: SchoolLevel | null;

  @Field(() => Float)
  @Column({ type: "double precision" })
  lat!: number;

  @Field(() => Float)
  @Column({ type: "double precision" })
  lng!: number;

  @Field(() => Int, { description: "Radius in metres within which an activity belongs to the place" })
  @Column({ name: "radius_m", type: "integer" })
  radiusM!: number;

  @Field(() => Int, { nullable: true })
  @Column({ type: "integer", nullable: true })
  population!: number | null;
}
