import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActivityFilter, BBoxInput } from "../../api/activities/activity-filter.input";
import { activityWhere, gridAnswers, gridCounts } from "../../api/activities/activity-filter.sql";
import { GRID_CELLS, ClusterService, gridCells, gridCellsOf } from "../../api/clusters/cluster.service";
import type { ActivityClusterResult } from "../../api/clusters/cluster.types";
import type { AuthUser, RequestContext } from "../../api/common/context.type";
import { SqlParams } from "../../api/common/sql-params";
import { CoverageService } from "../../api/coverage/coverage.service";
import { PlaceService } from "../../api/places/place.service";
import { ActivityKind, ActivityStatus, Organisation, PriorityArea, Role, Zone } from "../../api/common/enums";
import { Dice } from "../../seed/demo-activities";
import { seedSynthetic } from "../../seed/synthetic";
import { graphql } from "../gql";
import type { VariablesOf } from "@graphql-typed-document-node/core";
import type { ActivityInput } from "../gql/graphql";
import { startTestServer, type GqlClient, type TestServer } from "../support/test-server";

const CREATE = graphql(`
  mutation ClusterGridCreateTest($input: ActivityInput!) {
    createActivity(input: $input) {
      id
      version
    }
  }
`);
const UPDATE = graphql(`
  mutation ClusterGridUpdateTest($id: ID!, $version: Int!, $input: ActivityInput!) {
    updateActivity(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);
const DELETE = graphql(`
  mutation ClusterGridDeleteTest($id: ID!, $version: Int!) {
    deleteActivity(id: $id, version: $version)
  }
`);
const RESTORE = graphql(`
  mutation ClusterGridRestoreTest($id: ID!) {
    restoreActivity(id: $id) {
      id
      version
    }
  }
`);
const TOTAL = graphql(`
  query ClusterGridTotalTest($filter: ActivityFilter) {
    activities(filter: $filter, first: 1) {
      totalCount
    }
  }
`);

/** Jokkmokk municipality and some margin: random views are drawn inside it. */
const AREA: BBoxInput = { south: 65.9, west: 17.0, north: 67.6, east: 21.2 };

/** One seeded random stream (the demo data's), so every run draws the same operations. */
const dice = new Dice(0x15_9e1d);
const rnd = () => dice.float();
const pick = <T>(list: readonly T[]): T => dice.pick(list);
const some = <T>(list: readonly T[]): T[] => {
  const chosen = list.filter(() => rnd() < 0.4);
  return chosen.length > 0 ? chosen : [pick(list)];
};
const between = (lo: number, hi: number) => lo + rnd() * (hi - lo);

let server: TestServer;
let admin: GqlClient;
let service: ClusterService;
let coverage: CoverageService;
let readers: AuthUser[];
/** The readers signed in, by user name. */
const clients = new Map<string, GqlClient>();
let points: Array<{ lat: number; lng: number }>;
let placeIds: string[];
const thisYear = new Date().getFullYear();
/** Activities written through the API: id, version, and whether deleted. */
const written: Array<{ id: string; version: number; deleted: boolean }> = [];

beforeAll(async () => {
  server = await startTestServer({ template: "demo" });
  admin = await server.as("admin");
  service = new ClusterService(server.dataSource);
  coverage = new CoverageService(server.dataSource, new PlaceService(server.dataSource));
  const users: Array<{ id: number; username: string; role: Role }> = await server.dataSource.query(`SELECT id, username, role FROM app_user WHERE username IN ('polis', 'kommun')`);
  readers = users.map((u) => ({ id: u.id, username: u.username, displayName: u.username, role: u.role }));
  for (const u of users) clients.set(u.username, await server.as(u.username));
  // Positions of the demo activities lie inside the municipality, as a write requires.
  points = await server.dataSource.query(`SELECT DISTINCT lat, lng FROM activity ORDER BY lat, lng`);
  placeIds = ((await server.dataSource.query(`SELECT id::text AS id FROM place ORDER BY id`)) as Array<{ id: string }>).map((p) => p.id);
});
afterAll(() => server?.close());

/** A random valid activity input (done only in the past, as the rules require). */
function randomInput(): ActivityInput {
  const year = thisYear - 6 + Math.floor(rnd() * 8);
  const startsAt = new Date(Date.UTC(year, Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28), Math.floor(rnd() * 24)));
  const past = startsAt.getTime() < Date.now();
  const point = pick(points);
  return {
    kind: pick(Object.values(ActivityKind)),
    organisation: pick(Object.values(Organisation)),
    status: past ? pick(Object.values(ActivityStatus)) : pick([ActivityStatus.PLANNED, ActivityStatus.CANCELLED]),
    priorityAreas: some(Object.values(PriorityArea)),
    startsAt: startsAt.toISOString(),
    // Moved a little, mostly within its cell; now and then to another point altogether.
    lat: point.lat + between(-0.002, 0.002),
    lng: point.lng + between(-0.004, 0.004),
  };
}

/** One random write through the real GraphQL mutations (as ADMIN, who may do all of them). */
async function randomWrite(): Promise<void> {
  const live = written.filter((w) => !w.deleted);
  const gone = written.filter((w) => w.deleted);
  const op = written.length < 5 ? 0 : rnd();
  if (op < 0.4) {
    const { createActivity } = await admin.ok(CREATE, { input: randomInput() });
    written.push({ ...createActivity, deleted: false });
  } else if (op < 0.7 && live.length > 0) {
    const w = pick(live);
    const { updateActivity } = await admin.ok(UPDATE, { id: w.id, version: w.version, input: randomInput() });
    w.version = updateActivity.version;
  } else if (op < 0.88 && live.length > 0) {
    const w = pick(live);
    await admin.ok(DELETE, { id: w.id, version: w.version });
    w.deleted = true;
    w.version += 1;
  } else if (gone.length > 0) {
    const w = pick(gone);
    const { restoreActivity } = await admin.ok(RESTORE, { id: w.id });
    w.deleted = false;
    w.version = restoreActivity.version;
  }
}

/** Reads back the versions and deletions of the activities written, after statements outside the API. */
async function resync(): Promise<void> {
  const rows: Array<{ id: string; version: number; deleted: boolean }> = await server.dataSource.query(
    `SELECT public_id::text AS id, version, deleted_at IS NOT NULL AS deleted FROM activity WHERE public_id = ANY($1::uuid[])`,
    [written.map((w) => w.id)],
  );
  const now = new Map(rows.map((r) => [r.id, r]));
  written.splice(0, written.length, ...written.filter((w) => now.has(w.id)).map((w) => ({ ...w, ...now.get(w.id)! })));
}

/** A random filter: years (with or without the years onward), kinds, organisations, statuses, zones, areas, places, a rectangle, now and then dates. */
function randomFilter(): ActivityFilter | null {
  if (rnd() < 0.2) return null;
  const years = Array.from({ length: 9 }, (_, i) => thisYear - 7 + i);
  const f: ActivityFilter = {};
  if (rnd() < 0.5) f.years = some(years);
  if (rnd() < 0.2) f.onwardFromYear = pick(years);
  if (rnd() < 0.3) f.kinds = some(Object.values(ActivityKind));
  if (rnd() < 0.3) f.organisations = some(Object.values(Organisation));
  if (rnd() < 0.3) f.statuses = some(Object.values(ActivityStatus));
  if (rnd() < 0.3) f.zones = some(Object.values(Zone));
  if (rnd() < 0.3) f.priorityAreas = some(Object.values(PriorityArea));
  if (rnd() < 0.15) f.placeIds = some(placeIds);
  if (rnd() < 0.15) f.bbox = randomView();
  if (rnd() < 0.05) f.from = new Date(Date.UTC(thisYear - 3, 5, 1));
  return f;
}

/** A random rectangle within the municipality, from a few kilometres to all of it. */
function randomView(): BBoxInput {
  if (rnd() < 0.25) return AREA;
  const height = between(0.05, AREA.north - AREA.south);
  const width = between(0.1, AREA.east - AREA.west);
  const south = between(AREA.south, AREA.north - height);
  const west = between(AREA.west, AREA.east - width);
  return { south, west, north: south + height, east: west + width };
}

/** The clusters in an order both answers share, with positions rounded far below a metre's width. */
function comparable(result: ActivityClusterResult) {
  return {
    total: result.total,
    clusters: result.clusters.map((c) => ({ ...c, lat: Number(c.lat.toFixed(9)), lng: Number(c.lng.toFixed(9)) })).sort((x, y) => x.lat - y.lat || x.lng - y.lng || x.count - y.count),
  };
}

let gridAnswered = 0;
let coverageFromGrid = 0;

/** A request's context for the services that share data within a request (the places). */
const context = (user: AuthUser) => ({ user, memo: new Map() }) as unknown as RequestContext;

/**
 * Compares the coverage counted from the grid with the one counted from the rows, as a whole
 * answer, and the activity list's total (over the API) with a count of the rows.
 */
async function compareCoverage(reader: AuthUser, filter: ActivityFilter | null): Promise<void> {
  const now = new Date();
  const what = JSON.stringify({ reader: reader.role, filter });
  const [auto, rows] = await Promise.all([coverage.coverage(context(reader), reader, filter, now, "auto"), coverage.coverage(context(reader), reader, filter, now, "rows")]);
  expect(auto, what).toEqual(rows);
  const params = new SqlParams();
  const [{ count }] = await server.dataSource.query(`SELECT count(*)::int AS count FROM activity a WHERE ${activityWhere(filter, reader, params)}`, params.values);
  // As the filter travels over the API: its dates as ISO strings.
  const listed = await clients.get(reader.username)!.ok(TOTAL, { filter: JSON.parse(JSON.stringify(filter)) as VariablesOf<typeof TOTAL>["filter"] });
  expect(listed.activities.totalCount, what).toBe(count);
  if (gridCounts(filter) && auto.total > 0) coverageFromGrid += 1;
}

/** Compares the grid's answer with the raw rows' for `rounds` random readers, filters, views and zooms. */
async function compare(rounds: number): Promise<void> {
  for (let i = 0; i < rounds; i += 1) {
    const reader = pick(readers);
    const filter = randomFilter();
    const bbox = randomView();
    const zoom = 4 + Math.floor(rnd() * 8);
    const [auto, rows] = await Promise.all([service.clusters(reader, filter, bbox, zoom, "auto"), service.clusters(reader, filter, bbox, zoom, "rows")]);
    const context = JSON.stringify({ reader: reader.role, filter, bbox, zoom });
    const a = comparable(auto);
    const r = comparable(rows);
    expect(a.total, context).toBe(r.total);
    expect(a.clusters.length, context).toBe(r.clusters.length);
    for (const [j, cluster] of a.clusters.entries()) {
      const raw = r.clusters[j];
      expect({ count: cluster.count, byKind: cluster.byKind, activityId: cluster.activityId }, context).toEqual({ count: raw.count, byKind: raw.byKind, activityId: raw.activityId });
      expect(Math.abs(cluster.lat - raw.lat), context).toBeLessThan(1e-8);
      expect(Math.abs(cluster.lng - raw.lng), context).toBeLessThan(1e-8);
    }
    if (gridCells(bbox, zoom) <= GRID_CELLS && gridAnswers(filter) && gridCellsOf(bbox) && a.total > 0) gridAnswered += 1;
    await compareCoverage(reader, filter);
  }
}

/** Whether the grid equals one rebuilt from the rows (left untouched: the rebuild is rolled back). */
async function gridIsExact(): Promise<{ rows: number; differing: number }> {
  const runner = server.dataSource.createQueryRunner();
  try {
    await runner.startTransaction();
    await runner.query(`CREATE TEMPORARY TABLE grid_kept ON COMMIT DROP AS SELECT * FROM activity_grid`);
    await runner.query(`SELECT lk_activity_grid_rebuild()`);
    const [{ rows, differing }] = await runner.query(
      `SELECT (SELECT count(*)::int FROM activity_grid) AS rows,
              (SELECT count(*)::int FROM ((TABLE grid_kept EXCEPT ALL TABLE activity_grid) UNION ALL (TABLE activity_grid EXCEPT ALL TABLE grid_kept)) d) AS differing`,
    );
    return { rows, differing };
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

describe("the pre-aggregated map grid", () => {
  it("was built by its migration for the rows already there", async () => {
    const exact = await gridIsExact();
    expect(exact.rows).toBeGreaterThan(0);
    expect(exact.differing).toBe(0);
  });

  it("answers as the raw rows do after random creates, edits, deletes and restores through the API", { timeout: 60_000 }, async () => {
    for (let round = 0; round < 6; round += 1) {
      for (let i = 0; i < 10; i += 1) await randomWrite();
      await compare(15);
    }
    expect(written.some((w) => w.deleted)).toBe(true);
    expect(await gridIsExact()).toMatchObject({ differing: 0 });
  });

  it("answers as the raw rows do after statements of many rows and after a bulk load", { timeout: 60_000 }, async () => {
    // One statement moving, re-dating, hiding and showing many rows at once: one grouped upsert.
    await server.dataSource.query(
      `UPDATE activity SET lat = lat + 0.03, starts_at = starts_at - interval '200 days',
              status = CASE WHEN status = 'DONE' THEN 'CANCELLED'::activity_status ELSE status END
       WHERE id % 5 = 0`,
    );
    await server.dataSource.query(`UPDATE activity SET deleted_at = now() WHERE id % 7 = 0 AND deleted_at IS NULL`);
    await server.dataSource.query(`UPDATE activity SET deleted_at = NULL WHERE id % 14 = 0`);
    await server.dataSource.query(`DELETE FROM activity WHERE id % 11 = 0`);
    await resync();
    expect(await gridIsExact()).toMatchObject({ differing: 0 });
    await compare(15);
    // A bulk load turns the grid's triggers off and rebuilds it at the end.
    await seedSynthetic(server.dataSource, 3000, { bulk: true, batchSize: 1000, seed: 15 });
    const triggers: Array<{ enabled: string }> = await server.dataSource.query(`SELECT tgenabled AS enabled FROM pg_trigger WHERE tgname LIKE 'tr_activity_grid_%'`);
    expect(triggers.map((t) => t.enabled)).toEqual(["O", "O", "O", "O"]);
    expect(await gridIsExact()).toMatchObject({ differing: 0 });
    await compare(15);
    for (let i = 0; i < 10; i += 1) await randomWrite();
    await compare(15);
    expect(await gridIsExact()).toMatchObject({ differing: 0 });
    // The comparisons are worth something only if the grid answered many of them.
    expect(gridAnswered).toBeGreaterThan(30);
    expect(coverageFromGrid).toBeGreaterThan(30);
  });

  it("is emptied with the activities (in a transaction rolled back after)", async () => {
    const runner = server.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await runner.query(`TRUNCATE activity CASCADE`);
      const [{ n }] = await runner.query(`SELECT count(*)::int AS n FROM activity_grid`);
      expect(n).toBe(0);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
