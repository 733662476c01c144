import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The aggregates over a time range — coverage, the activities count, the map's clusters — read
 * every matching row. With the columns they filter, group and count on carried in the time index,
 * PostgreSQL answers them from the index alone (an index-only scan) without visiting the table.
 * The index keeps the key of the one it replaces (starts_at DESC, id DESC: the keyset order of the
 * activities list), so writes maintain one index, not two.
 */
export class ActivityCoveringIndex1732600000000 implements MigrationInterface {
  name = "ActivityCoveringIndex1732600000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX ix_activity_starts_at_covering ON activity (starts_at DESC, id DESC)
        INCLUDE (organisation, status, kind, zone, place_id, priority_areas, lat, lng)
        WHERE deleted_at IS NULL;
      DROP INDEX ix_activity_starts_at;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX ix_activity_starts_at ON activity (starts_at DESC, id DESC) WHERE deleted_at IS NULL;
      DROP INDEX ix_activity_starts_at_covering;
    `);
  }
}
