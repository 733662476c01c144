import { randomBytes } from "node:crypto";
import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Ids the API hands out must not be countable: with sequential ids a MUNICIPALITY user who creates
 * two activities two ids apart learns that the police planned one in between. Each activity gets a
 * random public id (UUID version 4, `gen_random_uuid()` is built into PostgreSQL 13 and later); the
 * bigint id stays the internal key of joins and of the keyset order, so no other index changes.
 * A plain unique index (not a constraint), so a bulk load can set it aside like the others.
 *
 * The cursors of the activities list carry an internal position; they are sealed with AES-256-GCM
 * under a key kept here, created once with the migration, so cursors outlive a restart and are the
 * same on every replica.
 */
export class ActivityPublicId1732900000000 implements MigrationInterface {
  name = "ActivityPublicId1732900000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE activity ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid();
      CREATE UNIQUE INDEX ux_activity_public_id ON activity (public_id);
      CREATE TABLE app_secret (
        name text PRIMARY KEY,
        value bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
    `);
    await q.query(`INSERT INTO app_secret (name, value) VALUES ('cursor_key', $1)`, [randomBytes(32)]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE app_secret;
      DROP INDEX ux_activity_public_id;
      ALTER TABLE activity DROP COLUMN public_id;
    `);
  }
}
