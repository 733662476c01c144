import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_FACTS, buildFixture } from "../support/fixture";
import { rowCounts } from "../support/factories";
import { startTestServer, type GqlClient, type TestServer } from "../support/test-server";
import { graphql } from "../gql";
import type { ActivitiesListTestQuery as ListData, ActivityFilter } from "../gql/graphql";

const LIST = graphql(`
  query ActivitiesListTest($filter: ActivityFilter, $first: Int, $after: String, $orderBy: ActivityOrder) {
    activities(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      edges {
        cursor
        node {
          id
          kind
          organisation
          status
          priorityAreas
          startsAt
          zone
          title
          version
          lat
          lng
          place {
            id
            name
            kind
          }
          outcome {
            vehiclesChecked
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

let server: TestServer;
let admin: GqlClient;
let fixture: Awaited<ReturnType<typeof buildFixture>>;

beforeAll(async () => {
  server = await startTestServer({ template: "empty" });
  fixture = await buildFixture(server.dataSource);
  admin = await server.as("admin");
});
afterAll(() => server?.close());

async function count(filter: ActivityFilter, client = admin): Promise<number> {
  const data = await client.ok(LIST, { filter, first: 500 });
  expect(data.activities.edges).toHaveLength(data.activities.totalCount);
  return data.activities.totalCount;
}

describe("activities: filters one by one", () => {
  it("no filter: everything the reader may see, newest first", async () => {
    const data = await admin.ok(LIST, {});
    expect(data.activities.totalCount).toBe(FIXTURE_FACTS.all.total);
    const times = data.activities.edges.map((e) => Date.parse(e.node.startsAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("years count in Stockholm time (23:30 on New Year's Eve is still the old year)", async () => {
    expect(await count({ years: [2022] })).toBe(3);
    expect(await count({ years: [2023] })).toBe(7);
    expect(await count({ years: [2022, 2023] })).toBe(10);
    expect(await count({ years: [2021] })).toBe(0);
    expect(await count({ years: [] })).toBe(0);
  });

  it("from and to bound the start time", async () => {
    expect(await count({ from: "2023-01-01T00:00:00+01:00", to: "2023-06-30T00:00:00+02:00" })).toBe(2);
    expect(await count({ from: "2023-11-20T00:00:00+01:00" })).toBe(2);
  });

  it("priority areas: any of them (a sobriety check counts for both)", async () => {
    expect(await count({ priorityAreas: ["TRAFFIC"] })).toBe(3);
    expect(await count({ priorityAreas: ["ALCOHOL_DRUGS"] })).toBe(4);
    expect(await count({ priorityAreas: ["TRAFFIC", "ALCOHOL_DRUGS"] })).toBe(6);
    expect(await count({ priorityAreas: ["VIOLENCE"] })).toBe(3);
    expect(await count({ priorityAreas: ["FLEXIBLE"] })).toBe(1);
  });

  it("kinds, organisations, statuses", async () => {
    expect(await count({ kinds: ["TRAFFIC_CHECK"] })).toBe(3);
    expect(await count({ kinds: ["VILLAGE_VISIT", "PUB_VISIT"] })).toBe(3);
    expect(await count({ organisations: ["JOINT"] })).toBe(2);
    expect(await count({ organisations: ["MUNICIPALITY"] })).toBe(1);
    expect(await count({ statuses: ["PLANNED"] })).toBe(2);
    expect(await count({ statuses: ["CANCELLED"] })).toBe(1);
    expect(await count({ statuses: ["DONE"] })).toBe(7);
  });

  it("zones were computed from the places' radii when written", async () => {
    expect(await count({ zones: ["TOWN"] })).toBe(FIXTURE_FACTS.all.town);
    expect(await count({ zones: ["VILLAGE"] })).toBe(FIXTURE_FACTS.all.village);
    expect(await count({ zones: ["RURAL"] })).toBe(FIXTURE_FACTS.all.rural);
  });

  it("places and bbox", async () => {
    expect(await count({ placeIds: [String(fixture.places.porjus.id)] })).toBe(2);
    expect(await count({ placeIds: [String(fixture.places.porjus.id), String(fixture.places.school.id)] })).toBe(3);
    expect(await count({ placeIds: [String(fixture.places.kvikkjokk.id)] })).toBe(0);
    // Around Porjus only.
    expect(await count({ bbox: { south: 66.9, west: 19.7, north: 67.0, east: 19.9 } })).toBe(2);
  });
});

describe("activities: filters combined", () => {
  it("all fields must hold", async () => {
    expect(await count({ years: [2023], priorityAreas: ["TRAFFIC"] })).toBe(2);
    expect(await count({ years: [2023], priorityAreas: ["TRAFFIC"], statuses: ["DONE"] })).toBe(1);
    expect(await count({ years: [2023], zones: ["VILLAGE"], organisations: ["POLICE"] })).toBe(3);
    expect(await count({ years: [2022], kinds: ["TRAFFIC_CHECK"], zones: ["RURAL"], priorityAreas: ["ALCOHOL_DRUGS"] })).toBe(1);
  });
});

describe("activities: a single one and its place", () => {
  it("returns the activity with its place and zone", async () => {
    const data = await admin.ok(
      graphql(`
        query ActivitiesPlaceTest($id: ID!) {
          activity(id: $id) {
            kind
            zone
            place {
              name
            }
          }
        }
      `),
      { id: fixture.ids[6] },
    );
    expect(data.activity).toEqual({ kind: "SCHOOL_INFORMATION", zone: "TOWN", place: { name: "Lapplands Gymnasium" } });
  });

  it("null for an unknown id or a deleted activity", async () => {
    expect(
      (
        await admin.ok(
          graphql(`
            query ActivitiesUnknownTest {
              activity(id: "999999") {
                id
              }
            }
          `),
        )
      ).activity,
    ).toBeNull();
    expect(
      (
        await admin.ok(
          graphql(`
            query ActivitiesDeletedTest($id: ID!) {
              activity(id: $id) {
                id
              }
            }
          `),
          { id: fixture.ids[10] },
        )
      ).activity,
    ).toBeNull();
    expect(
      (
        await admin.ok(
          graphql(`
            query ActivitiesNotAnIdTest {
              activity(id: "not-a-number") {
                id
              }
            }
          `),
        )
      ).activity,
    ).toBeNull();
  });
});

describe("activities: pagination", () => {
  it("walks all pages with cursors, without gaps or repeats", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const data: ListData = await admin.ok(LIST, { first: 3, after });
      pages++;
      expect(data.activities.totalCount).toBe(10);
      seen.push(...data.activities.edges.map((e) => e.node.id));
      if (!data.activities.pageInfo.hasNextPage) break;
      after = data.activities.pageInfo.endCursor;
    }
    expect(pages).toBe(4);
    expect(new Set(seen).size).toBe(10);
    const all = await admin.ok(LIST, { first: 10 });
    expect(seen).toEqual(all.activities.edges.map((e) => e.node.id));
  });

  it("sorts by another column and pages through it", async () => {
    const first = await admin.ok(LIST, { first: 4, orderBy: { field: "KIND", direction: "ASC" } });
    const rest = await admin.ok(LIST, { first: 10, after: first.activities.pageInfo.endCursor, orderBy: { field: "KIND", direction: "ASC" } });
    const kinds = [...first.activities.edges, ...rest.activities.edges].map((e) => e.node.kind);
    expect(kinds).toHaveLength(10);
    expect([...kinds].sort()).toEqual(kinds);
  });

  it("first defaults to 100 and 0 gives only the count", async () => {
    const none = await admin.ok(LIST, { first: 0 });
    expect(none.activities.edges).toHaveLength(0);
    expect(none.activities.totalCount).toBe(10);
    expect(none.activities.pageInfo.hasNextPage).toBe(true);
  });
});

describe("activities: bad input gets BAD_USER_INPUT and changes nothing", () => {
  const cases: Array<[string, Record<string, unknown>]> = [
    ["first above 500", { first: 501 }],
    ["negative first", { first: -1 }],
    ["a year before 2000", { filter: { years: [1999] } }],
    ["a bbox with south > north", { filter: { bbox: { south: 67, west: 19, north: 66, east: 20 } } }],
    ["a bbox with west > east", { filter: { bbox: { south: 66, west: 21, north: 67, east: 20 } } }],
    ["from after to", { filter: { from: "2023-06-01T00:00:00Z", to: "2023-01-01T00:00:00Z" } }],
    ["a broken cursor", { after: "bm9wZQ" }],
    ["an unknown enum value", { filter: { kinds: ["PICNIC"] } }],
    ["a date that is not one", { filter: { from: "yesterday" } }],
    ["a place id that is not one", { filter: { placeIds: ["abc"] } }],
  ];
  for (const [name, variables] of cases) {
    it(name, async () => {
      const before = await rowCounts(server.dataSource);
      const res = await admin.request(LIST, variables);
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.message).toMatch(/\S/);
      expect(await rowCounts(server.dataSource)).toEqual(before);
    });
  }
});
