import { Field, Float, ID, InputType, Int } from "type-graphql";
import { PlaceKind, SchoolLevel } from "../common/enums";
import type { Place } from "./place.entity";

/** A place to add (no id) or change (with id). */
@InputType()
export class PlaceInput implements Partial<Omit<Place, "id" | "radiusM">> {
  @Field(() => ID, { nullable: true, description: "Set to change an existing place" })
  id?: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  samiName?: string | null;

  @Field(() => PlaceKind)
  kind!: PlaceKind;

  @Field(() => SchoolLevel, { nullable: true })
  schoolLevel?: SchoolLevel | null;

  @Field(() => Float)
  lat!: number;

  @Field(() => Float)
  lng!: number;

  @Field(() => Int, { nullable: true, description: "Default: town 3000, village 2000, others 300" })
  radiusM?: number | null;

  @Field(() => Int, { nullable: true })
  population?: number | null;
}
