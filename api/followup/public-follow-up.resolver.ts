import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../common/context.type";
import { FollowUpService } from "./follow-up.service";
import { PublicFollowUp } from "./public-follow-up.types";

/**
 * The published follow-up for citizens. Deliberately without `@Authorized`: the one query of the
 * API that needs no session. Everything it returns is aggregated (see `PublicFollowUp`).
 */
@Resolver(() => PublicFollowUp)
export class PublicFollowUpResolver {
  constructor(private readonly followUps: FollowUpService) {}

  @Query(() => PublicFollowUp, { description: "The published follow-up of a year (2000 to next year); no sign-in needed" })
  publicFollowUp(@Arg("year", () => Int) year: number, @Ctx() ctx: RequestContext): Promise<PublicFollowUp> {
    return this.followUps.publicFollowUp(ctx, year);
  }
}
