import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type GqlClient, type TestServer } from "../support/test-server";
import { graphql } from "../gql";
import type { PlanningDueTestQuery, PromiseTargetInput } from "../gql/graphql";

const DUE = graphql(`
  query PlanningDueTest($asOf: DateTime, $targetId: ID) {
    planningDue(asOf: $asOf, targetId: $targetId) {
      asOf
      periodStart
      periodEnd
      cadence {
        id
        label
        target
        cadencePeriod
        kinds
        villageExceptions {
          placeId
          visits
          place {
            name
          }
        }
      }
      start {
        name
        lat
        lng
      }
      villages {
        place {
          id
          name
        }
        visitsPerPeriod
        visitsInPeriod
        lastVisitAt
        daysSince
        dueAt
        daysUntilDue
        overdue
        nextPlannedAt
      }
    }
  }
`);
const SET_TARGET = graphql(`
  mutation PlanningDueSetTargetTest($promiseId: ID!, $target: PromiseTargetInput!) {
    setPromiseTarget(promiseId: $promiseId, target: $target) {
      id
      targets {
        id
        measure
        target
        cadencePeriod
        villageExceptions {
          placeId
          visits
        }
      }
    }
  }
`);
const FOLLOW_UP = graphql(`
  query PlanningDueFollowUpTest($year: Int!) {
    followUp(year: $year) {
      promises {
        targetId
        measure
        actual
        target
        status
        explanation
        explanationEn: explanation(language: EN)
        cadence {
          villages
          met
          visitsPerPeriod
          period
          exceptions
          share
        }
        promise {
          id
          number
        }
      }
    }
  }
`);

type DueVillage = PlanningDueTestQuery["planningDue"]["villages"][number];

const DAY = 24 * 60 * 60 * 1000;
let server: TestServer;
const clients: Record<string, GqlClient> = {};

beforeAll(async () => {
  server = await startTestServer({ template: "demo" });
  for (const name of ["polis", "kommun", "mote", "admin"]) clients[name] = await server.as(name);
});
afterAll(() => server?.close());

const due = async (as: string, asOf: string | null, targetId?: string) => (await clients[as].ok(DUE, { asOf, targetId })).planningDue;
const byName = (rows: DueVillage[]) => new Map(rows.map((r) => [r.place.name, r]));
/** The calendar day of an instant in Stockholm, as a day number (for counting days between). */
const stockholmDay = (iso: string) => Date.parse(`${new Date(iso).toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" })}T00:00:00Z`) / DAY;

/** The done village visits of each village up to `asOf`, read straight from the table: the hand count. */
async function visitsByVillage(asOf: string, from: string): Promise<Map<string, { last: string | null; inPeriod: number }>> {
  const rows: Array<{ name: string; last: Date | null; n: number }> = await server.dataSource.query(
    `SELECT p.name, max(a.starts_at) AS last, count(a.id) FILTER (WHERE a.starts_at >= $2)::int AS n
     FROM place p LEFT JOIN activity a ON a.place_id = p.id AND a.kind = 'VILLAGE_VISIT' AND a.status = 'DONE' AND a.deleted_at IS NULL AND a.starts_at <= $1
     WHERE p.kind = 'VILLAGE' GROUP BY p.name`,
    [asOf, from],
  );
  return new Map(rows.map((r) => [r.name, { last: r.last ? r.last.toISOString() : null, inPeriod: r.n }]));
}

describe("planningDue with the demo data (the cadence: every village twice a year, Staloluokta once)", () => {
  it("on 2024-06-30: every village once, its last visit and visits this year as the table holds them, due dates by the cadence, most urgent first", async () => {
    const asOf = "2024-06-30T10:00:00.000Z";
    const d = await due("polis", asOf);
    expect(d.cadence).toMatchObject({ label: "Varje by besökt minst två gånger per år", target: 2, cadencePeriod: "YEAR", kinds: ["VILLAGE_VISIT"] });
    expect(d.cadence!.villageExceptions.map((e) => [e.place.name, e.visits])).toEqual([["Staloluokta", 1]]);
    // The year 2024 in Stockholm time (CET: an hour ahead of UTC).
    expect([d.periodStart, d.periodEnd]).toEqual(["2023-12-31T23:00:00.000Z", "2024-12-31T23:00:00.000Z"]);
    expect(d.start).toMatchObject({ name: "Jokkmokk", lat: 66.6053, lng: 19.8281 });

    const hand = await visitsByVillage(asOf, d.periodStart!);
    expect(d.villages.map((v) => v.place.name).sort()).toEqual([...hand.keys()].sort());
    const spacing = (366 * DAY) / 2; // 2024 has 366 days; two visits a year, one every 183 days.
    for (const v of d.villages) {
      const h = hand.get(v.place.name)!;
      expect(v.visitsPerPeriod, v.place.name).toBe(v.place.name === "Staloluokta" ? 1 : 2);
      expect(v.lastVisitAt, v.place.name).toBe(h.last);
      expect(v.visitsInPeriod, v.place.name).toBe(h.inPeriod);
      expect(v.daysSince, v.place.name).toBe(h.last === null ? null : stockholmDay(asOf) - stockholmDay(h.last));
      // The rule by hand: no visit this year yet → 183 days after the last, but no earlier than
      // 1 January and no later than leaves 183 days for the second; one visit → 183 days after it.
      const start = Date.parse(d.periodStart!);
      const end = Date.parse(d.periodEnd!);
      const quota = v.visitsPerPeriod;
      const gap = (end - start) / quota;
      const latest = end - (quota - h.inPeriod - 1) * gap;
      const expected = h.inPeriod >= quota ? null : h.last === null ? start : Math.max(start, Math.min(latest, Date.parse(h.last) + gap));
      if (expected !== null) expect(Date.parse(v.dueAt!), v.place.name).toBe(expected);
      expect(v.overdue, v.place.name).toBe(v.daysUntilDue! < 0);
      expect(v.daysUntilDue, v.place.name).toBe(stockholmDay(v.dueAt!) - stockholmDay(asOf));
    }
    expect(spacing).toBe(183 * DAY);
    const rows = byName(d.villages);
    // Vuollerim's one visit this year was on 8 February: the second is due 183 days later.
    expect(rows.get("Vuollerim")).toMatchObject({ visitsInPeriod: 1, lastVisitAt: "2024-02-08T09:15:00.000Z", dueAt: "2024-08-09T09:15:00.000Z", daysUntilDue: 40, overdue: false });
    // Sudok, last visited in January 2022: due since New Year's Day, 181 days overdue on 30 June (a leap year).
    expect(rows.get("Sudok")).toMatchObject({ visitsInPeriod: 0, dueAt: "2023-12-31T23:00:00.000Z", daysUntilDue: -181, overdue: true });
    // Nautijaur, visited 28 July 2023 and not since: due 183 days on, on 27 January.
    expect(rows.get("Nautijaur")).toMatchObject({ dueAt: "2024-01-27T09:15:00.000Z", overdue: true });
    // Most urgent first: the due days never go down the list; ties (due on New Year's Day) longest unvisited first.
    const days = d.villages.map((v) => v.daysUntilDue!);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(d.villages[0].place.name).toBe("Sudok");
    expect(d.villages.filter((v) => v.overdue).length).toBeGreaterThan(5);
  });

  it("on 2024-10-01 the visits of the summer count, and a cancelled visit does not (Kvikkjokk)", async () => {
    const asOf = "2024-10-01T08:00:00.000Z";
    const d = await due("mote", asOf);
    const hand = await visitsByVillage(asOf, d.periodStart!);
    for (const v of d.villages) expect([v.place.name, v.visitsInPeriod, v.lastVisitAt]).toEqual([v.place.name, hand.get(v.place.name)!.inPeriod, hand.get(v.place.name)!.last]);
    const [cancelled] = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM activity a JOIN place p ON p.id = a.place_id WHERE p.name = 'Kvikkjokk' AND a.kind = 'VILLAGE_VISIT' AND a.status = 'CANCELLED' AND a.starts_at >= $1 AND a.starts_at <= $2`,
      [d.periodStart, asOf],
    );
    expect(cancelled.n).toBe(1);
    expect(byName(d.villages).get("Kvikkjokk")!.visitsInPeriod).toBe(hand.get("Kvikkjokk")!.inPeriod);
    // Three months on, every village's days since its last visit grew by 93 days or it was visited since.
    const june = byName((await due("mote", "2024-06-30T10:00:00.000Z")).villages);
    for (const v of d.villages) {
      const before = june.get(v.place.name)!;
      if (v.lastVisitAt === before.lastVisitAt && v.daysSince !== null) expect(v.daysSince, v.place.name).toBe(before.daysSince! + 93);
    }
  });

  it("follows the visibility rule: planned police visits are a next visit for the police, not for the municipality", async () => {
    const asOf = "2024-06-30T10:00:00.000Z";
    const [planned]: Array<{ name: string; at: Date }> = await server.dataSource.query(
      `SELECT p.name, min(a.starts_at) AS at FROM activity a JOIN place p ON p.id = a.place_id
       WHERE p.kind = 'VILLAGE' AND a.kind = 'VILLAGE_VISIT' AND a.status = 'PLANNED' AND a.organisation = 'POLICE' AND a.deleted_at IS NULL AND a.starts_at >= $1
       GROUP BY p.name ORDER BY p.name LIMIT 1`,
      [asOf],
    );
    expect(planned).toBeDefined();
    const [polis, kommun] = [byName((await due("polis", asOf)).villages), byName((await due("kommun", asOf)).villages)];
    expect(polis.get(planned.name)!.nextPlannedAt).toBe(planned.at.toISOString());
    const [nonPolice] = await server.dataSource.query(
      `SELECT min(a.starts_at) AS at FROM activity a JOIN place p ON p.id = a.place_id
       WHERE p.name = $1 AND a.kind = 'VILLAGE_VISIT' AND a.status = 'PLANNED' AND a.organisation <> 'POLICE' AND a.deleted_at IS NULL AND a.starts_at >= $2`,
      [planned.name, asOf],
    );
    expect(kommun.get(planned.name)!.nextPlannedAt).toBe(nonPolice.at ? nonPolice.at.toISOString() : null);
    // Done visits are the same for both.
    for (const [name, row] of polis) expect([name, kommun.get(name)!.lastVisitAt, kommun.get(name)!.dueAt]).toEqual([name, row.lastVisitAt, row.dueAt]);
  });

  it("answers in a constant number of statements, whatever the number of villages", async () => {
    const before = server.statements;
    await due("mote", "2024-06-30T10:00:00.000Z");
    // The session (1), the promise catalog (3), the places (1) and the due list itself (1); the
    // cadence's exceptions once more (1) when the answer names them.
    expect(server.statements - before).toBeLessThanOrEqual(7);
  });

  it("refuses what cannot mean anything, with a code and the field", async () => {
    const asOf = "2024-06-30T10:00:00.000Z";
    const d = await due("polis", asOf);
    const countTarget: Array<{ id: number }> = await server.dataSource.query(`SELECT id FROM promise_target WHERE measure = 'COUNT_PER_YEAR' ORDER BY id LIMIT 1`);
    const refused = async (variables: Record<string, unknown>, code: string, field?: string) => {
      const res = await clients.polis.request(DUE, variables);
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe(code);
      if (field) expect(res.errors?.[0]?.extensions?.field).toBe(field);
    };
    await refused({ asOf, targetId: String(countTarget[0].id) }, "BAD_USER_INPUT", "targetId");
    await refused({ asOf, targetId: "999999" }, "NOT_FOUND");
    await refused({ asOf: "1990-01-01T00:00:00Z" }, "BAD_USER_INPUT", "asOf");
    expect((await clients.polis.request(DUE, { asOf, targetId: d.cadence!.id })).errors).toBeUndefined();
    expect((await server.client().request(DUE, { asOf })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("ADMIN sets a cadence, and the follow-up counts the villages that met it", () => {
  it("refuses a cadence without its number, with a place kind, a period on another measure, and exceptions that are not villages or numbers", async () => {
    const [promise] = await server.dataSource.query(`SELECT p.id FROM promise p JOIN promise_period pp ON pp.id = p.period_id WHERE pp.start_year = 2023 AND p.number = 1`);
    const [town] = await server.dataSource.query(`SELECT id FROM place WHERE kind = 'TOWN' LIMIT 1`);
    const [village] = await server.dataSource.query(`SELECT id FROM place WHERE name = 'Porjus'`);
    const base: PromiseTargetInput = { measure: "VILLAGE_CADENCE", kinds: ["VILLAGE_VISIT"], label: "Varje by", target: 2 };
    const before = await server.dataSource.query(`SELECT * FROM promise_target_village ORDER BY target_id, place_id`);
    const refused = async (target: PromiseTargetInput, field: string, as = "admin") => {
      const res = await clients[as].request(SET_TARGET, { promiseId: String(promise.id), target });
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(target)).toBe(as === "admin" ? "BAD_USER_INPUT" : "FORBIDDEN");
      if (as === "admin") expect(res.errors?.[0]?.extensions?.field, JSON.stringify(target)).toBe(field);
      expect(res.errors?.[0]?.message).toMatch(/[åäöÅÄÖ]|by|besök|period|mål/i);
    };
    await refused({ ...base, target: null }, "target");
    await refused({ ...base, target: 400 }, "target");
    await refused({ ...base, placeKind: "VILLAGE" }, "placeKind");
    await refused({ measure: "COUNT_PER_YEAR", label: "Antal", cadencePeriod: "YEAR" }, "cadencePeriod");
    await refused({ measure: "COUNT_PER_YEAR", label: "Antal", villageExceptions: [{ placeId: String(village.id), visits: 1 }] }, "villageExceptions");
    await refused({ ...base, villageExceptions: [{ placeId: String(town.id), visits: 1 }] }, "villageExceptions");
    await refused({ ...base, villageExceptions: [{ placeId: String(village.id), visits: -1 }] }, "villageExceptions");
    await refused(
      {
        ...base,
        villageExceptions: [
          { placeId: String(village.id), visits: 1 },
          { placeId: String(village.id), visits: 2 },
        ],
      },
      "villageExceptions",
    );
    await refused({ ...base, villageExceptions: [{ placeId: "x", visits: 1 }] }, "villageExceptions");
    await refused(base, "", "polis");
    expect(await server.dataSource.query(`SELECT * FROM promise_target_village ORDER BY target_id, place_id`)).toEqual(before);
  });

  it("2024 at once a year (Staloluokta none, Kvikkjokk twice): met = the villages with their visits, by a hand count", async () => {
    // The seeded cadence first: in 2024 no village had two visits, so none met it.
    const seeded = (await clients.mote.ok(FOLLOW_UP, { year: 2024 })).followUp.promises.find((p) => p.measure === "VILLAGE_CADENCE")!;
    const [villages] = await server.dataSource.query(`SELECT count(*)::int AS n FROM place WHERE kind = 'VILLAGE'`);
    expect(seeded).toMatchObject({ actual: 0, target: villages.n, status: "NOT_MET", cadence: { villages: villages.n, met: 0, visitsPerPeriod: 2, period: "YEAR", exceptions: 1 } });
    expect(seeded.explanation).toBe(`0 av ${villages.n} byar med minst 2 besök under året (1 by med eget antal)`);
    expect(seeded.explanationEn).toBe(`0 of ${villages.n} villages with at least 2 visits in the year (1 village with a number of its own)`);

    const [staloluokta] = await server.dataSource.query(`SELECT id FROM place WHERE name = 'Staloluokta'`);
    const [kvikkjokk] = await server.dataSource.query(`SELECT id FROM place WHERE name = 'Kvikkjokk'`);
    const saved = await clients.admin.ok(SET_TARGET, {
      promiseId: seeded.promise.id,
      target: {
        measure: "VILLAGE_CADENCE",
        kinds: ["VILLAGE_VISIT"],
        label: "Varje by besökt minst en gång per år",
        target: 1,
        cadencePeriod: "YEAR",
        villageExceptions: [
          { placeId: String(staloluokta.id), visits: 0 },
          { placeId: String(kvikkjokk.id), visits: 2 },
        ],
      },
    });
    const cadence = saved.setPromiseTarget.targets.find((t) => t.measure === "VILLAGE_CADENCE")!;
    expect(cadence.id).toBe(seeded.targetId);
    expect(cadence.villageExceptions.map((e) => [e.placeId, e.visits]).sort()).toEqual(
      [
        [String(kvikkjokk.id), 2],
        [String(staloluokta.id), 0],
      ].sort(),
    );
    const [audit] = await server.dataSource.query(`SELECT details FROM audit_event WHERE entity = 'promise_target' ORDER BY id DESC LIMIT 1`);
    expect(audit.details.villageExceptions).toHaveLength(2);

    // By hand: the villages with a done village visit in 2024 (Stockholm), Kvikkjokk needing two, Staloluokta left out.
    const counts: Array<{ name: string; n: number }> = await server.dataSource.query(
      `SELECT p.name, count(a.id)::int AS n FROM place p LEFT JOIN activity a ON a.place_id = p.id AND a.kind = 'VILLAGE_VISIT' AND a.status = 'DONE' AND a.deleted_at IS NULL
         AND a.starts_at >= '2024-01-01T00:00:00+01' AND a.starts_at < '2025-01-01T00:00:00+01'
       WHERE p.kind = 'VILLAGE' GROUP BY p.name`,
    );
    const asked = counts.filter((c) => c.name !== "Staloluokta");
    const met = asked.filter((c) => c.n >= (c.name === "Kvikkjokk" ? 2 : 1)).length;
    expect(met).toBeGreaterThan(5);
    expect(counts.find((c) => c.name === "Kvikkjokk")!.n).toBe(1);
    const f = (await clients.mote.ok(FOLLOW_UP, { year: 2024 })).followUp.promises.find((p) => p.measure === "VILLAGE_CADENCE")!;
    expect(f).toMatchObject({ actual: met, target: asked.length, status: "NOT_MET", cadence: { villages: asked.length, met, visitsPerPeriod: 1, exceptions: 2 } });
    expect(f.cadence!.share).toBeCloseTo(met / asked.length, 9);
    expect(f.explanation).toBe(`${met} av ${asked.length} byar med minst 1 besök under året (2 byar med eget antal)`);

    // The due list follows the new cadence: Staloluokta is asked for nothing and comes last.
    const d = await due("polis", "2024-06-30T10:00:00.000Z");
    expect(d.villages.at(-1)).toMatchObject({ place: { name: "Staloluokta" }, visitsPerPeriod: 0, dueAt: null, daysUntilDue: null, overdue: false });
    expect(byName(d.villages).get("Kvikkjokk")!.visitsPerPeriod).toBe(2);
  });

  it("a half-year cadence: the period is the half that holds the date, and the first half is judged on its own", async () => {
    const [promise] = await server.dataSource.query(`SELECT p.id FROM promise p JOIN promise_period pp ON pp.id = p.period_id WHERE pp.start_year = 2023 AND p.number = 1`);
    await clients.admin.ok(SET_TARGET, {
      promiseId: String(promise.id),
      target: { measure: "VILLAGE_CADENCE", kinds: ["VILLAGE_VISIT"], label: "En gång per halvår", target: 1, cadencePeriod: "HALF_YEAR" },
    });
    const d = await due("polis", "2024-10-01T08:00:00.000Z");
    // July–December 2024 in Stockholm (CEST on 1 July, CET on 1 January).
    expect([d.periodStart, d.periodEnd]).toEqual(["2024-06-30T22:00:00.000Z", "2024-12-31T23:00:00.000Z"]);
    const hand = await visitsByVillage("2024-10-01T08:00:00.000Z", d.periodStart!);
    for (const v of d.villages) {
      const h = hand.get(v.place.name)!;
      expect([v.place.name, v.visitsInPeriod]).toEqual([v.place.name, h.inPeriod]);
      // The exceptions were kept (the input left them out): Staloluokta none, Kvikkjokk two.
      expect(v.visitsPerPeriod).toBe(v.place.name === "Staloluokta" ? 0 : v.place.name === "Kvikkjokk" ? 2 : 1);
      // Once a half-year has its visit, the next is due in the next half, from 1 January.
      if (v.visitsPerPeriod === 1 && h.inPeriod >= 1) expect(Date.parse(v.dueAt!)).toBeGreaterThanOrEqual(Date.parse(d.periodEnd!));
    }
    // The follow-up of 2024 asks for a visit in each half.
    const halves: Array<{ name: string; h1: number; h2: number }> = await server.dataSource.query(
      `SELECT p.name, count(a.id) FILTER (WHERE a.starts_at < '2024-07-01T00:00:00+02')::int AS h1, count(a.id) FILTER (WHERE a.starts_at >= '2024-07-01T00:00:00+02')::int AS h2
       FROM place p LEFT JOIN activity a ON a.place_id = p.id AND a.kind = 'VILLAGE_VISIT' AND a.status = 'DONE' AND a.deleted_at IS NULL
         AND a.starts_at >= '2024-01-01T00:00:00+01' AND a.starts_at < '2025-01-01T00:00:00+01'
       WHERE p.kind = 'VILLAGE' AND p.name <> 'Staloluokta' GROUP BY p.name`,
    );
    const met = halves.filter((c) => {
      const q = c.name === "Kvikkjokk" ? 2 : 1;
      return c.h1 >= q && c.h2 >= q;
    }).length;
    const f = (await clients.mote.ok(FOLLOW_UP, { year: 2024 })).followUp.promises.find((p) => p.measure === "VILLAGE_CADENCE")!;
    expect(f).toMatchObject({ actual: met, target: halves.length, cadence: { period: "HALF_YEAR", met, villages: halves.length } });
    expect(f.explanation).toContain("varje halvår");
  });
});
