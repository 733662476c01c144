import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ActivityKind, ActivityStatus, Organisation } from "../../api/common/enums";
import { buildActivity } from "../support/factories";
import { startTestServer, type GqlClient, type TestServer } from "../support/test-server";
import { graphql } from "../gql";
import type { ActivityFilter, BBoxInput as BBox } from "../gql/graphql";

const CLUSTERS = graphql(`
  query ClustersTest($filter: ActivityFilter, $bbox: BBoxInput!, $zoom: Int!) {
    activityClusters(filter: $filter, bbox: $bbox, zoom: $zoom) {
      total
      clusters {
        lat
        lng
        count
        activityId
        byKind {
          kind
          count
        }
      }
    }
  }
`);

const COUNT = graphql(`
  query ClustersCountTest($filter: ActivityFilter) {
    activities(filter: $filter, first: 0) {
      totalCount
    }
  }
`);

const ONE = graphql(`
  query ClustersOneTest($id: ID!) {
    activity(id: $id) {
      id
      lat
      lng
      kind
    }
  }
`);

/** Jokkmokk municipality and some margin. */
const MUNICIPALITY: BBox = { south: 65.9, west: 17.0, north: 67.6, east: 21.2 };
/** Porjus village. */
const PORJUS: BBox = { south: 66.93, west: 19.76, north: 66.99, east: 19.88 };
/** A lake shore far from any demo activity, for one planned police operation. */
const LONELY = { lat: 67.2, lng: 17.3 };
const AROUND_LONELY: BBox = { south: 67.19, west: 17.28, north: 67.21, east: 17.32 };

let server: TestServer;
let polis: GqlClient;
let mote: GqlClient;
let plannedId: string;

beforeAll(async () => {
  server = await startTestServer({ template: "demo" });
  const planned = await buildActivity(server.dataSource, {
    kind: ActivityKind.TARGETED_OPERATION,
    organisation: Organisation.POLICE,
    status: ActivityStatus.PLANNED,
    startsAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
    ...LONELY,
  });
  plannedId = planned.id;
  [polis, mote] = await Promise.all([server.as("polis"), server.as("mote")]);
});
afterAll(() => server?.close());

const clusters = (client: GqlClient, bbox: BBox, zoom: number, filter: ActivityFilter | null = null) => client.ok(CLUSTERS, { filter, bbox, zoom }).then((d) => d.activityClusters);

const totalCount = async (client: GqlClient, filter: ActivityFilter) => (await client.ok(COUNT, { filter })).activities.totalCount;

describe("activityClusters", () => {
  it("counts the same activities as the filter within the view, at every zoom and for every reader", async () => {
    const filters: Array<ActivityFilter | null> = [null, { years: [2022] }, { kinds: ["TRAFFIC_CHECK"], zones: ["VILLAGE", "RURAL"] }, { priorityAreas: ["ALCOHOL_DRUGS"], years: [2023, 2024] }];
    for (const client of [polis, mote]) {
      for (const filter of filters) {
        for (const [bbox, zoom] of [
          [MUNICIPALITY, 6],
          [MUNICIPALITY, 9],
          [PORJUS, 13],
          [PORJUS, 18],
        ] as const) {
          const result = await clusters(client, bbox, zoom, filter);
          const expected = await totalCount(client, { ...(filter ?? {}), bbox });
          expect(result.total).toBe(expected);
          expect(result.clusters.reduce((sum, c) => sum + c.count, 0)).toBe(expected);
          for (const c of result.clusters) {
            expect(c.byKind.reduce((sum, k) => sum + k.count, 0)).toBe(c.count);
            expect(c.lat).toBeGreaterThanOrEqual(bbox.south);
            expect(c.lat).toBeLessThanOrEqual(bbox.north);
            expect(c.lng).toBeGreaterThanOrEqual(bbox.west);
            expect(c.lng).toBeLessThanOrEqual(bbox.east);
          }
        }
      }
    }
  });

  it("intersects the filter's own bbox with the view", async () => {
    const result = await clusters(polis, MUNICIPALITY, 8, { bbox: PORJUS });
    expect(result.total).toBe(await totalCount(polis, { bbox: PORJUS }));
    expect(result.total).toBeGreaterThan(0);
  });

  it("splits a view into more clusters as the map zooms in", async () => {
    const far = await clusters(polis, MUNICIPALITY, 5);
    const near = await clusters(polis, MUNICIPALITY, 12);
    expect(far.total).toBe(near.total);
    expect(near.clusters.length).toBeGreaterThan(far.clusters.length);
    // Kinds are listed most first.
    for (const c of near.clusters) expect(c.byKind.map((k) => k.count)).toEqual([...c.byKind.map((k) => k.count)].sort((a, b) => b - a));
  });

  it("names the activity when a cluster holds exactly one, at its own position", async () => {
    const result = await clusters(polis, MUNICIPALITY, 20);
    const singles = result.clusters.filter((c) => c.count === 1);
    expect(singles.length).toBeGreaterThan(5);
    for (const c of result.clusters) expect(c.activityId === null).toBe(c.count > 1);
    for (const c of singles.slice(0, 5)) {
      const { activity } = await polis.ok(ONE, { id: c.activityId! });
      if (!activity) throw new Error(`activity ${c.activityId} not visible`);
      expect(activity.lat).toBeCloseTo(c.lat, 9);
      expect(activity.lng).toBeCloseTo(c.lng, 9);
      expect(c.byKind).toEqual([{ kind: activity.kind, count: 1 }]);
    }
  });

  it("leaves planned police work out for readers who may not see it", async () => {
    const police = await clusters(polis, AROUND_LONELY, 14);
    expect(police.total).toBe(1);
    expect(police.clusters).toEqual([{ lat: LONELY.lat, lng: LONELY.lng, count: 1, activityId: plannedId, byKind: [{ kind: "TARGETED_OPERATION", count: 1 }] }]);
    const viewer = await clusters(mote, AROUND_LONELY, 14);
    expect(viewer).toEqual({ total: 0, clusters: [] });

    // Across the municipality the viewer counts exactly what the activities list lets them count.
    const planned: ActivityFilter = { statuses: ["PLANNED", "CANCELLED"], organisations: ["POLICE"] };
    expect((await clusters(mote, MUNICIPALITY, 8, planned)).total).toBe(0);
    expect((await clusters(polis, MUNICIPALITY, 8, planned)).total).toBeGreaterThan(0);
  });

  it("makes the same number of statements whatever the number of activities", async () => {
    const statements = async (bbox: BBox, zoom: number) => {
      const before = server.statements;
      await clusters(polis, bbox, zoom);
      return server.statements - before;
    };
    expect(await statements(AROUND_LONELY, 14)).toBe(await statements(MUNICIPALITY, 15));
  });

  it("answers at most 5,000 clusters however fine the grid", async () => {
    // 6,400 activities on distinct points 0.02° apart over the municipality.
    await server.dataSource.query(
      `INSERT INTO activity (kind, organisation, status, priority_areas, starts_at, lat, lng, zone, title)
       SELECT 'FOOT_PATROL', 'JOINT', 'DONE', '{FLEXIBLE}', '2019-06-01T10:00:00Z', 66.0 + (i / 80) * 0.02, 18.0 + (i % 80) * 0.02, 'RURAL', 'Rutnät'
       FROM generate_series(0, 6399) i`,
    );
    const filter = { years: [2019] };
    const grid = { south: 66.0, west: 18.0, north: 67.58, east: 19.58 };
    for (const zoom of [14, 22]) {
      const result = await clusters(polis, grid, zoom, filter);
      expect(result.clusters.length).toBeLessThanOrEqual(5000);
      expect(result.clusters.length).toBeGreaterThan(1000);
      expect(result.total).toBe(6400);
    }
    // A small view at the same zoom keeps the fine grid: one activity per cluster.
    const small = await clusters(polis, { south: 66.05, west: 18.05, north: 66.15, east: 18.15 }, 22, filter);
    expect(small.clusters.every((c) => c.count === 1 && c.activityId !== null)).toBe(true);
    expect(small.total).toBe(25);
  });

  it("rejects zoom levels and views that cannot be, and readers who have not signed in", async () => {
    const bad: Array<[BBox, number]> = [
      [MUNICIPALITY, -1],
      [MUNICIPALITY, 23],
      [{ ...MUNICIPALITY, south: 67.7 }, 8],
      [{ ...MUNICIPALITY, west: 21.5 }, 8],
      [{ ...MUNICIPALITY, north: 91 }, 8],
      [{ ...MUNICIPALITY, east: 181 }, 8],
    ];
    for (const [bbox, zoom] of bad) {
      const res = await polis.request(CLUSTERS, { bbox, zoom });
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify({ bbox, zoom })).toBe("BAD_USER_INPUT");
      expect(res.data).toBeNull();
    }
    const fraction = await polis.request(CLUSTERS, { bbox: MUNICIPALITY, zoom: 7.5 });
    expect(fraction.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const badFilter = await polis.request(CLUSTERS, { bbox: MUNICIPALITY, zoom: 8, filter: { years: [1999] } });
    expect(badFilter.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const anonymous = await server.client().request(CLUSTERS, { bbox: MUNICIPALITY, zoom: 8 });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
