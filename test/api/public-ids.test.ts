import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ActivityService } from "../../api/activities/activity.service";
import { AuditService } from "../../api/audit/audit.service";
import { Role } from "../../api/common/enums";
import { POINTS, buildFixture } from "../support/fixture";
import { startTestServer, type GqlClient, type TestServer } from "../support/test-server";
import { graphql } from "../gql";
import type { ActivityInput, PublicIdsListTestQuery as ListData } from "../gql/graphql";

/**
 * What a role may not see, it may not count from ids: the ids and cursors the API hands
 * out tell nothing of how many activities there are, nor of the ones a reader may not see.
 */

const CREATE = graphql(`
  mutation PublicIdsCreateTest($input: ActivityInput!) {
    createActivity(input: $input) {
      id
      version
    }
  }
`);
const ONE = graphql(`
  query PublicIdsOneTest($id: ID!) {
    activity(id: $id) {
      id
    }
  }
`);
const LIST = graphql(`
  query PublicIdsListTest($first: Int, $after: String, $orderBy: ActivityOrder) {
    activities(first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      edges {
        cursor
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** Internal keys start here in this test, so they cannot turn up in random bytes by chance. */
const FIRST_KEY = 7_300_000_000;

let server: TestServer;
let fixture: Awaited<ReturnType<typeof buildFixture>>;
let kommun: GqlClient;
let polis: GqlClient;
let admin: GqlClient;

beforeAll(async () => {
  server = await startTestServer({ template: "empty" });
  await server.dataSource.query(`SELECT setval(pg_get_serial_sequence('activity', 'id'), $1, false)`, [FIRST_KEY]);
  fixture = await buildFixture(server.dataSource);
  [kommun, polis, admin] = await Promise.all([server.as("kommun"), server.as("polis"), server.as("admin")]);
});
afterAll(() => server?.close());

function input(organisation: "MUNICIPALITY" | "POLICE", status: "DONE" | "PLANNED", day: number): ActivityInput {
  return {
    kind: organisation === "POLICE" ? "TARGETED_OPERATION" : "CITIZEN_DIALOGUE",
    organisation,
    status,
    priorityAreas: ["ALCOHOL_DRUGS"],
    // Done work in the past, planned work ahead (today is after March 2026 and before 2027).
    startsAt: `${status === "DONE" ? 2026 : 2027}-03-${String(day).padStart(2, "0")}T18:00:00+01:00`,
    lat: POINTS.porjus.lat,
    lng: POINTS.porjus.lng,
  };
}

/** The internal keys of activities by public id, as the database holds them. */
async function keysOf(ids: string[]): Promise<string[]> {
  const rows: Array<{ id: string; key: string }> = await server.dataSource.query(`SELECT public_id::text AS id, id::text AS key FROM activity WHERE public_id = ANY($1::uuid[])`, [ids]);
  const byId = new Map(rows.map((r) => [r.id, r.key]));
  return ids.map((id) => byId.get(id)!);
}

/** Every internal key of the table, as text. */
async function allKeys(): Promise<string[]> {
  return (await server.dataSource.query(`SELECT id::text AS key FROM activity`)).map((r: { key: string }) => r.key);
}

describe("activity ids tell nothing", () => {
  it("a MUNICIPALITY user's own activities, with police planning in between, get random UUIDs in no order", async () => {
    const own: string[] = [];
    for (let day = 1; day <= 12; day++) {
      own.push((await kommun.ok(CREATE, { input: input("MUNICIPALITY", "DONE", day) })).createActivity.id);
      // Planned police work the municipality may not see, created between two of its own.
      await polis.ok(CREATE, { input: input("POLICE", "PLANNED", day) });
    }
    // The database's keys do run in sequence, with a gap for each hidden activity: what the ids used to say.
    const keys = (await keysOf(own)).map(Number);
    expect(keys.slice(1).map((k, i) => k - keys[i])).toEqual(Array(11).fill(2));
    // The ids handed out are UUIDs (version 4, random), not numbers, and their order is not the order of creation.
    for (const id of own) expect(id).toMatch(UUID_V4);
    expect(new Set(own).size).toBe(own.length);
    expect([...own].sort()).not.toEqual(own);
    expect([...own].sort().reverse()).not.toEqual(own);
    // Nothing the MUNICIPALITY user reads carries a key.
    const body = JSON.stringify(await kommun.ok(LIST, { first: 500 }));
    for (const key of await allKeys()) expect(body).not.toContain(key);
  });

  it("ids of activities everywhere are the public ones: single reads, writes, deleted ones, clusters, CSV and the audit log", async () => {
    // A little apart from the others, so that it is a cluster of its own at the finest zoom.
    const apart = { ...input("MUNICIPALITY", "DONE", 20), lat: POINTS.porjus.lat + 0.0005 };
    const { createActivity: created } = await kommun.ok(CREATE, { input: apart });
    const [key] = await keysOf([created.id]);
    const read = await kommun.ok(ONE, { id: created.id });
    expect(read.activity!.id).toBe(created.id);
    // The id in upper case is the same id.
    expect((await kommun.ok(ONE, { id: created.id.toUpperCase() })).activity!.id).toBe(created.id);

    const clusters = await kommun.ok(
      graphql(`
        query PublicIdsClustersTest($bbox: BBoxInput!) {
          activityClusters(filter: { years: [2026] }, bbox: $bbox, zoom: 22) {
            clusters {
              count
              activityId
            }
          }
        }
      `),
      { bbox: { south: POINTS.porjus.lat - 0.001, north: POINTS.porjus.lat + 0.001, west: POINTS.porjus.lng - 0.001, east: POINTS.porjus.lng + 0.001 } },
    );
    const singles = clusters.activityClusters.clusters.filter((c) => c.count === 1);
    expect(singles.map((c) => c.activityId)).toEqual([created.id]);
    expect(clusters.activityClusters.clusters.filter((c) => c.count > 1).map((c) => c.activityId)).toEqual([null]);

    const csv = (
      await kommun.ok(
        graphql(`
          query PublicIdsCsvTest {
            activitiesCsv(filter: { years: [2026] })
          }
        `),
      )
    ).activitiesCsv;
    expect(csv).toContain(created.id);
    const rows = csv.split("\r\n").slice(1).filter(Boolean);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row.split(";")[0]).toMatch(UUID_V4);

    await kommun.ok(`mutation ($id: ID!, $version: Int!) { deleteActivity(id: $id, version: $version) }`, { id: created.id, version: created.version });
    const deleted = await admin.ok(
      graphql(`
        query PublicIdsDeletedTest {
          deletedActivities {
            id
          }
          deletedActivityLog {
            activity {
              id
            }
            deletedBy
          }
        }
      `),
    );
    expect(deleted.deletedActivities.map((a) => a.id)).toContain(created.id);
    expect(deleted.deletedActivityLog.find((e) => e.activity.id === created.id)?.deletedBy).toBe("kommun");
    const undone = await kommun.ok(
      graphql(`
        mutation PublicIdsUndoTest($id: ID!) {
          undoDeleteActivity(id: $id) {
            id
          }
        }
      `),
      { id: created.id },
    );
    expect(undone.undoDeleteActivity.id).toBe(created.id);

    const audit = await admin.ok(
      graphql(`
        query PublicIdsAuditTest($filter: AuditFilter) {
          auditEvents(filter: $filter) {
            edges {
              node {
                action
                entityId
              }
            }
          }
        }
      `),
      { filter: { entity: "activity", entityId: created.id } },
    );
    expect(audit.auditEvents.edges.map((e) => e.node.action).sort()).toEqual(["CREATE", "DELETE", "UNDO_DELETE"]);
    const byKey = await admin.ok(
      graphql(`
        query PublicIdsAuditCountTest($filter: AuditFilter) {
          auditEvents(filter: $filter) {
            totalCount
          }
        }
      `),
      {
        filter: { entity: "activity", entityId: key },
      },
    );
    expect(byKey.auditEvents.totalCount).toBe(0);
  });

  it("reads of planned police work are audited with public ids", async () => {
    const { activities } = await polis.ok(LIST, { first: 500 });
    const [event] = await server.dataSource.query(`SELECT details FROM audit_event WHERE action = 'READ_PLANNED_POLICE' ORDER BY id DESC LIMIT 1`);
    expect(event.details.ids.length).toBeGreaterThan(0);
    for (const id of event.details.ids) expect(activities.edges.map((e) => e.node.id)).toContain(id);
  });
});

describe("ids that are not an activity's", () => {
  const SWEDISH = "Aktiviteten finns inte.";
  const garbage = async () => [
    String(FIRST_KEY),
    (await allKeys())[0],
    "1",
    "0",
    "-1",
    "1e3",
    "abc",
    "",
    " ",
    "' OR 1=1 --",
    "00000000-0000-0000-0000-00000000000",
    "{" + "9".repeat(36) + "}",
    "9".repeat(40),
  ];

  it("activity(id) is null for numbers (even a real internal key), garbage and unknown UUIDs", async () => {
    for (const id of [...(await garbage()), "6f1c2d0e-8b7a-4c3d-9e2f-1a0b9c8d7e6f"]) {
      const res = await admin.request(ONE, { id });
      expect(res.errors, id).toBeUndefined();
      expect(res.data?.activity, id).toBeNull();
    }
  });

  it("update, delete, restore and undo answer NOT_FOUND in Swedish, like an unknown id", async () => {
    const version = 1;
    const cases: Array<[string, (id: string) => Record<string, unknown>]> = [
      [
        `mutation ($id: ID!, $version: Int!, $input: ActivityInput!) { updateActivity(id: $id, version: $version, input: $input) { id } }`,
        (id) => ({ id, version, input: input("MUNICIPALITY", "DONE", 5) }),
      ],
      [`mutation ($id: ID!, $version: Int!) { deleteActivity(id: $id, version: $version) }`, (id) => ({ id, version })],
      [`mutation ($id: ID!) { restoreActivity(id: $id) { id } }`, (id) => ({ id })],
      [`mutation ($id: ID!) { undoDeleteActivity(id: $id) { id } }`, (id) => ({ id })],
    ];
    const before = await server.dataSource.query(`SELECT count(*)::int AS n, sum(version)::int AS v FROM activity`);
    for (const [mutation, variables] of cases) {
      for (const id of [...(await garbage()), "6f1c2d0e-8b7a-4c3d-9e2f-1a0b9c8d7e6f"]) {
        const res = await admin.request(mutation, variables(id));
        expect(res.errors?.[0]?.extensions?.code, `${mutation} ${id}`).toBe("NOT_FOUND");
        expect(res.errors?.[0]?.message, id).toBe(SWEDISH);
      }
    }
    expect(await server.dataSource.query(`SELECT count(*)::int AS n, sum(version)::int AS v FROM activity`)).toEqual(before);
  });

  it("a MUNICIPALITY user asking for hidden police work by its id gets what an unknown id gets", async () => {
    const planned = fixture.ids[8];
    expect((await kommun.ok(ONE, { id: planned })).activity).toBeNull();
    const res = await kommun.request(`mutation ($id: ID!, $version: Int!) { deleteActivity(id: $id, version: $version) }`, { id: planned, version: 1 });
    expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("cursors are opaque", () => {
  it("no cursor holds a key, a date or JSON, and the same position seals differently each time", async () => {
    const keys = await allKeys();
    for (const orderBy of [null, { field: "KIND", direction: "ASC" } as const]) {
      const cursors: string[] = [];
      let after: string | null = null;
      for (;;) {
        const data: ListData = await kommun.ok(LIST, { first: 2, after, orderBy });
        cursors.push(...data.activities.edges.map((e) => e.cursor));
        if (!data.activities.pageInfo.hasNextPage) break;
        expect(data.activities.pageInfo.endCursor).not.toBe(data.activities.edges.at(-1)?.cursor);
        after = data.activities.pageInfo.endCursor;
      }
      expect(cursors.length).toBeGreaterThan(10);
      for (const cursor of cursors) {
        const bytes = Buffer.from(cursor, "base64url");
        const text = bytes.toString("latin1");
        for (const key of keys) expect(text).not.toContain(key);
        expect(text).not.toMatch(/20\d\d-\d\d/);
        expect(() => JSON.parse(bytes.toString("utf8"))).toThrow();
      }
    }
  });

  it("a cursor keeps working after a restart (its key is in the database) and a tampered one is BAD_USER_INPUT on after", async () => {
    const first = await kommun.ok(LIST, { first: 3 });
    const cursor = first.activities.pageInfo.endCursor!;
    const next = await kommun.ok(LIST, { first: 3, after: cursor });
    // A new service, as after a restart: nothing kept in the process.
    const fresh = new ActivityService(server.dataSource, new AuditService(server.dataSource));
    const again = await fresh.list({ id: 2, username: "kommun", displayName: "Test kommun", role: Role.MUNICIPALITY }, null, 3, cursor);
    expect(again.edges.map((e) => e.node.id)).toEqual(next.activities.edges.map((e) => e.node.id));

    const flip = (text: string, at: number) => text.slice(0, at) + (text[at] === "A" ? "B" : "A") + text.slice(at + 1);
    const tampered = [
      flip(cursor, 5),
      flip(cursor, Math.floor(cursor.length / 2)),
      flip(cursor, cursor.length - 2),
      cursor.slice(0, -4),
      cursor + "AAAA",
      // The cursors as they were before: readable JSON in base64.
      Buffer.from(JSON.stringify({ k: ["2023-11-21T19:00:00.000Z", String(FIRST_KEY + 8)] })).toString("base64url"),
      Buffer.from(JSON.stringify({ o: 3 })).toString("base64url"),
      "bm9wZQ",
      "not a cursor at all",
      "A".repeat(2000),
    ];
    for (const after of tampered) {
      const res = await kommun.request(LIST, { first: 3, after });
      expect(res.errors?.[0]?.extensions?.code, after).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.extensions?.field, after).toBe("after");
      expect(res.errors?.[0]?.message, after).toMatch(/sidmarkör/i);
    }
  });
});
