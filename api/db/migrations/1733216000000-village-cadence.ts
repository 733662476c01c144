import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Village cadence: a target measured as "each village at least N visits per year (or per
 * half-year)", with the period on the target and a lower (or higher) number for single villages in
 * a table of exceptions. An exception goes with its target and with its place.
 */
export class VillageCadence1733216000000 implements MigrationInterface {
  name = "VillageCadence1733216000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TYPE promise_measure ADD VALUE IF NOT EXISTS 'VILLAGE_CADENCE';
      CREATE TYPE cadence_period AS ENUM ('YEAR', 'HALF_YEAR');
      ALTER TABLE promise_target ADD COLUMN cadence_period cadence_period;
      CREATE TABLE promise_target_village (
        target_id integer NOT NULL REFERENCES promise_target (id) ON DELETE CASCADE,
        place_id integer NOT NULL REFERENCES place (id) ON DELETE CASCADE,
        visits integer NOT NULL CHECK (visits BETWEEN 0 AND 365),
        CONSTRAINT pk_promise_target_village PRIMARY KEY (target_id, place_id)
      );
      CREATE INDEX ix_promise_target_village_place ON promise_target_village (place_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    // PostgreSQL cannot drop one value of an enum; cadence targets go, the value stays unused.
    await q.query(`
      DROP TABLE IF EXISTS promise_target_village;
      DELETE FROM promise_target WHERE measure::text = 'VILLAGE_CADENCE';
      ALTER TABLE promise_target DROP COLUMN IF EXISTS cadence_period;
      DROP TYPE IF EXISTS cadence_period;
    `);
  }
}
