import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Imports of activities from files, as batches: who, when, the file's name and SHA-256, the row
 * counts, and when and by whom a batch was undone. Each imported activity names its batch, so a
 * batch is undone as a whole (the partial index holds imported rows only: typed-in ones pay nothing).
 */
export class ImportBatch1733100000000 implements MigrationInterface {
  name = "ImportBatch1733100000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE import_batch (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        created_by integer NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        file_name varchar(255) NOT NULL,
        file_hash char(64) NOT NULL,
        sheet varchar(100),
        row_count integer NOT NULL,
        inserted_count integer NOT NULL,
        duplicate_count integer NOT NULL,
        refused_count integer NOT NULL,
        undone_at timestamptz,
        undone_by integer REFERENCES app_user (id)
      );
      CREATE INDEX ix_import_batch_file_hash ON import_batch (file_hash);
      CREATE INDEX ix_import_batch_created_by ON import_batch (created_by, created_at DESC);
      ALTER TABLE activity ADD COLUMN import_batch_id integer REFERENCES import_batch (id);
      CREATE INDEX ix_activity_import_batch ON activity (import_batch_id) WHERE import_batch_id IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS ix_activity_import_batch; ALTER TABLE activity DROP COLUMN IF EXISTS import_batch_id; DROP TABLE IF EXISTS import_batch;`);
  }
}
