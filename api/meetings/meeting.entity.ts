import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** A joint meeting that was held: a day to ask "what changed since". */
@ObjectType()
@Entity({ name: "meeting" })
export class Meeting {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => String, { description: "The day it was held, YYYY-MM-DD (Europe/Stockholm)" })
  @Column({ name: "held_on", type: "date" })
  heldOn!: string;

  @Field(() => String, { nullable: true, description: 'A short note, e.g. "Samverkansmöte juni"' })
  @Column({ type: "varchar", length: 200, nullable: true })
  note!: string | null;

  @Column({ name: "created_by", type: "integer", nullable: true })
  createdBy!: number | null;

  @Field(() => Date)
  @Column({ name: "created_at", type: "timestamptz", default: () => "now()" })
  createdAt!: Date;
}
