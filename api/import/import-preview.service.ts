import { createHash } from "node:crypto";
import type { DataSource } from "typeorm";
import { readAreaCheck } from "../activities/activity-write.service";
import { visibilitySql } from "../activities/activity-visibility";
import type { AuthUser } from "../common/context.type";
import { assertRequiredColumns, mapColumns, type ImportField } from "./import-columns";
import { readImportFile, type ImportTable } from "./import-file";
import { IMPORT_LIMITS } from "./import.limits";
import { checkRow, placeIndex, type ImportPlace, type RowCheck } from "./import-rows";

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
  table: ImportTable;
  /** Per header, the field it was read as (null: not read). */
  fields: Array<ImportField | null>;
  rows: PreviewRow[];
  counts: Record<ImportRowStatus, number>;
}

/**
 * The preview of an import: reads the file, checks every row with the rules of every write, and
 * marks as duplicates the rows that match a stored activity the user may see (same kind, same
 * place, start within a few minutes) or an earlier row of the same file. Nothing is written.
 */
export class ImportPreviewService {
  constructor(private readonly dataSource: DataSource) {}

  async preview(user: AuthUser, file: Buffer, options: { sheet?: string | null; mapping?: Record<string, ImportField | null>; now?: Date } = {}): Promise<ImportPreview> {
    const table = await readImportFile(file, options.sheet ?? null);
    const map = mapColumns(table.headers, options.mapping);
    assertRequiredColumns(map, table.headers);
    const places: ImportPlace[] = await this.dataSource.query(`SELECT id, name, sami_name AS "samiName", lat, lng FROM place ORDER BY id`);
    const ctx = { user, places: placeIndex(places), area: await readAreaCheck(this.dataSource), now: options.now ?? new Date() };
    const rows: PreviewRow[] = table.rows.map((cells, i) => {
      const check = checkRow(cells, map, ctx);
      if (check.ok) return { row: table.rowNumbers[i], status: ImportRowStatus.READY, column: null, message: null, check };
      const column = check.field ? (table.headers[map.index[check.field] ?? -1] ?? null) : null;
      return { row: table.rowNumbers[i], status: ImportRowStatus.REFUSED, column, message: check.message, check };
    });
    await this.markDuplicates(user, rows);
    const counts = { READY: 0, DUPLICATE: 0, REFUSED: 0 };
    for (const r of rows) counts[r.status]++;
    return { fileHash: createHash("sha256").update(file).digest("hex"), table, fields: map.fields, rows, counts };
  }

  /**
   * One statement for all ready rows: each is located as a write would (`lk_locate`, or the named
   * place), then matched against the stored activities the user may see of the same kind and place
   * starting within `duplicateMinutes`, and against the earlier ready rows of the file.
   */
  private async markDuplicates(user: AuthUser, rows: PreviewRow[]): Promise<void> {
    const ready = rows.filter((r) => r.check.ok);
    if (ready.length === 0) return;
    const col = <T>(f: (c: Extract<RowCheck, { ok: true }>) => T) => ready.map((r) => f(r.check as Extract<RowCheck, { ok: true }>));
    const found: Array<{ n: number }> = await this.dataSource.query(
      `WITH t AS (
         SELECT u.n, u.kind::activity_kind AS kind, u.starts_at, COALESCE(u.place_id, l.place_id) AS place_id, u.lat, u.lng
         FROM unnest($1::text[], $2::timestamptz[], $3::int[], $4::float8[], $5::float8[]) WITH ORDINALITY AS u (kind, starts_at, place_id, lat, lng, n)
         LEFT JOIN LATERAL lk_locate(u.lat, u.lng) l ON true)
       SELECT t.n::int AS n FROM t
       WHERE EXISTS (SELECT 1 FROM activity a
                     WHERE a.kind = t.kind AND a.deleted_at IS NULL
                       AND a.starts_at BETWEEN t.starts_at - make_interval(mins => $6) AND t.starts_at + make_interval(mins => $6)
                       AND (a.place_id = t.place_id OR (a.place_id IS NULL AND t.place_id IS NULL AND lk_distance_m(a.lat, a.lng, t.lat, t.lng) < 1000))
                       AND ${visibilitySql(user)})
          OR EXISTS (SELECT 1 FROM t e WHERE e.n < t.n AND e.kind = t.kind AND e.place_id IS NOT DISTINCT FROM t.place_id
                       AND e.starts_at BETWEEN t.starts_at - make_interval(mins => $6) AND t.starts_at + make_interval(mins => $6))`,
      [col((c) => c.input.kind), col((c) => c.input.startsAt), col((c) => c.placeId), col((c) => c.lat), col((c) => c.lng), IMPORT_LIMITS.duplicateMinutes],
    );
    for (const { n } of found) {
      const r = ready[n - 1];
      r.status = ImportRowStatus.DUPLICATE;
      r.message = "Finns redan: en aktivitet av samma typ på samma plats som börjar inom några minuter.";
    }
  }
}
