import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POINTS, buildFixture } from "../support/fixture";
import { buildActivity, rowCounts } from "../support/factories";
import { startTestServer, type GqlClient, type TestServer } from "../support/test-server";
import { graphql } from "../gql";
import type { PlaceInput, UserInput } from "../gql/graphql";

let server: TestServer;
let fixture: Awaited<ReturnType<typeof buildFixture>>;
const clients: Record<string, GqlClient> = {};

beforeAll(async () => {
  server = await startTestServer({ template: "empty" });
  fixture = await buildFixture(server.dataSource);
  for (const name of ["polis", "kommun", "mote", "admin"]) clients[name] = await server.as(name);
});
afterAll(() => server?.close());

const UPSERT_PLACE = graphql(`
  mutation AdminUpsertPlaceTest($input: PlaceInput!) {
    upsertPlace(input: $input) {
      id
      name
      samiName
      kind
      lat
      lng
      radiusM
      population
    }
  }
`);
const CREATE_USER = graphql(`
  mutation AdminCreateUserTest($input: UserInput!) {
    createUser(input: $input) {
      id
      username
      displayName
      role
      active
    }
  }
`);
const UPDATE_USER = graphql(`
  mutation AdminUpdateUserTest($id: ID!, $input: UserUpdateInput!) {
    updateUser(id: $id, input: $input) {
      id
      role
      active
      displayName
    }
  }
`);
const AUDIT = graphql(`
  query AdminAuditTest($filter: AuditFilter, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          at
          actor
          action
          entity
          entityId
          details
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const ME = graphql(`
  query AdminMeTest {
    me {
      role
    }
  }
`);

describe("upsertPlace (ADMIN)", () => {
  it("adds a village and the activities inside its radius move from RURAL to it", async () => {
    // A point near Kåbdalis that is rural until the village exists.
    const kabdalis = { lat: 66.15, lng: 19.9833 };
    const activity = await buildActivity(server.dataSource, { startsAt: "2023-08-01T10:00:00Z", lat: kabdalis.lat + 0.004, lng: kabdalis.lng });
    expect(activity.zone).toBe("RURAL");
    const res = await clients.admin.ok(UPSERT_PLACE, {
      input: { name: "Kåbdalis", samiName: "Goabddális", kind: "VILLAGE", ...kabdalis, population: 52 },
    });
    expect(res.upsertPlace.radiusM).toBe(2000);
    const [row] = await server.dataSource.query(`SELECT zone, place_id FROM activity WHERE public_id = $1`, [activity.id]);
    expect(row).toEqual({ zone: "VILLAGE", place_id: Number(res.upsertPlace.id) });
  });

  it("shrinking a village's radius sends far activities back to RURAL; picked places stay", async () => {
    const far = await buildActivity(server.dataSource, { startsAt: "2023-08-02T10:00:00Z", lat: POINTS.porjus.lat + 0.015, lng: POINTS.porjus.lng });
    expect(far.zone).toBe("VILLAGE");
    await clients.admin.ok(UPSERT_PLACE, { input: { id: String(fixture.places.porjus.id), name: "Porjus", kind: "VILLAGE", ...POINTS.porjus, radiusM: 1000 } });
    const [row] = await server.dataSource.query(`SELECT zone, place_id FROM activity WHERE public_id = $1`, [far.id]);
    expect(row).toEqual({ zone: "RURAL", place_id: null });
    const [audit] = await server.dataSource.query(`SELECT details FROM audit_event WHERE entity = 'place' AND entity_id = $1 ORDER BY id DESC LIMIT 1`, [String(fixture.places.porjus.id)]);
    expect(audit.details.reclassified).toBeGreaterThanOrEqual(1);
    await clients.admin.ok(UPSERT_PLACE, { input: { id: String(fixture.places.porjus.id), name: "Porjus", kind: "VILLAGE", ...POINTS.porjus, radiusM: 2000 } });
  });

  it("others are FORBIDDEN and bad places are refused with the field named", async () => {
    const input: PlaceInput = { name: "Ny by", kind: "VILLAGE", lat: 66.7, lng: 19.5 };
    for (const name of ["polis", "kommun", "mote"]) {
      expect((await clients[name].request(UPSERT_PLACE, { input })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const before = await rowCounts(server.dataSource);
    for (const [over, field] of [
      [{ name: "" }, "name"],
      [{ name: "Porjus" }, "name"],
      [{ radiusM: 10 }, "radiusM"],
      [{ schoolLevel: "PRIMARY" }, "schoolLevel"],
      [{ population: -1 }, "population"],
    ] as const) {
      const res = await clients.admin.request(UPSERT_PLACE, { input: { ...input, ...over } });
      expect(res.errors?.[0]?.extensions, JSON.stringify(over)).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    // Ids that are no place's: unknown, an activity's UUID (found by the soak), not a number.
    for (const id of ["9999", "004dc793-bea3-4b89-a594-10ee0fa49832", "abc", "1e3"]) {
      expect((await clients.admin.request(UPSERT_PLACE, { input: { ...input, id } })).errors?.[0]?.extensions?.code, id).toBe("NOT_FOUND");
    }
    expect(await rowCounts(server.dataSource)).toEqual(before);
  });
});

describe("users (ADMIN)", () => {
  it("creates a user who can sign in, changes the role, deactivates and ends the sessions", async () => {
    const created = await clients.admin.ok(CREATE_USER, {
      input: { username: "planerare", displayName: "Planerare Polis", role: "VIEWER", password: "ett-långt-lösenord" },
    });
    expect(created.createUser).toMatchObject({ role: "VIEWER", active: true });
    const user = await server.as("planerare", "ett-långt-lösenord");
    await clients.admin.ok(UPDATE_USER, { id: created.createUser.id, input: { role: "POLICE" } });
    expect((await user.ok(ME)).me!.role).toBe("POLICE");
    await clients.admin.ok(UPDATE_USER, { id: created.createUser.id, input: { active: false } });
    expect((await user.ok(ME)).me).toBeNull();
    const again = await server.client().request(`mutation { login(username: "planerare", password: "ett-långt-lösenord") { id } }`);
    expect(again.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses bad users, self-lockout and non-admins", async () => {
    const base: UserInput = { username: "ny", displayName: "Ny", role: "VIEWER", password: "ett-långt-lösenord" };
    for (const [over, field] of [
      [{ username: "a b" }, "username"],
      [{ username: "polis" }, "username"],
      [{ password: "kort" }, "password"],
      [{ displayName: " " }, "displayName"],
    ] as const) {
      const res = await clients.admin.request(CREATE_USER, { input: { ...base, ...over } });
      expect(res.errors?.[0]?.extensions, JSON.stringify(over)).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    const [me] = await server.dataSource.query(`SELECT id FROM app_user WHERE username = 'admin'`);
    expect((await clients.admin.request(UPDATE_USER, { id: String(me.id), input: { active: false } })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await clients.admin.request(UPDATE_USER, { id: String(me.id), input: { role: "VIEWER" } })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    for (const name of ["polis", "kommun", "mote"]) {
      expect((await clients[name].request(CREATE_USER, { input: base })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect((await clients[name].request(`{ users { id } }`)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });
});

describe("the audit log", () => {
  it("records reads that return planned police activities, with the filter and ids", async () => {
    await clients.polis.ok(`{ activities(filter: { statuses: [PLANNED] }) { totalCount edges { node { id } } } }`);
    await clients.polis.ok(`query ($id: ID!) { activity(id: $id) { id } }`, { id: fixture.ids[8] });
    const data = await clients.admin.ok(AUDIT, { filter: { actions: ["READ_PLANNED_POLICE"], actor: "polis" } });
    // `details` is free JSON: a read of planned police work writes the ids and the filter, or the one id.
    const events = data.auditEvents.edges.map((e) => ({ ...e.node, details: e.node.details as { ids: string[]; filter?: unknown; id?: string } }));
    expect(events).toHaveLength(2);
    expect(events[1].details.ids).toContain(fixture.ids[8]);
    expect(events[1].details.filter).toEqual({ statuses: ["PLANNED"] });
    expect(events[0].details.id).toBe(fixture.ids[8]);
    // mote's reads return none, so nothing is logged for mote.
    await clients.mote.ok(`{ activities { totalCount edges { node { id } } } }`);
    const mote = await clients.admin.ok(AUDIT, { filter: { actions: ["READ_PLANNED_POLICE"], actor: "mote" } });
    expect(mote.auditEvents.totalCount).toBe(0);
  });

  it("has sign-ins, place and user changes, pages newest first, and is for ADMIN only", async () => {
    const all = await clients.admin.ok(AUDIT, { first: 500 });
    const kinds = new Set(all.auditEvents.edges.map((e) => `${e.node.entity}:${e.node.action}`));
    for (const kind of ["user:LOGIN", "place:CREATE", "place:UPDATE", "user:CREATE", "user:UPDATE"]) expect(kinds, kind).toContain(kind);
    const ids = all.auditEvents.edges.map((e) => Number(e.node.id));
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    const page1 = await clients.admin.ok(AUDIT, { first: 3 });
    const page2 = await clients.admin.ok(AUDIT, { first: 3, after: page1.auditEvents.pageInfo.endCursor });
    expect(page2.auditEvents.edges[0].node.id).toBe(all.auditEvents.edges[3].node.id);
    for (const name of ["polis", "kommun", "mote"]) {
      expect((await clients[name].request(AUDIT, {})).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });

  it("lists deleted activities with what, who and when in one statement, for ADMIN only", async () => {
    const LOG = graphql(`
      query AdminDeletedLogTest {
        deletedActivityLog {
          deletedAt
          deletedBy
          deletedByName
          activity {
            id
            kind
            title
            startsAt
            place {
              name
            }
          }
        }
      }
    `);
    const made = await buildActivity(server.dataSource, { startsAt: "2023-09-01T10:00:00Z", ...POINTS.porjus, title: "Fotpatrull att ta bort" });
    const old = await buildActivity(server.dataSource, { startsAt: "2023-09-02T10:00:00Z", ...POINTS.porjus, title: "Borttagen utan logg", deleted: true });
    await clients.polis.ok(`mutation ($id: ID!) { deleteActivity(id: $id, version: 1) }`, { id: made.id });
    const read = async () => (await clients.admin.ok(LOG)).deletedActivityLog;
    const before = server.statements;
    const entries = await read();
    const perRead = server.statements - before;
    expect(entries[0]).toMatchObject({
      deletedBy: "polis",
      deletedByName: expect.any(String),
      activity: { id: made.id, kind: "FOOT_PATROL", title: "Fotpatrull att ta bort", place: { name: "Porjus" } },
    });
    expect(Math.abs(new Date(entries[0].deletedAt).getTime() - Date.now())).toBeLessThan(60_000);
    // Deleted with no audit row: the activity's own columns say when; who is not known.
    expect(entries.find((e) => e.activity.id === old.id)).toMatchObject({ deletedBy: null, activity: { title: "Borttagen utan logg" } });
    // One more deleted row costs no more statements (no query per row).
    await buildActivity(server.dataSource, { startsAt: "2023-09-03T10:00:00Z", ...POINTS.porjus, deleted: true });
    const again = server.statements;
    expect((await read()).length).toBe(entries.length + 1);
    expect(server.statements - again).toBe(perRead);
    for (const name of ["polis", "kommun", "mote"]) {
      expect((await clients[name].request(LOG)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });

  it("has no mutation that changes or deletes an audit row", async () => {
    const res = await clients.admin.request(
      graphql(`
        query AdminMutationNamesTest {
          __schema {
            mutationType {
              fields {
                name
              }
            }
          }
        }
      `),
    );
    const names = res.data!.__schema.mutationType!.fields!.map((f) => f.name);
    expect(names.filter((n) => /audit/i.test(n))).toEqual([]);
  });
});
