import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ActivityKind as K, ActivityStatus as S, Organisation as O, PriorityArea as P } from "../../api/common/enums";
import { buildActivity } from "../support/factories";
import { FIXTURE_FACTS, POINTS, buildFixture } from "../support/fixture";
import { startTestServer, type GqlClient, type TestServer } from "../support/test-server";
import { graphql } from "../gql";
import type { ActivityFilter } from "../gql/graphql";

let server: TestServer;
const clients: Record<string, GqlClient> = {};
/** The ids of the titled activities added to the fixture, by a short name. */
const ids: Record<string, string> = {};

const near = (p: { lat: number; lng: number }) => ({ lat: p.lat + 0.001, lng: p.lng + 0.001 });

beforeAll(async () => {
  server = await startTestServer({ template: "empty" });
  const fixture = await buildFixture(server.dataSource);
  // The town has a Sami name; the fixture's activities have no titles.
  await server.dataSource.query(`UPDATE place SET sami_name = 'Jåhkåmåhkke' WHERE id = $1`, [fixture.places.town.id]);
  const titled = {
    percent: { title: "Nykterhetskontroll 100% av förarna", kind: K.TRAFFIC_CHECK, ...near(POINTS.porjus) },
    underscore: { title: "Kontroll_E45 vid bron", kind: K.TRAFFIC_CHECK, ...near(POINTS.porjus) },
    backslash: { title: "Väg 97\\Porjusvägen", kind: K.TRAFFIC_CHECK, ...near(POINTS.road) },
    swedish: { title: "Årsmöte i ÖSTRA byn", kind: K.CITIZEN_DIALOGUE, organisation: O.MUNICIPALITY, ...near(POINTS.vuollerim) },
    // Planned police work: only POLICE and ADMIN may find it, by any word.
    secret: { title: "Insats mot langning", kind: K.TARGETED_OPERATION, status: S.PLANNED, ...near(POINTS.vuollerim) },
  };
  for (const [name, row] of Object.entries(titled)) {
    const created = await buildActivity(server.dataSource, { organisation: O.POLICE, status: S.DONE, priorityAreas: [P.TRAFFIC], startsAt: "2023-06-06T10:00:00+02:00", ...row });
    ids[name] = created.id;
  }
  for (const name of ["polis", "kommun", "mote", "admin"]) clients[name] = await server.as(name);
});
afterAll(() => server?.close());

const QUERY = graphql(`
  query ActivitySearchTest($filter: ActivityFilter) {
    activities(filter: $filter, first: 500) {
      totalCount
      edges {
        node {
          id
          title
          place {
            name
          }
        }
      }
    }
    coverage(filter: $filter) {
      total
    }
    activityClusters(filter: $filter, bbox: { south: 60, west: 10, north: 70, east: 25 }, zoom: 3) {
      total
    }
  }
`);

/** The ids an account finds with `search` (after checking that list, count, coverage and clusters agree). */
async function found(user: string, search: string | null, filter: ActivityFilter = {}): Promise<string[]> {
  const data = await clients[user].ok(QUERY, { filter: { ...filter, search } });
  expect(data.activities.totalCount).toBe(data.activities.edges.length);
  expect(data.coverage.total, "coverage follows the search").toBe(data.activities.totalCount);
  expect(data.activityClusters.total, "clusters follow the search").toBe(data.activities.totalCount);
  return data.activities.edges.map((e) => e.node.id).sort();
}

const sorted = (...names: string[]) => names.map((n) => ids[n]).sort();

describe("search over title and place name", () => {
  it("matches a word anywhere in the title, whatever its case", async () => {
    expect(await found("polis", "NYKTERHET")).toEqual(sorted("percent"));
    expect(await found("polis", "förarna")).toEqual(sorted("percent"));
    // Swedish letters fold too.
    expect(await found("polis", "årsmöte östra")).toEqual(sorted("swedish"));
    expect(await found("polis", "ÅRSMÖTE")).toEqual(sorted("swedish"));
  });

  it("matches the place's name and its Sami name", async () => {
    const porjus = await found("polis", "porjus");
    // The two titled checks near Porjus, the fixture's two there, and the one whose title names it.
    expect(porjus).toEqual(expect.arrayContaining(sorted("percent", "underscore", "backslash")));
    expect(porjus).toHaveLength(5);
    const town = await found("polis", "jokkmokk");
    expect(await found("polis", "JÅHKÅMÅHKKE")).toEqual(town);
    expect(town.length).toBeGreaterThan(0);
  });

  it("ANDs the words: each must be in the title or the place's name", async () => {
    expect(await found("polis", "porjus kontroll")).toEqual(sorted("percent", "underscore"));
    expect(await found("polis", "  porjus   bron ")).toEqual(sorted("underscore"));
    expect(await found("polis", "porjus vuollerim")).toEqual([]);
  });

  it("takes %, _ and \\ literally (no LIKE wildcards)", async () => {
    expect(await found("polis", "%")).toEqual(sorted("percent"));
    expect(await found("polis", "100%")).toEqual(sorted("percent"));
    expect(await found("polis", "_")).toEqual(sorted("underscore"));
    // "_" would match any one character, "%" anything: as plain text they match nothing here.
    expect(await found("polis", "Kontroll%E45")).toEqual([]);
    expect(await found("polis", "Kontroll_E")).toEqual(sorted("underscore"));
    expect(await found("polis", "Nykt_rhet")).toEqual([]);
    expect(await found("polis", "97\\porjus")).toEqual(sorted("backslash"));
    expect(await found("polis", "\\")).toEqual(sorted("backslash"));
  });

  it("an empty or blank search restricts nothing; it combines with the other filters", async () => {
    expect(await found("polis", "")).toHaveLength(FIXTURE_FACTS.all.total + 5);
    expect(await found("polis", "   ")).toHaveLength(FIXTURE_FACTS.all.total + 5);
    expect(await found("polis", null)).toHaveLength(FIXTURE_FACTS.all.total + 5);
    expect(await found("polis", "porjus", { years: [2023], kinds: ["TRAFFIC_CHECK"] })).toEqual(expect.arrayContaining(sorted("percent", "underscore", "backslash")));
    expect(await found("polis", "porjus", { years: [2022] })).toEqual([]);
  });

  it("finds no planned police work for a role that may not see it, by title or by place", async () => {
    expect(await found("polis", "langning")).toEqual(sorted("secret"));
    expect(await found("admin", "langning")).toEqual(sorted("secret"));
    for (const user of ["kommun", "mote"]) {
      expect(await found(user, "langning"), user).toEqual([]);
      expect(await found(user, "insats"), user).toEqual([]);
      const vuollerim = await found(user, "vuollerim");
      expect(vuollerim, user).not.toContain(ids.secret);
      expect(vuollerim, user).toContain(ids.swedish);
    }
  });

  it("refuses a search longer than 100 characters with a Swedish message naming the field", async () => {
    expect(await found("polis", "a".repeat(100))).toEqual([]);
    const res = await clients.kommun.request(QUERY, { filter: { search: "a".repeat(101) } });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.extensions?.field).toBe("filter.search");
    expect(res.errors?.[0]?.message).toMatch(/^Sökningen får vara högst 100 tecken/);
  });
});
