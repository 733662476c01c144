import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A record made on a phone without network carries an id made on the device, and is sent again
 * until an answer arrives; the answer may be lost after the server stored it. The device's id and
 * a digest of what was sent are kept with the activity, so the same request sent again finds the
 * stored activity instead of making a second one. A partial unique index: desk writes carry none.
 */
export class ActivityClientId1733000000000 implements MigrationInterface {
  name = "ActivityClientId1733000000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE activity ADD COLUMN client_id uuid NULL, ADD COLUMN client_digest text NULL;
      CREATE UNIQUE INDEX ux_activity_client_id ON activity (client_id) WHERE client_id IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX ux_activity_client_id;
      ALTER TABLE activity DROP COLUMN client_digest, DROP COLUMN client_id;
    `);
  }
}
