import { Arg, Args, Authorized, Ctx, Query, Resolver } from "type-graphql";
import { ActivityFilter } from "../activities/activity-filter.input";
import type { AuthUser, RequestContext } from "../common/context.type";
import { CurrentUser } from "../common/current-user";
import { ExportService } from "./export.service";
import { FollowUpArgs } from "./follow-up.args";
import { FollowUpService } from "./follow-up.service";
import { FollowUp } from "./follow-up.types";

/** The yearly follow-up and the CSV exports, for signed-in readers; counts follow their visibility. */
@Authorized()
@Resolver(() => FollowUp)
export class FollowUpResolver {
  constructor(
    private readonly followUps: FollowUpService,
    private readonly exports: ExportService,
  ) {}

  @Query(() => FollowUp, { description: "Each promise against its target in a year (2000 to next year), with totals and the previous year; DONE activities only" })
  followUp(@Args(() => FollowUpArgs) { year, organisations, asOf }: FollowUpArgs, @Ctx() ctx: RequestContext, @CurrentUser() user: AuthUser): Promise<FollowUp> {
    return this.followUps.followUp(ctx, user, year, organisations ?? null, new Date(), asOf ?? null);
  }

  @Query(() => String, {
    description: "The follow-up table of a year as CSV (UTF-8 with BOM, semicolons, CRLF) for Excel: a row per promise target, with its forecast while the year runs and its hours on site",
  })
  followUpCsv(@Args(() => FollowUpArgs) { year, organisations, asOf }: FollowUpArgs, @Ctx() ctx: RequestContext, @CurrentUser() user: AuthUser): Promise<string> {
    return this.exports.followUpCsv(ctx, user, year, organisations ?? null, asOf ?? null);
  }

  @Query(() => String, { description: "The hours on site of a year as CSV (as followUpCsv): per promise target, per kind, per organisation and in all, with the activities without an end time" })
  followUpTimeCsv(@Args(() => FollowUpArgs) { year, organisations, asOf }: FollowUpArgs, @Ctx() ctx: RequestContext, @CurrentUser() user: AuthUser): Promise<string> {
    return this.exports.followUpTimeCsv(ctx, user, year, organisations ?? null, asOf ?? null);
  }

  @Query(() => String, { description: "The activities of a filter that the reader may see, as CSV (UTF-8 with BOM, semicolons, CRLF); at most 50 000 rows" })
  activitiesCsv(@Arg("filter", () => ActivityFilter, { nullable: true }) filter: ActivityFilter | null, @CurrentUser() user: AuthUser): Promise<string> {
    return this.exports.activitiesCsv(user, filter);
  }
}
