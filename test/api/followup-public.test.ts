import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type GqlClient, type TestServer } from "../support/test-server";
import { CURRENT_YEAR, PLACES, SECRET, buildFollowUpFixture, statementsOf } from "./followup-fixture";

const PUBLIC = `query ($year: Int!) {
  publicFollowUp(year: $year) {
    year periodName inProgress total inTown outsideTown smallVillageLimit
    promises { number promiseTitle organisation priorityArea label measure actual target status explanation }
    byKind { kind count } byMonth { month count }
    villages { name samiName lat lng reached count }
  }
}`;

type PublicData = {
  publicFollowUp: {
    year: number;
    periodName: string | null;
    inProgress: boolean;
    total: number;
    inTown: number;
    outsideTown: number;
    smallVillageLimit: number;
    promises: Array<{ number: number; promiseTitle: string; label: string; measure: string; actual: number; target: number | null; status: string; explanation: string }>;
    byKind: Array<{ kind: string; count: number }>;
    byMonth: Array<{ month: number; count: number }>;
    villages: Array<{ name: string; samiName: string | null; lat: number; lng: number; reached: boolean; count: number | null }>;
  };
};

/** A type reference as introspection returns it. */
type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null };
type IntrospectedType = { name: string; kind: string; fields: Array<{ name: string; type: TypeRef }> | null };

let server: TestServer;
let citizen: GqlClient;

beforeAll(async () => {
  server = await startTestServer({ template: "empty" });
  await buildFollowUpFixture(server.dataSource);
  citizen = server.client();
});
afterAll(() => server?.close());

const publicFollowUp = async (year: number) => (await citizen.ok<PublicData>(PUBLIC, { year })).publicFollowUp;

/** Every scalar (string, number, boolean) of a JSON value, with the key it sits under. */
function leaves(value: unknown, key = ""): Array<{ key: string; value: string | number | boolean }> {
  if (Array.isArray(value)) return value.flatMap((v) => leaves(v, key));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => leaves(v, k));
  return value === null || value === undefined ? [] : [{ key, value: value as string | number | boolean }];
}

describe("the public follow-up, without signing in", () => {
  it("answers without a session, with the figures of done activities", async () => {
    const f = await publicFollowUp(2023);
    expect(f).toMatchObject({ year: 2023, periodName: "Prov 2023–2024", inProgress: false, total: 26, smallVillageLimit: 50 });
    expect(f.promises.map((p) => [p.number, p.status, p.actual])).toEqual([
      [1, "NO_TARGET", 3],
      [2, "NOT_MET", 0],
      [2, "MET", 3],
      [3, "MET", 1],
      [4, "NOT_MET", 10],
      [4, "MET", 5 / 11],
      [5, "NO_TARGET", 2],
      [6, "NO_TARGET", 5],
      [7, "MET", 2],
    ]);
    expect(f.promises[5].explanation).toBe("45 % av trafikkontrollerna utanför tätorten (mål: minst 40 %)");
  });

  it("shows targeted operations only as their yearly count: not by month, zone or village", async () => {
    const f = await publicFollowUp(2023);
    const targeted = f.byKind.find((k) => k.kind === "TARGETED_OPERATION")!.count;
    expect(targeted).toBe(2);
    expect(f.promises.find((p) => p.number === 5)?.actual).toBe(2);
    expect(f.byKind.reduce((s, k) => s + k.count, 0)).toBe(f.total);
    // The two operations (February in Porjus, October in Kvikkjokk) are in no month, zone or village.
    expect(f.byMonth.map((m) => m.count)).toEqual([1, 2, 3, 3, 3, 2, 1, 2, 3, 2, 2, 0]);
    expect(f.byMonth.reduce((s, m) => s + m.count, 0)).toBe(f.total - targeted);
    expect([f.inTown, f.outsideTown]).toEqual([17, 7]);
  });

  it("counts each village, but small ones (under 50 inhabitants or unknown) only as reached or not", async () => {
    const f = await publicFollowUp(2023);
    expect(f.villages.map((v) => [v.name, v.reached, v.count])).toEqual([
      // Reached only by a targeted operation: not reached here (staff see it reached).
      ["Kvikkjokk", false, null],
      ["Murjek", true, 1],
      ["Porjus", true, 1],
      ["Saltoluokta", true, null],
      ["Snesudden", false, null],
      ["Vuollerim", true, 2],
    ]);
    for (const v of f.villages) expect([v.lat, v.lng]).toEqual([PLACES[v.name as keyof typeof PLACES].lat, PLACES[v.name as keyof typeof PLACES].lng]);
  });

  it("counts no planned work: the planned drug dog search of this year leaves the promise in progress", async () => {
    const f = await publicFollowUp(CURRENT_YEAR);
    expect(f.inProgress).toBe(true);
    expect(f.promises[0]).toMatchObject({ number: 1, actual: 0, status: "IN_PROGRESS", explanation: "0 av minst 1 narkotikasök med hund på gymnasiet (året pågår)" });
    expect(f.byKind.find((k) => k.kind === "DRUG_DOG_SEARCH")?.count).toBe(0);
  });

  it("holds no title, note, timestamp or position of an activity in its answer", async () => {
    const activities: Array<{ lat: number; lng: number }> = await server.dataSource.query(`SELECT lat, lng FROM activity`);
    const placePositions = new Set<number>(Object.values(PLACES).flatMap((p) => [p.lat, p.lng]));
    const activityPositions = new Set(activities.flatMap((a) => [a.lat, a.lng]).filter((x) => !placePositions.has(x)));
    expect(activityPositions.size).toBeGreaterThan(10);
    for (const year of [2022, 2023, 2024, CURRENT_YEAR]) {
      const answer = await citizen.request(PUBLIC, { year });
      const json = JSON.stringify(answer.data);
      expect(json).not.toContain(SECRET);
      // No date (2023-03-14) and no time of day (18:30) anywhere.
      expect(json).not.toMatch(/\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}/);
      for (const leaf of leaves(answer.data)) {
        if (typeof leaf.value !== "number") continue;
        expect(activityPositions.has(leaf.value), `${leaf.key}=${leaf.value}`).toBe(false);
        if (leaf.key === "lat" || leaf.key === "lng") expect(placePositions.has(leaf.value)).toBe(true);
      }
    }
  });

  it("has a type that cannot hold them: only aggregates, no activity, date, title or note", async () => {
    const { __schema } = await citizen.ok<{ __schema: { types: IntrospectedType[] } }>(`{
      __schema { types { name kind fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
    }`);
    const types = new Map(__schema.types.map((t) => [t.name, t]));
    const named = (ref: TypeRef): string => (ref.name ?? named(ref.ofType!));
    // Every type reachable from PublicFollowUp.
    const reachable = new Set<string>();
    const visit = (name: string) => {
      if (reachable.has(name)) return;
      reachable.add(name);
      for (const field of types.get(name)?.fields ?? []) visit(named(field.type));
    };
    visit("PublicFollowUp");
    expect([...reachable].filter((n) => types.get(n)?.kind === "OBJECT").sort()).toEqual(["KindCount", "MonthCount", "PublicFollowUp", "PublicPromiseResult", "PublicVillage"]);
    expect(reachable.has("DateTime")).toBe(false);
    expect(reachable.has("ActivityStatus")).toBe(false);
    const fields = [...reachable].flatMap((n) => (types.get(n)?.fields ?? []).map((f) => `${n}.${f.name}`));
    for (const forbidden of ["title", "notes", "findings", "startsAt", "endsAt", "zone", "id"]) {
      expect(fields.filter((f) => f.endsWith(`.${forbidden}`)), forbidden).toEqual([]);
    }
    expect(fields.filter((f) => /\.(lat|lng)$/.test(f))).toEqual(["PublicVillage.lat", "PublicVillage.lng"]);
  });

  it("takes a year from 2000 to next year", async () => {
    expect((await publicFollowUp(CURRENT_YEAR + 1)).total).toBe(0);
    for (const year of [1999, CURRENT_YEAR + 2]) {
      const res = await citizen.request(PUBLIC, { year });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "year" });
    }
  });

  it("takes five statements: the promise catalog (3), the places and one aggregate", async () => {
    expect(await statementsOf(server, () => publicFollowUp(2023))).toBe(5);
    expect(await statementsOf(server, () => publicFollowUp(CURRENT_YEAR))).toBe(5);
  });

  it("reads the same for every role as for a citizen", async () => {
    const anonymous = await publicFollowUp(2023);
    for (const name of ["mote", "polis"]) {
      const client = await server.as(name);
      expect((await client.ok<PublicData>(PUBLIC, { year: 2023 })).publicFollowUp).toEqual(anonymous);
    }
  });
});
