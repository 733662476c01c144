import { Field, Float, ObjectType } from "type-graphql";

/** A WGS84 position. */
@ObjectType()
export class LatLng {
  @Field(() => Float)
  lat!: number;

  @Field(() => Float)
  lng!: number;
}
