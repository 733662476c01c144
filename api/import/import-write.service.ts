import type { DataSource } from "typeorm";
import type { AuditService } from "../audit/audit.service";
import type { AuthUser } from "../common/context.type";
import { Role } from "../common/enums";
import { errors } from "../common/errors";
import { IMPORT_LIMITS } from "./import.limits";
import type { RowCheck } from "./import-rows";
import { ImportRowStatus, storedDuplicateSql, type ImportPreview } from "./import-preview.service";
import type { ImportProgressListener } from "./import-progress";

/** Serialises the writes of imports, so two runs of the same file cannot both find its rows new. */
const IMPORT_LOCK = 0x6c6b696d;

/** What an import did. */
export interface ImportResult {
  batchId: number | null;
  inserted: number;
  duplicates: number;
  refused: number;
}

type Ready = Extract<RowCheck, { ok: true }>;

/** The audit snapshot of an inserted activity, as the form's writes record it. */
const SNAPSHOT_SQL = `jsonb_build_object('kind', ins.kind, 'organisation', ins.organisation, 'status', ins.status, 'priorityAreas', ins.priority_areas,
  'startsAt', ins.starts_at, 'endsAt', ins.ends_at, 'placeId', ins.place_id, 'lat', ins.lat, 'lng', ins.lng, 'zone', ins.zone, 'version', ins.version)`;

/**
 * One set-based statement per slice of ready rows: the rows arrive as arrays (one per column),
 * are located (`lk_locate`) and, unless a stored activity the user may see is the same (asked
 * again here, under the import lock, when `$22`: another import wrote since the preview), inserted with their batch, and each insert is audited by
 * the same statement. Answers how many were inserted.
 */
const WRITE_SQL = (user: AuthUser) => `
  WITH u AS (
    SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::timestamptz[], $7::float8[], $8::float8[], $9::int[],
                         $10::text[], $11::text[], $12::int[], $13::int[], $14::int[], $15::int[], $16::int[], $17::text[])
      AS u (kind, organisation, status, areas, starts_at, ends_at, lat, lng, place_id, title, notes, vehicles_checked, breath_tests,
            suspected_drunk_driving, suspected_drug_driving, people_reached, findings)),
  -- Materialised, so the look-up below stays one index probe by place and start per row (not a join the planner may choose badly).
  t AS MATERIALIZED (
    SELECT u.kind::activity_kind AS kind, u.organisation, u.status, u.areas, u.starts_at, u.ends_at, u.lat, u.lng, COALESCE(u.place_id, l.place_id) AS place_id,
           u.place_id IS NOT NULL AND u.place_id IS DISTINCT FROM l.place_id AS place_picked, COALESCE(l.zone, 'RURAL') AS zone, u.title, u.notes,
           u.vehicles_checked, u.breath_tests, u.suspected_drunk_driving, u.suspected_drug_driving, u.people_reached, u.findings
    FROM u LEFT JOIN LATERAL lk_locate(u.lat, u.lng) l ON true),
  fresh AS MATERIALIZED (SELECT t.*, $22::boolean AND ${storedDuplicateSql(user, "t", "$21")} AS duplicate FROM t),
  ins AS (
    INSERT INTO activity (kind, organisation, status, priority_areas, starts_at, ends_at, lat, lng, place_id, place_picked, zone, title, notes,
                          vehicles_checked, breath_tests, suspected_drunk_driving, suspected_drug_driving, people_reached, findings,
                          created_by, updated_by, import_batch_id)
    SELECT t.kind, t.organisation::organisation, t.status::activity_status, string_to_array(t.areas, ',')::priority_area[], t.starts_at, t.ends_at, t.lat, t.lng,
           t.place_id, t.place_picked, t.zone, t.title, t.notes, t.vehicles_checked, t.breath_tests, t.suspected_drunk_driving, t.suspected_drug_driving,
           t.people_reached, t.findings, $18, $18, $20
    FROM fresh t WHERE NOT t.duplicate
    RETURNING *),
  aud AS (
    INSERT INTO audit_event (actor_id, actor_username, action, entity, entity_id, details)
    SELECT $18, $19, 'CREATE', 'activity', ins.public_id::text, jsonb_build_object('after', ${SNAPSHOT_SQL}, 'importBatch', $20::int) FROM ins)
  SELECT count(*)::int AS n FROM ins`;

/** The parameters of WRITE_SQL for a slice of ready rows: one array per column. */
function writeParameters(chunk: Ready[], user: AuthUser, batchId: number, askAgain: boolean): unknown[] {
  const col = <T>(f: (r: Ready) => T) => chunk.map(f);
  const o = (r: Ready) => r.input.outcome ?? {};
  return [
    col((r) => r.input.kind),
    col((r) => r.input.organisation),
    col((r) => r.input.status),
    col((r) => [...new Set(r.input.priorityAreas)].join(",")),
    col((r) => r.input.startsAt),
    col((r) => r.input.endsAt ?? null),
    col((r) => r.lat),
    col((r) => r.lng),
    col((r) => r.placeId),
    col((r) => r.input.title ?? null),
    col((r) => r.input.notes ?? null),
    col((r) => o(r).vehiclesChecked ?? null),
    col((r) => o(r).breathTests ?? null),
    col((r) => o(r).suspectedDrunkDriving ?? null),
    col((r) => o(r).suspectedDrugDriving ?? null),
    col((r) => o(r).peopleReached ?? null),
    col((r) => o(r).findings ?? null),
    user.id,
    user.username,
    batchId,
    IMPORT_LIMITS.duplicateMinutes,
    askAgain,
  ];
}

/**
 * Writes the ready rows of a preview as one batch, in one transaction: all or nothing by default
 * (any refused row and nothing is written), or with `skipInvalid` the ready rows only. Duplicates are
 * never written, so the same file again adds nothing; the preview's duplicates are asked again under
 * a lock that serialises imports, so two runs of one file at once add it once. Each activity and
 * the batch are audited. `onProgress` hears the rows written after each slice.
 */
export class ImportWriteService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async import(user: AuthUser, preview: ImportPreview, fileName: string, options: { skipInvalid?: boolean; onProgress?: ImportProgressListener } = {}): Promise<ImportResult> {
    const { counts } = preview;
    if (counts.REFUSED > 0 && !options.skipInvalid) {
      throw errors.badInput("file", `${counts.REFUSED} rader kan inte importeras. Rätta dem, eller importera bara de rader som är klara.`);
    }
    const ready = preview.rows.filter((r) => r.status === ImportRowStatus.READY).map((r) => r.check as Ready);
    if (ready.length === 0) return { batchId: null, inserted: 0, duplicates: counts.DUPLICATE, refused: counts.REFUSED };
    const result = await this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock($1)`, [IMPORT_LOCK]);
      const [{ id: batchId }]: Array<{ id: number }> = await m.query(
        `INSERT INTO import_batch (created_by, file_name, file_hash, sheet, row_count, inserted_count, duplicate_count, refused_count)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [user.id, fileName.slice(0, 255), preview.fileHash, preview.table.sheet, preview.rows.length, ready.length, counts.DUPLICATE, counts.REFUSED],
      );
      // Only another import can have written the same rows since the preview (imports wait for each other here): ask again only then.
      const [{ newer }]: Array<{ newer: boolean }> = await m.query(`SELECT EXISTS (SELECT 1 FROM import_batch WHERE id > $1 AND id <> $2) AS newer`, [preview.latestBatchId, batchId]);
      let inserted = 0;
      for (let from = 0; from < ready.length; from += IMPORT_LIMITS.writeChunk) {
        const chunk = ready.slice(from, from + IMPORT_LIMITS.writeChunk);
        const [{ n }]: Array<{ n: number }> = await m.query(WRITE_SQL(user), writeParameters(chunk, user, batchId, newer));
        inserted += n;
        options.onProgress?.({ phase: "write", done: from + chunk.length, total: ready.length });
      }
      // Rows another import wrote since the preview (it waited for the lock) are duplicates now.
      const duplicates = counts.DUPLICATE + ready.length - inserted;
      if (inserted === 0) {
        await m.query(`DELETE FROM import_batch WHERE id = $1`, [batchId]);
        return { batchId: null, inserted, duplicates, refused: counts.REFUSED };
      }
      if (inserted !== ready.length) await m.query(`UPDATE import_batch SET inserted_count = $2, duplicate_count = $3 WHERE id = $1`, [batchId, inserted, duplicates]);
      await this.audit.record(user, "IMPORT", "import_batch", batchId, { fileName, fileHash: preview.fileHash, rows: preview.rows.length, inserted, duplicates, refused: counts.REFUSED }, m);
      return { batchId, inserted, duplicates, refused: counts.REFUSED };
    });
    return result;
  }

  /**
   * Undoes a batch as a whole: its activities still present are deleted the usual, restorable way
   * (each audited). The user who ran it or ADMIN; a batch is undone once.
   */
  async undo(user: AuthUser, batchId: number): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const [batch]: Array<{ createdBy: number; undone: boolean }> = await m.query(`SELECT created_by AS "createdBy", undone_at IS NOT NULL AS undone FROM import_batch WHERE id = $1 FOR UPDATE`, [
        batchId,
      ]);
      if (!batch || (batch.createdBy !== user.id && user.role !== Role.ADMIN)) throw errors.notFound("Importen");
      if (batch.undone) throw errors.conflict("Importen är redan ångrad.");
      const [{ n }]: Array<{ n: number }> = await m.query(
        `WITH del AS (
           UPDATE activity SET deleted_at = now(), updated_by = $2, updated_at = now(), version = version + 1
           WHERE import_batch_id = $1 AND deleted_at IS NULL RETURNING *),
         aud AS (
           INSERT INTO audit_event (actor_id, actor_username, action, entity, entity_id, details)
           SELECT $2, $3, 'DELETE', 'activity', del.public_id::text, jsonb_build_object('importBatch', $1::int) FROM del)
         SELECT count(*)::int AS n FROM del`,
        [batchId, user.id, user.username],
      );
      await m.query(`UPDATE import_batch SET undone_at = now(), undone_by = $2 WHERE id = $1`, [batchId, user.id]);
      await this.audit.record(user, "IMPORT_UNDO", "import_batch", batchId, { deleted: n }, m);
      return n;
    });
  }
}
