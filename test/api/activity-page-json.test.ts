import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql";
import { startTestServer, type GqlClient, type TestServer } from "../support/test-server";

// The page's response, byte for byte, against a reference built here from plain SQL rows, one
// field at a time: whatever way the API builds the page, the JSON it sends must not change.

/** A field of the activity as selected, and how the reference writes it from a plain SQL row. */
const FIELDS: Record<string, { selection: string; value: (row: ReferenceRow) => unknown }> = {
  id: { selection: "id", value: (r) => r.id },
  kind: { selection: "kind", value: (r) => r.kind },
  organisation: { selection: "organisation", value: (r) => r.organisation },
  status: { selection: "status", value: (r) => r.status },
  priorityAreas: { selection: "priorityAreas", value: (r) => r.priority_areas },
  startsAt: { selection: "startsAt", value: (r) => r.starts_at.toISOString() },
  endsAt: { selection: "endsAt", value: (r) => r.ends_at?.toISOString() ?? null },
  lat: { selection: "lat", value: (r) => r.lat },
  lng: { selection: "lng", value: (r) => r.lng },
  zone: { selection: "zone", value: (r) => r.zone },
  title: { selection: "title", value: (r) => r.title },
  notes: { selection: "notes", value: (r) => r.notes },
  version: { selection: "version", value: (r) => r.version },
  typename: { selection: "__typename", value: () => "Activity" },
  outcome: {
    selection: "outcome { vehiclesChecked breathTests suspectedDrunkDriving suspectedDrugDriving peopleReached findings }",
    value: (r) => ({
      vehiclesChecked: r.vehicles_checked,
      breathTests: r.breath_tests,
      suspectedDrunkDriving: r.suspected_drunk_driving,
      suspectedDrugDriving: r.suspected_drug_driving,
      peopleReached: r.people_reached,
      findings: r.findings,
    }),
  },
  place: { selection: "place { id name }", value: (r) => (r.place_id === null ? null : { id: r.place_id, name: r.place_name }) },
};

/** A row as `pg` returns it for the reference query, with its own parsers (Date, arrays, numbers). */
interface ReferenceRow {
  id: string;
  kind: string;
  organisation: string;
  status: string;
  priority_areas: string[];
  starts_at: Date;
  ends_at: Date | null;
  lat: number;
  lng: number;
  zone: string;
  title: string | null;
  notes: string | null;
  version: number;
  vehicles_checked: number | null;
  breath_tests: number | null;
  suspected_drunk_driving: number | null;
  suspected_drug_driving: number | null;
  people_reached: number | null;
  findings: string | null;
  place_id: string | null;
  place_name: string | null;
}

/** Selections of node fields, in the order the query asks for them. */
const SELECTIONS: string[][] = [
  ["id", "kind", "organisation", "status", "priorityAreas", "startsAt", "endsAt", "lat", "lng", "zone", "title"],
  Object.keys(FIELDS),
  ["typename", "id"],
  ["outcome", "startsAt", "place", "version", "notes", "endsAt"],
];

/** A case: a filter (plain SQL for the reference) and an order. */
interface Case {
  name: string;
  filter: Record<string, unknown> | null;
  where: string;
  orderBy?: { field: string; direction: string };
  order: string;
}

const KEYSET = "a.starts_at DESC, a.id DESC";
const CASES: Case[] = [
  { name: "no filter", filter: null, where: "TRUE", order: KEYSET },
  { name: "one year, traffic", filter: { years: [2024], priorityAreas: ["TRAFFIC"] }, where: `a.priority_areas && '{TRAFFIC}' AND ${year(2024)}`, order: KEYSET },
  {
    name: "kinds and statuses",
    filter: { kinds: ["TRAFFIC_CHECK", "FOOT_PATROL"], statuses: ["DONE", "PLANNED"] },
    where: "a.kind IN ('TRAFFIC_CHECK', 'FOOT_PATROL') AND a.status IN ('DONE', 'PLANNED')",
    order: KEYSET,
  },
  {
    name: "by kind, ascending",
    filter: { organisations: ["POLICE", "JOINT"] },
    where: "a.organisation IN ('POLICE', 'JOINT')",
    orderBy: { field: "KIND", direction: "ASC" },
    order: "a.kind::text ASC NULLS LAST, a.starts_at DESC, a.id DESC",
  },
  { name: "by place, descending", filter: null, where: "TRUE", orderBy: { field: "PLACE", direction: "DESC" }, order: "p.name DESC NULLS LAST, a.starts_at DESC, a.id DESC" },
  {
    name: "oldest first",
    filter: { zones: ["TOWN", "VILLAGE"] },
    where: "a.zone IN ('TOWN', 'VILLAGE')",
    orderBy: { field: "STARTS_AT", direction: "ASC" },
    order: "a.starts_at ASC NULLS LAST, a.starts_at DESC, a.id DESC",
  },
];

/** Start times within a local year, as the filter counts them. */
function year(y: number): string {
  return `a.starts_at >= make_timestamptz(${y}, 1, 1, 0, 0, 0, 'Europe/Stockholm') AND a.starts_at < make_timestamptz(${y + 1}, 1, 1, 0, 0, 0, 'Europe/Stockholm')`;
}

/** The visibility rule, written out: live rows, and planned or cancelled police work for the police and admins only. */
const VISIBLE: Record<string, string> = {
  kommun: "a.deleted_at IS NULL AND NOT (a.organisation = 'POLICE' AND a.status <> 'DONE')",
  polis: "a.deleted_at IS NULL",
};

function query(selection: string[]): string {
  const node = selection.map((f) => FIELDS[f].selection).join(" ");
  return `query ($filter: ActivityFilter, $first: Int, $after: String, $orderBy: ActivityOrder) {
    activities(filter: $filter, first: $first, after: $after, orderBy: $orderBy) { totalCount edges { cursor node { ${node} } } pageInfo { hasNextPage endCursor } }
  }`;
}

type Page = { activities: { totalCount: number; edges: Array<{ cursor: string; node: unknown }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

/** The first selection (`SELECTIONS[0]`) as a typed document, for the pages that need no case. */
const FIRST_SELECTION = graphql(`
  query ActivityPageJsonFirstSelectionTest($filter: ActivityFilter, $first: Int, $after: String, $orderBy: ActivityOrder) {
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
          endsAt
          lat
          lng
          zone
          title
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Node fields through a named and an inline fragment. */
const FRAGMENTS = graphql(`
  query ActivityPageJsonFragmentsTest($first: Int) {
    activities(first: $first) {
      totalCount
      edges {
        cursor
        node {
          ...ActivityPageJsonRow
          ... on Activity {
            startsAt
            place {
              id
              name
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  fragment ActivityPageJsonRow on Activity {
    id
    title
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

let server: TestServer;
const clients: Record<string, GqlClient> = {};

beforeAll(async () => {
  server = await startTestServer({ template: "demo" });
  const ds = server.dataSource;
  // Values that test the JSON: sub-millisecond start times, end times, text that JSON must escape,
  // outcomes, positions with every digit, and a deleted activity (which no page may show).
  await ds.query(`UPDATE activity SET starts_at = starts_at + make_interval(secs => (id % 997) * 0.001234567), ends_at = starts_at + interval '90 minutes 0.0005 seconds' WHERE id % 3 = 0`);
  await ds.query(`UPDATE activity SET title = E'Kontroll "Porjus" \\\\ väg 97\\n\\tåäö ⛄ \\u00e9', notes = E'rad 1\\r\\nrad 2 </script> \\u2028', findings = 'Fynd: 2 knivar' WHERE id % 5 = 1`);
  await ds.query(`UPDATE activity SET vehicles_checked = id % 40, breath_tests = id % 17, suspected_drunk_driving = 0, people_reached = NULL WHERE id % 4 = 2`);
  await ds.query(`UPDATE activity SET lat = lat + 1e-13 * (id % 7), lng = lng - 0.000000123456789 WHERE id % 6 = 5`);
  await ds.query(`UPDATE activity SET deleted_at = now() WHERE id % 11 = 7`);
  for (const username of Object.keys(VISIBLE)) clients[username] = await server.as(username);
});
afterAll(() => server?.close());

/** The whole list for a case as the reference sees it: plain rows in the case's order. */
async function reference(username: string, c: Case): Promise<ReferenceRow[]> {
  return server.dataSource.query(
    `SELECT a.public_id::text AS id, a.kind::text AS kind, a.organisation::text AS organisation, a.status::text AS status, a.priority_areas::text[] AS priority_areas,
            a.starts_at, a.ends_at, a.lat, a.lng, a.zone::text AS zone, a.title, a.notes, a.version, a.vehicles_checked, a.breath_tests,
            a.suspected_drunk_driving, a.suspected_drug_driving, a.people_reached, a.findings, a.place_id::text AS place_id, p.name AS place_name
       FROM activity a LEFT JOIN place p ON p.id = a.place_id
      WHERE ${VISIBLE[username]} AND ${c.where}
      ORDER BY ${c.order}`,
  );
}

/** The page as the reference would send it (cursors apart: they are sealed with a fresh IV each time). */
function expectedPage(rows: ReferenceRow[], from: number, size: number, selection: string[]): string {
  const page = rows.slice(from, from + size);
  return JSON.stringify({
    activities: {
      totalCount: rows.length,
      edges: page.map((r) => ({ node: Object.fromEntries(selection.map((f) => [FIELDS[f].selection.split(" ")[0], FIELDS[f].value(r)])) })),
      pageInfo: { hasNextPage: rows.length > from + size },
    },
  });
}

/** The page as sent, cursors taken out (the last one is kept apart to continue). */
function sentPage(data: Page): string {
  const { totalCount, edges, pageInfo } = data.activities;
  return JSON.stringify({ activities: { totalCount, edges: edges.map((e) => ({ node: e.node })), pageInfo: { hasNextPage: pageInfo.hasNextPage } } });
}

describe("the activities page is the same JSON as plain rows give, field by field", () => {
  for (const username of Object.keys(VISIBLE)) {
    for (const c of CASES) {
      it(`${username}: ${c.name}, each selection, three pages and a whole one`, async () => {
        const rows = await reference(username, c);
        expect(rows.length).toBeGreaterThan(0);
        for (const [s, selection] of SELECTIONS.entries()) {
          const size = 3 + s;
          let after: string | null = null;
          for (let page = 0; page < 3; page += 1) {
            const data: Page = await clients[username].ok<Page>(query(selection), { filter: c.filter, first: size, after, orderBy: c.orderBy ?? null });
            expect(sentPage(data)).toBe(expectedPage(rows, page * size, size, selection));
            expect(data.activities.pageInfo.endCursor === null).toBe(data.activities.edges.length === 0);
            after = data.activities.pageInfo.endCursor;
            if (!after) break;
          }
        }
        const whole = await clients[username].ok<Page>(query(SELECTIONS[1]), { filter: c.filter, first: 500, orderBy: c.orderBy ?? null });
        expect(sentPage(whole)).toBe(expectedPage(rows, 0, 500, SELECTIONS[1]));
      });
    }
  }

  it("fields selected through a named and an inline fragment are read like any other", async () => {
    const rows = await reference("kommun", CASES[0]);
    const data = await clients.kommun.ok(FRAGMENTS, { first: 40 });
    expect(sentPage(data)).toBe(expectedPage(rows, 0, 40, ["id", "title", "outcome", "startsAt", "place"]));
  });

  it("an empty page: no edges, no end cursor", async () => {
    const data = await clients.kommun.ok(FIRST_SELECTION, { filter: { years: [] }, first: 10 });
    expect(JSON.stringify(data)).toBe(JSON.stringify({ activities: { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } } }));
    const zero = await clients.kommun.ok(FIRST_SELECTION, { filter: null, first: 0 });
    expect(zero.activities.edges).toEqual([]);
    expect(zero.activities.pageInfo.hasNextPage).toBe(true);
  });
});
