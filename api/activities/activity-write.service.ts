import { createHash } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import type { AuditService } from "../audit/audit.service";
import type { AuthUser } from "../common/context.type";
import { AppError, ErrorCode, errors } from "../common/errors";
import { parseId } from "../common/parse-id";
import type { Extent } from "../municipality/geometry";
import type { GeoJsonGeometry } from "../municipality/municipality.entity";
import { canWriteActivity } from "./activity-permissions";
import { isActivityId } from "./activity-id";
import { checkActivityInput, type AreaCheck, type ResolvedPoint } from "./activity-rules";
import { roleVisibilitySql, visibilitySql } from "./activity-visibility";
import type { Activity } from "./activity.entity";
import type { ActivityInput } from "./activity.input";
import { ACTIVITY_COLUMNS, WRITE_COLUMNS, activitySnapshot, writeParameter } from "./activity-columns";
import { toActivity } from "./activity.service";

/** The placeholders of lat and lng among the write parameters, for lk_locate. */
const LOCATE_ARGS = `$${WRITE_COLUMNS.findIndex((c) => c.property === "lat") + 1}::float8, $${WRITE_COLUMNS.findIndex((c) => c.property === "lng") + 1}::float8`;

/** Trims a text field; empty means none. */
function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** The input's value of each written column, by property. */
function writeValues(input: ActivityInput, point: ResolvedPoint): unknown[] {
  const o = input.outcome ?? {};
  const values: Partial<Record<keyof Activity, unknown>> = {
    kind: input.kind,
    organisation: input.organisation,
    status: input.status,
    priorityAreas: [...new Set(input.priorityAreas)],
    startsAt: input.startsAt,
    endsAt: input.endsAt ?? null,
    lat: point.lat,
    lng: point.lng,
    title: text(input.title),
    notes: text(input.notes),
    vehiclesChecked: o.vehiclesChecked ?? null,
    breathTests: o.breathTests ?? null,
    suspectedDrunkDriving: o.suspectedDrunkDriving ?? null,
    suspectedDrugDriving: o.suspectedDrugDriving ?? null,
    peopleReached: o.peopleReached ?? null,
    findings: text(o.findings),
  };
  return WRITE_COLUMNS.map((c) => values[c.property]);
}

/**
 * A digest of what a create sends, in a canonical form (trimmed texts, areas as a set, times as
 * instants), so the same record sent again matches and a different one under the same id does not.
 */
function inputDigest(input: ActivityInput): string {
  const o = input.outcome ?? {};
  const instant = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);
  const canonical = [
    input.kind,
    input.organisation,
    input.status,
    [...new Set(input.priorityAreas)].sort(),
    instant(input.startsAt),
    instant(input.endsAt),
    input.placeId ?? null,
    input.lat ?? null,
    input.lng ?? null,
    text(input.title),
    text(input.notes),
    o.vehiclesChecked ?? null,
    o.breathTests ?? null,
    o.suspectedDrunkDriving ?? null,
    o.suspectedDrugDriving ?? null,
    o.peopleReached ?? null,
    text(o.findings),
  ];
  return createHash("sha256").update(JSON.stringify(canonical)).digest("hex");
}

/** How long the user who deleted an activity may undo it (the web offers it in its notice). */
export const UNDO_DELETE_MINUTES = 15;

/** What deciding on bringing a deleted activity back needs of its row. */
interface DeletedRow {
  rowId: string;
  deleted: boolean;
  deletedBy: number | null;
  organisation: Activity["organisation"];
  recent: boolean | null;
}

/**
 * Where activities may lie: the municipality's stored boundary, or with none stored the extent of
 * the town and villages plus a margin. Every write path (the form, imports) checks against this.
 */
export async function readAreaCheck(m: Pick<EntityManager, "query">): Promise<AreaCheck> {
  const [area]: Array<{ boundary: GeoJsonGeometry | null; extent: Extent | null }> = await m.query(
    `SELECT (SELECT boundary FROM municipality ORDER BY id LIMIT 1) AS boundary,
            (SELECT json_build_object('south', min(lat) - 0.25, 'north', max(lat) + 0.25, 'west', min(lng) - 0.5, 'east', max(lng) + 0.5)
             FROM place WHERE kind IN ('TOWN', 'VILLAGE')) AS extent`,
  );
  return { boundary: area.boundary, extent: area.extent?.south != null ? area.extent : { south: 0, west: 0, north: 0, east: 0 } };
}

/**
 * Creating, changing, deleting and restoring activities: each write checked against the rules,
 * done in one transaction with optimistic locking on `version`, and written to the audit log.
 */
export class ActivityWriteService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Creates an activity; place and zone are computed from its position in the same statement.
   * With a device's `clientId` the write happens once: the same input sent again (its first answer
   * lost) returns the stored activity; the id with another input is CLIENT_ID_MISMATCH, and an id
   * another user stored is CLIENT_ID_TAKEN.
   */
  async create(user: AuthUser, input: ActivityInput, now = new Date()): Promise<Activity> {
    const clientId = input.clientId ?? null;
    if (clientId !== null && !isActivityId(clientId)) throw errors.badInput("clientId", "Registreringens id från enheten ska vara ett UUID.");
    const digest = clientId === null ? null : inputDigest(input);
    if (clientId !== null) {
      const stored = await this.storedByClientId(this.dataSource.manager, user, clientId, digest!);
      if (stored) return stored;
    }
    this.assertMayWrite(user, input);
    const created = await this.dataSource.transaction(async (m) => {
      const point = await this.prepare(m, input, now);
      const params = [...writeValues(input, point), input.placeId ? Number(input.placeId) : null, user.id, clientId, digest];
      const n = WRITE_COLUMNS.length;
      // ON CONFLICT waits for a concurrent insert of the same client id and then writes nothing.
      const rows: Array<{ id: string }> = await m.query(
        `INSERT INTO activity (${WRITE_COLUMNS.map((c) => c.column).join(", ")}, place_id, place_picked, zone, created_by, updated_by, client_id, client_digest)
         SELECT ${WRITE_COLUMNS.map((c, i) => writeParameter(c, i + 1)).join(", ")},
                COALESCE($${n + 1}::int, l.place_id), $${n + 1}::int IS NOT NULL, COALESCE(l.zone, 'RURAL'), $${n + 2}, $${n + 2},
                $${n + 3}::uuid, $${n + 4}::text
         FROM (SELECT 1) AS one LEFT JOIN LATERAL lk_locate(${LOCATE_ARGS}) AS l ON true
         ON CONFLICT (client_id) WHERE client_id IS NOT NULL DO NOTHING
         RETURNING id::text AS id`,
        params,
      );
      if (!rows[0]) return null;
      const row = await this.read(m, rows[0].id);
      await this.audit.record(user, "CREATE", "activity", row.id, { after: activitySnapshot(row), ...(clientId ? { clientId } : {}) }, m);
      return row;
    });
    if (created) return created;
    // Lost a race with the same record sent twice at once: the other request stored it.
    const stored = await this.storedByClientId(this.dataSource.manager, user, clientId!, digest!);
    if (!stored) throw errors.conflict("Registreringen kunde inte sparas. Försök igen.");
    return stored;
  }

  /** The activity stored earlier under the device's `clientId` by this user with the same input; null when none. */
  private async storedByClientId(m: EntityManager, user: AuthUser, clientId: string, digest: string): Promise<Activity | null> {
    const rows: Array<{ rowId: string; createdBy: number | null; digest: string | null }> = await m.query(
      `SELECT id::text AS "rowId", created_by AS "createdBy", client_digest AS digest FROM activity WHERE client_id = $1::uuid`,
      [clientId],
    );
    if (!rows[0]) return null;
    if (rows[0].createdBy !== user.id) {
      throw new AppError(ErrorCode.CLIENT_ID_TAKEN, "Registreringens id används redan av en annan användare. Registrera den på nytt.", { field: "clientId" });
    }
    if (rows[0].digest !== digest) {
      throw new AppError(ErrorCode.CLIENT_ID_MISMATCH, "En annan registrering har redan sparats med samma id. Registrera den på nytt.", { field: "clientId" });
    }
    return this.read(m, rows[0].rowId);
  }

  /** Replaces an activity's state when `version` is current; CONFLICT (with the current version) otherwise. */
  async update(user: AuthUser, id: string, version: number, input: ActivityInput, now = new Date()): Promise<Activity> {
    if (input.clientId != null) throw errors.badInput("clientId", "Ett id från enheten anges bara när aktiviteten skapas.");
    this.assertMayWrite(user, input);
    return this.dataSource.transaction(async (m) => {
      const before = await this.lockVisible(m, user, id);
      this.assertMayWrite(user, before);
      this.assertVersion(before, version);
      const point = await this.prepare(m, input, now);
      const n = WRITE_COLUMNS.length;
      await m.query(
        `UPDATE activity AS a SET ${WRITE_COLUMNS.map((c, i) => `${c.column} = ${writeParameter(c, i + 1)}`).join(", ")},
           place_id = COALESCE($${n + 1}::int, l.place_id), place_picked = $${n + 1}::int IS NOT NULL,
           zone = COALESCE(l.zone, 'RURAL'), updated_by = $${n + 2}, updated_at = now(), version = a.version + 1
         FROM (SELECT 1) AS one LEFT JOIN LATERAL lk_locate(${LOCATE_ARGS}) AS l ON true
         WHERE a.id = $${n + 3}`,
        [...writeValues(input, point), input.placeId ? Number(input.placeId) : null, user.id, before.rowId],
      );
      const after = await this.read(m, before.rowId);
      await this.audit.record(user, "UPDATE", "activity", before.id, { before: activitySnapshot(before), after: activitySnapshot(after) }, m);
      return after;
    });
  }

  /**
   * Marks an activity deleted (it is kept; ADMIN can restore it). A delete that finds the
   * activity already deleted (it lost to another, or the client read it before) is a CONFLICT,
   * like a lost update, when the user could see the activity.
   */
  async delete(user: AuthUser, id: string, version: number): Promise<boolean> {
    return this.dataSource.transaction(async (m) => {
      const before = await this.lockVisible(m, user, id, () => this.assertNotDeletedMeanwhile(m, user, id));
      this.assertMayWrite(user, before);
      this.assertVersion(before, version);
      await m.query(`UPDATE activity SET deleted_at = now(), updated_by = $2, updated_at = now(), version = version + 1 WHERE id = $1`, [before.rowId, user.id]);
      await this.audit.record(user, "DELETE", "activity", before.id, { before: activitySnapshot(before) }, m);
      return true;
    });
  }

  /** Brings a deleted activity back (the resolver admits administrators only). */
  async restore(user: AuthUser, id: string): Promise<Activity> {
    return this.bringBack(user, id, "RESTORE", () => undefined);
  }

  /**
   * Undoes the user's own delete: only the user who deleted the activity, within
   * `UNDO_DELETE_MINUTES` of it, and while they may still write its organisation (an administrator
   * restores anything, at any time, through `restore`).
   */
  async undoDelete(user: AuthUser, id: string): Promise<Activity> {
    return this.bringBack(user, id, "UNDO_DELETE", (row) => {
      if (row.deletedBy !== user.id || !row.recent || !canWriteActivity(user, row.organisation)) {
        throw errors.forbidden(`Bara den som tog bort aktiviteten kan ångra det, inom ${UNDO_DELETE_MINUTES} minuter. En administratör kan återställa den.`);
      }
    });
  }

  /** Clears the deleted mark of `id` after `allow` has accepted the deleted row; audited as `action`. */
  private async bringBack(user: AuthUser, id: string, action: "RESTORE" | "UNDO_DELETE", allow: (row: DeletedRow) => void): Promise<Activity> {
    if (!isActivityId(id)) throw errors.notFound("Aktiviteten");
    return this.dataSource.transaction(async (m) => {
      const rows: DeletedRow[] = await m.query(
        `SELECT id::text AS "rowId", deleted_at IS NOT NULL AS deleted, updated_by AS "deletedBy", organisation,
                deleted_at > now() - make_interval(mins => $2) AS recent
         FROM activity WHERE public_id = $1::uuid FOR UPDATE`,
        [id, UNDO_DELETE_MINUTES],
      );
      if (!rows[0]) throw errors.notFound("Aktiviteten");
      if (!rows[0].deleted) throw errors.badInput("id", "Aktiviteten är inte borttagen.");
      allow(rows[0]);
      await m.query(`UPDATE activity SET deleted_at = NULL, updated_by = $2, updated_at = now(), version = version + 1 WHERE id = $1`, [rows[0].rowId, user.id]);
      const restored = await this.read(m, rows[0].rowId);
      await this.audit.record(user, action, "activity", restored.id, { after: activitySnapshot(restored) }, m);
      return restored;
    });
  }

  /** FORBIDDEN unless the user may write activities of that organisation. */
  private assertMayWrite(user: AuthUser, activity: Pick<Activity, "organisation">): void {
    if (!canWriteActivity(user, activity.organisation)) {
      throw errors.forbidden("Du får inte registrera eller ändra den här organisationens aktiviteter.");
    }
  }

  /** CONFLICT when someone else changed the activity since the client read it. */
  private assertVersion(current: Activity, version: number): void {
    if (current.version !== version) {
      throw errors.conflict("Aktiviteten har ändrats av någon annan sedan du öppnade den. Läs in den senaste versionen.", { currentVersion: current.version });
    }
  }

  /**
   * The activity, row-locked for the transaction, if the user may see it; NOT_FOUND otherwise
   * (after `whenMissing`, which may throw something better).
   */
  private async lockVisible(m: EntityManager, user: AuthUser, id: string, whenMissing?: () => Promise<void>): Promise<Activity> {
    if (!isActivityId(id)) throw errors.notFound("Aktiviteten");
    const rows: Record<string, unknown>[] = await m.query(`SELECT ${ACTIVITY_COLUMNS} FROM activity a WHERE a.public_id = $1::uuid AND ${visibilitySql(user)} FOR UPDATE`, [id]);
    if (!rows[0]) {
      await whenMissing?.();
      throw errors.notFound("Aktiviteten");
    }
    return toActivity(rows[0]);
  }

  /** CONFLICT (with the current version) when `id` is deleted but the user could see it otherwise. */
  private async assertNotDeletedMeanwhile(m: EntityManager, user: AuthUser, id: string): Promise<void> {
    const role = roleVisibilitySql(user);
    const rows: Array<{ version: number }> = await m.query(`SELECT a.version FROM activity a WHERE a.public_id = $1::uuid AND a.deleted_at IS NOT NULL${role ? ` AND ${role}` : ""}`, [id]);
    if (rows[0]) {
      throw errors.conflict("Aktiviteten har tagits bort av någon annan sedan du öppnade den.", { currentVersion: rows[0].version, deleted: true });
    }
  }

  /** The activity by its internal key (`rowId`). */
  private async read(m: EntityManager, rowId: string): Promise<Activity> {
    const rows: Record<string, unknown>[] = await m.query(`SELECT ${ACTIVITY_COLUMNS} FROM activity a WHERE a.id = $1`, [rowId]);
    return toActivity(rows[0]);
  }

  /**
   * Resolves the position (a place alone gives its point), checks the place exists, and checks the
   * input against the rules and the municipality's boundary (or, with none stored, the places' extent).
   */
  private async prepare(m: EntityManager, input: ActivityInput, now: Date): Promise<ResolvedPoint> {
    const hasLat = input.lat !== undefined && input.lat !== null;
    const hasLng = input.lng !== undefined && input.lng !== null;
    if (hasLat !== hasLng) throw errors.badInput(hasLat ? "lng" : "lat", "Ange både latitud och longitud.");
    let point: ResolvedPoint | null = hasLat ? { lat: input.lat!, lng: input.lng! } : null;
    if (input.placeId !== undefined && input.placeId !== null) {
      const [place]: Array<{ lat: number; lng: number }> = await m.query(`SELECT lat, lng FROM place WHERE id = $1`, [parseId(input.placeId, "Platsen")]);
      if (!place) throw errors.notFound("Platsen");
      point ??= { lat: place.lat, lng: place.lng };
    }
    if (!point) throw errors.badInput("placeId", "Välj en plats eller en position i kartan.");
    checkActivityInput(input, point, await readAreaCheck(m), now);
    return point;
  }
}
