import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ActivityKind as K, ActivityStatus as S, Organisation as O, PriorityArea as P } from "../../api/common/enums";
import { buildActivity } from "../support/factories";
import { POINTS, buildFixture } from "../support/fixture";
import { startTestServer, type GqlClient, type TestServer } from "../support/test-server";
import { graphql } from "../gql";
import type { ActivityFilter, CoverageTestQuery, CoverageTimelineTestQuery } from "../gql/graphql";

const COVERAGE = graphql(`
  query CoverageTest($filter: ActivityFilter) {
    coverage(filter: $filter) {
      total
      byZone {
        zone
        count
        share
      }
      places {
        place {
          name
          kind
        }
        count
        lastActivityAt
        daysSinceLast
        byKind {
          kind
          count
        }
      }
      unvisited {
        name
        kind
      }
    }
  }
`);

const COVERAGE_LIST_COUNT = graphql(`
  query CoverageListCountTest($filter: ActivityFilter) {
    activities(filter: $filter) {
      totalCount
    }
  }
`);

let server: TestServer;
let admin: GqlClient;

beforeAll(async () => {
  server = await startTestServer({ template: "empty" });
  await buildFixture(server.dataSource);
  admin = await server.as("admin");
});
afterAll(() => server?.close());

const byName = (data: CoverageTestQuery) => Object.fromEntries(data.coverage.places.map((p) => [p.place.name, p]));

describe("coverage against hand counts", () => {
  it("all years: town, villages and elsewhere, place by place", async () => {
    const data = await admin.ok(COVERAGE, {});
    expect(data.coverage.total).toBe(10);
    expect(data.coverage.byZone).toEqual([
      { zone: "TOWN", count: 4, share: 0.4 },
      { zone: "VILLAGE", count: 4, share: 0.4 },
      { zone: "RURAL", count: 2, share: 0.2 },
    ]);
    const places = byName(data);
    expect(places.Jokkmokk.count).toBe(3);
    expect(places.Porjus.count).toBe(2);
    expect(places.Vuollerim.count).toBe(2);
    expect(places.Kvikkjokk.count).toBe(0);
    expect(places.Kvikkjokk.lastActivityAt).toBeNull();
    expect(places.Kvikkjokk.daysSinceLast).toBeNull();
    expect(places["Lapplands Gymnasium"].count).toBe(1);
    expect(places.Porjus.byKind).toEqual([
      { kind: "TRAFFIC_CHECK", count: 1 },
      { kind: "VILLAGE_VISIT", count: 1 },
    ]);
    expect(places.Porjus.lastActivityAt).toBe("2023-05-05T10:00:00.000Z");
    const expectedDays = Math.floor((Date.now() - Date.parse("2023-05-05T10:00:00Z")) / 86_400_000);
    expect(places.Porjus.daysSinceLast).toBe(expectedDays);
    expect(data.coverage.unvisited).toEqual([{ name: "Kvikkjokk", kind: "VILLAGE" }]);
    // Most activities first.
    expect(data.coverage.places.map((p) => p.count)).toEqual([...data.coverage.places.map((p) => p.count)].sort((a, b) => b - a));
  });

  it("one year and one priority area", async () => {
    const data = await admin.ok(COVERAGE, { filter: { years: [2023], priorityAreas: ["VIOLENCE"] } });
    expect(data.coverage.total).toBe(2);
    expect(data.coverage.byZone.map((z) => z.count)).toEqual([1, 1, 0]);
    expect(data.coverage.byZone.map((z) => z.share)).toEqual([0.5, 0.5, 0]);
    expect(data.coverage.unvisited.map((p) => p.name)).toEqual(["Kvikkjokk", "Porjus"]);
  });

  it("nothing matches: shares are 0 and every town and village is unvisited", async () => {
    const data = await admin.ok(COVERAGE, { filter: { years: [2021] } });
    expect(data.coverage.total).toBe(0);
    expect(data.coverage.byZone.every((z) => z.count === 0 && z.share === 0)).toBe(true);
    expect(data.coverage.unvisited.map((p) => p.name)).toEqual(["Jokkmokk", "Kvikkjokk", "Porjus", "Vuollerim"]);
  });

  it("agrees with the activities list for the same filter", async () => {
    const filter: ActivityFilter = { years: [2022, 2023], zones: ["VILLAGE", "RURAL"] };
    const cov = await admin.ok(COVERAGE, { filter });
    const list = await admin.ok(COVERAGE_LIST_COUNT, { filter });
    expect(cov.coverage.total).toBe(list.activities.totalCount);
  });
});

const TIMELINE = graphql(`
  query CoverageTimelineTest($filter: ActivityFilter) {
    coverage(filter: $filter) {
      total
      places {
        place {
          name
        }
        lastDoneAt
        daysSinceLastDone
        nextPlannedAt
        daysUntilNextPlanned
      }
    }
  }
`);

const DAY = 86_400_000;
/** The calendar day of an instant in Jokkmokk, as YYYY-MM-DD. */
const localDay = (at: Date) => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(at);
/** Whole calendar days (Europe/Stockholm) from `from` to `to`. */
const calendarDays = (from: Date, to: Date) => Math.round((Date.parse(localDay(to)) - Date.parse(localDay(from))) / DAY);

describe("last done and next planned: all time, the other filters, the reader's visibility", () => {
  const now = Date.now();
  const at = (days: number) => new Date(now + days * DAY);
  // Porjus already has police work done in 2023 (a traffic check on 1 January, a village visit on 5 May).
  const porjus = { lat: POINTS.porjus.lat + 0.001, lng: POINTS.porjus.lng };
  const added = {
    jointVisitDone: at(-100),
    policeCheckPlanned: at(19),
    municipalDialoguePlanned: at(40),
    policeCheckCancelled: at(5),
    policeOverduePlanned: at(-3),
  };
  const porjusOf = (data: CoverageTimelineTestQuery) => data.coverage.places.find((p) => p.place.name === "Porjus")!;
  const timeline = async (client: GqlClient, filter: ActivityFilter) => porjusOf(await client.ok(TIMELINE, { filter }));
  let polis: GqlClient;
  let kommun: GqlClient;

  beforeAll(async () => {
    const ds = server.dataSource;
    await buildActivity(ds, { kind: K.VILLAGE_VISIT, organisation: O.JOINT, status: S.DONE, priorityAreas: [P.VIOLENCE], startsAt: added.jointVisitDone.toISOString(), ...porjus });
    await buildActivity(ds, { kind: K.TRAFFIC_CHECK, organisation: O.POLICE, status: S.PLANNED, priorityAreas: [P.TRAFFIC], startsAt: added.policeCheckPlanned.toISOString(), ...porjus });
    await buildActivity(ds, {
      kind: K.CITIZEN_DIALOGUE,
      organisation: O.MUNICIPALITY,
      status: S.PLANNED,
      priorityAreas: [P.VIOLENCE],
      startsAt: added.municipalDialoguePlanned.toISOString(),
      ...porjus,
    });
    await buildActivity(ds, { kind: K.TRAFFIC_CHECK, organisation: O.POLICE, status: S.CANCELLED, priorityAreas: [P.TRAFFIC], startsAt: added.policeCheckCancelled.toISOString(), ...porjus });
    await buildActivity(ds, { kind: K.FOOT_PATROL, organisation: O.POLICE, status: S.PLANNED, priorityAreas: [P.TRAFFIC], startsAt: added.policeOverduePlanned.toISOString(), ...porjus });
    [polis, kommun] = await Promise.all([server.as("polis"), server.as("kommun")]);
  });

  it("last done ignores planned work and the year and status filters", async () => {
    const filters: ActivityFilter[] = [{}, { years: [2022] }, { years: [2023] }, { statuses: ["PLANNED"] }, { from: "2020-01-01T00:00:00Z", to: "2020-12-31T00:00:00Z" }];
    for (const filter of filters) {
      const row = await timeline(admin, filter);
      expect(row.lastDoneAt, JSON.stringify(filter)).toBe(added.jointVisitDone.toISOString());
      expect(row.daysSinceLastDone).toBe(calendarDays(added.jointVisitDone, new Date()));
      // The next planned is in the future: neither the cancelled check nor the overdue patrol.
      expect(row.nextPlannedAt).toBe(added.policeCheckPlanned.toISOString());
      expect(row.daysUntilNextPlanned).toBe(calendarDays(new Date(), added.policeCheckPlanned));
    }
    // The deprecated field still answers within the selection (planned included).
    const old = await admin.ok(COVERAGE, { filter: { years: [2023] } });
    expect(byName(old).Porjus.lastActivityAt).toBe("2023-05-05T10:00:00.000Z");
  });

  it("next planned honours visibility: kommun and mote never see police planned work", async () => {
    expect((await timeline(polis, {})).nextPlannedAt).toBe(added.policeCheckPlanned.toISOString());
    const mote = await server.as("mote");
    for (const reader of [kommun, mote]) {
      const row = await timeline(reader, {});
      expect(row.nextPlannedAt).toBe(added.municipalDialoguePlanned.toISOString());
      expect(row.daysUntilNextPlanned).toBe(calendarDays(new Date(), added.municipalDialoguePlanned));
      expect(row.lastDoneAt).toBe(added.jointVisitDone.toISOString());
      // Police only: nothing planned that this reader may see, so nothing to infer.
      const police = await timeline(reader, { organisations: ["POLICE"] });
      expect(police.nextPlannedAt).toBeNull();
      expect(police.daysUntilNextPlanned).toBeNull();
      expect(police.lastDoneAt).toBe("2023-05-05T10:00:00.000Z");
    }
  });

  it("organisation, kind and priority area filters apply", async () => {
    const police = await timeline(admin, { organisations: ["POLICE"] });
    expect([police.lastDoneAt, police.nextPlannedAt]).toEqual(["2023-05-05T10:00:00.000Z", added.policeCheckPlanned.toISOString()]);
    const municipal = await timeline(admin, { organisations: ["MUNICIPALITY"] });
    expect([municipal.lastDoneAt, municipal.daysSinceLastDone, municipal.nextPlannedAt]).toEqual([null, null, added.municipalDialoguePlanned.toISOString()]);
    const visits = await timeline(admin, { kinds: ["VILLAGE_VISIT"] });
    expect([visits.lastDoneAt, visits.nextPlannedAt]).toEqual([added.jointVisitDone.toISOString(), null]);
    const traffic = await timeline(admin, { priorityAreas: ["TRAFFIC"], years: [2020] });
    expect([traffic.lastDoneAt, traffic.nextPlannedAt]).toEqual(["2023-01-01T00:30:00+01:00", added.policeCheckPlanned.toISOString()].map((d) => new Date(d).toISOString()));
    // A place without any matching work says so with nulls.
    const kvikkjokk = (await admin.ok(TIMELINE, {})).coverage.places.find((p) => p.place.name === "Kvikkjokk")!;
    expect(kvikkjokk).toMatchObject({ lastDoneAt: null, daysSinceLastDone: null, nextPlannedAt: null, daysUntilNextPlanned: null });
  });

  it("onwardFromYear adds every activity from that year on to the years, with no upper bound", async () => {
    const year = Number(localDay(new Date()).slice(0, 4));
    const onward = Object.values(added).filter((d) => Number(localDay(d).slice(0, 4)) >= year).length;
    const total = async (filter: ActivityFilter) => (await admin.ok(TIMELINE, { filter })).coverage.total;
    expect(await total({ onwardFromYear: year })).toBe(onward);
    expect(await total({ years: [2022], onwardFromYear: year })).toBe(3 + onward);
    expect(await total({ years: [2022, 2023], onwardFromYear: 2023 })).toBe(10 + Object.keys(added).length);
    const res = await admin.request(TIMELINE, { filter: { years: [2023], onwardFromYear: 1999 } });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.extensions?.field).toBe("filter.onwardFromYear");
  });
});

describe("coverage is one SQL aggregate", () => {
  it("makes the same number of statements whatever the number of activities", async () => {
    const statements = async () => {
      const before = server.statements;
      await admin.ok(COVERAGE, { filter: { years: [2023] } });
      await admin.ok(TIMELINE, { filter: { years: [2023], organisations: ["POLICE", "JOINT"] } });
      return server.statements - before;
    };
    const small = await statements();
    await server.dataSource.query(`INSERT INTO activity (kind, organisation, status, priority_areas, starts_at, lat, lng, zone)
      SELECT 'FOOT_PATROL', 'POLICE', 'DONE', '{VIOLENCE}', '2023-03-01T12:00:00Z'::timestamptz + g * interval '1 minute', 66.6, 19.8, 'TOWN'
      FROM generate_series(1, 2000) g`);
    // And many at one village, done and planned (a statement per place or per row would show here).
    await server.dataSource.query(`INSERT INTO activity (kind, organisation, status, priority_areas, starts_at, lat, lng, zone, place_id)
      SELECT 'VILLAGE_VISIT', 'JOINT', CASE WHEN g % 2 = 0 THEN 'DONE' ELSE 'PLANNED' END::activity_status, '{FLEXIBLE}',
             CASE WHEN g % 2 = 0 THEN now() - g * interval '1 hour' ELSE now() + g * interval '1 hour' END, 66.9583, 19.8189, 'VILLAGE', p.id
      FROM generate_series(1, 500) g, place p WHERE p.name = 'Porjus'`);
    const large = await statements();
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(10); // per request: session, touch, aggregate, last done and next planned, places
  });
});
