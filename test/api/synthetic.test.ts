import "reflect-metadata";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ActivityKind } from "../../api/common/enums";
import { createDataSource } from "../../api/db/data-source";
import { seedSynthetic, type SyntheticResult } from "../../seed/synthetic";
import { createTestDatabase, type TestDatabase } from "../support/test-db";

const COUNT = 5000;
const NOW = new Date("2026-03-18T12:00:00Z");

let db: TestDatabase;
let ds: DataSource;
let result: SyntheticResult;

beforeAll(async () => {
  db = await createTestDatabase("demo");
  ds = createDataSource(db.url, { poolSize: 3 });
  await ds.initialize();
  await ds.query(`DELETE FROM activity`);
  // Small batches, so several statements run over two sessions.
  result = await seedSynthetic(ds, COUNT, { now: NOW, batchSize: 1200 });
});
afterAll(async () => {
  if (ds?.isInitialized) await ds.destroy();
  await db?.drop();
});

const one = async <T>(sql: string): Promise<T> => ((await ds.query(sql)) as T[])[0];

describe("synthetic activities", () => {
  it("writes exactly the rows asked for and reports its rate", async () => {
    expect(result.inserted).toBe(COUNT);
    expect(result.ms).toBeGreaterThan(0);
    expect(result.rowsPerSecond).toBeGreaterThan(0);
    const { n, demo } = await one<{ n: number; demo: number }>(`SELECT count(*)::int AS n, count(*) FILTER (WHERE is_demo)::int AS demo FROM activity`);
    expect(n).toBe(COUNT);
    expect(demo).toBe(COUNT);
  });

  it("gives every activity its own random version-4 public id, not one that counts with the row", async () => {
    const ids = await one<{ distinct: number; v4: number; ordered: number }>(
      `SELECT count(DISTINCT public_id)::int AS distinct,
              count(*) FILTER (WHERE public_id::text ~ '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$')::int AS v4,
              count(*) FILTER (WHERE public_id > lag)::int AS ordered
       FROM (SELECT public_id, lag(public_id) OVER (ORDER BY id) AS lag FROM activity) t`,
    );
    expect(ids.distinct).toBe(COUNT);
    expect(ids.v4).toBe(COUNT);
    // Random ids rise from one row to the next about half the time; counting ids would always rise.
    expect(ids.ordered).toBeGreaterThan(COUNT * 0.4);
    expect(ids.ordered).toBeLessThan(COUNT * 0.6);
  });

  it("places every activity inside the municipality, with the place and zone lk_locate gives", async () => {
    const extent = await one<{ south: number; north: number; west: number; east: number }>(
      `SELECT min(lat) - 0.1 AS south, max(lat) + 0.1 AS north, min(lng) - 0.2 AS west, max(lng) + 0.2 AS east FROM place WHERE kind IN ('TOWN', 'VILLAGE')`,
    );
    const outside = await one<{ n: number }>(`SELECT count(*)::int AS n FROM activity WHERE NOT (lat BETWEEN ${extent.south} AND ${extent.north} AND lng BETWEEN ${extent.west} AND ${extent.east})`);
    expect(outside.n).toBe(0);
    const wrong = await one<{ n: number }>(
      `SELECT count(*)::int AS n
       FROM activity a LEFT JOIN LATERAL lk_locate(a.lat, a.lng) l ON true
       WHERE a.zone IS DISTINCT FROM COALESCE(l.zone, 'RURAL')
          OR (NOT a.place_picked AND a.place_id IS DISTINCT FROM l.place_id)`,
    );
    expect(wrong.n).toBe(0);
    const picked = await one<{ n: number; atPlace: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE a.lat = p.lat AND a.lng = p.lng AND p.kind = 'SCHOOL')::int AS "atPlace"
       FROM activity a JOIN place p ON p.id = a.place_id WHERE a.place_picked`,
    );
    expect(picked.n).toBeGreaterThan(0);
    expect(picked.atPlace).toBe(picked.n);
    const zones: Array<{ zone: string; n: number }> = await ds.query(`SELECT zone, count(*)::int AS n FROM activity GROUP BY zone ORDER BY zone`);
    expect(zones.map((z) => z.zone)).toEqual(["TOWN", "VILLAGE", "RURAL"]);
    for (const z of zones) expect(z.n).toBeGreaterThan(COUNT * 0.1);
    const villages = await one<{ n: number }>(`SELECT count(DISTINCT a.place_id)::int AS n FROM activity a JOIN place p ON p.id = a.place_id WHERE p.kind = 'VILLAGE'`);
    expect(villages.n).toBeGreaterThanOrEqual(8);
    const spread = await one<{ n: number }>(`SELECT count(DISTINCT (lat, lng))::int AS n FROM activity WHERE NOT place_picked`);
    expect(spread.n).toBeGreaterThan(COUNT * 0.8);
  });

  it("mixes kinds, organisations, priority areas and statuses as the real work does", async () => {
    const kinds: Array<{ kind: ActivityKind; n: number }> = await ds.query(`SELECT kind, count(*)::int AS n FROM activity GROUP BY kind ORDER BY n DESC`);
    expect(kinds).toHaveLength(Object.keys(ActivityKind).length);
    expect(kinds[0].kind).toBe(ActivityKind.TRAFFIC_CHECK);
    const orgs = await one<Record<string, number>>(
      `SELECT count(*) FILTER (WHERE organisation = 'POLICE')::int AS police, count(*) FILTER (WHERE organisation = 'MUNICIPALITY')::int AS municipality,
              count(*) FILTER (WHERE organisation = 'JOINT')::int AS joint FROM activity`,
    );
    expect(orgs.police).toBeGreaterThan(COUNT / 2);
    expect(orgs.municipality).toBeGreaterThan(COUNT * 0.03);
    expect(orgs.joint).toBeGreaterThan(COUNT * 0.03);
    const areas: Array<{ area: string; n: number }> = await ds.query(`SELECT unnest(priority_areas)::text AS area, count(*)::int AS n FROM activity GROUP BY 1`);
    expect(areas).toHaveLength(4);
    const sobriety = await one<{ n: number }>(`SELECT count(*)::int AS n FROM activity WHERE kind = 'TRAFFIC_CHECK' AND priority_areas @> '{TRAFFIC,ALCOHOL_DRUGS}'`);
    expect(sobriety.n).toBeGreaterThan(0);
    const statuses = await one<Record<string, number>>(
      `SELECT count(*) FILTER (WHERE status = 'DONE')::int AS done, count(*) FILTER (WHERE status = 'CANCELLED')::int AS cancelled,
              count(*) FILTER (WHERE status = 'PLANNED')::int AS planned,
              count(*) FILTER (WHERE status = 'PLANNED' AND starts_at < '${NOW.toISOString()}'::timestamptz - interval '1 day')::int AS "plannedPast",
              count(*) FILTER (WHERE status <> 'PLANNED' AND starts_at > '${NOW.toISOString()}'::timestamptz + interval '1 day')::int AS "doneFuture",
              count(*) FILTER (WHERE status = 'DONE' AND kind = 'TRAFFIC_CHECK' AND vehicles_checked IS NULL)::int AS "noOutcome",
              count(*) FILTER (WHERE status <> 'DONE' AND people_reached IS NOT NULL)::int AS "outcomeNotDone"
       FROM activity`,
    );
    expect(statuses.done).toBeGreaterThan(COUNT * 0.9);
    expect(statuses.cancelled).toBeGreaterThan(COUNT * 0.01);
    expect(statuses.cancelled).toBeLessThan(COUNT * 0.08);
    expect(statuses.planned).toBeGreaterThan(0);
    expect(statuses.plannedPast).toBe(0);
    expect(statuses.doneFuture).toBe(0);
    expect(statuses.noOutcome).toBe(0);
    expect(statuses.outcomeNotDone).toBe(0);
  });

  it("spreads the activities evenly over ten years, in time order, at hours their kind suits", async () => {
    const years: Array<{ year: number; n: number }> = await ds.query(
      `SELECT extract(year FROM starts_at AT TIME ZONE 'Europe/Stockholm')::int AS year, count(*)::int AS n FROM activity GROUP BY 1 ORDER BY 1`,
    );
    expect(years[0].year).toBe(2016);
    expect(years.at(-1)!.year).toBe(2026);
    for (const { year, n } of years.filter((y) => y.year > 2016 && y.year < 2026)) expect(n, String(year)).toBeGreaterThan((COUNT / 10.5) * 0.85);
    const late = await one<{ n: number }>(`SELECT count(*)::int AS n FROM activity WHERE kind = 'PUB_VISIT' AND extract(hour FROM starts_at AT TIME ZONE 'Europe/Stockholm') NOT BETWEEN 21 AND 22`);
    expect(late.n).toBe(0);
    const ends = await one<{ n: number }>(`SELECT count(*)::int AS n FROM activity WHERE ends_at <= starts_at OR ends_at > starts_at + interval '4 hours'`);
    expect(ends.n).toBe(0);
    // Ids follow time (two sessions interleave their batches): the table fills as real records arrive.
    const order = await one<{ r: number }>(`SELECT corr(id, extract(epoch FROM starts_at)) AS r FROM activity`);
    expect(order.r).toBeGreaterThan(0.8);
  });

  it("draws the same rows again for the same seed", async () => {
    const fingerprint = () =>
      // Ordered by the whole row: two drafts at one school can share time, point and title.
      one<{ f: string }>(`SELECT md5(string_agg(r, ',' ORDER BY r)) AS f FROM (SELECT concat_ws('|', starts_at, lat, lng, title, kind, organisation, status, zone) AS r FROM activity) t`);
    const first = await fingerprint();
    await ds.query(`DELETE FROM activity`);
    await seedSynthetic(ds, COUNT, { now: NOW, batchSize: 2000, connections: 1 });
    expect(await fingerprint()).toEqual(first);
  });
});
