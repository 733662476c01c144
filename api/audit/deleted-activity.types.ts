import { Field, ObjectType } from "type-graphql";
import { Activity } from "../activities/activity.entity";

/** A deleted activity with who deleted it and when (from the audit log, else the activity's own columns). */
@ObjectType({ description: "En borttagen aktivitet: vad, vem som tog bort den och när" })
export class DeletedActivityEntry {
  @Field(() => Activity)
  activity!: Activity;

  @Field(() => Date)
  deletedAt!: Date;

  @Field(() => String, { nullable: true, description: "Username of who deleted it (null: unknown)" })
  deletedBy!: string | null;

  @Field(() => String, { nullable: true, description: "Display name of who deleted it (null: unknown or no longer a user)" })
  deletedByName!: string | null;
}
