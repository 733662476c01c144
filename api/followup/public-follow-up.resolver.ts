import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../common/context.type";
import type { AppConfig } from "../config/config";
import type { MunicipalityService } from "../municipality/municipality.service";
import { FollowUpService } from "./follow-up.service";
import { PublicFollowUp, PublicMap } from "./public-follow-up.types";

/**
 * The published follow-up for citizens. Deliberately without `@Authorized`: the queries of the
 * API that need no session. Everything they return is aggregated (see `PublicFollowUp`) or public
 * anyway (the municipal boundary, the tile server).
 */
@Resolver(() => PublicFollowUp)
export class PublicFollowUpResolver {
  constructor(
    private readonly followUps: FollowUpService,
    private readonly municipality: MunicipalityService,
    private readonly config: AppConfig,
  ) {}

  @Query(() => PublicFollowUp, { description: "The published follow-up of a year (2000 to next year), with the year before; no sign-in needed" })
  publicFollowUp(@Arg("year", () => Int) year: number, @Ctx() ctx: RequestContext): Promise<PublicFollowUp> {
    return this.followUps.publicFollowUp(ctx, year);
  }

  @Query(() => PublicMap, { description: "The boundary and base map of the public follow-up's village map; no sign-in needed" })
  async publicMap(): Promise<PublicMap> {
    const { boundary } = await this.municipality.get();
    return { boundary, tileUrl: this.config.tileUrl, tileAttribution: this.config.tileAttribution };
  }
}
