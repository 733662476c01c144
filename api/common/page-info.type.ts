// Loaded first by modules that need no entity (whose TypeORM import would bring the polyfill).
import "reflect-metadata";
import { Field, ObjectType } from "type-graphql";

/** Where a page ends and whether more follow. */
@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}
