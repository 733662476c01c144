import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type GqlClient, type TestServer } from "../support/test-server";
import { CURRENT_YEAR, PLACES, SECRET, buildFollowUpFixture, statementsOf } from "./followup-fixture";
import { graphql } from "../gql";

const PUBLIC = graphql(`
  query FollowUpPublicTest($year: Int!) {
    publicFollowUp(year: $year) {
      year
      periodName
      inProgress
      total
      inTown
      outsideTown
      inVillages
      elsewhere
      targetedOperations
      smallVillageLimit
      promises {
        number
        promiseTitle
        organisation
        priorityArea
        label
        measure
        actual
        target
        status
        explanation
        previousActual
      }
      previous {
        year
        total
        inTown
        outsideTown
        inVillages
        elsewhere
        targetedOperations
      }
      byKind {
        kind
        count
      }
      byMonth {
        month
        count
      }
      villages {
        name
        samiName
        lat
        lng
        reached
        count
        previousReached
        previousCount
      }
    }
  }
`);

const SCHEMA_TYPES = graphql(`
  query FollowUpPublicSchemaTypesTest {
    __schema {
      types {
        name
        kind
        fields {
          name
          type {
            kind
            name
            ofType {
              kind
              name
              ofType {
                kind
                name
                ofType {
                  kind
                  name
                }
              }
            }
          }
        }
      }
    }
  }
`);

/** A type reference as introspection returns it, wrappers (list, non-null) around a named type; the answer's own type is as deep as the query asks. */
type TypeRef = { name: string | null; ofType?: TypeRef | null };

let server: TestServer;
let citizen: GqlClient;

beforeAll(async () => {
  server = await startTestServer({ template: "empty" });
  await buildFollowUpFixture(server.dataSource);
  citizen = server.client();
});
afterAll(() => server?.close());

const publicFollowUp = async (year: number) => (await citizen.ok(PUBLIC, { year })).publicFollowUp;

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
    const { __schema } = await citizen.ok(SCHEMA_TYPES);
    const types = new Map(__schema.types.map((t) => [t.name, t]));
    const named = (ref: TypeRef): string => ref.name ?? named(ref.ofType!);
    // Every type reachable from PublicFollowUp.
    const reachable = new Set<string>();
    const visit = (name: string) => {
      if (reachable.has(name)) return;
      reachable.add(name);
      for (const field of types.get(name)?.fields ?? []) visit(named(field.type));
    };
    visit("PublicFollowUp");
    visit("PublicMap");
    expect([...reachable].filter((n) => types.get(n)?.kind === "OBJECT").sort()).toEqual([
      "KindCount",
      "MonthCount",
      "PublicFollowUp",
      "PublicMap",
      "PublicPromiseResult",
      "PublicVillage",
      "PublicYearTotals",
    ]);
    expect(reachable.has("DateTime")).toBe(false);
    expect(reachable.has("ActivityStatus")).toBe(false);
    const fields = [...reachable].flatMap((n) => (types.get(n)?.fields ?? []).map((f) => `${n}.${f.name}`));
    for (const forbidden of ["title", "notes", "findings", "startsAt", "endsAt", "zone", "id"]) {
      expect(
        fields.filter((f) => f.endsWith(`.${forbidden}`)),
        forbidden,
      ).toEqual([]);
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
      expect((await client.ok(PUBLIC, { year: 2023 })).publicFollowUp).toEqual(anonymous);
    }
  });

  it("splits the total into named parts that add up: town, villages, elsewhere and targeted operations", async () => {
    for (const year of [2022, 2023, 2024, CURRENT_YEAR]) {
      const f = await publicFollowUp(year);
      for (const t of [f, f.previous]) {
        expect(t.inTown + t.inVillages + t.elsewhere + t.targetedOperations, `${year}: ${JSON.stringify(t)}`).toBe(t.total);
        expect(t.outsideTown).toBe(t.inVillages + t.elsewhere);
      }
    }
    // 2023: 17 in town, 5 in villages (and the two operations near Porjus and Kvikkjokk), 2 on the road.
    expect(await publicFollowUp(2023)).toMatchObject({ total: 26, inTown: 17, inVillages: 5, elsewhere: 2, targetedOperations: 2, outsideTown: 7 });
  });

  it("gives the year before beside each figure: totals, each promise's result and each village", async () => {
    const f = await publicFollowUp(2024);
    expect(f.previous).toEqual({ year: 2023, total: 26, inTown: 17, outsideTown: 7, inVillages: 5, elsewhere: 2, targetedOperations: 2 });
    const y2023 = await publicFollowUp(2023);
    // The same targets measured over 2023 (the periods' promises are alike, so the 2023 page's figures).
    expect(f.promises.map((p) => p.previousActual)).toEqual(y2023.promises.map((p) => p.actual));
    expect(f.villages.map((v) => [v.name, v.previousReached, v.previousCount])).toEqual(y2023.villages.map((v) => [v.name, v.reached, v.count]));
    // 2022 held one check in the town; 1999 is simply empty.
    expect(y2023.previous).toMatchObject({ year: 2022, total: 1, inTown: 1, targetedOperations: 0 });
    expect((await publicFollowUp(2000)).previous).toMatchObject({ year: 1999, total: 0 });
  });

  it("writes the result sentences in English when asked", async () => {
    const { publicFollowUp: f } = await citizen.ok(
      graphql(`
        query FollowUpPublicEnTest {
          publicFollowUp(year: 2023) {
            promises {
              explanation(language: EN)
            }
          }
        }
      `),
    );
    expect(f.promises[5].explanation).toBe("45% of the traffic checks outside the town (target: at least 40%)");
  });

  it("gives the map's boundary and tiles without a session", async () => {
    const { publicMap } = await citizen.ok(
      graphql(`
        query FollowUpPublicMapTest {
          publicMap {
            boundary
            tileUrl
            tileAttribution
          }
        }
      `),
    );
    expect(publicMap.tileUrl).toContain("{z}");
    expect(publicMap.tileAttribution).not.toBe("");
  });
});
