import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { AuthUser, RequestContext } from "../common/context.type";
import { CurrentUser } from "../common/current-user";
import { Role } from "../common/enums";
import { MeetingChanges } from "./meeting-changes.types";
import { MeetingChangesService } from "./meeting-changes.service";
import { Meeting } from "./meeting.entity";
import { MeetingService } from "./meeting.service";

/** The joint meetings held, and what changed since one of them. */
@Authorized()
@Resolver(() => Meeting)
export class MeetingResolver {
  constructor(
    private readonly meetingService: MeetingService,
    private readonly changes: MeetingChangesService,
  ) {}

  @Query(() => [Meeting], { description: "The meetings held, newest first (at most 100)" })
  meetings(): Promise<Meeting[]> {
    return this.meetingService.list();
  }

  @Authorized(Role.ADMIN, Role.VIEWER)
  @Mutation(() => Meeting, { description: "Records a meeting held on a day (today or earlier, one a day); ADMIN, or the meeting itself (VIEWER)" })
  recordMeeting(
    @Arg("heldOn", () => String, { description: "YYYY-MM-DD" }) heldOn: string,
    @Arg("note", () => String, { nullable: true }) note: string | null,
    @CurrentUser() user: AuthUser,
  ): Promise<Meeting> {
    return this.meetingService.record(user, heldOn, note);
  }

  @Query(() => MeetingChanges, { description: "The done work since a reference date (YYYY-MM-DD) to `until` (default now), the villages newly reached and the promises whose status changed" })
  meetingChanges(
    @Arg("since", () => String) since: string,
    @Arg("until", () => Date, { nullable: true }) until: Date | null,
    @Ctx() ctx: RequestContext,
    @CurrentUser() user: AuthUser,
  ): Promise<MeetingChanges> {
    return this.changes.changes(ctx, user, since, until);
  }
}
