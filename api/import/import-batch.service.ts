import type { DataSource } from "typeorm";
import type { AuthUser } from "../common/context.type";
import { Role } from "../common/enums";
import { errors } from "../common/errors";
import type { ImportBatch } from "./import-batch.type";
import type { ImportWriteService } from "./import-write.service";

/** The most batches one list answers (newest first). */
const MAX_LISTED = 200;

const BATCH_SQL = `
  SELECT b.id::text AS id, b.file_name AS "fileName", b.file_hash AS "fileHash", b.sheet, b.created_at AS "createdAt",
         cu.username AS "createdBy", cu.display_name AS "createdByName", b.row_count AS "rowCount", b.inserted_count AS "insertedCount",
         b.duplicate_count AS "duplicateCount", b.refused_count AS "refusedCount", b.undone_at AS "undoneAt", uu.username AS "undoneBy",
         (SELECT count(*)::int FROM activity a WHERE a.import_batch_id = b.id AND a.deleted_at IS NULL) AS "activeCount"
  FROM import_batch b
  JOIN app_user cu ON cu.id = b.created_by
  LEFT JOIN app_user uu ON uu.id = b.undone_by`;

/** The import batches a user may see and undo: ADMIN every batch, anyone else their own. */
export class ImportBatchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: ImportWriteService,
  ) {}

  /** The batches, newest first. */
  list(user: AuthUser, first: number | null): Promise<ImportBatch[]> {
    const limit = Math.min(Math.max(first ?? 50, 1), MAX_LISTED);
    const all = user.role === Role.ADMIN;
    return this.dataSource.query(`${BATCH_SQL} WHERE ($1::boolean OR b.created_by = $2) ORDER BY b.created_at DESC, b.id DESC LIMIT $3`, [all, user.id, limit]);
  }

  /** One batch, or NOT_FOUND when it does not exist or is not the user's to see. */
  async get(user: AuthUser, id: number): Promise<ImportBatch> {
    const [batch]: ImportBatch[] = await this.dataSource.query(`${BATCH_SQL} WHERE b.id = $1 AND ($2::boolean OR b.created_by = $3)`, [id, user.role === Role.ADMIN, user.id]);
    if (!batch) throw errors.notFound("Importen");
    return batch;
  }

  /** Undoes a batch as a whole (see ImportWriteService.undo) and answers it as it now stands. */
  async undo(user: AuthUser, id: number): Promise<{ batch: ImportBatch; deleted: number }> {
    const deleted = await this.writes.undo(user, id);
    return { batch: await this.get(user, id), deleted };
  }
}
