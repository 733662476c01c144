import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ActivityKind, Organisation, PriorityArea } from "../../api/common/enums";
import { buildActivity } from "../support/factories";
import { startTestServer, type GqlClient, type TestServer } from "../support/test-server";
import { graphql } from "../gql";
import type { FollowUpPaceTestQuery } from "../gql/graphql";

/**
 * The follow-up as it stood on a day, over the demo data (its years are fixed: 2024 is a year of
 * the 2023–2025 promises), checked against counts made here with SQL of our own (Stockholm days by
 * a plain time-zone cast) and forecasts computed here by the formula.
 */

const PACE = graphql(`
  query FollowUpPaceTest($year: Int!, $asOf: String) {
    followUp(year: $year, asOf: $asOf) {
      year
      asOf
      inProgress
      promises {
        label
        measure
        actual
        target
        status
        forecast
        hours
        activitiesWithoutEnd
        promise {
          number
        }
      }
      timeSpent {
        hours
        withoutEnd
        byKind {
          kind
          hours
          withoutEnd
        }
        byOrganisation {
          organisation
          hours
          withoutEnd
        }
      }
    }
  }
`);

type PaceData = FollowUpPaceTestQuery;
type Result = PaceData["followUp"]["promises"][number];

/** Each seeded 2023–2025 target's condition, written out here from the promise texts (alias a, place p). */
const CONDITION: Record<string, string> = {
  "Aktiviteter mot våld, hat och hot per år": `'VIOLENCE' = ANY (a.priority_areas)`,
  "Aktiviteter mot alkohol och droger per år": `'ALCOHOL_DRUGS' = ANY (a.priority_areas)`,
  "Riktade insatser per år": `a.kind = 'TARGETED_OPERATION'`,
  "Information på högstadiet (minst 1 per år)": `a.kind = 'SCHOOL_INFORMATION' AND p.kind = 'SCHOOL' AND p.school_level = 'LOWER_SECONDARY'`,
  "Information på gymnasiet (minst 1 per år)": `a.kind = 'SCHOOL_INFORMATION' AND p.kind = 'SCHOOL' AND p.school_level = 'UPPER_SECONDARY'`,
  "Narkotikasök med hund på gymnasiet (minst 1 per år)": `a.kind = 'DRUG_DOG_SEARCH' AND p.kind = 'SCHOOL' AND p.school_level = 'UPPER_SECONDARY'`,
  "Månader med trafikkontroll (12 av 12)": `a.kind = 'TRAFFIC_CHECK'`,
  "Andel trafikkontroller utanför tätorten (minst 40 %)": `a.kind = 'TRAFFIC_CHECK'`,
  "Gemensam kommunikation per år": `a.kind = 'JOINT_COMMUNICATION'`,
};

let server: TestServer;
let mote: GqlClient;

beforeAll(async () => {
  server = await startTestServer({ template: "demo" });
  mote = await server.as("mote");
  const town = { lat: 66.6053, lng: 19.8281 };
  // A foot patrol recorded without an end: its time is unknown. Two joint communications on either
  // side of midnight after 30 June: the first happened by the end of that day, the second did not.
  await buildActivity(server.dataSource, { kind: ActivityKind.FOOT_PATROL, startsAt: "2024-05-15T10:00:00+02:00", ...town });
  for (const startsAt of ["2024-06-30T23:30:00+02:00", "2024-07-01T00:10:00+02:00"]) {
    await buildActivity(server.dataSource, { kind: ActivityKind.JOINT_COMMUNICATION, organisation: Organisation.JOINT, priorityAreas: [PriorityArea.FLEXIBLE], startsAt, ...town });
  }
});
afterAll(() => server?.close());

/** Per year and month (Stockholm) the done activities of a condition that started by the end of `asOf`, 2021–2024. */
async function handCount(condition: string, asOf: string): Promise<Map<number, { n: number[]; outside: number }>> {
  const rows: Array<{ y: number; m: number; n: number; outside: number }> = await server.dataSource.query(
    `SELECT extract(year FROM a.starts_at AT TIME ZONE 'Europe/Stockholm')::int AS y, extract(month FROM a.starts_at AT TIME ZONE 'Europe/Stockholm')::int AS m,
            count(*)::int AS n, count(*) FILTER (WHERE a.zone <> 'TOWN')::int AS outside
     FROM activity a LEFT JOIN place p ON p.id = a.place_id
     WHERE a.status = 'DONE' AND a.deleted_at IS NULL AND (${condition}) AND (a.starts_at AT TIME ZONE 'Europe/Stockholm')::date <= $1::date
     GROUP BY 1, 2`,
    [asOf],
  );
  const years = new Map<number, { n: number[]; outside: number }>();
  for (const y of [2021, 2022, 2023, 2024]) years.set(y, { n: Array(12).fill(0), outside: 0 });
  for (const r of rows) {
    const year = years.get(r.y);
    if (!year) continue;
    year.n[r.m - 1] += r.n;
    year.outside += r.outside;
  }
  return years;
}

/** The forecast for 2024 on day `day` of `month`, by the formula, from the hand count. */
function expectedForecast(measure: Result["measure"], counts: Map<number, { n: number[]; outside: number }>, month: number, day: number): number {
  const now = counts.get(2024)!;
  const count = now.n.reduce((s, n) => s + n, 0);
  const daysIn = (m: number) => new Date(Date.UTC(2024, m, 0)).getUTCDate();
  if (measure === "SHARE_OUTSIDE_TOWN") return count === 0 ? 0 : now.outside / count;
  if (measure === "MONTHS_COVERED") {
    const covered = now.n.filter((n) => n > 0).length;
    let possible = 0;
    for (let m = month; m <= 12; m += 1) if (now.n[m - 1] === 0 && !(m === month && day === daysIn(m))) possible += 1;
    return covered + possible;
  }
  const history = Array.from({ length: 12 }, (_, i) => [2021, 2022, 2023].reduce((s, y) => s + counts.get(y)!.n[i], 0));
  const total = history.reduce((s, n) => s + n, 0);
  let daysGone = day;
  for (let m = 1; m < month; m += 1) daysGone += daysIn(m);
  const linear = daysGone / 366;
  const weighted = total === 0 ? 0 : (history.slice(0, month - 1).reduce((s, n) => s + n, 0) + (history[month - 1] * day) / daysIn(month)) / total;
  return count / (weighted > 0 ? weighted : linear);
}

/** The status by the forecast while the year runs. */
function expectedStatus(r: Result, forecast: number): string {
  if (r.target === null) return "NO_TARGET";
  if (r.measure !== "SHARE_OUTSIDE_TOWN" && r.actual >= r.target) return "MET";
  return forecast >= r.target - 1e-9 ? "ON_TRACK" : "AT_RISK";
}

describe("the follow-up as it stood on a day, with a forecast per target", () => {
  for (const [asOf, month, day] of [
    ["2024-06-30", 6, 30],
    ["2024-10-01", 10, 1],
  ] as const) {
    it(`2024 as of ${asOf}: counts up to the day, forecasts and statuses by the pace, against a hand count`, async () => {
      const f = (await mote.ok(PACE, { year: 2024, asOf })).followUp;
      expect(f).toMatchObject({ year: 2024, asOf, inProgress: true });
      // The village cadence counts villages, not activities, and has no pace forecast (planning-due.test.ts).
      const counted = f.promises.filter((r) => r.measure !== "VILLAGE_CADENCE");
      expect(counted.map((r) => r.label).sort()).toEqual(Object.keys(CONDITION).sort());
      expect(f.promises.filter((r) => r.measure === "VILLAGE_CADENCE").every((r) => r.forecast === null)).toBe(true);
      for (const r of counted) {
        const counts = await handCount(CONDITION[r.label], asOf);
        const now = counts.get(2024)!;
        const count = now.n.reduce((s, n) => s + n, 0);
        const actual = r.measure === "MONTHS_COVERED" ? now.n.filter((n) => n > 0).length : r.measure === "SHARE_OUTSIDE_TOWN" ? (count === 0 ? 0 : now.outside / count) : count;
        expect(r.actual, r.label).toBeCloseTo(actual, 9);
        const forecast = expectedForecast(r.measure, counts, month, day);
        expect(r.forecast, r.label).toBeCloseTo(forecast, 6);
        expect(r.forecast!, r.label).toBeGreaterThanOrEqual(r.actual - 1e-9);
        expect(r.status, r.label).toBe(expectedStatus(r, forecast));
      }
    });
  }

  it("2024 as of 2024-06-30: the dog search (never done in 2024) is at risk; as of 2024-10-01 the months of traffic checks are still on track", async () => {
    const june = (await mote.ok(PACE, { year: 2024, asOf: "2024-06-30" })).followUp;
    const dog = june.promises.find((r) => r.promise.number === 5)!;
    expect(dog).toMatchObject({ actual: 0, forecast: 0, status: "AT_RISK" });
    const october = (await mote.ok(PACE, { year: 2024, asOf: "2024-10-01" })).followUp;
    const months = october.promises.find((r) => r.measure === "MONTHS_COVERED")!;
    // Every month so far has a check (9 to the end of September); October has begun and can still get one.
    expect(months.actual).toBeGreaterThanOrEqual(9);
    expect(months).toMatchObject({ forecast: 12, status: "ON_TRACK" });
    // The joint communication just before midnight counts as of 30 June; the one just after does not (hand count above agrees).
    const joint = (f: PaceData["followUp"]) => f.promises.find((r) => r.label === "Gemensam kommunikation per år")!.actual;
    const byJune = await handCount(CONDITION["Gemensam kommunikation per år"], "2024-06-30");
    expect(joint(june)).toBe(byJune.get(2024)!.n.reduce((s, n) => s + n, 0));
    expect(byJune.get(2024)!.n[5]).toBeGreaterThanOrEqual(1);
  });

  it("a past year by default counts to its last day: MET or NOT_MET, no forecast", async () => {
    const f = (await mote.ok(PACE, { year: 2024 })).followUp;
    expect(f).toMatchObject({ asOf: "2024-12-31", inProgress: false });
    expect(f.promises.every((r) => r.forecast === null && ["MET", "NOT_MET", "NO_TARGET"].includes(r.status))).toBe(true);
    expect(f.promises.find((r) => r.promise.number === 5)).toMatchObject({ status: "NOT_MET" });
    // As of a day before the year began: nothing yet, and no forecast.
    const before = (await mote.ok(PACE, { year: 2024, asOf: "2023-11-30" })).followUp;
    expect(before.inProgress).toBe(true);
    expect(before.promises.every((r) => r.actual === 0 && r.forecast === null && ["IN_PROGRESS", "NO_TARGET"].includes(r.status))).toBe(true);
  });

  it("a day that is not a day, or lies after today, is BAD_USER_INPUT on asOf with a Swedish message", async () => {
    for (const asOf of ["2024-02-30", "30/6/2024", "2024-6-30", "9999-01-01", "1999-12-31"]) {
      const res = await mote.request(PACE, { year: 2024, asOf });
      expect(res.errors?.[0]?.extensions, asOf).toMatchObject({ code: "BAD_USER_INPUT", field: "asOf" });
      expect(res.errors?.[0]?.message, asOf).toMatch(/Datumet/);
    }
  });
});

describe("time spent on site", () => {
  it("2024 as of 2024-06-30: hours per target, kind and organisation, and the activities without an end, against a hand count", async () => {
    const f = (await mote.ok(PACE, { year: 2024, asOf: "2024-06-30" })).followUp;
    const hand: Array<{ kind: string; organisation: string; hours: number; without: number }> = await server.dataSource.query(
      `SELECT a.kind, a.organisation, COALESCE(sum(extract(epoch FROM a.ends_at - a.starts_at) / 3600), 0)::float8 AS hours, count(*) FILTER (WHERE a.ends_at IS NULL)::int AS without
       FROM activity a
       WHERE a.status = 'DONE' AND a.deleted_at IS NULL AND (a.starts_at AT TIME ZONE 'Europe/Stockholm')::date BETWEEN '2024-01-01' AND '2024-06-30'
       GROUP BY 1, 2`,
    );
    const sum = (rows: typeof hand) => ({ hours: rows.reduce((s, r) => s + r.hours, 0), without: rows.reduce((s, r) => s + r.without, 0) });
    const all = sum(hand);
    expect(f.timeSpent.hours).toBeCloseTo(all.hours, 6);
    expect(f.timeSpent.hours).toBeGreaterThan(0);
    // The demo data records every end; the activities added here have none, two of them by 30 June.
    expect(all.without).toBe(2);
    expect(f.timeSpent.withoutEnd).toBe(2);
    for (const k of f.timeSpent.byKind) {
      const expected = sum(hand.filter((r) => r.kind === k.kind));
      expect(k.hours, k.kind).toBeCloseTo(expected.hours, 6);
      expect(k.withoutEnd, k.kind).toBe(expected.without);
    }
    expect(f.timeSpent.byKind.find((k) => k.kind === "FOOT_PATROL")!.withoutEnd).toBe(1);
    expect(f.timeSpent.byKind.find((k) => k.kind === "JOINT_COMMUNICATION")!.withoutEnd).toBe(1);
    expect(f.timeSpent.byOrganisation.map((o) => o.organisation)).toEqual(["POLICE", "MUNICIPALITY", "JOINT"]);
    for (const o of f.timeSpent.byOrganisation) expect(o.hours, o.organisation).toBeCloseTo(sum(hand.filter((r) => r.organisation === o.organisation)).hours, 6);
    // Per target: the hours of the activities it counts.
    for (const r of f.promises.filter((p) => p.measure !== "VILLAGE_CADENCE")) {
      const [row]: Array<{ hours: number; without: number }> = await server.dataSource.query(
        `SELECT COALESCE(sum(extract(epoch FROM a.ends_at - a.starts_at) / 3600), 0)::float8 AS hours, count(*) FILTER (WHERE a.ends_at IS NULL)::int AS without
         FROM activity a LEFT JOIN place p ON p.id = a.place_id
         WHERE a.status = 'DONE' AND a.deleted_at IS NULL AND (${CONDITION[r.label]}) AND (a.starts_at AT TIME ZONE 'Europe/Stockholm')::date BETWEEN '2024-01-01' AND '2024-06-30'`,
      );
      expect(r.hours, r.label).toBeCloseTo(row.hours, 6);
      expect(r.activitiesWithoutEnd, r.label).toBe(row.without);
    }
  });

  it("the CSV exports: the forecast and hours beside each target, and the hours per target, kind, organisation and in all", async () => {
    const { followUpCsv: table } = await mote.ok(
      graphql(`
        query FollowUpPaceCsvTest {
          followUpCsv(year: 2024, asOf: "2024-06-30")
        }
      `),
    );
    const lines = table
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0].split(";").slice(-3)).toEqual(["Prognos vid årets slut", "Timmar på plats", "Aktiviteter utan sluttid"]);
    const dog = lines.find((l) => l.includes("Narkotikasök med hund på gymnasiet"))!;
    expect(dog.split(";").slice(-3)).toEqual(["0", "0", "0"]);
    const { followUpTimeCsv: time } = await mote.ok(
      graphql(`
        query FollowUpPaceTimeCsvTest {
          followUpTimeCsv(year: 2024, asOf: "2024-06-30")
        }
      `),
    );
    const rows = time
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(rows[0]).toBe("År;Grupp;Namn;Timmar på plats;Aktiviteter utan sluttid");
    expect(rows.find((r) => r.startsWith("2024;Aktivitetsslag;Fotpatrull;"))!.split(";")[4]).toBe("1");
    expect(rows.at(-1)!.split(";").slice(0, 3)).toEqual(["2024", "Totalt", "Alla aktiviteter"]);
    expect(rows.at(-1)!.split(";")[4]).toBe("2");
    expect(rows.filter((r) => r.includes(";Organisation;"))).toHaveLength(3);
  });
});
