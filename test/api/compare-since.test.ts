import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type GqlClient, type TestServer } from "../support/test-server";
import { statementsOf } from "./followup-fixture";
import { graphql } from "../gql";
import type { ActivityFilter } from "../gql/graphql";

const COMPARE = graphql(`
  query CompareSinceComparisonTest($filter: ActivityFilter, $a: Int!, $b: Int!) {
    coverageComparison(filter: $filter, yearA: $a, yearB: $b) {
      yearA
      yearB
      totalA
      totalB
      byZone {
        zone
        countA
        shareA
        countB
        shareB
        change
      }
      places {
        place {
          id
          name
          kind
        }
        countA
        countB
        change
      }
      onlyInA {
        name
      }
      onlyInB {
        name
      }
    }
  }
`);

const CHANGES = graphql(`
  query CompareSinceChangesTest($since: String!, $until: DateTime) {
    meetingChanges(since: $since, until: $until) {
      since
      until
      total
      promiseYear
      byKind {
        kind
        count
      }
      byArea {
        area
        count
      }
      villagesNewlyReached {
        name
      }
      promiseChanges {
        promise {
          number
        }
        targetId
        label
        statusBefore
        statusAfter
        actualBefore
        actualAfter
      }
    }
  }
`);

let server: TestServer;
let mote: GqlClient;
let polis: GqlClient;
let admin: GqlClient;

beforeAll(async () => {
  server = await startTestServer({ template: "demo" });
  [mote, polis, admin] = await Promise.all([server.as("mote"), server.as("polis"), server.as("admin")]);
});
afterAll(() => server?.close());

/** Stockholm's local time of a row, for the hand counts (written apart from the API's own SQL). */
const LOCAL = `(a.starts_at AT TIME ZONE 'Europe/Stockholm')`;

/** Done activities per village and year straight from the table: the hand count. */
async function doneByPlace(year: number): Promise<Map<string, number>> {
  const rows: Array<{ name: string; n: number }> = await server.dataSource.query(
    `SELECT p.name, count(*)::int AS n FROM activity a JOIN place p ON p.id = a.place_id
     WHERE a.deleted_at IS NULL AND a.status = 'DONE' AND extract(year FROM ${LOCAL}) = $1 GROUP BY p.name`,
    [year],
  );
  return new Map(rows.map((r) => [r.name, r.n]));
}

describe("coverageComparison on the demo data (2020 to this year)", () => {
  it("2024 against 2025, done work: per place, the change, the villages of only one year, the shares; one grouped statement", async () => {
    const filter: ActivityFilter = { statuses: ["DONE"] };
    const { coverageComparison: c } = await mote.ok(COMPARE, { filter, a: 2024, b: 2025 });
    const [a, b] = [await doneByPlace(2024), await doneByPlace(2025)];
    expect(c.yearA).toBe(2024);
    expect(c.yearB).toBe(2025);
    for (const row of c.places) {
      expect(row.countA, row.place.name).toBe(a.get(row.place.name) ?? 0);
      expect(row.countB, row.place.name).toBe(b.get(row.place.name) ?? 0);
      expect(row.change).toBe(row.countB - row.countA);
    }
    const villages = c.places.filter((p) => p.place.kind === "VILLAGE");
    const names = (list: Array<{ name: string }>) => list.map((p) => p.name);
    const onlyA = villages.filter((p) => (a.get(p.place.name) ?? 0) > 0 && !b.get(p.place.name)).map((p) => p.place.name);
    const onlyB = villages.filter((p) => (b.get(p.place.name) ?? 0) > 0 && !a.get(p.place.name)).map((p) => p.place.name);
    expect(names(c.onlyInA)).toEqual(onlyA.sort((x, y) => x.localeCompare(y, "sv")));
    expect(names(c.onlyInB)).toEqual(onlyB.sort((x, y) => x.localeCompare(y, "sv")));
    // The demo years reach different villages, so the lists have something to show.
    expect(c.onlyInA.length + c.onlyInB.length).toBeGreaterThan(0);
    // Largest change first.
    const changes = c.places.map((p) => Math.abs(p.change));
    expect(changes).toEqual([...changes].sort((x, y) => y - x));

    const zones: Array<{ zone: string; year: number; n: number }> = await server.dataSource.query(
      `SELECT a.zone::text AS zone, extract(year FROM ${LOCAL})::int AS year, count(*)::int AS n FROM activity a
       WHERE a.deleted_at IS NULL AND a.status = 'DONE' AND extract(year FROM ${LOCAL}) IN (2024, 2025) GROUP BY 1, 2`,
    );
    const zoneCount = (zone: string, year: number) => zones.find((z) => z.zone === zone && z.year === year)?.n ?? 0;
    expect(c.totalA).toBe(zones.filter((z) => z.year === 2024).reduce((s, z) => s + z.n, 0));
    expect(c.totalB).toBe(zones.filter((z) => z.year === 2025).reduce((s, z) => s + z.n, 0));
    expect(c.byZone.map((z) => z.zone)).toEqual(["TOWN", "VILLAGE", "RURAL"]);
    for (const z of c.byZone) {
      expect(z.countA).toBe(zoneCount(z.zone, 2024));
      expect(z.countB).toBe(zoneCount(z.zone, 2025));
      expect(z.shareA).toBeCloseTo(z.countA / c.totalA, 10);
      expect(z.shareB).toBeCloseTo(z.countB / c.totalB, 10);
      expect(z.change).toBe(z.countB - z.countA);
    }

    const session = await statementsOf(server, () => mote.ok(`{ me { id } }`));
    // The session's, the places and one grouped aggregate, whatever the number of places.
    expect(await statementsOf(server, () => mote.ok(COMPARE, { filter, a: 2021, b: 2022 }))).toBe(session + 2);
  });

  it("honours the filter's other fields and the reader's visibility, and ignores its years", async () => {
    const traffic = await mote.ok(COMPARE, { filter: { years: [2020], kinds: ["TRAFFIC_CHECK"], statuses: ["DONE"] }, a: 2021, b: 2022 });
    const [n2021] = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM activity a WHERE a.deleted_at IS NULL AND a.status = 'DONE' AND a.kind = 'TRAFFIC_CHECK' AND extract(year FROM ${LOCAL}) = 2021`,
    );
    expect(traffic.coverageComparison.totalA).toBe(n2021.n);
    // Planned police work of the current and next year: the police count it, a VIEWER does not.
    const year = new Date().getFullYear();
    const [planned] = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM activity a WHERE a.deleted_at IS NULL AND a.status = 'PLANNED' AND a.organisation = 'POLICE' AND extract(year FROM ${LOCAL}) = $1`,
      [year],
    );
    expect(planned.n).toBeGreaterThan(0);
    const asPolice = await polis.ok(COMPARE, { filter: { statuses: ["PLANNED"], organisations: ["POLICE"] }, a: year - 1, b: year });
    const asViewer = await mote.ok(COMPARE, { filter: { statuses: ["PLANNED"], organisations: ["POLICE"] }, a: year - 1, b: year });
    expect(asPolice.coverageComparison.totalB).toBe(planned.n);
    expect(asViewer.coverageComparison.totalB).toBe(0);
  });

  it("refuses the same year twice and years out of range, with a code and the field", async () => {
    const same = await mote.request(COMPARE, { a: 2024, b: 2024 });
    expect(same.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "yearB" });
    expect(same.errors?.[0].message).toBe("Välj två olika år att jämföra.");
    const early = await mote.request(COMPARE, { a: 1999, b: 2024 });
    expect(early.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "yearA" });
    const anonymous = await server.client().request(COMPARE, { a: 2023, b: 2024 });
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("meetings and what changed since one", () => {
  it("ADMIN and the meeting (VIEWER) record meetings, audited; others may not; bad days are refused", async () => {
    const RECORD = graphql(`
      mutation CompareSinceRecordTest($d: String!, $n: String) {
        recordMeeting(heldOn: $d, note: $n) {
          id
          heldOn
          note
        }
      }
    `);
    const first = await admin.ok(RECORD, { d: "2024-11-01", n: "  Samverkansmöte hösten  " });
    expect(first.recordMeeting).toMatchObject({ heldOn: "2024-11-01", note: "Samverkansmöte hösten" });
    await mote.ok(RECORD, { d: "2025-05-12" });
    const list = await polis.ok(
      graphql(`
        query CompareSinceMeetingsTest {
          meetings {
            heldOn
          }
        }
      `),
    );
    expect(list.meetings.map((m) => m.heldOn)).toEqual(["2025-05-12", "2024-11-01"]);
    const [audit] = await server.dataSource.query(`SELECT action, actor_username FROM audit_event WHERE entity = 'meeting' AND entity_id = $1`, [first.recordMeeting.id]);
    expect(audit).toEqual({ action: "CREATE", actor_username: "admin" });

    const twice = await mote.request(RECORD, { d: "2025-05-12" });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "heldOn" });
    expect(twice.errors?.[0].message).toBe("Ett möte den 2025-05-12 finns redan.");
    for (const d of ["2025-02-30", "12/5 2025", "2999-01-01", "1999-12-31"]) {
      const bad = await admin.request(RECORD, { d });
      expect(bad.errors?.[0].extensions, d).toMatchObject({ code: "BAD_USER_INPUT", field: "heldOn" });
    }
    const police = await polis.request(RECORD, { d: "2025-06-01" });
    expect(police.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("since 2025-05-12 to 2025-10-01: the done work by kind and area, and the villages newly reached, against a hand count", async () => {
    const until = "2025-10-01T12:00:00Z";
    const { meetingChanges: m } = await mote.ok(CHANGES, { since: "2025-05-12", until });
    expect(m.since).toBe("2025-05-12");
    expect(m.promiseYear).toBe(2025);
    const window = `a.deleted_at IS NULL AND a.status = 'DONE' AND ${LOCAL} >= '2025-05-12' AND a.starts_at <= $1`;
    const kinds: Array<{ kind: string; n: number }> = await server.dataSource.query(`SELECT a.kind::text AS kind, count(*)::int AS n FROM activity a WHERE ${window} GROUP BY 1`, [until]);
    expect(m.total).toBe(kinds.reduce((s, k) => s + k.n, 0));
    expect(m.total).toBeGreaterThan(0);
    expect(Object.fromEntries(m.byKind.map((k) => [k.kind, k.count]))).toEqual(Object.fromEntries(kinds.map((k) => [k.kind, k.n])));
    const areas: Array<{ area: string; n: number }> = await server.dataSource.query(`SELECT area::text, count(*)::int AS n FROM activity a, unnest(a.priority_areas) area WHERE ${window} GROUP BY 1`, [
      until,
    ]);
    for (const a of m.byArea) expect(a.count, a.area).toBe(areas.find((x) => x.area === a.area)?.n ?? 0);
    const villages: Array<{ name: string }> = await server.dataSource.query(
      `SELECT p.name FROM place p WHERE p.kind = 'VILLAGE'
         AND EXISTS (SELECT 1 FROM activity a WHERE a.place_id = p.id AND ${window})
         AND NOT EXISTS (SELECT 1 FROM activity a WHERE a.place_id = p.id AND a.deleted_at IS NULL AND a.status = 'DONE' AND ${LOCAL} >= '2025-01-01' AND ${LOCAL} < '2025-05-12')
       ORDER BY p.name COLLATE "sv-SE-x-icu"`,
      [until],
    );
    expect(m.villagesNewlyReached.map((v) => v.name)).toEqual(villages.map((v) => v.name));
    expect(m.villagesNewlyReached.length).toBeGreaterThan(0);
    for (const c of m.promiseChanges) expect(c.statusBefore).not.toBe(c.statusAfter);
  });

  it("since 2024-11-01 into 2025: the year's running targets became MET or NOT_MET, the missed dog search among them", async () => {
    const { meetingChanges: m } = await mote.ok(CHANGES, { since: "2024-11-01", until: "2025-01-15T12:00:00Z" });
    expect(m.promiseYear).toBe(2024);
    const dog = m.promiseChanges.find((c) => c.promise.number === 5);
    expect(dog).toMatchObject({ statusBefore: "AT_RISK", statusAfter: "NOT_MET", actualBefore: 0, actualAfter: 0 });
    // After the year every status is the follow-up's verdict of 2024; before, a running year's pace (on track or at risk).
    const { followUp } = await mote.ok(
      graphql(`
        query CompareSinceFollowUpTest {
          followUp(year: 2024) {
            promises {
              targetId
              status
              promise {
                number
              }
            }
          }
        }
      `),
    );
    for (const c of m.promiseChanges) {
      expect(c.statusAfter).toBe(followUp.promises.find((p) => p.targetId === c.targetId && p.promise.number === c.promise.number)!.status);
      // A village cadence has no pace: it is IN_PROGRESS until every village has its visits.
      expect(["ON_TRACK", "AT_RISK", "IN_PROGRESS", "MET"]).toContain(c.statusBefore);
    }
    // A target already MET on 1 November cannot change: only the ones still running are listed.
    expect(m.promiseChanges.every((c) => ["ON_TRACK", "AT_RISK", "IN_PROGRESS"].includes(c.statusBefore))).toBe(true);
  });

  it("refuses a day that is not a date, in the future, or after `until`", async () => {
    for (const [since, until, field] of [
      ["2025-13-01", null, "since"],
      ["3000-01-01", null, "since"],
      ["2025-05-12", "2025-05-01T00:00:00Z", "until"],
    ] as const) {
      const res = await mote.request(CHANGES, { since, until });
      expect(res.errors?.[0].extensions, since).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
  });
});
