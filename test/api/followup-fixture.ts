import type { DataSource } from "typeorm";
import { ActivityKind as K, ActivityStatus as S, Organisation as O, PlaceKind, PriorityArea as P, Role, SchoolLevel } from "../../api/common/enums";
import { stockholmYear } from "../../api/followup/follow-up-result";
import { PromiseMeasure as M } from "../../api/promises/promise-target.entity";
import { buildActivity, buildMunicipality, buildPlace, buildUser } from "../support/factories";
import type { TestServer } from "../support/test-server";
import { graphql } from "../gql";
import type { FollowUpFixtureQuery } from "../gql/graphql";

/**
 * What the follow-up and promise tests share: a small world counted by hand (the comments in the
 * activity list say where each count comes from; the tests spell out the counts), the follow-up
 * query with its answer's type, and a statement counter.
 */

/** "This year" exactly as the code reckons it (Europe/Stockholm). */
export const CURRENT_YEAR = stockholmYear();

/** The places' own positions. */
export const PLACES = {
  Jokkmokk: { kind: PlaceKind.TOWN, lat: 66.6053, lng: 19.8281, population: 2766 },
  Porjus: { kind: PlaceKind.VILLAGE, lat: 66.9583, lng: 19.8189, population: 265 },
  Vuollerim: { kind: PlaceKind.VILLAGE, lat: 66.4292, lng: 20.6236, population: 623 },
  Murjek: { kind: PlaceKind.VILLAGE, lat: 66.467, lng: 20.883, population: 83 },
  Kvikkjokk: { kind: PlaceKind.VILLAGE, lat: 66.9514, lng: 17.7236, population: 20 },
  Saltoluokta: { kind: PlaceKind.VILLAGE, lat: 67.394, lng: 18.5205, population: null },
  Snesudden: { kind: PlaceKind.VILLAGE, lat: 66.1333, lng: 20.3667, population: 23 },
  "Lapplands Gymnasium": { kind: PlaceKind.SCHOOL, lat: 66.607, lng: 19.83, population: null, schoolLevel: SchoolLevel.UPPER_SECONDARY },
  "Östra skolan": { kind: PlaceKind.SCHOOL, lat: 66.603, lng: 19.822, population: null, schoolLevel: SchoolLevel.LOWER_SECONDARY },
} as const;

type PlaceName = keyof typeof PLACES;
/** On the E45 between Jokkmokk and Porjus, far from both: zone RURAL. */
const ROAD = { lat: 66.78, lng: 19.82 };

/** A target row of the fixture's periods. */
interface TargetRow {
  measure: M;
  kinds?: K[];
  areas?: P[];
  placeKind?: PlaceKind;
  schoolLevel?: SchoolLevel;
  target?: number;
  label: string;
}

/** A promise of the fixture's periods. */
interface PromiseRow {
  number: number;
  title: string;
  organisation: O;
  area: P;
  targets: TargetRow[];
}

const school = (kinds: K[], level: SchoolLevel, label: string): TargetRow => ({ measure: M.COUNT_PER_YEAR, kinds, placeKind: PlaceKind.SCHOOL, schoolLevel: level, target: 1, label });
const DOG = school([K.DRUG_DOG_SEARCH], SchoolLevel.UPPER_SECONDARY, "Narkotikasök med hund på gymnasiet");
const INFO_UPPER = school([K.SCHOOL_INFORMATION], SchoolLevel.UPPER_SECONDARY, "Information på gymnasiet");
const INFO_LOWER = school([K.SCHOOL_INFORMATION], SchoolLevel.LOWER_SECONDARY, "Information på högstadiet");
const MONTHS: TargetRow = { measure: M.MONTHS_COVERED, kinds: [K.TRAFFIC_CHECK], target: 12, label: "Månader med trafikkontroll" };
const SHARE: TargetRow = { measure: M.SHARE_OUTSIDE_TOWN, kinds: [K.TRAFFIC_CHECK], target: 0.4, label: "Andel trafikkontroller utanför tätorten" };

/** The period 2023–2024: one promise for each kind of target. */
const PROMISES_2023: PromiseRow[] = [
  { number: 1, title: "Mot våld", organisation: O.JOINT, area: P.VIOLENCE, targets: [{ measure: M.COUNT_PER_YEAR, areas: [P.VIOLENCE], label: "Aktiviteter mot våld per år" }] },
  { number: 2, title: "Information i skolorna", organisation: O.JOINT, area: P.ALCOHOL_DRUGS, targets: [INFO_LOWER, INFO_UPPER] },
  { number: 3, title: "Narkotikasök med hund", organisation: O.POLICE, area: P.ALCOHOL_DRUGS, targets: [DOG] },
  { number: 4, title: "Trafikkontroller", organisation: O.POLICE, area: P.TRAFFIC, targets: [MONTHS, SHARE] },
  { number: 5, title: "Riktade insatser", organisation: O.POLICE, area: P.ALCOHOL_DRUGS, targets: [{ measure: M.COUNT_PER_YEAR, kinds: [K.TARGETED_OPERATION], label: "Riktade insatser per år" }] },
  { number: 6, title: "Flexibelt", organisation: O.JOINT, area: P.FLEXIBLE, targets: [] },
  {
    number: 7,
    title: "Skolbesök",
    organisation: O.JOINT,
    area: P.FLEXIBLE,
    targets: [{ measure: M.COUNT_PER_YEAR, kinds: [K.SCHOOL_VISIT], placeKind: PlaceKind.SCHOOL, target: 2, label: "Skolbesök (minst 2 per år)" }],
  },
];

/** The period of the current year. */
const PROMISES_CURRENT: PromiseRow[] = [
  { number: 1, title: "Narkotikasök med hund", organisation: O.POLICE, area: P.ALCOHOL_DRUGS, targets: [DOG] },
  { number: 2, title: "Information på gymnasiet", organisation: O.JOINT, area: P.ALCOHOL_DRUGS, targets: [INFO_UPPER] },
  { number: 3, title: "Trafikkontroller", organisation: O.POLICE, area: P.TRAFFIC, targets: [MONTHS, SHARE] },
];

/** Inserts a period with its promises and targets. */
async function insertPeriod(ds: DataSource, municipalityId: number, name: string, startYear: number, endYear: number, promises: PromiseRow[]): Promise<void> {
  const [{ id: periodId }] = await ds.query(`INSERT INTO promise_period (municipality_id, name, start_year, end_year) VALUES ($1, $2, $3, $4) RETURNING id`, [
    municipalityId,
    name,
    startYear,
    endYear,
  ]);
  for (const p of promises) {
    const [{ id }] = await ds.query(`INSERT INTO promise (period_id, number, title, description, organisation, priority_area) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`, [
      periodId,
      p.number,
      p.title,
      `${p.title}.`,
      p.organisation,
      p.area,
    ]);
    for (const t of p.targets) {
      await ds.query(
        `INSERT INTO promise_target (promise_id, measure, kinds, priority_areas, place_kind, school_level, target, label)
         VALUES ($1, $2, $3::activity_kind[], $4::priority_area[], $5, $6, $7, $8)`,
        [id, t.measure, t.kinds ?? [], t.areas ?? [], t.placeKind ?? null, t.schoolLevel ?? null, t.target ?? null, t.label],
      );
    }
  }
}

/** Local time in Stockholm as an ISO string (days chosen away from the summer-time switches). */
function at(year: number, month: number, day: number, hour = 10, minute = 0): string {
  const offset = month >= 4 && month <= 10 ? "+02:00" : "+01:00";
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00${offset}`;
}

/** One fixture activity: where (a place, picked or not, or the road) and what. */
interface Row {
  kind: K;
  organisation: O;
  status?: S;
  areas: P[];
  startsAt: string;
  where: PlaceName | "road";
  /** Recorded at the place itself (a school), rather than near it. */
  picked?: boolean;
  deleted?: boolean;
}

const traffic = (startsAt: string, where: Row["where"], status: S = S.DONE, deleted = false): Row => ({
  kind: K.TRAFFIC_CHECK,
  organisation: O.POLICE,
  status,
  areas: [P.TRAFFIC],
  startsAt,
  where,
  deleted,
});

/** Every activity of the fixture. Zones follow from the positions: schools lie in the town. */
const ROWS: Row[] = [
  // 2022: one check on New Year's Eve, 23:30 in Stockholm (22:30 UTC): the previous year of 2023.
  traffic(at(2022, 12, 31, 23, 30), "Jokkmokk"),

  // 2023 traffic checks: 11 done in 10 months (no July, no December), 5 outside the town.
  traffic(at(2023, 1, 1, 0, 30), "Porjus"), // 2022-12-31 23:30 UTC, but January 2023 in Stockholm
  traffic(at(2023, 2, 10), "Jokkmokk"),
  traffic(at(2023, 3, 10), "Jokkmokk"),
  traffic(at(2023, 4, 10), "road"),
  traffic(at(2023, 5, 10), "Jokkmokk"),
  traffic(at(2023, 6, 10), "Jokkmokk"),
  traffic(at(2023, 6, 20), "Vuollerim"),
  traffic(at(2023, 8, 10), "Jokkmokk"),
  traffic(at(2023, 9, 10), "road"),
  traffic(at(2023, 10, 10), "Jokkmokk"),
  traffic(at(2023, 11, 10), "Murjek"),
  traffic(at(2023, 7, 5), "Jokkmokk", S.CANCELLED), // not done: July stays uncovered
  traffic(at(2023, 12, 5), "Jokkmokk", S.DONE, true), // deleted: December stays uncovered

  // 2023 school information: 3 at the gymnasium, none done at the lower secondary school.
  { kind: K.SCHOOL_INFORMATION, organisation: O.JOINT, areas: [P.ALCOHOL_DRUGS], startsAt: at(2023, 3, 14), where: "Lapplands Gymnasium", picked: true },
  { kind: K.SCHOOL_INFORMATION, organisation: O.JOINT, areas: [P.ALCOHOL_DRUGS], startsAt: at(2023, 4, 11), where: "Lapplands Gymnasium", picked: true },
  { kind: K.SCHOOL_INFORMATION, organisation: O.JOINT, areas: [P.ALCOHOL_DRUGS], startsAt: at(2023, 9, 12), where: "Lapplands Gymnasium", picked: true },
  // At the gymnasium's position but not recorded there: its place is the town, so no school counts it.
  { kind: K.SCHOOL_INFORMATION, organisation: O.JOINT, areas: [P.ALCOHOL_DRUGS], startsAt: at(2023, 5, 16), where: "Lapplands Gymnasium" },
  { kind: K.SCHOOL_INFORMATION, organisation: O.JOINT, status: S.PLANNED, areas: [P.ALCOHOL_DRUGS], startsAt: at(2023, 11, 14), where: "Östra skolan", picked: true },

  // 2023 drug dog searches: one at the gymnasium, one at the lower secondary school (does not count).
  { kind: K.DRUG_DOG_SEARCH, organisation: O.POLICE, areas: [P.ALCOHOL_DRUGS], startsAt: at(2023, 4, 20), where: "Lapplands Gymnasium", picked: true },
  { kind: K.DRUG_DOG_SEARCH, organisation: O.POLICE, areas: [P.ALCOHOL_DRUGS], startsAt: at(2023, 5, 3), where: "Östra skolan", picked: true },

  // 2023 targeted operations: two done (Porjus, Kvikkjokk), one planned.
  { kind: K.TARGETED_OPERATION, organisation: O.POLICE, areas: [P.ALCOHOL_DRUGS], startsAt: at(2023, 2, 14, 21), where: "Porjus" },
  { kind: K.TARGETED_OPERATION, organisation: O.POLICE, areas: [P.ALCOHOL_DRUGS], startsAt: at(2023, 10, 20, 21), where: "Kvikkjokk" },
  { kind: K.TARGETED_OPERATION, organisation: O.POLICE, status: S.PLANNED, areas: [P.ALCOHOL_DRUGS], startsAt: at(2023, 11, 21, 20), where: "Vuollerim" },

  // 2023 violence: 3 done (two foot patrols, a joint village visit that is FLEXIBLE too), one planned.
  { kind: K.FOOT_PATROL, organisation: O.POLICE, areas: [P.VIOLENCE], startsAt: at(2023, 3, 10, 20), where: "Jokkmokk" },
  { kind: K.FOOT_PATROL, organisation: O.POLICE, areas: [P.VIOLENCE], startsAt: at(2023, 8, 10, 20), where: "Jokkmokk" },
  { kind: K.VILLAGE_VISIT, organisation: O.JOINT, areas: [P.VIOLENCE, P.FLEXIBLE], startsAt: at(2023, 7, 7), where: "Vuollerim" },
  { kind: K.CITIZEN_DIALOGUE, organisation: O.MUNICIPALITY, status: S.PLANNED, areas: [P.VIOLENCE], startsAt: at(2023, 11, 20, 18), where: "Jokkmokk" },

  // 2023 flexible: the village visit above, a dialogue in Saltoluokta and three school visits = 5.
  { kind: K.CITIZEN_DIALOGUE, organisation: O.MUNICIPALITY, areas: [P.FLEXIBLE], startsAt: at(2023, 9, 19, 18), where: "Saltoluokta" },
  { kind: K.SCHOOL_VISIT, organisation: O.JOINT, areas: [P.FLEXIBLE], startsAt: at(2023, 2, 7), where: "Lapplands Gymnasium", picked: true },
  { kind: K.SCHOOL_VISIT, organisation: O.JOINT, areas: [P.FLEXIBLE], startsAt: at(2023, 10, 3), where: "Östra skolan", picked: true },
  { kind: K.SCHOOL_VISIT, organisation: O.JOINT, areas: [P.FLEXIBLE], startsAt: at(2023, 11, 7), where: "Jokkmokk" }, // not at a school

  // 2024: information at both schools; no drug dog search done (one planned); checks in all 12 months, 3 outside the town.
  { kind: K.SCHOOL_INFORMATION, organisation: O.JOINT, areas: [P.ALCOHOL_DRUGS], startsAt: at(2024, 4, 9), where: "Lapplands Gymnasium", picked: true },
  { kind: K.SCHOOL_INFORMATION, organisation: O.JOINT, areas: [P.ALCOHOL_DRUGS], startsAt: at(2024, 10, 8), where: "Östra skolan", picked: true },
  { kind: K.DRUG_DOG_SEARCH, organisation: O.POLICE, status: S.PLANNED, areas: [P.ALCOHOL_DRUGS], startsAt: at(2024, 5, 15), where: "Lapplands Gymnasium", picked: true },
  ...Array.from({ length: 12 }, (_, i) => traffic(at(2024, i + 1, 15), i === 2 ? "Porjus" : i === 6 ? "road" : i === 10 ? "Vuollerim" : "Jokkmokk")),

  // The current year: information at the gymnasium done; the dog search only planned; one check, outside the town.
  { kind: K.SCHOOL_INFORMATION, organisation: O.JOINT, areas: [P.ALCOHOL_DRUGS], startsAt: at(CURRENT_YEAR, 1, 10), where: "Lapplands Gymnasium", picked: true },
  { kind: K.DRUG_DOG_SEARCH, organisation: O.POLICE, status: S.PLANNED, areas: [P.ALCOHOL_DRUGS], startsAt: at(CURRENT_YEAR, 1, 12), where: "Lapplands Gymnasium", picked: true },
  traffic(at(CURRENT_YEAR, 1, 8), "Porjus"),
];

/** Marker text in every activity's title and notes: the public follow-up must hold none of it. */
export const SECRET = "HEMLIGT";

/**
 * Builds the world: Jokkmokk with a town, six villages and two schools; the four demo roles; the
 * periods 2023–2024 and the current year; and the activities above, each with a title and notes.
 */
export async function buildFollowUpFixture(ds: DataSource): Promise<{ placeIds: Record<PlaceName, number> }> {
  const m = await buildMunicipality(ds);
  const placeIds = {} as Record<PlaceName, number>;
  for (const [name, p] of Object.entries(PLACES) as [PlaceName, (typeof PLACES)[PlaceName]][]) {
    const { id } = await buildPlace(ds, m.id, { name, kind: p.kind, lat: p.lat, lng: p.lng, population: p.population });
    if ("schoolLevel" in p) await ds.query(`UPDATE place SET school_level = $2 WHERE id = $1`, [id, p.schoolLevel]);
    placeIds[name] = id;
  }
  for (const [name, role] of [
    ["polis", Role.POLICE],
    ["kommun", Role.MUNICIPALITY],
    ["mote", Role.VIEWER],
    ["admin", Role.ADMIN],
  ] as const) {
    await buildUser(ds, name, role);
  }
  await insertPeriod(ds, m.id, "Prov 2023–2024", 2023, 2024, PROMISES_2023);
  await insertPeriod(ds, m.id, "Prov innevarande år", CURRENT_YEAR, CURRENT_YEAR, PROMISES_CURRENT);
  for (const [i, row] of ROWS.entries()) {
    const place = row.where === "road" ? ROAD : PLACES[row.where];
    // Near a place (about 250 m off) unless recorded at it.
    const point = row.picked || row.where === "road" ? { lat: place.lat, lng: place.lng } : { lat: place.lat + 0.002, lng: place.lng - 0.002 };
    const { id } = await buildActivity(ds, {
      kind: row.kind,
      organisation: row.organisation,
      status: row.status ?? S.DONE,
      priorityAreas: row.areas,
      startsAt: row.startsAt,
      ...point,
      placeId: row.picked && row.where !== "road" ? placeIds[row.where] : undefined,
      title: `${SECRET} rubrik ${i}`,
      deleted: row.deleted,
    });
    await ds.query(`UPDATE activity SET notes = $2, ends_at = starts_at + interval '2 hours' WHERE public_id = $1`, [id, `${SECRET} anteckning ${i}`]);
  }
  return { placeIds };
}

/** The whole follow-up of a year, as the tests ask for it. */
export const FOLLOW_UP = graphql(`
  query FollowUpFixture($year: Int!) {
    followUp(year: $year) {
      year
      inProgress
      period {
        name
        startYear
        endYear
        promises {
          number
          targets {
            measure
            target
          }
        }
      }
      promises {
        promise {
          number
          title
        }
        targetId
        label
        measure
        actual
        target
        status
        explanation
        activityCount
      }
      total
      byKind {
        kind
        count
      }
      byZone {
        zone
        count
        share
      }
      byMonth {
        month
        count
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
        year
        total
        byKind {
          kind
          count
        }
        promises {
          promise {
            number
          }
          measure
          actual
          status
          explanation
        }
      }
    }
  }
`);

/** The answer to `FOLLOW_UP`. */
export type FollowUpData = FollowUpFixtureQuery;
/** One promise result as the tests read it. */
export type FollowUpResult = FollowUpData["followUp"]["promises"][number];

/** How many SQL statements the server sends while `run` runs. */
export async function statementsOf(server: TestServer, run: () => Promise<unknown>): Promise<number> {
  const before = server.statements;
  await run();
  return server.statements - before;
}
