import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stockholmDay } from "../../api/followup/forecast";
import { startTestServer, type GqlClient, type TestServer } from "../support/test-server";
import { CURRENT_YEAR, FOLLOW_UP, buildFollowUpFixture, statementsOf, type FollowUpResult as Result } from "./followup-fixture";
import { graphql } from "../gql";
import type { ActivityFilter, Organisation } from "../gql/graphql";

let server: TestServer;
const clients: Record<string, GqlClient> = {};

beforeAll(async () => {
  server = await startTestServer({ template: "empty" });
  await buildFollowUpFixture(server.dataSource);
  for (const name of ["polis", "kommun", "mote", "admin"]) clients[name] = await server.as(name);
});
afterAll(() => server?.close());

const followUp = async (year: number, as = "mote") => (await clients[as].ok(FOLLOW_UP, { year })).followUp;
/** The results as [promise number, status, actual, explanation]. */
const summary = (results: Result[]) => results.map((r) => [r.promise.number, r.status, r.actual, r.explanation]);

describe("the follow-up against hand counts (fixture in followup-fixture.ts)", () => {
  it("2023: every kind of target, a missed one among them", async () => {
    const f = await followUp(2023);
    expect(f.year).toBe(2023);
    expect(f.inProgress).toBe(false);
    expect(f.period).toMatchObject({ name: "Prov 2023–2024", startYear: 2023, endYear: 2024 });
    expect(summary(f.promises)).toEqual([
      // COUNT_PER_YEAR by priority area, no number promised: two foot patrols and a village visit.
      [1, "NO_TARGET", 3, "3 aktiviteter mot våld, hat och hot (inget antal utlovat)"],
      // COUNT_PER_YEAR at a school level: none done at the lower secondary school (missed), 3 at the gymnasium.
      [2, "NOT_MET", 0, "0 av minst 1 informationstillfällen på högstadiet"],
      [2, "MET", 3, "3 av minst 1 informationstillfällen på gymnasiet"],
      [3, "MET", 1, "1 av minst 1 narkotikasök med hund på gymnasiet"],
      // MONTHS_COVERED: no check done in July (cancelled) or December (deleted).
      [4, "NOT_MET", 10, "Trafikkontroller under 10 av 12 månader"],
      // SHARE_OUTSIDE_TOWN: 5 of 11.
      [4, "MET", 5 / 11, "45 % av trafikkontrollerna utanför tätorten (mål: minst 40 %)"],
      [5, "NO_TARGET", 2, "2 riktade insatser (inget antal utlovat)"],
      // No target at all: followed up by its area, FLEXIBLE.
      [6, "NO_TARGET", 5, "5 aktiviteter utifrån problembilder (inget antal utlovat)"],
      // COUNT_PER_YEAR at a place kind without a level: the visit in the town does not count.
      [7, "MET", 2, "2 av minst 2 skolbesök på skolorna"],
    ]);
    const byNumber = (n: number) => f.promises.filter((r) => r.promise.number === n);
    expect(byNumber(6)[0]).toMatchObject({ targetId: null, label: "Aktiviteter utifrån problembilder per år", measure: "COUNT_PER_YEAR", target: null });
    expect(byNumber(4).map((r) => [r.measure, r.target, r.activityCount])).toEqual([
      ["MONTHS_COVERED", 12, 11],
      ["SHARE_OUTSIDE_TOWN", 0.4, 11],
    ]);
    expect(byNumber(2).map((r) => r.label)).toEqual(["Information på högstadiet", "Information på gymnasiet"]);
    expect(f.promises.every((r) => r.targetId === null || /^\d+$/.test(r.targetId))).toBe(true);
  });

  it("2023: totals by kind, zone and month, and the villages reached and not", async () => {
    const f = await followUp(2023);
    expect(f.total).toBe(26);
    expect(Object.fromEntries(f.byKind.filter((k) => k.count > 0).map((k) => [k.kind, k.count]))).toEqual({
      FOOT_PATROL: 2,
      TRAFFIC_CHECK: 11,
      VILLAGE_VISIT: 1,
      SCHOOL_VISIT: 3,
      SCHOOL_INFORMATION: 4,
      DRUG_DOG_SEARCH: 2,
      TARGETED_OPERATION: 2,
      CITIZEN_DIALOGUE: 1,
    });
    expect(f.byKind).toHaveLength(12);
    expect(f.byZone).toEqual([
      { zone: "TOWN", count: 17, share: 17 / 26 },
      { zone: "VILLAGE", count: 7, share: 7 / 26 },
      { zone: "RURAL", count: 2, share: 2 / 26 },
    ]);
    expect(f.byMonth.map((m) => m.count)).toEqual([1, 3, 3, 3, 3, 2, 1, 2, 3, 3, 2, 0]);
    expect(f.villagesReached.map((v) => [v.place.name, v.count])).toEqual([
      ["Porjus", 2],
      ["Vuollerim", 2],
      ["Kvikkjokk", 1],
      ["Murjek", 1],
      ["Saltoluokta", 1],
    ]);
    expect(f.villagesNotReached.map((v) => v.name)).toEqual(["Snesudden"]);
  });

  it("2023 beside 2022: the previous year measured by the same promises", async () => {
    const f = await followUp(2023);
    expect(f.previous.year).toBe(2022);
    // Only the check at 23:30 on New Year's Eve (22:30 UTC) belongs to 2022.
    expect(f.previous.total).toBe(1);
    expect(f.previous.byKind.find((k) => k.kind === "TRAFFIC_CHECK")?.count).toBe(1);
    const traffic = f.previous.promises.filter((r) => r.promise.number === 4);
    expect(traffic.map((r) => [r.measure, r.actual, r.status])).toEqual([
      ["MONTHS_COVERED", 1, "NOT_MET"],
      ["SHARE_OUTSIDE_TOWN", 0, "NOT_MET"],
    ]);
    expect(f.previous.promises).toHaveLength(f.promises.length);
  });

  it("2024: the drug dog search missed (only planned), every month covered, too few checks outside the town", async () => {
    const f = await followUp(2024);
    expect(summary(f.promises.filter((r) => [2, 3, 4].includes(r.promise.number)))).toEqual([
      [2, "MET", 1, "1 av minst 1 informationstillfälle på högstadiet"],
      [2, "MET", 1, "1 av minst 1 informationstillfälle på gymnasiet"],
      [3, "NOT_MET", 0, "0 av minst 1 narkotikasök med hund på gymnasiet"],
      [4, "MET", 12, "Trafikkontroller under 12 av 12 månader"],
      [4, "NOT_MET", 0.25, "25 % av trafikkontrollerna utanför tätorten (mål: minst 40 %)"],
    ]);
    expect(f.total).toBe(14);
    expect(f.previous.year).toBe(2023);
    expect(f.previous.total).toBe(26);
  });

  it(`the current year (${CURRENT_YEAR}) is in progress: a reached count is MET, the rest ON_TRACK or AT_RISK by the forecast`, async () => {
    const f = await followUp(CURRENT_YEAR);
    expect(f.inProgress).toBe(true);
    expect(f.period?.name).toBe("Prov innevarande år");
    // The only check is in January: after January, the months without one make 12 of 12 impossible.
    const monthsStatus = stockholmDay().month === 1 ? "ON_TRACK" : "AT_RISK";
    expect(summary(f.promises)).toEqual([
      [1, "AT_RISK", 0, "0 av minst 1 narkotikasök med hund på gymnasiet (året pågår)"],
      [2, "MET", 1, "1 av minst 1 informationstillfälle på gymnasiet (året pågår)"],
      [3, monthsStatus, 1, "Trafikkontroller under 1 av 12 månader (året pågår)"],
      // A share can still fall before the year is over, so it is not yet MET although above 40 %: on track.
      [3, "ON_TRACK", 1, "100 % av trafikkontrollerna utanför tätorten (mål: minst 40 %; året pågår)"],
    ]);
  });

  it("a year without a period: totals only, and the page can say so", async () => {
    const f = await followUp(2022);
    expect(f.period).toBeNull();
    expect(f.promises).toEqual([]);
    expect(f.total).toBe(1);
    expect(f.villagesNotReached).toHaveLength(6);
  });

  it("2000 and next year are allowed; earlier than 2000 or later than next year is BAD_USER_INPUT", async () => {
    expect((await followUp(CURRENT_YEAR + 1)).total).toBe(0);
    // 2000 is the first year; its previous year, 1999, is simply empty.
    expect((await followUp(2000)).previous).toMatchObject({ year: 1999, total: 0 });
    for (const year of [1999, CURRENT_YEAR + 2]) {
      const res = await clients.mote.request(FOLLOW_UP, { year });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "year" });
    }
  });

  it("needs a session", async () => {
    const res = await server.client().request(FOLLOW_UP, { year: 2023 });
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await server.client().request(`{ followUpCsv(year: 2023) }`)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await server.client().request(`{ activitiesCsv }`)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await server.client().request(`{ promisePeriods { id } }`)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("counts DONE activities only, so every role reads the same figures", async () => {
    const figures = await Promise.all(["mote", "kommun", "polis", "admin"].map((name) => followUp(2023, name)));
    for (const f of figures.slice(1)) expect(f).toEqual(figures[0]);
  });

  it("takes the same few statements for every year", async () => {
    const session = await statementsOf(server, () => clients.mote.ok(`{ me { id } }`));
    // The promise catalog (3: periods, promises, targets), the places (1), one aggregate for both years.
    for (const year of [2023, 2024, CURRENT_YEAR]) expect(await statementsOf(server, () => followUp(year)), String(year)).toBe(session + 5);
  });
});

const FOLLOW_UP_CSV = graphql(`
  query FollowUpCsvTest {
    followUpCsv(year: 2023)
  }
`);
const ACTIVITY_COUNT = graphql(`
  query FollowUpActivityCountTest($filter: ActivityFilter) {
    activities(filter: $filter, first: 0) {
      totalCount
    }
  }
`);

describe("CSV export", () => {
  /** The lines of a CSV document (without the BOM), split on CRLF. */
  const lines = (csv: string) => csv.slice(1).split("\r\n").slice(0, -1);

  it("the follow-up table: BOM, semicolons, CRLF, one row per target with the previous year", async () => {
    const { followUpCsv } = await clients.mote.ok(FOLLOW_UP_CSV);
    expect(followUpCsv.startsWith("\uFEFF")).toBe(true);
    expect(followUpCsv.endsWith("\r\n")).toBe(true);
    // The columns before the forecast and the hours (followup-pace.test.ts checks those).
    const rows = lines(followUpCsv).map((row) => row.split(";").slice(0, -3).join(";"));
    expect(lines(followUpCsv)[0].split(";").slice(-3)).toEqual(["Prognos vid årets slut", "Timmar på plats", "Aktiviteter utan sluttid"]);
    expect(rows[0]).toBe("År;Löfte nr;Löfte;Mål;Mått;Utfall;Målvärde;Status;Förklaring;Utfall 2022");
    expect(rows).toHaveLength(1 + 9);
    expect(rows).toContain("2023;2;Information i skolorna;Information på högstadiet;Antal per år;0;1;Ej uppfyllt;0 av minst 1 informationstillfällen på högstadiet;0");
    expect(rows).toContain(
      "2023;4;Trafikkontroller;Andel trafikkontroller utanför tätorten;Andel utanför tätorten;0,454545;0,4;Uppfyllt;45 % av trafikkontrollerna utanför tätorten (mål: minst 40 %);0",
    );
    expect(rows).toContain("2023;6;Flexibelt;Aktiviteter utifrån problembilder per år;Antal per år;5;;Inget mål;5 aktiviteter utifrån problembilder (inget antal utlovat);0");
  });

  const ACTIVITIES_CSV = graphql(`
    query FollowUpActivitiesCsvTest($filter: ActivityFilter) {
      activitiesCsv(filter: $filter)
    }
  `);
  const activitiesCsv = async (as: string, filter: ActivityFilter) => (await clients[as].ok(ACTIVITIES_CSV, { filter })).activitiesCsv;

  it("the activities of a filter, as the reader may see them: mote's has no planned police rows, polis's does", async () => {
    const header =
      "Id;Typ;Organisation;Status;Prioriterade områden;Start;Slut;Plats;Zon;Latitud;Longitud;Rubrik;Anteckningar;Kontrollerade fordon;Utandningsprov;Misstänkt rattfylleri;Misstänkt drograttfylleri;Personer som nåddes;Fynd";
    const mote = await activitiesCsv("mote", { years: [2023] });
    const polis = await activitiesCsv("polis", { years: [2023] });
    for (const csv of [mote, polis]) {
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      expect(lines(csv)[0]).toBe(header);
    }
    // 26 done; polis also sees the cancelled check and the planned operation; both see the planned municipal and joint work.
    expect(lines(mote)).toHaveLength(1 + 28);
    expect(lines(polis)).toHaveLength(1 + 30);
    const policeNotDone = (csv: string) => lines(csv).filter((l) => /;Polisen;(Planerad|Inställd);/.test(l));
    expect(policeNotDone(mote)).toEqual([]);
    expect(policeNotDone(polis).map((l) => l.split(";")[1])).toEqual(["Trafikkontroll", "Riktad insats"]);
    // Stockholm times without seconds, Swedish labels, decimal commas.
    const first = lines(mote)[1].split(";");
    expect(first.slice(1, 11)).toEqual(["Trafikkontroll", "Polisen", "Genomförd", "Trafiksäkerhet", "2023-01-01 00:30", "2023-01-01 02:30", "Porjus", "Byarna", "66,9603", "19,8169"]);
    // Reading planned police rows is audited, like any other read of them.
    const [audit] = await server.dataSource.query(`SELECT actor_username, details FROM audit_event WHERE action = 'READ_PLANNED_POLICE' ORDER BY id DESC LIMIT 1`);
    expect(audit.actor_username).toBe("polis");
    expect(audit.details).toMatchObject({ export: "csv", filter: { years: [2023] } });
    expect(audit.details.ids).toHaveLength(2);
  });

  it("follows the filter like the map does", async () => {
    const filter: ActivityFilter = { years: [2023, 2024], kinds: ["SCHOOL_INFORMATION"], statuses: ["DONE"] };
    const csv = await activitiesCsv("kommun", filter);
    const list = await clients.kommun.ok(ACTIVITY_COUNT, { filter });
    expect(lines(csv)).toHaveLength(1 + list.activities.totalCount);
    expect(
      lines(csv)
        .slice(1)
        .every((l) => l.split(";")[1] === "Information på skola"),
    ).toBe(true);
  });

  it("refuses more than 50 000 rows with BAD_USER_INPUT, and gives exactly 50 000", async () => {
    await server.dataSource.query(
      `INSERT INTO activity (kind, organisation, status, priority_areas, starts_at, lat, lng, zone)
       SELECT 'FOOT_PATROL', 'POLICE', 'DONE', '{FLEXIBLE}', timestamptz '2010-06-01 12:00+02' + n * interval '1 minute', 66.6053, 19.8281, 'TOWN'
       FROM generate_series(1, 50001) AS n`,
    );
    const res = await clients.mote.request(ACTIVITIES_CSV, { filter: { years: [2010] } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter" });
    expect(res.errors?.[0]?.message).toMatch(/fler än 50\s000 aktiviteter/);
    await server.dataSource.query(`DELETE FROM activity WHERE id = (SELECT max(id) FROM activity)`);
    expect(lines(await activitiesCsv("mote", { years: [2010] }))).toHaveLength(1 + 50_000);
  });
});

describe("the follow-up of a chosen organisation", () => {
  const OF = graphql(`
    query FollowUpOfTest($year: Int!, $organisations: [Organisation!]) {
      followUp(year: $year, organisations: $organisations) {
        total
        byZone {
          zone
          count
        }
        promises {
          promise {
            number
          }
          actual
        }
        villagesReached {
          place {
            name
          }
          count
        }
        villagesNotReached {
          name
        }
        previous {
          total
          villagesReached {
            place {
              name
            }
            count
          }
        }
      }
    }
  `);
  const followUpOf = async (organisations: Organisation[] | null, as = "kommun", year = 2023) => (await clients[as].ok(OF, { year, organisations })).followUp;
  const reached = (f: { villagesReached: Array<{ place: { name: string }; count: number }> }) => f.villagesReached.map((v) => [v.place.name, v.count]);

  it("counts the villages of the chosen organisation only, as the rest of the page does", async () => {
    // Of 2023's villages only Saltoluokta had a municipal activity (a citizen dialogue).
    const municipal = await followUpOf(["MUNICIPALITY"]);
    expect(reached(municipal)).toEqual([["Saltoluokta", 1]]);
    expect(municipal.villagesNotReached.map((v) => v.name)).toEqual(["Kvikkjokk", "Murjek", "Porjus", "Snesudden", "Vuollerim"]);
    expect(municipal.total).toBe(1);
    expect(municipal.byZone.reduce((sum, z) => sum + z.count, 0)).toBe(1);
    // Joint: the village visit in Vuollerim; police: the checks and the targeted operations.
    expect(reached(await followUpOf(["JOINT"]))).toEqual([["Vuollerim", 1]]);
    expect(reached(await followUpOf(["POLICE"]))).toEqual([
      ["Porjus", 2],
      ["Kvikkjokk", 1],
      ["Murjek", 1],
      ["Vuollerim", 1],
    ]);
    // The promises count the same activities: no municipal foot patrol, dog search or check.
    expect(municipal.promises.filter((r) => [1, 3, 4].includes(r.promise.number)).map((r) => r.actual)).toEqual([0, 0, 0, 0]);
  });

  it("filters the year before alike, and all organisations when none or every one is chosen", async () => {
    expect(reached((await followUpOf(["MUNICIPALITY"], "kommun", 2024)).previous)).toEqual([["Saltoluokta", 1]]);
    const all = await followUpOf(null);
    expect(await followUpOf(["POLICE", "MUNICIPALITY", "JOINT"])).toEqual(all);
    expect(reached(all)).toEqual([
      ["Porjus", 2],
      ["Vuollerim", 2],
      ["Kvikkjokk", 1],
      ["Murjek", 1],
      ["Saltoluokta", 1],
    ]);
  });

  it("filters the CSV table alike", async () => {
    const { followUpCsv } = await clients.kommun.ok(
      graphql(`
        query FollowUpCsvOfTest($o: [Organisation!]) {
          followUpCsv(year: 2023, organisations: $o)
        }
      `),
      { o: ["MUNICIPALITY"] },
    );
    expect(followUpCsv).toContain("0 av minst 1 narkotikasök med hund på gymnasiet");
  });
});

describe("the result sentences in English", () => {
  const EN = graphql(`
    query FollowUpEnTest($year: Int!) {
      followUp(year: $year) {
        promises {
          promise {
            number
          }
          sv: explanation
          en: explanation(language: EN)
        }
      }
    }
  `);

  it("writes each sentence in Swedish by default and in English when asked", async () => {
    const { followUp: f } = await clients.mote.ok(EN, { year: 2023 });
    expect(f.promises.map((r) => r.en)).toEqual([
      "3 activities against violence, hate and threats (no number promised)",
      "0 of at least 1 information sessions at the lower secondary school",
      "3 of at least 1 information sessions at the upper secondary school",
      "1 of at least 1 drug search with a dog at the upper secondary school",
      "Traffic checks in 10 of 12 months",
      "45% of the traffic checks outside the town (target: at least 40%)",
      "2 targeted operations (no number promised)",
      "5 activities on current problems (no number promised)",
      "2 of at least 2 school visits at the schools",
    ]);
    expect(f.promises[0].sv).toBe("3 aktiviteter mot våld, hat och hot (inget antal utlovat)");
    const { followUp: now } = await clients.mote.ok(EN, { year: CURRENT_YEAR });
    expect(now.promises[0].en).toBe("0 of at least 1 drug searches with a dog at the upper secondary school (the year is in progress)");
  });
});
