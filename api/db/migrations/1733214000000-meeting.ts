import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The joint meetings held, one a day: the meeting mode's "since the last meeting" picks its
 * reference date from them. Who recorded a meeting is kept; the audit log has the rest.
 */
export class Meeting1733214000000 implements MigrationInterface {
  name = "Meeting1733214000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE meeting (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        held_on date NOT NULL,
        note varchar(200),
        created_by integer REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_meeting_held_on UNIQUE (held_on)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS meeting;`);
  }
}
