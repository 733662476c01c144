import { Field, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { PageInfo } from "../common/page-info.type";
import { Activity } from "./activity.entity";

/** One activity and the cursor to continue after it. */
@ObjectType({ simpleResolvers: true })
export class ActivityEdge {
  @Field(() => String, { description: "Opaque (sealed): pass it as after to continue after this activity" })
  cursor!: string;

  @Field(() => Activity)
  node!: Activity;
}

/** A page of activities with the total that match the filter. */
@ObjectType({ simpleResolvers: true })
export class ActivityConnection {
  @Field(() => Int, { description: "All activities that match the filter and the reader may see" })
  totalCount!: number;

  @Field(() => [ActivityEdge])
  edges!: ActivityEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

/** Columns a list of activities can be sorted by. */
export enum ActivitySortField {
  STARTS_AT = "STARTS_AT",
  KIND = "KIND",
  ORGANISATION = "ORGANISATION",
  STATUS = "STATUS",
  ZONE = "ZONE",
  PLACE = "PLACE",
}

/** Sort direction. */
export enum SortDirection {
  ASC = "ASC",
  DESC = "DESC",
}

registerEnumType(ActivitySortField, { name: "ActivitySortField" });
registerEnumType(SortDirection, { name: "SortDirection" });

/** Sort order of a list of activities; ties are broken by start time and id. */
@InputType()
export class ActivityOrder {
  @Field(() => ActivitySortField)
  field!: ActivitySortField;

  @Field(() => SortDirection)
  direction!: SortDirection;
}
