import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { Organisation, PriorityArea } from "../common/enums";

/** One promise of a period ("Det här ska vi göra"). */
@ObjectType("Promise", { description: "Ett medborgarlöfte" })
@Entity({ name: "promise" })
export class CitizenPromise {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: "period_id", type: "integer" })
  periodId!: number;

  @Field(() => Int)
  @Column({ type: "integer" })
  number!: number;

  @Field(() => String)
  @Column({ type: "varchar", length: 300 })
  title!: string;

  @Field(() => String)
  @Column({ type: "text" })
  description!: string;

  @Field(() => Organisation)
  @Column({ type: "enum", enum: Organisation, enumName: "organisation" })
  organisation!: Organisation;

  @Field(() => PriorityArea)
  @Column({ name: "priority_area", type: "enum", enum: PriorityArea, enumName: "priority_area" })
  priorityArea!: PriorityArea;
}
