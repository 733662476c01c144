import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POINTS, buildFixture } from "../support/fixture";
import { startTestServer, type GqlClient, type TestServer } from "../support/test-server";
import { print } from "graphql";
import { graphql } from "../gql";
import type { ActivityInput } from "../gql/graphql";

const CREATE = graphql(`
  mutation ClientIdCreateTest($input: ActivityInput!) {
    createActivity(input: $input) {
      id
      version
      zone
      place {
        name
      }
    }
  }
`);

let server: TestServer;
const clients: Record<string, GqlClient> = {};

beforeAll(async () => {
  server = await startTestServer({ template: "empty" });
  await buildFixture(server.dataSource);
  for (const name of ["polis", "kommun"]) clients[name] = await server.as(name);
});
afterAll(() => server?.close());

/** A sobriety check recorded in the field, under the device's id. */
function fieldRecord(clientId: string, over: Partial<ActivityInput> = {}): ActivityInput {
  return {
    clientId,
    kind: "TRAFFIC_CHECK",
    organisation: "POLICE",
    status: "DONE",
    priorityAreas: ["TRAFFIC", "ALCOHOL_DRUGS"],
    startsAt: "2024-05-14T10:00:00+02:00",
    endsAt: "2024-05-14T10:15:00+02:00",
    lat: POINTS.porjus.lat + 0.003,
    lng: POINTS.porjus.lng,
    notes: "Kontroll på E45.",
    outcome: { vehiclesChecked: 30, breathTests: 30 },
    ...over,
  };
}

/** Activities stored under `clientId`. */
async function storedUnder(clientId: string): Promise<number> {
  const [{ n }] = await server.dataSource.query(`SELECT count(*)::int AS n FROM activity WHERE client_id = $1::uuid`, [clientId]);
  return n;
}

describe("createActivity with a device's id: exactly once", () => {
  it("the answer lost and the request sent again returns the stored activity, not a second one", async () => {
    const clientId = randomUUID();
    const body = JSON.stringify({ query: print(CREATE), variables: { input: fieldRecord(clientId) } });
    // The first request reaches the server, which stores the record; its answer never reaches the device.
    const lost = new AbortController();
    const first = fetch(`${server.url}/graphql`, {
      method: "POST",
      body,
      signal: lost.signal,
      headers: { "content-type": "application/json", cookie: clients.polis.cookie! },
    });
    await expect.poll(() => storedUnder(clientId), { timeout: 30_000 }).toBe(1);
    lost.abort();
    await first.catch(() => undefined);
    // The device sends the same record again (the input may differ only in form: the same instants, areas in another order).
    const again = await clients.polis.ok(CREATE, {
      input: fieldRecord(clientId, { startsAt: "2024-05-14T08:00:00Z", priorityAreas: ["ALCOHOL_DRUGS", "TRAFFIC"] }),
    });
    const [{ id }] = await server.dataSource.query(`SELECT public_id::text AS id FROM activity WHERE client_id = $1::uuid`, [clientId]);
    expect(again.createActivity).toMatchObject({ id, version: 1 });
    expect(await storedUnder(clientId)).toBe(1);
    const [{ n }] = await server.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action = 'CREATE'`, [id]);
    expect(n).toBe(1);
  });

  it("the same record sent three times at once is stored once, and each answer names it", async () => {
    const clientId = randomUUID();
    const answers = await Promise.all([1, 2, 3].map(() => clients.polis.ok(CREATE, { input: fieldRecord(clientId) })));
    expect(new Set(answers.map((a) => a.createActivity.id)).size).toBe(1);
    expect(await storedUnder(clientId)).toBe(1);
  });

  it("another record under a stored id is CLIENT_ID_MISMATCH, and nothing more is written", async () => {
    const clientId = randomUUID();
    await clients.polis.ok(CREATE, { input: fieldRecord(clientId) });
    const res = await clients.polis.request(CREATE, { input: fieldRecord(clientId, { outcome: { vehiclesChecked: 31, breathTests: 30 } }) });
    expect(res.errors?.[0].extensions).toMatchObject({ code: "CLIENT_ID_MISMATCH", field: "clientId" });
    expect(await storedUnder(clientId)).toBe(1);
  });

  it("an id another user stored is CLIENT_ID_TAKEN, and that user's activity is not returned", async () => {
    const clientId = randomUUID();
    await clients.polis.ok(CREATE, { input: fieldRecord(clientId, { organisation: "JOINT" }) });
    const res = await clients.kommun.request(CREATE, { input: fieldRecord(clientId, { organisation: "JOINT" }) });
    expect(res.errors?.[0].extensions).toMatchObject({ code: "CLIENT_ID_TAKEN", field: "clientId" });
    expect(res.data?.createActivity ?? null).toBeNull();
  });

  it("a device id that is not a UUID is BAD_USER_INPUT on clientId; updateActivity refuses one", async () => {
    const res = await clients.polis.request(CREATE, { input: fieldRecord("42") });
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "clientId" });
    const created = await clients.polis.ok(CREATE, { input: fieldRecord(randomUUID()) });
    const upd = await clients.polis.request(`mutation ($id: ID!, $input: ActivityInput!) { updateActivity(id: $id, version: 1, input: $input) { id } }`, {
      id: created.createActivity.id,
      input: fieldRecord(randomUUID()),
    });
    expect(upd.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "clientId" });
  });

  it("a refused record (a rule) stores nothing, so the corrected one can be sent under the same id", async () => {
    const clientId = randomUUID();
    const refused = await clients.polis.request(CREATE, { input: fieldRecord(clientId, { endsAt: "2024-05-14T09:00:00+02:00" }) });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "endsAt" });
    expect(await storedUnder(clientId)).toBe(0);
    await clients.polis.ok(CREATE, { input: fieldRecord(clientId) });
    expect(await storedUnder(clientId)).toBe(1);
  });
});
