import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFixture } from "../support/fixture";
import { startTestServer, type GqlClient, type TestServer } from "../support/test-server";

const COVERAGE = `query ($filter: ActivityFilter) {
  coverage(filter: $filter) {
    total
    byZone { zone count share }
    places { place { name kind } count lastActivityAt daysSinceLast byKind { kind count } }
    unvisited { name kind }
  }
}`;

type CoverageData = {
  coverage: {
    total: number;
    byZone: Array<{ zone: string; count: number; share: number }>;
    places: Array<{ place: { name: string; kind: string }; count: number; lastActivityAt: string | null; daysSinceLast: number | null; byKind: Array<{ kind: string; count: number }> }>;
    unvisited: Array<{ name: string; kind: string }>;
  };
};

let server: TestServer;
let admin: GqlClient;

beforeAll(async () => {
  server = await startTestServer({ template: "empty" });
  await buildFixture(server.dataSource);
  admin = await server.as("admin");
});
afterAll(() => server?.close());

const byName = (data: CoverageData) => Object.fromEntries(data.coverage.places.map((p) => [p.place.name, p]));

describe("coverage against hand counts", () => {
  it("all years: town, villages and elsewhere, place by place", async () => {
    const data = await admin.ok<CoverageData>(COVERAGE, {});
    expect(data.coverage.total).toBe(10);
    expect(data.coverage.byZone).toEqual([
      { zone: "TOWN", count: 4, share: 0.4 },
      { zone: "VILLAGE", count: 4, share: 0.4 },
      { zone: "RURAL", count: 2, share: 0.2 },
    ]);
    const places = byName(data);
    expect(places.Jokkmokk.count).toBe(3);
    expect(places.Porjus.count).toBe(2);
    expect(places.Vuollerim.count).toBe(2);
    expect(places.Kvikkjokk.count).toBe(0);
    expect(places.Kvikkjokk.lastActivityAt).toBeNull();
    expect(places.Kvikkjokk.daysSinceLast).toBeNull();
    expect(places["Lapplands Gymnasium"].count).toBe(1);
    expect(places.Porjus.byKind).toEqual([{ kind: "TRAFFIC_CHECK", count: 1 }, { kind: "VILLAGE_VISIT", count: 1 }]);
    expect(places.Porjus.lastActivityAt).toBe("2023-05-05T10:00:00.000Z");
    const expectedDays = Math.floor((Date.now() - Date.parse("2023-05-05T10:00:00Z")) / 86_400_000);
    expect(places.Porjus.daysSinceLast).toBe(expectedDays);
    expect(data.coverage.unvisited).toEqual([{ name: "Kvikkjokk", kind: "VILLAGE" }]);
    // Most activities first.
    expect(data.coverage.places.map((p) => p.count)).toEqual([...data.coverage.places.map((p) => p.count)].sort((a, b) => b - a));
  });

  it("one year and one priority area", async () => {
    const data = await admin.ok<CoverageData>(COVERAGE, { filter: { years: [2023], priorityAreas: ["VIOLENCE"] } });
    expect(data.coverage.total).toBe(2);
    expect(data.coverage.byZone.map((z) => z.count)).toEqual([1, 1, 0]);
    expect(data.coverage.byZone.map((z) => z.share)).toEqual([0.5, 0.5, 0]);
    expect(data.coverage.unvisited.map((p) => p.name)).toEqual(["Kvikkjokk", "Porjus"]);
  });

  it("nothing matches: shares are 0 and every town and village is unvisited", async () => {
    const data = await admin.ok<CoverageData>(COVERAGE, { filter: { years: [2021] } });
    expect(data.coverage.total).toBe(0);
    expect(data.coverage.byZone.every((z) => z.count === 0 && z.share === 0)).toBe(true);
    expect(data.coverage.unvisited.map((p) => p.name)).toEqual(["Jokkmokk", "Kvikkjokk", "Porjus", "Vuollerim"]);
  });

  it("agrees with the activities list for the same filter", async () => {
    const filter = { years: [2022, 2023], zones: ["VILLAGE", "RURAL"] };
    const cov = await admin.ok<CoverageData>(COVERAGE, { filter });
    const list = await admin.ok<{ activities: { totalCount: number } }>(`query ($filter: ActivityFilter) { activities(filter: $filter) { totalCount } }`, { filter });
    expect(cov.coverage.total).toBe(list.activities.totalCount);
  });
});

describe("coverage is one SQL aggregate", () => {
  it("makes the same number of statements whatever the number of activities", async () => {
    const statements = async () => {
      const before = server.statements;
      await admin.ok(COVERAGE, {});
      return server.statements - before;
    };
    const small = await statements();
    await server.dataSource.query(`INSERT INTO activity (kind, organisation, status, priority_areas, starts_at, lat, lng, zone)
      SELECT 'FOOT_PATROL', 'POLICE', 'DONE', '{VIOLENCE}', '2023-03-01T12:00:00Z'::timestamptz + g * interval '1 minute', 66.6, 19.8, 'TOWN'
      FROM generate_series(1, 2000) g`);
    const large = await statements();
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(4); // session, touch, aggregate, places
  });
});
