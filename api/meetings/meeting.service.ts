import type { DataSource } from "typeorm";
import type { AuditService } from "../audit/audit.service";
import type { AuthUser } from "../common/context.type";
import { errors } from "../common/errors";
import { checkDay } from "./meeting-day";
import { Meeting } from "./meeting.entity";

/** The longest note of a meeting. */
export const MEETING_NOTE_MAX = 200;
/** How many meetings the list holds, newest first. */
export const MEETINGS_LISTED = 100;

/** The meetings held: listed for everyone signed in, recorded by ADMIN or the meeting (VIEWER), audited. */
export class MeetingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The latest meetings, newest first. */
  list(): Promise<Meeting[]> {
    return this.dataSource.getRepository(Meeting).find({ order: { heldOn: "DESC" }, take: MEETINGS_LISTED });
  }

  /** Records a meeting held on `heldOn` (today or earlier); one a day. */
  async record(actor: AuthUser, heldOn: string, note: string | null | undefined, now: Date = new Date()): Promise<Meeting> {
    const day = checkDay(heldOn, "heldOn", now);
    const text = note?.trim() || null;
    if (text !== null && text.length > MEETING_NOTE_MAX) throw errors.badInput("note", `Anteckningen får vara högst ${MEETING_NOTE_MAX} tecken lång.`);
    return this.dataSource.transaction(async (m) => {
      const rows: Array<{ id: number }> = await m.query(`INSERT INTO meeting (held_on, note, created_by) VALUES ($1, $2, $3) ON CONFLICT (held_on) DO NOTHING RETURNING id`, [day, text, actor.id]);
      if (rows.length === 0) throw errors.badInput("heldOn", `Ett möte den ${day} finns redan.`);
      const saved = await m.getRepository(Meeting).findOneByOrFail({ id: rows[0].id });
      await this.audit.record(actor, "CREATE", "meeting", saved.id, { after: saved }, m);
      return saved;
    });
  }
}
