import "reflect-metadata";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { restoreActivitySetAside, withActivityBulkLoad } from "../../api/db/bulk-load";
import { createDataSource } from "../../api/db/data-source";
import { seedSynthetic } from "../../seed/synthetic";
import { createTestDatabase, type TestDatabase } from "../support/test-db";

let db: TestDatabase;
let ds: DataSource;

/** The secondary indexes and foreign keys of activity, by name, with their definitions. */
async function structure(): Promise<string[]> {
  const rows: Array<{ item: string }> = await ds.query(
    `SELECT pg_get_indexdef(indexrelid) AS item FROM pg_index WHERE indrelid = 'activity'::regclass AND NOT indisprimary
     UNION ALL SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'activity'::regclass AND contype = 'f'
     ORDER BY 1`,
  );
  return rows.map((r) => r.item);
}
/** The map grid's triggers, which a bulk load lists among what it sets aside (off during the load). */
const GRID_TRIGGERS = 4;
/** Sparse indexes (partial on `column IS NOT NULL`) stay through a load: rebuilding one would scan the whole table. */
const SPARSE = ["ux_activity_client_id", "ix_activity_import_batch"];
const isSparse = (definition: string) => SPARSE.some((name) => definition.includes(` ${name} `));
const gridTriggersOn = async () => ((await ds.query(`SELECT count(*)::int AS n FROM pg_trigger WHERE tgname LIKE 'tr_activity_grid_%' AND tgenabled = 'O'`)) as Array<{ n: number }>)[0].n;
const setAsideCount = async () => ((await ds.query(`SELECT count(*)::int AS n FROM activity_set_aside`)) as Array<{ n: number }>)[0].n;
const activityCount = async () => ((await ds.query(`SELECT count(*)::int AS n FROM activity`)) as Array<{ n: number }>)[0].n;

let before: string[];

beforeAll(async () => {
  db = await createTestDatabase("demo");
  ds = createDataSource(db.url, { poolSize: 4 });
  await ds.initialize();
  before = await structure();
});
afterAll(async () => {
  if (ds?.isInitialized) await ds.destroy();
  await db?.drop();
});

describe("bulk loads of activities", () => {
  it("has the indexes and foreign keys the migrations leave", () => {
    expect(before.some((d) => d.includes("ix_activity_starts_at_covering"))).toBe(true);
    expect(before.some((d) => d.startsWith("CREATE UNIQUE INDEX ux_activity_public_id ON public.activity USING btree (public_id)"))).toBe(true);
    expect(before.some((d) => d.startsWith("activity_place_id_fkey FOREIGN KEY (place_id) REFERENCES place(id)"))).toBe(true);
    // Dropped as unused or served by the covering index (migration ActivityIndexDiet).
    for (const gone of ["ix_activity_organisation_status", "ix_activity_zone_starts_at", "ix_activity_priority_areas", "ix_activity_kind_starts_at"]) {
      expect(
        before.some((d) => d.includes(gone)),
        gone,
      ).toBe(false);
    }
  });

  it("loads with the indexes and foreign keys set aside, then puts every one back as it was", async () => {
    const rows = await activityCount();
    let during: string[] = [];
    let listed = 0;
    let triggersDuring = -1;
    const result = await seedSynthetic(ds, 3000, { bulk: true, batchSize: 1000, now: new Date("2026-03-18T12:00:00Z") });
    expect(result.inserted).toBe(3000);
    expect(await activityCount()).toBe(rows + 3000);
    expect(await structure()).toEqual(before);
    expect(await setAsideCount()).toBe(0);

    await withActivityBulkLoad(ds, async () => {
      during = await structure();
      listed = await setAsideCount();
      triggersDuring = await gridTriggersOn();
      // A restore (as when the app opens the database) leaves a running load alone.
      expect(await restoreActivitySetAside(ds)).toBe(0);
    });
    expect(during).toEqual(before.filter(isSparse));
    expect(during).toHaveLength(SPARSE.length);
    expect(listed).toBe(before.length - SPARSE.length + GRID_TRIGGERS);
    expect(triggersDuring).toBe(0);
    expect(await structure()).toEqual(before);
    expect(await gridTriggersOn()).toBe(GRID_TRIGGERS);
  });

  it("puts everything back when the load fails, and passes its error on", async () => {
    await expect(
      withActivityBulkLoad(ds, async () => {
        throw new Error("the load broke");
      }),
    ).rejects.toThrow("the load broke");
    expect(await structure()).toEqual(before);
    expect(await setAsideCount()).toBe(0);
  });

  it("mends an interrupted load when the database is opened next", async () => {
    // What a load that died midway leaves: an index listed in activity_set_aside and dropped.
    const [{ definition }] = await ds.query(`SELECT pg_get_indexdef('ix_activity_lat_lng'::regclass) AS definition`);
    await ds.query(`INSERT INTO activity_set_aside (position, kind, name, definition) VALUES (0, 'INDEX', 'ix_activity_lat_lng', $1)`, [definition]);
    await ds.query(`DROP INDEX ix_activity_lat_lng`);
    expect(await structure()).not.toEqual(before);
    expect(await restoreActivitySetAside(ds)).toBe(1);
    expect(await structure()).toEqual(before);
    expect(await restoreActivitySetAside(ds)).toBe(0);
  });

  it("refuses to put back a foreign key that rows broke meanwhile, keeps the rows and the list, and mends once they are fixed", async () => {
    const rows = await activityCount();
    await expect(
      withActivityBulkLoad(ds, async () => {
        await ds.query(
          `INSERT INTO activity (kind, organisation, status, priority_areas, starts_at, lat, lng, zone, place_id)
           VALUES ('FOOT_PATROL', 'POLICE', 'DONE', '{TRAFFIC}', now(), 66.6, 19.8, 'TOWN', 999999)`,
        );
      }),
    ).rejects.toThrow(/activity_set_aside/);
    expect(await activityCount()).toBe(rows + 1);
    expect(await setAsideCount()).toBe(before.length - SPARSE.length + GRID_TRIGGERS);
    await ds.query(`DELETE FROM activity WHERE place_id = 999999`);
    expect(await restoreActivitySetAside(ds)).toBe(before.length - SPARSE.length + GRID_TRIGGERS);
    expect(await structure()).toEqual(before);
    expect(await gridTriggersOn()).toBe(GRID_TRIGGERS);
  });
});
