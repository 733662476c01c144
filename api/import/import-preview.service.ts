import { createHash } from "node:crypto";
import type { DataSource } from "typeorm";
import { readAreaCheck } from "../activities/activity-write.service";
import { visibilitySql } from "../activities/activity-visibility";
import type { AuthUser } from "../common/context.type";
import { assertRequiredColumns, mapColumns, type ImportField } from "./import-columns";
import { readImportFile, type ImportTable } from "./import-file";
import { IMPORT_LIMITS } from "./import.limits";
import { checkRow, placeIndex, type ImportPlace, type RowCheck } from "./import-rows";
import { PROGRESS_ROWS, yieldToEventLoop, type ImportProgressListener } from "./import-progress";

/** A row's outcome in the preview. */
export enum ImportRowStatus {
  READY = "READY",
  DUPLICATE = "DUPLICATE",
  REFUSED = "REFUSED",
}

/** One row of the preview: its number in the file, its outcome, and for a refusal the column and why. */
export interface PreviewRow {
  row: number;
  status: ImportRowStatus;
  column: string | null;
  message: string | null;
  check: RowCheck;
}

/** The preview of a file: nothing is written. */
export interface ImportPreview {
  fileHash: string;
  /** The newest import batch when the preview began: a write that finds a newer one asks for duplicates again. */
  latestBatchId: number;
  table: ImportTable;
  /** Per header, the field it was read as (null: not read). */
  fields: Array<ImportField | null>;
  rows: PreviewRow[];
  counts: Record<ImportRowStatus, number>;
}

/** Why a row is a duplicate. */
export const DUPLICATE_MESSAGE = "Finns redan: en aktivitet av samma typ på samma plats som börjar inom några minuter.";

/**
 * True (as SQL) when a stored activity the user may see is the same as the row `t` (its `kind`,
 * `starts_at`, located `place_id`, `lat` and `lng`): same kind, same place (or both outside every
 * place and within a kilometre), start within `minutes` (a parameter). The preview and the write
 * ask the same question, the write again under the import lock.
 */
export function storedDuplicateSql(user: AuthUser, t: string, minutes: string): string {
  return `EXISTS (SELECT 1 FROM activity a
    WHERE a.kind = ${t}.kind AND a.deleted_at IS NULL
      AND a.starts_at BETWEEN ${t}.starts_at - make_interval(mins => ${minutes}) AND ${t}.starts_at + make_interval(mins => ${minutes})
      AND (a.place_id = ${t}.place_id OR (a.place_id IS NULL AND ${t}.place_id IS NULL AND lk_distance_m(a.lat, a.lng, ${t}.lat, ${t}.lng) < 1000))
      AND ${visibilitySql(user)})`;
}

/**
 * Gathers the statistics of activity when it never had any (a database just restored or copied,
 * before autovacuum came by): without them the planner takes the table for a few rows and compares
 * each imported row with every stored activity instead of looking it up by place and start.
 */
async function analyzeIfNeverAnalyzed(dataSource: DataSource): Promise<void> {
  const [{ never }]: Array<{ never: boolean }> = await dataSource.query(`SELECT reltuples < 0 AS never FROM pg_class WHERE oid = 'activity'::regclass`);
  if (never) await dataSource.query(`ANALYZE activity`);
}

/**
 * The preview of an import: reads the file, checks every row with the rules of every write, and
 * marks as duplicates the rows that match a stored activity the user may see (same kind, same
 * place, start within a few minutes) or an earlier row of the same file. Nothing is written.
 */
export class ImportPreviewService {
  constructor(private readonly dataSource: DataSource) {}

  async preview(
    user: AuthUser,
    file: Buffer,
    options: { sheet?: string | null; mapping?: Record<string, ImportField | null>; now?: Date; onProgress?: ImportProgressListener } = {},
  ): Promise<ImportPreview> {
    const onProgress = options.onProgress ?? (() => {});
    const [{ latest }]: Array<{ latest: number }> = await this.dataSource.query(`SELECT COALESCE(max(id), 0)::int AS latest FROM import_batch`);
    const table = await readImportFile(file, options.sheet ?? null, (done) => onProgress({ phase: "read", done, total: null }));
    onProgress({ phase: "read", done: table.rows.length, total: table.rows.length });
    const map = mapColumns(table.headers, options.mapping);
    assertRequiredColumns(map, table.headers);
    const places: ImportPlace[] = await this.dataSource.query(`SELECT id, name, sami_name AS "samiName", lat, lng FROM place ORDER BY id`);
    const ctx = { user, places: placeIndex(places), area: await readAreaCheck(this.dataSource), now: options.now ?? new Date() };
    const rows: PreviewRow[] = [];
    for (let i = 0; i < table.rows.length; i++) {
      const check = checkRow(table.rows[i], map, ctx);
      if (check.ok) rows.push({ row: table.rowNumbers[i], status: ImportRowStatus.READY, column: null, message: null, check });
      else rows.push({ row: table.rowNumbers[i], status: ImportRowStatus.REFUSED, column: check.field ? (table.headers[map.index[check.field] ?? -1] ?? null) : null, message: check.message, check });
      // Checking is plain computation: between slices the event loop runs, so progress goes out and other requests are served.
      if ((i + 1) % PROGRESS_ROWS === 0) {
        onProgress({ phase: "check", done: i + 1, total: table.rows.length });
        await yieldToEventLoop();
      }
    }
    await this.markDuplicates(user, rows);
    onProgress({ phase: "check", done: rows.length, total: rows.length });
    const counts = { READY: 0, DUPLICATE: 0, REFUSED: 0 };
    for (const r of rows) counts[r.status]++;
    return { fileHash: createHash("sha256").update(file).digest("hex"), latestBatchId: latest, table, fields: map.fields, rows, counts };
  }

  /**
   * One statement for all ready rows: each is located as a write would (`lk_locate`, or the named
   * place), then matched against the stored activities the user may see of the same kind and place
   * starting within `duplicateMinutes` (an index probe by place and start), and against the
   * earlier rows of the file: a window over the rows of the same kind and place ordered by start
   * finds the first row number within the minutes around each row, so no row is compared with
   * every other (which made 100,000 rows take many minutes).
   */
  private async markDuplicates(user: AuthUser, rows: PreviewRow[]): Promise<void> {
    const ready = rows.filter((r) => r.check.ok);
    if (ready.length === 0) return;
    await analyzeIfNeverAnalyzed(this.dataSource);
    const col = <T>(f: (c: Extract<RowCheck, { ok: true }>) => T) => ready.map((r) => f(r.check as Extract<RowCheck, { ok: true }>));
    const found: Array<{ n: number }> = await this.dataSource.query(
      `WITH t AS (
         SELECT u.n, u.kind::activity_kind AS kind, u.starts_at, COALESCE(u.place_id, l.place_id) AS place_id, u.lat, u.lng
         FROM unnest($1::text[], $2::timestamptz[], $3::int[], $4::float8[], $5::float8[]) WITH ORDINALITY AS u (kind, starts_at, place_id, lat, lng, n)
         LEFT JOIN LATERAL lk_locate(u.lat, u.lng) l ON true),
       w AS (
         SELECT t.*, min(t.n) OVER (PARTITION BY t.kind, t.place_id ORDER BY t.starts_at
                                    RANGE BETWEEN make_interval(mins => $6) PRECEDING AND make_interval(mins => $6) FOLLOWING) AS first_n
         FROM t)
       SELECT w.n::int AS n FROM w
       WHERE w.first_n < w.n OR ${storedDuplicateSql(user, "w", "$6")}`,
      [col((c) => c.input.kind), col((c) => c.input.startsAt), col((c) => c.placeId), col((c) => c.lat), col((c) => c.lng), IMPORT_LIMITS.duplicateMinutes],
    );
    for (const { n } of found) {
      const r = ready[n - 1];
      r.status = ImportRowStatus.DUPLICATE;
      r.message = DUPLICATE_MESSAGE;
    }
  }
}
