import { DateTimeResolver } from "graphql-scalars";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema, type AuthCheckerFn } from "type-graphql";
import type { RequestContext } from "../common/context.type";
import type { Role } from "../common/enums";
import { errors } from "../common/errors";
import { RESOLVERS } from "./container";
import type { ResolverClass, ResolverContainer } from "./container";

/** Context as the schema sees it: the request's context plus the app's resolver container. */
export type SchemaContext = RequestContext & { container: ResolverContainer };

/** `@Authorized()`: a session is needed; `@Authorized(roles)`: one of those roles too. */
export const authChecker: AuthCheckerFn<SchemaContext, Role> = ({ context }, roles) => {
  if (!context.user) throw errors.unauthenticated();
  if (roles.length > 0 && !roles.includes(context.user.role)) throw errors.forbidden();
  return true;
};

let built: Promise<GraphQLSchema> | undefined;

/** Builds the GraphQL schema once per process; each request brings its app's container. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [...RESOLVERS],
    container: ({ context }) => ({ get: (cls: ResolverClass) => (context as SchemaContext).container.get(cls) }),
    authChecker,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: false,
  });
  return built;
}

/** The schema as SDL, sorted, as committed in schema/schema.graphql. */
export async function printAppSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}
