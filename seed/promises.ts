import type { EntityManager } from "typeorm";
import { ActivityKind, CadencePeriod, Organisation, PlaceKind, PriorityArea, SchoolLevel } from "../api/common/enums";
import { PromiseMeasure } from "../api/promises/promise-target.entity";

/** One measurable target of a seeded promise. */
export interface SeedPromiseTarget {
  measure: PromiseMeasure;
  kinds: ActivityKind[];
  priorityAreas: PriorityArea[];
  placeKind: PlaceKind | null;
  schoolLevel: SchoolLevel | null;
  /** Yearly target; `null` when no number was promised. */
  target: number | null;
  label: string;
  /** A village cadence's period, and the villages (by name) with a number of their own. */
  cadence?: { period: CadencePeriod; exceptions: Array<{ village: string; visits: number }> };
}

/** One seeded promise with its targets. */
export interface SeedPromise {
  number: number;
  title: string;
  description: string;
  organisation: Organisation;
  priorityArea: PriorityArea;
  targets: SeedPromiseTarget[];
}

/** One seeded promise period. */
export interface SeedPromisePeriod {
  name: string;
  startYear: number;
  endYear: number;
  promises: SeedPromise[];
}

/** What `seedPromises` wrote. */
export interface PromisesSeedResult {
  periods: number;
  promises: number;
  targets: number;
}

/** A COUNT_PER_YEAR target over activity kinds (or priority areas), optionally at a kind of place. */
function countPerYear(label: string, filter: { kinds?: ActivityKind[]; priorityAreas?: PriorityArea[]; placeKind?: PlaceKind; schoolLevel?: SchoolLevel; target?: number }): SeedPromiseTarget {
  return {
    measure: PromiseMeasure.COUNT_PER_YEAR,
    kinds: filter.kinds ?? [],
    priorityAreas: filter.priorityAreas ?? [],
    placeKind: filter.placeKind ?? null,
    schoolLevel: filter.schoolLevel ?? null,
    target: filter.target ?? null,
    label,
  };
}

/**
 * Medborgarlöfte 2023–2025, "Det här ska vi göra": the descriptions are the source document's
 * words (mission/000_c77de70494022343.txt; in promises 1 and 2 "ska" is moved so the bullet, cut from its
 * lead-in "genom att:", reads as a sentence); the titles are our short forms of them.
 */
export const PERIOD_2023_2025: SeedPromisePeriod = {
  name: "Medborgarlöfte 2023–2025",
  startYear: 2023,
  endYear: 2025,
  promises: [
    {
      number: 1,
      title: "Förebygga våld, hat och hot, i synnerhet våld i nära relationer",
      description: "Kommunen och Polisen ska aktivt arbeta för att förebygga våld, hat och hot, i synnerhet våld som sker i nära relationer.",
      organisation: Organisation.JOINT,
      priorityArea: PriorityArea.VIOLENCE,
      targets: [
        countPerYear("Aktiviteter mot våld, hat och hot per år", { priorityAreas: [PriorityArea.VIOLENCE] }),
        // Our reading: the trust that prevention needs comes from being seen in every village, so
        // each is visited twice a year; the summer settlement, lived in for a few weeks, once.
        {
          measure: PromiseMeasure.VILLAGE_CADENCE,
          kinds: [ActivityKind.VILLAGE_VISIT],
          priorityAreas: [],
          placeKind: null,
          schoolLevel: null,
          target: 2,
          label: "Varje by besökt minst två gånger per år",
          cadence: { period: CadencePeriod.YEAR, exceptions: [{ village: "Staloluokta", visits: 1 }] },
        },
      ],
    },
    {
      number: 2,
      title: "Tillsammans mot narkotika och droger, särskilt bland unga",
      description: "Kommunen och Polisen ska tillsammans ha fokus i arbetet mot spridning och tillgänglighet av narkotika och droger i allmänhet och mot ungdomar i synnerhet.",
      organisation: Organisation.JOINT,
      priorityArea: PriorityArea.ALCOHOL_DRUGS,
      targets: [countPerYear("Aktiviteter mot alkohol och droger per år", { priorityAreas: [PriorityArea.ALCOHOL_DRUGS] })],
    },
    {
      number: 3,
      title: "Underrättelsebaserade riktade insatser mot narkotika",
      description: "Polisen arbetar underrättelsebaserat och ska vid sådana underrättelser genomföra riktade insatser mot de som befattar sig med narkotika/droger.",
      organisation: Organisation.POLICE,
      priorityArea: PriorityArea.ALCOHOL_DRUGS,
      targets: [countPerYear("Riktade insatser per år", { kinds: [ActivityKind.TARGETED_OPERATION] })],
    },
    {
      number: 4,
      title: "Information om narkotika på högstadiet och gymnasiet, minst en gång per år",
      description:
        "Kommunen och Polisen ska gemensamt och minst en gång/år informera på högstadie- och gymnasieskola om narkotika/droger, bl.a. om konsekvenser för körkort och framtida möjligheter till arbete.",
      organisation: Organisation.JOINT,
      priorityArea: PriorityArea.ALCOHOL_DRUGS,
      targets: [
        countPerYear("Information på högstadiet (minst 1 per år)", {
          kinds: [ActivityKind.SCHOOL_INFORMATION],
          placeKind: PlaceKind.SCHOOL,
          schoolLevel: SchoolLevel.LOWER_SECONDARY,
          target: 1,
        }),
        countPerYear("Information på gymnasiet (minst 1 per år)", {
          kinds: [ActivityKind.SCHOOL_INFORMATION],
          placeKind: PlaceKind.SCHOOL,
          schoolLevel: SchoolLevel.UPPER_SECONDARY,
          target: 1,
        }),
      ],
    },
    {
      number: 5,
      title: "Narkotikasök med hund på gymnasieskolan, minst en gång per år",
      description: "Polisen ska minst en gång/år utföra narkotikasök med hund i syfte att söka efter narkotika på gymnasieskolan.",
      organisation: Organisation.POLICE,
      priorityArea: PriorityArea.ALCOHOL_DRUGS,
      targets: [
        countPerYear("Narkotikasök med hund på gymnasiet (minst 1 per år)", {
          kinds: [ActivityKind.DRUG_DOG_SEARCH],
          placeKind: PlaceKind.SCHOOL,
          schoolLevel: SchoolLevel.UPPER_SECONDARY,
          target: 1,
        }),
      ],
    },
    {
      number: 6,
      title: "Kontinuerliga trafikkontroller i hela kommunen",
      description: "Polisen ska kontinuerligt genomföra trafikkontroller i hela kommunen med särskilt fokus på ratt- och drogonykterhet och allmän trafiksäkerhet.",
      organisation: Organisation.POLICE,
      priorityArea: PriorityArea.TRAFFIC,
      targets: [
        {
          measure: PromiseMeasure.MONTHS_COVERED,
          kinds: [ActivityKind.TRAFFIC_CHECK],
          priorityAreas: [],
          placeKind: null,
          schoolLevel: null,
          target: 12,
          label: "Månader med trafikkontroll (12 av 12)",
        },
        {
          measure: PromiseMeasure.SHARE_OUTSIDE_TOWN,
          kinds: [ActivityKind.TRAFFIC_CHECK],
          priorityAreas: [],
          placeKind: null,
          schoolLevel: null,
          // Our reading of "i hela kommunen": no share is promised. 0.4 keeps the villages and roads
          // in view; in 2021 nearly half of the checks were in the villages.
          target: 0.4,
          label: "Andel trafikkontroller utanför tätorten (minst 40 %)",
        },
      ],
    },
    {
      number: 7,
      title: "Gemensam utåtriktad kommunikation vid särskilda tillfällen",
      description: "Kommunen och Polisen ska vid särskilda tillfällen/händelser ha en gemensam utåtriktad kommunikation till medborgarna.",
      organisation: Organisation.JOINT,
      priorityArea: PriorityArea.FLEXIBLE,
      targets: [countPerYear("Gemensam kommunikation per år", { kinds: [ActivityKind.JOINT_COMMUNICATION] })],
    },
  ],
};

/**
 * Medborgarlöfte 2020–2022: the agreement itself is not in the project's sources. This is our
 * reading of it from the published follow-up in the 2023–2025 document (foot patrols, traffic
 * checks, village visits, school visits, pub visits and places where young people gather). That
 * follow-up gives no numbers as targets, so no target has one.
 */
export const PERIOD_2020_2022: SeedPromisePeriod = {
  name: "Medborgarlöfte 2020–2022",
  startYear: 2020,
  endYear: 2022,
  promises: [
    {
      number: 1,
      title: "Synlig polis i tätorten och byarna",
      description: "Polisen genomför fotpatruller i Jokkmokks tätort och i byarna och ronderar bostadsområden när läget kräver det, för att öka tryggheten.",
      organisation: Organisation.POLICE,
      priorityArea: PriorityArea.FLEXIBLE,
      targets: [countPerYear("Fotpatruller och ronderingar per år", { kinds: [ActivityKind.FOOT_PATROL, ActivityKind.RESIDENTIAL_PATROL] })],
    },
    {
      number: 2,
      title: "Trafikkontroller i hela kommunen",
      description: "Polisen genomför trafikkontroller i tätorten, i byarna och längs vägarna med fokus på rattonykterhet och trafiksäkerhet.",
      organisation: Organisation.POLICE,
      priorityArea: PriorityArea.TRAFFIC,
      targets: [countPerYear("Trafikkontroller per år", { kinds: [ActivityKind.TRAFFIC_CHECK] })],
    },
    {
      number: 3,
      title: "Besök i byarna",
      description: "Polisen besöker kommunens byar för att möta invånarna och fånga upp problem och frågor om trygghet.",
      organisation: Organisation.POLICE,
      priorityArea: PriorityArea.FLEXIBLE,
      targets: [countPerYear("Besök i byarna per år", { kinds: [ActivityKind.VILLAGE_VISIT] })],
    },
    {
      number: 4,
      title: "Besök i skolorna",
      description: "Kommunen och Polisen besöker skolorna för att träffa elever och personal och informera om trygghet, trafik och droger.",
      organisation: Organisation.JOINT,
      priorityArea: PriorityArea.FLEXIBLE,
      targets: [countPerYear("Skolbesök per år", { kinds: [ActivityKind.SCHOOL_VISIT], placeKind: PlaceKind.SCHOOL })],
    },
    {
      number: 5,
      title: "Krogbesök och närvaro där ungdomar vistas",
      description: "Polisen besöker restauranger med serveringstillstånd och platser där ungdomar vistas för att förebygga problem med alkohol och droger.",
      organisation: Organisation.POLICE,
      priorityArea: PriorityArea.ALCOHOL_DRUGS,
      targets: [countPerYear("Krogbesök och besök där ungdomar vistas per år", { kinds: [ActivityKind.PUB_VISIT, ActivityKind.YOUTH_VISIT] })],
    },
  ],
};

/** Every seeded period, oldest first. */
export const PROMISE_PERIODS: readonly SeedPromisePeriod[] = [PERIOD_2020_2022, PERIOD_2023_2025];

/**
 * Upserts the promise periods (by municipality and start year) and their promises (by period and
 * number), and replaces each seeded promise's targets. Promises the seed does not name are left
 * alone.
 */
export async function seedPromises(manager: EntityManager, municipalityId: number): Promise<PromisesSeedResult> {
  const result: PromisesSeedResult = { periods: 0, promises: 0, targets: 0 };
  for (const period of PROMISE_PERIODS) {
    const periodRows: { id: number }[] = await manager.query(
      `INSERT INTO promise_period (municipality_id, name, start_year, end_year) VALUES ($1, $2, $3, $4)
       ON CONFLICT (municipality_id, start_year) DO UPDATE SET name = EXCLUDED.name, end_year = EXCLUDED.end_year
       RETURNING id`,
      [municipalityId, period.name, period.startYear, period.endYear],
    );
    const periodId = periodRows[0].id;
    const ps = period.promises;
    const promiseRows: { id: number; number: number }[] = await manager.query(
      `INSERT INTO promise (period_id, number, title, description, organisation, priority_area)
       SELECT $1, t.number, t.title, t.description, t.organisation::organisation, t.priority_area::priority_area
       FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[]) AS t (number, title, description, organisation, priority_area)
       ON CONFLICT (period_id, number) DO UPDATE SET
         title = EXCLUDED.title, description = EXCLUDED.description,
         organisation = EXCLUDED.organisation, priority_area = EXCLUDED.priority_area
       RETURNING id, number`,
      [periodId, ps.map((p) => p.number), ps.map((p) => p.title), ps.map((p) => p.description), ps.map((p) => p.organisation), ps.map((p) => p.priorityArea)],
    );
    const idByNumber = new Map(promiseRows.map((r) => [r.number, r.id]));
    const targets = ps.flatMap((p) => p.targets.map((t) => ({ promiseId: idByNumber.get(p.number)!, ...t })));

    await manager.query(`DELETE FROM promise_target WHERE promise_id = ANY($1::int[])`, [promiseRows.map((r) => r.id)]);
    // Arrays of arrays do not survive unnest(), so kinds and areas travel as comma-joined text.
    await manager.query(
      `INSERT INTO promise_target (promise_id, measure, kinds, priority_areas, place_kind, school_level, target, label, cadence_period)
       SELECT t.promise_id, t.measure::promise_measure,
              string_to_array(t.kinds, ',')::activity_kind[], string_to_array(t.areas, ',')::priority_area[],
              t.place_kind::place_kind, t.school_level::school_level, t.target, t.label, t.cadence_period::cadence_period
       FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::float8[], $8::text[], $9::text[])
         AS t (promise_id, measure, kinds, areas, place_kind, school_level, target, label, cadence_period)`,
      [
        targets.map((t) => t.promiseId),
        targets.map((t) => t.measure),
        targets.map((t) => t.kinds.join(",")),
        targets.map((t) => t.priorityAreas.join(",")),
        targets.map((t) => t.placeKind),
        targets.map((t) => t.schoolLevel),
        targets.map((t) => t.target),
        targets.map((t) => t.label),
        targets.map((t) => t.cadence?.period ?? null),
      ],
    );
    // A promise has at most one cadence target (one target per measure), so the promise finds it.
    const exceptions = targets.flatMap((t) => (t.cadence?.exceptions ?? []).map((e) => ({ promiseId: t.promiseId, ...e })));
    await manager.query(
      `INSERT INTO promise_target_village (target_id, place_id, visits)
       SELECT t.id, p.id, e.visits FROM unnest($1::int[], $2::text[], $3::int[]) AS e (promise_id, village, visits)
       JOIN promise_target t ON t.promise_id = e.promise_id AND t.measure = 'VILLAGE_CADENCE'
       JOIN place p ON p.name = e.village AND p.kind = 'VILLAGE' AND p.municipality_id = $4`,
      [exceptions.map((e) => e.promiseId), exceptions.map((e) => e.village), exceptions.map((e) => e.visits), municipalityId],
    );
    result.periods += 1;
    result.promises += promiseRows.length;
    result.targets += targets.length;
  }
  return result;
}
