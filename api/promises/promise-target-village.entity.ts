import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

/** A village whose cadence differs from its target's number (a hamlet of ten may need fewer visits). */
@ObjectType("CadenceException", { description: "En by med ett annat antal besök än besöksrytmens" })
@Entity({ name: "promise_target_village" })
export class PromiseTargetVillage {
  @PrimaryColumn({ name: "target_id", type: "integer" })
  targetId!: number;

  @Field(() => ID, { description: "The village" })
  @PrimaryColumn({ name: "place_id", type: "integer" })
  placeId!: number;

  @Field(() => Int, { description: "Visits per period for this village (0: none asked)" })
  @Column({ type: "integer" })
  visits!: number;
}
