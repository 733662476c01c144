import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stockholmYear } from "../../api/followup/follow-up-result";
import { startTestServer, type GqlClient, type TestServer } from "../support/test-server";
import { FOLLOW_UP, statementsOf, type FollowUpData } from "./followup-fixture";
import { graphql } from "../gql";

let server: TestServer;
let mote: GqlClient;

beforeAll(async () => {
  server = await startTestServer({ template: "demo" });
  mote = await server.as("mote");
});
afterAll(() => server?.close());

const followUp = async (year: number) => (await mote.ok(FOLLOW_UP, { year })).followUp;
const kindCount = (f: { byKind: Array<{ kind: string; count: number }> }, kind: string) => f.byKind.find((k) => k.kind === kind)!.count;
const promise = (f: FollowUpData["followUp"], number: number) => f.promises.filter((p) => p.promise.number === number);

describe("the follow-up of the demo data agrees with the published follow-up 2020–2022", () => {
  it("2021: just over 20 foot patrols, about 20 traffic checks, a few school visits, residential rounds", async () => {
    const f = await followUp(2021);
    expect(f.period?.name).toBe("Medborgarlöfte 2020–2022");
    expect(kindCount(f, "FOOT_PATROL")).toBeGreaterThanOrEqual(21);
    expect(kindCount(f, "FOOT_PATROL")).toBeLessThanOrEqual(25);
    expect(kindCount(f, "TRAFFIC_CHECK")).toBeGreaterThanOrEqual(19);
    expect(kindCount(f, "TRAFFIC_CHECK")).toBeLessThanOrEqual(24);
    expect(kindCount(f, "SCHOOL_VISIT")).toBeGreaterThanOrEqual(2);
    expect(kindCount(f, "SCHOOL_VISIT")).toBeLessThanOrEqual(4);
    expect(kindCount(f, "RESIDENTIAL_PATROL")).toBeGreaterThanOrEqual(3);
    // The 2020–2022 promises name no number: every result is NO_TARGET.
    expect(f.promises.every((p) => p.status === "NO_TARGET" && p.target === null)).toBe(true);
    expect(promise(f, 2)[0].actual).toBe(kindCount(f, "TRAFFIC_CHECK"));
    expect(promise(f, 1)[0].actual).toBe(kindCount(f, "FOOT_PATROL") + kindCount(f, "RESIDENTIAL_PATROL"));
    expect(f.previous.year).toBe(2020);
    expect(kindCount(f.previous, "FOOT_PATROL")).toBeGreaterThanOrEqual(3);
    expect(kindCount(f.previous, "FOOT_PATROL")).toBeLessThanOrEqual(12);
  });

  it("2022: about 80 traffic checks, 10 school visits, 20 village visits in at least 6 villages, 20 pub visits, youth visits", async () => {
    const f = await followUp(2022);
    const between = (kind: string, low: number, high: number) => {
      expect(kindCount(f, kind), kind).toBeGreaterThanOrEqual(low);
      expect(kindCount(f, kind), kind).toBeLessThanOrEqual(high);
    };
    between("TRAFFIC_CHECK", 80, 89);
    between("SCHOOL_VISIT", 9, 14);
    between("VILLAGE_VISIT", 19, 24);
    between("PUB_VISIT", 19, 24);
    expect(kindCount(f, "YOUTH_VISIT")).toBeGreaterThanOrEqual(3);
    expect(kindCount(f, "FOOT_PATROL")).toBeGreaterThan(0);
    expect(f.villagesReached.length).toBeGreaterThanOrEqual(6);
    expect(promise(f, 3)[0].actual).toBe(kindCount(f, "VILLAGE_VISIT"));
    expect(promise(f, 5)[0].actual).toBe(kindCount(f, "PUB_VISIT") + kindCount(f, "YOUTH_VISIT"));
  });

  it("agrees with the activities list, kind by kind", async () => {
    const f = await followUp(2022);
    const list = await mote.ok(
      graphql(`
        query FollowUpSeedCountTest {
          activities(filter: { years: [2022], statuses: [DONE] }, first: 0) {
            totalCount
          }
        }
      `),
    );
    expect(f.total).toBe(list.activities.totalCount);
    expect(f.byKind.reduce((s, k) => s + k.count, 0)).toBe(f.total);
    expect(f.byZone.reduce((s, z) => s + z.count, 0)).toBe(f.total);
    expect(f.byMonth.reduce((s, m) => s + m.count, 0)).toBe(f.total);
  });
});

describe("the follow-up of the 2023–2025 promises", () => {
  it("2024 misses promise 5 (no drug dog search at the gymnasium); 2023 and 2025 meet it", async () => {
    const f2024 = await followUp(2024);
    expect(f2024.period?.name).toBe("Medborgarlöfte 2023–2025");
    expect(promise(f2024, 5)).toEqual([
      expect.objectContaining({ measure: "COUNT_PER_YEAR", actual: 0, target: 1, status: "NOT_MET", explanation: "0 av minst 1 narkotikasök med hund på gymnasiet" }),
    ]);
    // The year before, measured by the same promise, met it.
    expect(f2024.previous.promises.find((p) => p.promise.number === 5)).toMatchObject({ actual: 1, status: "MET" });
    for (const year of [2023, 2025]) {
      const f = await followUp(year);
      expect(promise(f, 5)[0], String(year)).toMatchObject({ status: "MET" });
      expect(promise(f, 5)[0].actual, String(year)).toBeGreaterThanOrEqual(1);
    }
    // 2024 misses nothing else but the village cadence of promise 1 (twice a year; the demo's
    // village visits come round each village about once a year).
    expect(f2024.promises.filter((p) => p.status === "NOT_MET").map((p) => [p.promise.number, p.measure])).toEqual([
      [1, "VILLAGE_CADENCE"],
      [5, "COUNT_PER_YEAR"],
    ]);
  });

  it("2023: the other promises as the seed plans them, in words", async () => {
    const f = await followUp(2023);
    expect(f.inProgress).toBe(false);
    expect(promise(f, 4).map((p) => [p.label, p.status])).toEqual([
      ["Information på högstadiet (minst 1 per år)", "MET"],
      ["Information på gymnasiet (minst 1 per år)", "MET"],
    ]);
    expect(promise(f, 4)[1].explanation).toBe("1 av minst 1 informationstillfälle på gymnasiet");
    const [months, share] = promise(f, 6);
    expect(months).toMatchObject({ measure: "MONTHS_COVERED", actual: 12, target: 12, status: "MET", explanation: "Trafikkontroller under 12 av 12 månader" });
    // The seed's plan: 20 of 44 traffic checks outside the town.
    expect(share).toMatchObject({ measure: "SHARE_OUTSIDE_TOWN", target: 0.4, status: "MET", activityCount: 44 });
    expect(share.actual).toBeCloseTo(20 / 44, 10);
    expect(share.explanation).toBe("45 % av trafikkontrollerna utanför tätorten (mål: minst 40 %)");
    expect(promise(f, 3)[0]).toMatchObject({ actual: 3, status: "NO_TARGET", explanation: "3 riktade insatser (inget antal utlovat)" });
    expect(promise(f, 7)[0]).toMatchObject({ actual: 4, status: "NO_TARGET" });
  });

  it("a year no period covers has no promises but its totals", async () => {
    const year = stockholmYear();
    const f = await followUp(year);
    expect(f.period).toBeNull();
    expect(f.promises).toEqual([]);
    expect(f.inProgress).toBe(true);
  });

  it("takes a constant handful of statements, however many activities", async () => {
    /** Statements one request sends. */
    const session = await statementsOf(server, () => mote.ok(`{ me { id } }`));
    // Beyond the session: the promise catalog (3), the places (1), one aggregate for both years and,
    // for a period with a village cadence (2023–2025), one count of the villages that met it.
    expect(await statementsOf(server, () => followUp(2024))).toBe(session + 6);
    expect(await statementsOf(server, () => followUp(2022))).toBe(session + 5);
  });
});

describe("the public follow-up of the demo data", () => {
  it("2024: promise 5 missed; small villages shown as reached or not, without counts", async () => {
    const { publicFollowUp: f } = await server.client().ok(
      graphql(`
        query FollowUpSeedPublicTest {
          publicFollowUp(year: 2024) {
            promises {
              number
              status
            }
            villages {
              name
              reached
              count
            }
          }
        }
      `),
    );
    expect(f.promises.filter((p) => p.status === "NOT_MET").map((p) => p.number)).toEqual([1, 5]);
    const villages = Object.fromEntries(f.villages.map((v) => [v.name, v]));
    // Under 50 inhabitants (Kvikkjokk 20, Snesudden 23) or none recorded: no count.
    for (const name of ["Kvikkjokk", "Snesudden", "Puottaure", "Saltoluokta", "Harsprånget"]) expect(villages[name].count, name).toBeNull();
    for (const name of ["Porjus", "Vuollerim", "Murjek", "Kåbdalis", "Mattisudden", "Randijaur"]) expect(villages[name].count, name).not.toBeNull();
    expect(villages.Porjus.reached).toBe(true);
  });
});
