import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stockholmYear } from "../../api/followup/follow-up-result";
import { GAZETTEER_SETTLEMENTS, KNOWN_WITHOUT_POSITION } from "../../seed/gazetteer";
import { seedAll } from "../../seed/seed";
import { startTestServer, type GqlClient, type TestServer } from "../support/test-server";
import { DEMO_PASSWORD } from "../support/test-db";
import { graphql } from "../gql";
import type { ActivityFilter, ActivityKind } from "../gql/graphql";

let server: TestServer;
let admin: GqlClient;

beforeAll(async () => {
  server = await startTestServer({ template: "demo" });
  admin = await server.as("admin");
});
afterAll(() => server?.close());

/** Done activities of some kinds in one year, counted by the API. */
async function done(year: number, kinds: ActivityKind[], extra: ActivityFilter = {}): Promise<number> {
  const data = await admin.ok(
    graphql(`
      query SeedDoneTest($filter: ActivityFilter) {
        activities(filter: $filter, first: 0) {
          totalCount
        }
      }
    `),
    { filter: { years: [year], kinds, statuses: ["DONE"], ...extra } },
  );
  return data.activities.totalCount;
}

describe("the seed: Jokkmokk's gazetteer", () => {
  it("has the municipality and every sourced town and village with its Sami name, and the schools", async () => {
    const data = await admin.ok(
      graphql(`
        query SeedGazetteerTest {
          municipality {
            code
            name
            samiName
          }
          places {
            name
            samiName
            kind
            radiusM
            lat
            lng
          }
        }
      `),
    );
    expect(data.municipality).toEqual({ code: "2510", name: "Jokkmokk", samiName: "Jåhkåmåhkke" });
    const byName = Object.fromEntries(data.places.map((p) => [p.name, p]));
    expect(byName.Jokkmokk).toMatchObject({ kind: "TOWN", radiusM: 3000 });
    for (const s of GAZETTEER_SETTLEMENTS) {
      expect(byName[s.name], s.name).toMatchObject({ kind: s.kind, samiName: s.samiName, radiusM: s.radiusM, lat: s.lat, lng: s.lng });
    }
    // The villages added beside the first eleven, with their Sami names where sourced.
    const added: Array<[string, string | null]> = [
      ["Årrenjarka", "Oarrenjárgga"],
      ["Tjåmotis", null],
      ["Nautijaur", null],
      ["Koskats", null],
    ];
    for (const [name, sami] of added) {
      expect(byName[name], name).toMatchObject({ kind: "VILLAGE", samiName: sami, radiusM: 2000 });
    }
    expect(data.places.filter((p) => p.kind === "VILLAGE").length).toBe(GAZETTEER_SETTLEMENTS.filter((s) => s.kind === "VILLAGE").length);
    for (const v of KNOWN_WITHOUT_POSITION) expect(byName[v.name], v.name).toBeUndefined();
    expect(data.places.filter((p) => p.kind === "SCHOOL").length).toBeGreaterThanOrEqual(4);
  });

  it("reaches a realistic part of the villages this year and leaves some unvisited for the map to show", async () => {
    const year = stockholmYear(new Date());
    const cov = await admin.ok(
      graphql(`
        query SeedCoverageTest($years: [Int!]) {
          coverage(filter: { years: $years, statuses: [DONE] }) {
            places {
              place {
                kind
              }
              count
            }
            unvisited {
              kind
            }
          }
        }
      `),
      { years: [year] },
    );
    const villages = GAZETTEER_SETTLEMENTS.filter((s) => s.kind === "VILLAGE").length;
    const reached = cov.coverage.places.filter((p) => p.place.kind === "VILLAGE" && p.count > 0).length;
    expect(reached / villages).toBeGreaterThanOrEqual(0.6);
    expect(reached / villages).toBeLessThanOrEqual(0.9);
    expect(cov.coverage.unvisited.filter((p) => p.kind === "VILLAGE").length).toBe(villages - reached);
  });
});

describe("the seed agrees with the published follow-up 2020–2022", () => {
  it("2020: a small number of foot patrols and traffic checks", async () => {
    expect(await done(2020, ["FOOT_PATROL"])).toBeGreaterThanOrEqual(3);
    expect(await done(2020, ["FOOT_PATROL"])).toBeLessThanOrEqual(12);
    expect(await done(2020, ["TRAFFIC_CHECK"])).toBeGreaterThanOrEqual(3);
    expect(await done(2020, ["TRAFFIC_CHECK"])).toBeLessThanOrEqual(12);
  });

  it("2021: just over 20 foot patrols, about 20 traffic checks nearly half in the villages, school visits, residential rounds", async () => {
    const patrols = await done(2021, ["FOOT_PATROL"]);
    expect(patrols).toBeGreaterThanOrEqual(21);
    expect(patrols).toBeLessThanOrEqual(25);
    const checks = await done(2021, ["TRAFFIC_CHECK"]);
    expect(checks).toBeGreaterThanOrEqual(19);
    expect(checks).toBeLessThanOrEqual(24);
    const inVillages = await done(2021, ["TRAFFIC_CHECK"], { zones: ["VILLAGE"] });
    expect(inVillages / checks).toBeGreaterThanOrEqual(0.4);
    expect(inVillages / checks).toBeLessThanOrEqual(0.49);
    const schools = await done(2021, ["SCHOOL_VISIT"]);
    expect(schools).toBeGreaterThanOrEqual(2);
    expect(schools).toBeLessThanOrEqual(4);
    expect(await done(2021, ["RESIDENTIAL_PATROL"], { zones: ["TOWN"] })).toBeGreaterThanOrEqual(3);
  });

  it("2022: about 80 traffic checks, 10 school visits, 20 village visits in at least 6 villages, 20 pub visits, youth visits, foot patrols", async () => {
    const range = async (kinds: ActivityKind[], low: number, high: number) => {
      const n = await done(2022, kinds);
      expect(n, kinds.join()).toBeGreaterThanOrEqual(low);
      expect(n, kinds.join()).toBeLessThanOrEqual(high);
    };
    await range(["TRAFFIC_CHECK"], 80, 89);
    await range(["SCHOOL_VISIT"], 9, 14);
    await range(["VILLAGE_VISIT"], 19, 24);
    await range(["PUB_VISIT"], 19, 24);
    expect(await done(2022, ["YOUTH_VISIT"])).toBeGreaterThanOrEqual(3);
    expect(await done(2022, ["FOOT_PATROL"])).toBeGreaterThan(0);
    const cov = await admin.ok(
      graphql(`
        query SeedVillageVisitsTest {
          coverage(filter: { years: [2022], kinds: [VILLAGE_VISIT], statuses: [DONE] }) {
            places {
              place {
                kind
              }
              count
            }
          }
        }
      `),
    );
    expect(cov.coverage.places.filter((p) => p.place.kind === "VILLAGE" && p.count > 0).length).toBeGreaterThanOrEqual(6);
  });
});

describe("the seed for 2023–2025 and ahead", () => {
  it("has the 2023–2025 promises' kinds every year, and one promise missed: no drug dog search in 2024", async () => {
    for (const year of [2023, 2025]) expect(await done(year, ["DRUG_DOG_SEARCH"]), String(year)).toBeGreaterThanOrEqual(1);
    expect(await done(2024, ["DRUG_DOG_SEARCH"])).toBe(0);
    for (const year of [2023, 2024, 2025]) {
      expect(await done(year, ["SCHOOL_INFORMATION"]), String(year)).toBeGreaterThanOrEqual(2);
      expect(await done(year, ["TRAFFIC_CHECK"]), String(year)).toBeGreaterThanOrEqual(20);
      expect(await done(year, ["JOINT_COMMUNICATION"]), String(year)).toBeGreaterThanOrEqual(1);
    }
  });

  it("has planned work in the coming weeks, police work among it", async () => {
    const data = await admin.ok(
      graphql(`
        query SeedPlannedTest($from: DateTime) {
          activities(filter: { statuses: [PLANNED], from: $from }, first: 500) {
            totalCount
            edges {
              node {
                organisation
                startsAt
              }
            }
          }
        }
      `),
      { from: new Date().toISOString() },
    );
    expect(data.activities.totalCount).toBeGreaterThan(0);
    expect(data.activities.edges.some((e) => e.node.organisation === "POLICE")).toBe(true);
    const latest = Math.max(...data.activities.edges.map((e) => Date.parse(e.node.startsAt)));
    expect(latest - Date.now()).toBeLessThan(60 * 86_400_000);
  });

  it("puts every activity inside the municipality's extent", async () => {
    const [row] = await server.dataSource.query(`SELECT min(lat) AS s, max(lat) AS n, min(lng) AS w, max(lng) AS e FROM activity`);
    // The extent of the 2510 outline in shared/geo (65.909–67.906 N, 16.090–21.274 E): Staloluokta
    // in Padjelanta lies far west, near the Norwegian border.
    expect(row.s).toBeGreaterThan(65.9);
    expect(row.n).toBeLessThan(67.91);
    expect(row.w).toBeGreaterThan(16.08);
    expect(row.e).toBeLessThan(21.28);
  });

  it("has the four demo users, and seeding again changes no count", async () => {
    for (const username of ["polis", "kommun", "mote"]) expect((await server.as(username)).cookie).toBeTruthy();
    const counts = async () =>
      (
        await server.dataSource.query(
          `SELECT (SELECT count(*) FROM activity)::int a, (SELECT count(*) FROM place)::int p, (SELECT count(*) FROM app_user)::int u,
              (SELECT count(*) FROM promise_period)::int pp, (SELECT count(*) FROM promise)::int pr, (SELECT count(*) FROM promise_target)::int pt`,
        )
      )[0];
    const before = await counts();
    expect(before.pp).toBe(2);
    await seedAll(server.dataSource, { demoUsers: true, demoPassword: DEMO_PASSWORD });
    expect(await counts()).toEqual(before);
  });
});
