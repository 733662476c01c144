import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Info, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../common/context.type";
import { errors } from "../common/errors";
import { AuthService } from "./auth.service";
import { clearSessionCookie, setSessionCookie } from "./session-cookie";
import { User } from "./user.entity";

/** Sign-in, sign-out and who am I. */
@Resolver(() => User)
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Query(() => User, { nullable: true, description: "The signed-in user, or null when signed out" })
  me(@Ctx() ctx: RequestContext): User | null {
    return ctx.user ? ({ ...ctx.user, active: true } as User) : null;
  }

  @Mutation(() => User, { description: "Signs in and sets the session cookie" })
  async login(@Arg("username", () => String) username: string, @Arg("password", () => String) password: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<User> {
    // Sign-in stands alone: no alias, no second field, so one request is one attempt.
    if (info.fieldNodes[0]?.alias || info.operation.selectionSet.selections.length !== 1) {
      throw errors.badInput("login", "Inloggning måste göras i en egen förfrågan, utan alias.");
    }
    const { user, token } = await this.auth.login(username, password, { ip: ctx.req.ip ?? null });
    setSessionCookie(ctx.req, ctx.res, token);
    return { ...user, active: true } as User;
  }

  @Mutation(() => Boolean, { description: "Ends the session; true when one was ended" })
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    clearSessionCookie(ctx.req, ctx.res);
    if (!ctx.user || ctx.sessionId === null) return false;
    await this.auth.logout(ctx.sessionId, ctx.user);
    return true;
  }
}
