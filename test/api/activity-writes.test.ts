import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POINTS, buildFixture } from "../support/fixture";
import { rowCounts } from "../support/factories";
import { startTestServer, type GqlClient, type TestServer } from "../support/test-server";
import { graphql } from "../gql";
import type { ActivityInput, ActivityWritesFieldsFragment as Written } from "../gql/graphql";

/** The fields of a written row, spread by the operations below. */
graphql(`
  fragment ActivityWritesFields on Activity {
    id
    kind
    organisation
    status
    priorityAreas
    startsAt
    endsAt
    lat
    lng
    zone
    title
    notes
    version
    place {
      name
    }
    outcome {
      vehiclesChecked
      breathTests
      suspectedDrunkDriving
      suspectedDrugDriving
      peopleReached
      findings
    }
  }
`);
const CREATE = graphql(`
  mutation ActivityWritesCreate($input: ActivityInput!) {
    createActivity(input: $input) {
      ...ActivityWritesFields
    }
  }
`);
const UPDATE = graphql(`
  mutation ActivityWritesUpdate($id: ID!, $version: Int!, $input: ActivityInput!) {
    updateActivity(id: $id, version: $version, input: $input) {
      ...ActivityWritesFields
    }
  }
`);
const DELETE = graphql(`
  mutation ActivityWritesDelete($id: ID!, $version: Int!) {
    deleteActivity(id: $id, version: $version)
  }
`);
const RESTORE = graphql(`
  mutation ActivityWritesRestore($id: ID!) {
    restoreActivity(id: $id) {
      id
      version
    }
  }
`);
const ONE = graphql(`
  query ActivityWritesOne($id: ID!) {
    activity(id: $id) {
      id
    }
  }
`);

let server: TestServer;
let fixture: Awaited<ReturnType<typeof buildFixture>>;
const clients: Record<string, GqlClient> = {};

beforeAll(async () => {
  server = await startTestServer({ template: "empty" });
  fixture = await buildFixture(server.dataSource);
  for (const name of ["polis", "kommun", "mote", "admin"]) clients[name] = await server.as(name);
});
afterAll(() => server?.close());

/** A valid input; tests override what they check (some with values the API must refuse, hence the cast). */
function input(over: Record<string, unknown> = {}): ActivityInput {
  return {
    kind: "VILLAGE_VISIT",
    organisation: "POLICE",
    status: "DONE",
    priorityAreas: ["FLEXIBLE"],
    startsAt: "2024-05-14T10:00:00+02:00",
    endsAt: "2024-05-14T12:00:00+02:00",
    lat: POINTS.porjus.lat + 0.003,
    lng: POINTS.porjus.lng,
    title: "Besök i Porjus",
    notes: "Samtal med byföreningen.",
    outcome: { peopleReached: 14 },
    ...over,
  } as ActivityInput;
}

async function create(client: GqlClient, over: Record<string, unknown> = {}): Promise<Written> {
  return (await client.ok(CREATE, { input: input(over) })).createActivity;
}

describe("createActivity", () => {
  it("computes place and zone from the point, and keeps the outcome", async () => {
    const created = await create(clients.polis);
    expect(created).toMatchObject({ zone: "VILLAGE", place: { name: "Porjus" }, version: 1, status: "DONE" });
    const rural = await create(clients.polis, {
      kind: "TRAFFIC_CHECK",
      priorityAreas: ["TRAFFIC", "ALCOHOL_DRUGS"],
      ...POINTS.road,
      outcome: { vehiclesChecked: 40, breathTests: 38, suspectedDrunkDriving: 1 },
    });
    expect(rural).toMatchObject({ zone: "RURAL", place: null });
  });

  it("a place alone gives its position", async () => {
    const created = await create(clients.kommun, { organisation: "MUNICIPALITY", kind: "CITIZEN_DIALOGUE", lat: null, lng: null, placeId: String(fixture.places.vuollerim.id) });
    expect(created).toMatchObject({ lat: POINTS.vuollerim.lat, lng: POINTS.vuollerim.lng, zone: "VILLAGE", place: { name: "Vuollerim" } });
  });

  it("a picked place stays the activity's place", async () => {
    const created = await create(clients.kommun, { organisation: "JOINT", kind: "SCHOOL_INFORMATION", lat: 66.607, lng: 19.83, placeId: String(fixture.places.school.id) });
    expect(created).toMatchObject({ zone: "TOWN", place: { name: "Lapplands Gymnasium" } });
  });
});

describe("who may write what (role × organisation)", () => {
  const matrix: Array<[string, string, boolean]> = [
    ["polis", "POLICE", true],
    ["polis", "JOINT", true],
    ["polis", "MUNICIPALITY", false],
    ["kommun", "POLICE", false],
    ["kommun", "JOINT", true],
    ["kommun", "MUNICIPALITY", true],
    ["admin", "POLICE", true],
    ["admin", "JOINT", true],
    ["admin", "MUNICIPALITY", true],
    ["mote", "POLICE", false],
    ["mote", "JOINT", false],
    ["mote", "MUNICIPALITY", false],
  ];
  for (const [user, organisation, allowed] of matrix) {
    it(`${user} ${allowed ? "may" : "may not"} create, update and delete ${organisation} activities`, async () => {
      const own = await create(clients.admin, { organisation });
      const before = await rowCounts(server.dataSource);
      const created = await clients[user].request(CREATE, { input: input({ organisation }) });
      const updated = await clients[user].request(UPDATE, { id: own.id, version: own.version, input: input({ organisation, title: "Ändrad" }) });
      if (allowed) {
        expect(created.errors).toBeUndefined();
        expect(updated.errors).toBeUndefined();
        const deleted = await clients[user].request(DELETE, { id: own.id, version: own.version + 1 });
        expect(deleted.data?.deleteActivity).toBe(true);
      } else {
        expect(created.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
        expect(updated.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
        const deleted = await clients[user].request(DELETE, { id: own.id, version: own.version });
        expect(deleted.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
        expect(await rowCounts(server.dataSource)).toEqual(before);
        const [row] = await server.dataSource.query(`SELECT version, title, deleted_at FROM activity WHERE public_id = $1`, [own.id]);
        expect(row).toEqual({ version: 1, title: "Besök i Porjus", deleted_at: null });
      }
    });
  }

  it("a planned police activity is NOT_FOUND for the municipality (it may not know it exists)", async () => {
    const planned = await create(clients.polis, { status: "PLANNED", startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(), endsAt: null });
    const res = await clients.kommun.request(UPDATE, { id: planned.id, version: 1, input: input({ organisation: "JOINT" }) });
    expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("moving an activity to an organisation one may not write is FORBIDDEN", async () => {
    const joint = await create(clients.kommun, { organisation: "JOINT" });
    const res = await clients.kommun.request(UPDATE, { id: joint.id, version: 1, input: input({ organisation: "POLICE" }) });
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("bad input: BAD_USER_INPUT naming the field (NOT_FOUND for an unknown place), nothing written", () => {
  const future = new Date(Date.now() + 3 * 86_400_000).toISOString();
  const corpus: Array<[string, Record<string, unknown>, string, string | null]> = [
    ["no priority area", { priorityAreas: [] }, "BAD_USER_INPUT", "priorityAreas"],
    ["a point outside the municipality (Harads, Boden)", { lat: 66.0667, lng: 20.95 }, "BAD_USER_INPUT", "lat"],
    ["a point in Stockholm", { lat: 59.33, lng: 18.07 }, "BAD_USER_INPUT", "lat"],
    ["only lat", { lng: null }, "BAD_USER_INPUT", "lng"],
    ["no place and no point", { lat: null, lng: null }, "BAD_USER_INPUT", "placeId"],
    ["ends before it starts", { endsAt: "2024-05-14T09:00:00+02:00" }, "BAD_USER_INPUT", "endsAt"],
    ["a date before 2000", { startsAt: "1999-12-31T10:00:00Z", endsAt: null }, "BAD_USER_INPUT", "startsAt"],
    ["more than two years ahead", { status: "PLANNED", startsAt: new Date(Date.now() + 800 * 86_400_000).toISOString(), endsAt: null }, "BAD_USER_INPUT", "startsAt"],
    ["done in the future", { startsAt: future, endsAt: null }, "BAD_USER_INPUT", "status"],
    ["a negative count", { outcome: { vehiclesChecked: -1 } }, "BAD_USER_INPUT", "outcome.vehiclesChecked"],
    ["a title over 200 characters", { title: "x".repeat(201) }, "BAD_USER_INPUT", "title"],
    ["notes over 4,000 characters", { notes: "x".repeat(4001) }, "BAD_USER_INPUT", "notes"],
    ["a personnummer in the notes", { notes: "Pratade med 19811228-9874 om läget." }, "BAD_USER_INPUT", "notes"],
    ["a samordningsnummer without separator", { notes: "id 7010632391" }, "BAD_USER_INPUT", "notes"],
    ["a personnummer in the title", { title: "Besök hos 811228-9874" }, "BAD_USER_INPUT", "title"],
    ["an unknown place", { placeId: "99999" }, "NOT_FOUND", null],
    ["a count that is not whole", { outcome: { peopleReached: 2.5 } }, "BAD_USER_INPUT", null],
    ["an unknown kind", { kind: "PICNIC" }, "BAD_USER_INPUT", null],
  ];
  for (const [name, over, code, field] of corpus) {
    it(name, async () => {
      const before = await rowCounts(server.dataSource);
      const audits = await server.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity = 'activity'`);
      const res = await clients.polis.request(CREATE, { input: input(over) });
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe(code);
      if (field) expect(res.errors?.[0]?.extensions?.field).toBe(field);
      expect(res.errors?.[0]?.message).toMatch(/[a-zåäö]/);
      expect(await rowCounts(server.dataSource)).toEqual(before);
      expect(await server.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity = 'activity'`)).toEqual(audits);
    });
  }

  it("the same rules hold for an update, and the stored row is unchanged", async () => {
    const created = await create(clients.polis);
    const res = await clients.polis.request(UPDATE, { id: created.id, version: 1, input: input({ notes: "pnr 811228-9874" }) });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "notes" });
    const [row] = await server.dataSource.query(`SELECT version, notes FROM activity WHERE public_id = $1`, [created.id]);
    expect(row).toEqual({ version: 1, notes: "Samtal med byföreningen." });
  });
});

describe("versions, deletes and restores", () => {
  it("an update with a stale version gets CONFLICT with the current version, and nothing is overwritten", async () => {
    const created = await create(clients.polis);
    const first = await clients.polis.ok(UPDATE, { id: created.id, version: 1, input: input({ title: "Första" }) });
    expect(first.updateActivity.version).toBe(2);
    const stale = await clients.admin.request(UPDATE, { id: created.id, version: 1, input: input({ title: "Andra" }) });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", currentVersion: 2 });
    const [row] = await server.dataSource.query(`SELECT title, version FROM activity WHERE public_id = $1`, [created.id]);
    expect(row).toEqual({ title: "Första", version: 2 });
  });

  it("two concurrent updates of the same version: one wins, the other gets CONFLICT", async () => {
    const created = await create(clients.polis);
    const results = await Promise.all([
      clients.polis.request(UPDATE, { id: created.id, version: 1, input: input({ title: "A" }) }),
      clients.admin.request(UPDATE, { id: created.id, version: 1, input: input({ title: "B" }) }),
    ]);
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? "OK").sort();
    expect(codes).toEqual(["CONFLICT", "OK"]);
    const [row] = await server.dataSource.query(`SELECT title, version FROM activity WHERE public_id = $1`, [created.id]);
    expect(row.version).toBe(2);
    expect(["A", "B"]).toContain(row.title);
  });

  it("two concurrent deletes of the same version: one wins, the other gets CONFLICT like a lost update", async () => {
    const created = await create(clients.polis, { organisation: "JOINT" });
    const results = await Promise.all([clients.polis.request(DELETE, { id: created.id, version: 1 }), clients.kommun.request(DELETE, { id: created.id, version: 1 })]);
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? "OK").sort();
    expect(codes).toEqual(["CONFLICT", "OK"]);
    const lost = results.find((r) => r.errors)!.errors![0];
    expect(lost.extensions).toMatchObject({ currentVersion: 2, deleted: true });
    expect(lost.message).toBe("Aktiviteten har tagits bort av någon annan sedan du öppnade den.");
    const [{ deletes }] = await server.dataSource.query(`SELECT count(*)::int AS deletes FROM audit_event WHERE action = 'DELETE' AND entity_id = $1`, [created.id]);
    expect(deletes).toBe(1);
  });

  it("a deleted activity the user could never see stays NOT_FOUND for them (nothing to infer)", async () => {
    const planned = await create(clients.polis, { status: "PLANNED", startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(), endsAt: null });
    expect(await clients.polis.ok(DELETE, { id: planned.id, version: 1 })).toEqual({ deleteActivity: true });
    expect((await clients.kommun.request(DELETE, { id: planned.id, version: 1 })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await clients.polis.request(DELETE, { id: planned.id, version: 1 })).errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });

  it("delete keeps the row, hides it, and only ADMIN restores it", async () => {
    const created = await create(clients.polis);
    expect((await clients.polis.request(DELETE, { id: created.id, version: 5 })).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await clients.polis.ok(DELETE, { id: created.id, version: 1 })).deleteActivity).toBe(true);
    expect((await clients.polis.ok(ONE, { id: created.id })).activity).toBeNull();
    const [row] = await server.dataSource.query(`SELECT deleted_at IS NOT NULL AS deleted FROM activity WHERE public_id = $1`, [created.id]);
    expect(row.deleted).toBe(true);
    expect((await clients.polis.request(RESTORE, { id: created.id })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await clients.polis.request(`{ deletedActivities { id } }`)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const deleted = await clients.admin.ok(
      graphql(`
        query ActivityWritesDeleted {
          deletedActivities {
            id
          }
        }
      `),
    );
    expect(deleted.deletedActivities[0].id).toBe(created.id);
    const restored = await clients.admin.ok(RESTORE, { id: created.id });
    expect(restored.restoreActivity.version).toBe(3);
    expect((await clients.polis.ok(ONE, { id: created.id })).activity?.id).toBe(created.id);
  });

  it("the user who deleted an activity may undo it for a while; nobody else, and not later", async () => {
    const UNDO = graphql(`
      mutation ActivityWritesUndo($id: ID!) {
        undoDeleteActivity(id: $id) {
          id
          version
        }
      }
    `);
    const joint = await create(clients.polis, { organisation: "JOINT" });
    await clients.polis.ok(DELETE, { id: joint.id, version: 1 });
    // Another writer of joint activities, a reader and (for this path) the admin did not delete it.
    for (const other of ["kommun", "mote", "admin"]) {
      expect((await clients[other].request(UNDO, { id: joint.id })).errors?.[0]?.extensions?.code, other).toBe("FORBIDDEN");
    }
    const undone = await clients.polis.ok(UNDO, { id: joint.id });
    expect(undone.undoDeleteActivity).toEqual({ id: joint.id, version: 3 });
    expect((await clients.polis.ok(ONE, { id: joint.id })).activity?.id).toBe(joint.id);
    // Not deleted any more: nothing to undo.
    expect((await clients.polis.request(UNDO, { id: joint.id })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    // Deleted longer ago than the undo window: only the admin's restore brings it back.
    await clients.polis.ok(DELETE, { id: joint.id, version: 3 });
    await server.dataSource.query(`UPDATE activity SET deleted_at = now() - interval '16 minutes' WHERE public_id = $1`, [joint.id]);
    expect((await clients.polis.request(UNDO, { id: joint.id })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await clients.polis.request(UNDO, { id: "999999999" })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const rows: Array<{ action: string; actor_username: string }> = await server.dataSource.query(
      `SELECT action, actor_username FROM audit_event WHERE entity = 'activity' AND entity_id = $1 ORDER BY id`,
      [joint.id],
    );
    expect(rows.map((r) => [r.action, r.actor_username])).toEqual([
      ["CREATE", "polis"],
      ["DELETE", "polis"],
      ["UNDO_DELETE", "polis"],
      ["DELETE", "polis"],
    ]);
  });

  it("every write is in the audit log with who, what and the change", async () => {
    const created = await create(clients.polis);
    await clients.polis.ok(UPDATE, { id: created.id, version: 1, input: input({ status: "DONE", title: "Klar" }) });
    await clients.polis.ok(DELETE, { id: created.id, version: 2 });
    await clients.admin.ok(RESTORE, { id: created.id });
    const rows: Array<{ action: string; actor_username: string; details: { before?: unknown; after?: unknown } }> = await server.dataSource.query(
      `SELECT action, actor_username, details FROM audit_event WHERE entity = 'activity' AND entity_id = $1 ORDER BY id`,
      [created.id],
    );
    expect(rows.map((r) => [r.action, r.actor_username])).toEqual([
      ["CREATE", "polis"],
      ["UPDATE", "polis"],
      ["DELETE", "polis"],
      ["RESTORE", "admin"],
    ]);
    expect(rows[1].details.before).toBeTruthy();
    expect(rows[1].details.after).toBeTruthy();
  });

  it("the audit log cannot be changed, not even by SQL", async () => {
    await expect(server.dataSource.query(`UPDATE audit_event SET action = 'X'`)).rejects.toThrow(/append-only/);
    await expect(server.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
  });
});
