import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** The years a medborgarlöfte agreement covers, e.g. 2023–2025. */
@ObjectType()
@Entity({ name: "promise_period" })
export class PromisePeriod {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: "municipality_id", type: "integer" })
  municipalityId!: number;

  @Field(() => String)
  @Column({ type: "varchar", length: 100 })
  name!: string;

  @Field(() => Int)
  @Column({ name: "start_year", type: "integer" })
  startYear!: number;

  @Field(() => Int)
  @Column({ name: "end_year", type: "integer" })
  endYear!: number;
}
