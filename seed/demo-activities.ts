import type { EntityManager } from "typeorm";
import { WRITE_COLUMNS } from "../api/activities/activity-columns";
import { ActivityKind, ActivityStatus, Organisation, PlaceKind, PriorityArea, SchoolLevel } from "../api/common/enums";
import { GAZETTEER_PLACES, JOKKMOKK_MUNICIPALITY } from "./gazetteer";

/** A place as the demo generator needs it (a row of `place`). */
export interface DemoPlace {
  id: number;
  name: string;
  kind: PlaceKind;
  lat: number;
  lng: number;
  radiusM: number;
  schoolLevel: SchoolLevel | null;
}

/**
 * One generated activity, ready to insert. `placeId` is set only when `placePicked` (schools);
 * otherwise the database finds the place and the zone with `lk_locate`.
 */
export interface DemoActivityRow {
  kind: ActivityKind;
  organisation: Organisation;
  status: ActivityStatus;
  priorityAreas: PriorityArea[];
  startsAt: Date;
  endsAt: Date | null;
  placeId: number | null;
  placePicked: boolean;
  lat: number;
  lng: number;
  title: string;
  notes: string | null;
  vehiclesChecked: number | null;
  breathTests: number | null;
  suspectedDrunkDriving: number | null;
  suspectedDrugDriving: number | null;
  peopleReached: number | null;
  findings: string | null;
  isDemo: true;
}

/** First year of demo activities. */
export const DEMO_FIRST_YEAR = 2020;

// ---------------------------------------------------------------------------------------------
// Randomness: mulberry32, seeded, so the same input always gives the same rows.

/** Uniform numbers in [0, 1) from a 32-bit seed (mulberry32). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Convenience draws over one seeded stream. */
export class Dice {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  float(): number {
    return this.next();
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    const total = items.reduce((sum, item) => sum + weight(item), 0);
    let r = this.next() * total;
    for (const item of items) {
      r -= weight(item);
      if (r < 0) return item;
    }
    return items[items.length - 1];
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Time in Europe/Stockholm. The EU rule (summer time from the last Sunday of March to the last
// Sunday of October, switching at 01:00 UTC) is written out so the rows do not depend on the
// host's time-zone data. Demo activities start between 07:00 and 23:00, never in the hour that
// repeats or is skipped.

/** A calendar day in Stockholm. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;
const MONDAY_TO_FRIDAY = [1, 2, 3, 4, 5] as const;
const MONDAY_TO_THURSDAY = [1, 2, 3, 4] as const;
const MONDAY_TO_SATURDAY = [1, 2, 3, 4, 5, 6] as const;
const FRIDAY_SATURDAY = [5, 6] as const;
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6] as const;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday. */
function weekday(d: LocalDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

function lastSunday(year: number, month: number): number {
  const last = daysInMonth(year, month);
  return last - weekday({ year, month, day: last });
}

/** Hours Stockholm is ahead of UTC during the day of `d` (after 03:00). */
function stockholmOffsetHours(d: LocalDate): number {
  const key = d.month * 100 + d.day;
  const summerFrom = 300 + lastSunday(d.year, 3);
  const summerUntil = 1000 + lastSunday(d.year, 10);
  return key >= summerFrom && key < summerUntil ? 2 : 1;
}

/** The instant of `hour:minute` on day `d` in Stockholm. */
function stockholmTime(d: LocalDate, hour: number, minute: number): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day, hour, minute) - stockholmOffsetHours(d) * 3_600_000);
}

/** The Stockholm calendar day of an instant. */
export function stockholmDate(instant: Date): LocalDate {
  const year = instant.getUTCFullYear();
  const summerStart = Date.UTC(year, 2, lastSunday(year, 3), 1);
  const summerEnd = Date.UTC(year, 9, lastSunday(year, 10), 1);
  const t = instant.getTime();
  const offset = t >= summerStart && t < summerEnd ? 2 : 1;
  const local = new Date(t + offset * 3_600_000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/** The calendar day `days` after `d` (before, when negative). */
export function addDays(d: LocalDate, days: number): LocalDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day) + days * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Days around New Year stay empty, so no activity can land in the wrong year in any zone. */
function nearNewYear(d: LocalDate): boolean {
  return (d.month === 1 && d.day <= 2) || (d.month === 12 && d.day >= 30);
}

// ---------------------------------------------------------------------------------------------
// Geography.

const EARTH_RADIUS_M = 6_371_008.8;
const METRES_PER_DEGREE_LAT = 111_320;

/** Haversine distance in metres (the same formula as the database's lk_distance_m). */
function distanceM(aLat: number, aLng: number, bLat: number, bLng: number): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((bLat - aLat) * rad) / 2) ** 2 + Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(((bLng - aLng) * rad) / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(h));
}

/** The point `north` and `east` metres from (lat, lng). */
function offsetM(lat: number, lng: number, north: number, east: number): { lat: number; lng: number } {
  return {
    lat: Number((lat + north / METRES_PER_DEGREE_LAT).toFixed(6)),
    lng: Number((lng + east / (METRES_PER_DEGREE_LAT * Math.cos((lat * Math.PI) / 180))).toFixed(6)),
  };
}

/** Where an activity happens, and the words its title uses for it. */
interface Spot {
  lat: number;
  lng: number;
  placeId: number | null;
  placePicked: boolean;
  /** "i Porjus", "E45 vid Kåbdalis", "på Östra skolan". */
  where: string;
}

/** A stretch of main road between two gazetteer points. */
interface RoadSegment {
  road: string;
  from: string;
  to: string;
  a: { lat: number; lng: number };
  b: { lat: number; lng: number };
  lengthM: number;
}

/**
 * The main roads as chains of gazetteer points. Straight lines between the points stand in for
 * the real road geometry, which the project does not carry; road 805 leaves the E45 a few km north
 * of Jokkmokk and runs past Randijaur, Tjåmotis and Årrenjarka to Kvikkjokk; riksväg 97 passes the
 * old posting station Koskats between Mattisudden and Vuollerim.
 */
const MAIN_ROADS: readonly { road: string; via: readonly string[] }[] = [
  { road: "E45", via: ["Kåbdalis", "Jokkmokk"] },
  { road: "E45", via: ["Jokkmokk", "Harsprånget", "Porjus"] },
  { road: "riksväg 97", via: ["Jokkmokk", "Mattisudden", "Koskats", "Vuollerim"] },
  { road: "väg 805", via: ["Jokkmokk", "Randijaur", "Tjåmotis", "Årrenjarka", "Kvikkjokk"] },
];

/** How likely a village is to get a traffic check (by traffic through it); others count 1. */
const VILLAGE_TRAFFIC_WEIGHT: Readonly<Record<string, number>> = {
  Vuollerim: 4,
  Porjus: 4,
  Kåbdalis: 2,
  Mattisudden: 2,
  Murjek: 2,
  // The mountain station is reached by boat, the Padjelanta summer settlement by helicopter: no
  // road traffic to check.
  Saltoluokta: 0,
  Staloluokta: 0,
};

/** Villages without a road: no traffic checks there, and no evening meetings held there. */
function roadless(village: DemoPlace): boolean {
  return VILLAGE_TRAFFIC_WEIGHT[village.name] === 0;
}

/**
 * The months a village can be visited in, where not every month: the mountain station over the ice
 * in March and April and by boat in summer; the summer settlement only while people are there.
 */
const VILLAGE_VISIT_MONTHS: Readonly<Record<string, readonly number[]>> = {
  Saltoluokta: [3, 4, 6, 7, 8, 9],
  Staloluokta: [7, 8],
};

/** A rural point must be this far outside every town and village radius. */
const RURAL_MARGIN_M = 1000;

/** The places the generator works with, looked up once. */
export class DemoMap {
  readonly town: DemoPlace;
  readonly villages: readonly DemoPlace[];
  readonly segments: readonly RoadSegment[];
  private readonly schools: ReadonlyMap<SchoolLevel, DemoPlace>;
  private readonly settlements: readonly DemoPlace[];

  constructor(places: readonly DemoPlace[]) {
    const town = places.find((p) => p.kind === PlaceKind.TOWN);
    if (town === undefined) throw new Error("The demo activities need the town (a place of kind TOWN); seed the gazetteer first.");
    this.town = town;
    this.villages = places.filter((p) => p.kind === PlaceKind.VILLAGE).sort((a, b) => a.name.localeCompare(b.name, "sv"));
    if (this.villages.length === 0) throw new Error("The demo activities need villages; seed the gazetteer first.");
    this.settlements = [town, ...this.villages];
    const schools = new Map<SchoolLevel, DemoPlace>();
    for (const p of places) {
      if (p.kind === PlaceKind.SCHOOL && p.schoolLevel !== null && !schools.has(p.schoolLevel)) schools.set(p.schoolLevel, p);
    }
    this.schools = schools;
    this.segments = this.buildSegments(places);
  }

  /** The first school of `level`; the demo cannot do without one. */
  school(level: SchoolLevel): DemoPlace {
    const found = this.schools.get(level);
    if (found === undefined) throw new Error(`The demo activities need a school with level ${level}; seed the gazetteer first.`);
    return found;
  }

  /** The village named `name`, or the first village when an administrator has removed it. */
  village(name: string): DemoPlace {
    return this.villages.find((v) => v.name === name) ?? this.villages[0];
  }

  /** True when (lat, lng) is clear of every town and village radius by the rural margin. */
  isRural(lat: number, lng: number): boolean {
    return this.settlements.every((p) => distanceM(p.lat, p.lng, lat, lng) > p.radiusM + RURAL_MARGIN_M);
  }

  /** Road points come from the stored places, falling back to the gazetteer for a removed one. */
  private buildSegments(places: readonly DemoPlace[]): RoadSegment[] {
    const point = (name: string) => places.find((p) => p.name === name) ?? GAZETTEER_PLACES.find((p) => p.name === name);
    const segments: RoadSegment[] = [];
    for (const { road, via } of MAIN_ROADS) {
      for (let i = 0; i + 1 < via.length; i += 1) {
        const a = point(via[i]);
        const b = point(via[i + 1]);
        if (a === undefined || b === undefined) continue;
        segments.push({ road, from: via[i], to: via[i + 1], a, b, lengthM: distanceM(a.lat, a.lng, b.lat, b.lng) });
      }
    }
    return segments;
  }
}

// ---------------------------------------------------------------------------------------------
// Drafts: what an activity is, before it gets a time.

/** The outcome columns. */
interface Outcome {
  vehiclesChecked: number | null;
  breathTests: number | null;
  suspectedDrunkDriving: number | null;
  suspectedDrugDriving: number | null;
  peopleReached: number | null;
  findings: string | null;
}

/** An activity without its time. */
export interface Draft {
  kind: ActivityKind;
  organisation: Organisation;
  priorityAreas: PriorityArea[];
  spot: Spot;
  title: string;
  notes: string | null;
  outcome: Partial<Outcome>;
  /** Start hours when they differ from the kind's usual ones. */
  hours?: readonly number[];
}

/** When in the week and the day an activity of a kind starts. */
interface Slot {
  weekdays: readonly number[];
  hours: readonly number[];
  minMinutes: number;
  maxMinutes: number;
}

const SLOTS: Readonly<Record<ActivityKind, Slot>> = {
  [ActivityKind.FOOT_PATROL]: { weekdays: EVERY_DAY, hours: [10, 11, 13, 14, 19, 20], minMinutes: 60, maxMinutes: 150 },
  [ActivityKind.TRAFFIC_CHECK]: { weekdays: EVERY_DAY, hours: [7, 8, 9, 15, 16, 17, 19, 20], minMinutes: 60, maxMinutes: 180 },
  [ActivityKind.VILLAGE_VISIT]: { weekdays: MONDAY_TO_SATURDAY, hours: [10, 11, 12, 13, 14], minMinutes: 60, maxMinutes: 180 },
  [ActivityKind.SCHOOL_VISIT]: { weekdays: MONDAY_TO_FRIDAY, hours: [8, 9, 10, 13], minMinutes: 60, maxMinutes: 120 },
  [ActivityKind.SCHOOL_INFORMATION]: { weekdays: MONDAY_TO_FRIDAY, hours: [8, 9, 10, 13], minMinutes: 60, maxMinutes: 120 },
  [ActivityKind.DRUG_DOG_SEARCH]: { weekdays: MONDAY_TO_FRIDAY, hours: [7, 8, 9], minMinutes: 60, maxMinutes: 120 },
  [ActivityKind.PUB_VISIT]: { weekdays: FRIDAY_SATURDAY, hours: [21, 22], minMinutes: 60, maxMinutes: 150 },
  [ActivityKind.YOUTH_VISIT]: { weekdays: FRIDAY_SATURDAY, hours: [18, 19, 20], minMinutes: 60, maxMinutes: 180 },
  [ActivityKind.RESIDENTIAL_PATROL]: { weekdays: EVERY_DAY, hours: [19, 20, 21], minMinutes: 60, maxMinutes: 150 },
  [ActivityKind.TARGETED_OPERATION]: { weekdays: EVERY_DAY, hours: [9, 13, 17, 19], minMinutes: 90, maxMinutes: 180 },
  [ActivityKind.JOINT_COMMUNICATION]: { weekdays: EVERY_DAY, hours: [10, 11, 12, 13], minMinutes: 60, maxMinutes: 180 },
  [ActivityKind.CITIZEN_DIALOGUE]: { weekdays: MONDAY_TO_THURSDAY, hours: [17, 18], minMinutes: 90, maxMinutes: 150 },
};

/** Months with school all through (no summer or Christmas holidays). */
const SCHOOL_MONTHS = [2, 3, 4, 5, 9, 10, 11] as const;
const ALL_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** Kinds that happen at a school, so only on school days. */
const SCHOOL_KINDS: readonly ActivityKind[] = [ActivityKind.SCHOOL_VISIT, ActivityKind.SCHOOL_INFORMATION, ActivityKind.DRUG_DOG_SEARCH];

/** Roughly the Christmas and summer holidays of the schools in Norrbotten. */
function schoolHoliday(d: LocalDate): boolean {
  return (d.month === 12 && d.day >= 20) || (d.month === 1 && d.day <= 9) || (d.month === 6 && d.day >= 12) || d.month === 7 || (d.month === 8 && d.day < 18);
}

/** Builds drafts and schedules them, drawing from one seeded stream. */
export class Generator {
  readonly rows: DemoActivityRow[] = [];

  constructor(
    readonly map: DemoMap,
    readonly dice: Dice,
  ) {}

  // -- spots --------------------------------------------------------------------------------

  /** A point at most `fraction` of the place's radius from its centre. */
  near(place: DemoPlace, fraction: number, where: string): Spot {
    const r = place.radiusM * fraction * Math.sqrt(this.dice.float());
    const angle = this.dice.float() * 2 * Math.PI;
    const p = offsetM(place.lat, place.lng, r * Math.cos(angle), r * Math.sin(angle));
    return { ...p, placeId: null, placePicked: false, where };
  }

  town(fraction = 0.4): Spot {
    return this.near(this.map.town, fraction, `i ${this.map.town.name}`);
  }

  inVillage(village: DemoPlace, fraction = 0.2): Spot {
    return this.near(village, fraction, `i ${village.name}`);
  }

  atSchool(level: SchoolLevel): Spot {
    const s = this.map.school(level);
    return { lat: s.lat, lng: s.lng, placeId: s.id, placePicked: true, where: `på ${s.name}` };
  }

  /** A roadside point on a main road, clear of every town and village. */
  onRoad(): Spot {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const seg = this.dice.weighted(this.map.segments, (s) => s.lengthM);
      const f = this.dice.float();
      const lat = seg.a.lat + (seg.b.lat - seg.a.lat) * f;
      const lng = seg.a.lng + (seg.b.lng - seg.a.lng) * f;
      const p = offsetM(lat, lng, this.dice.int(-80, 80), this.dice.int(-80, 80));
      if (!this.map.isRural(p.lat, p.lng)) continue;
      const nearer = f < 0.5 ? seg.from : seg.to;
      const nearerM = f < 0.5 ? f * seg.lengthM : (1 - f) * seg.lengthM;
      const where = nearerM < 12_000 ? `${seg.road} vid ${nearer}` : `${seg.road} mellan ${seg.from} och ${seg.to}`;
      return { ...p, placeId: null, placePicked: false, where };
    }
    throw new Error("No rural road point found: the main-road places are missing or overlap.");
  }

  roadsideVillage(): DemoPlace {
    return this.dice.weighted(this.map.villages, (v) => VILLAGE_TRAFFIC_WEIGHT[v.name] ?? 1);
  }

  // -- drafts -------------------------------------------------------------------------------

  trafficCheck(zone: "town" | "village" | "rural"): Draft {
    const spot = zone === "town" ? this.town(0.5) : zone === "village" ? this.inVillage(this.roadsideVillage(), 0.5) : this.onRoad();
    const sobriety = this.dice.chance(0.75);
    const vehicles = zone === "village" ? this.dice.int(8, 45) : sobriety ? this.dice.int(20, 110) : this.dice.int(6, 35);
    const drunk = sobriety ? this.dice.weighted([0, 1, 2], (n) => [72, 22, 6][n]) : 0;
    const drug = this.dice.chance(sobriety ? 0.15 : 0.05) ? 1 : 0;
    const name = sobriety ? "Nykterhetskontroll" : this.dice.pick(["Trafikkontroll", "Hastighetskontroll", "Flygande trafikkontroll"]);
    const notes =
      drunk + drug > 0
        ? "Misstänkt ratt- eller drograttfylleri: anmälan upprättad."
        : this.dice.pick([null, null, "Inga anmärkningar.", "Kontrollen kortades för ett annat uppdrag.", "Kontroll i samband med helgtrafik."]);
    return {
      kind: ActivityKind.TRAFFIC_CHECK,
      organisation: Organisation.POLICE,
      priorityAreas: sobriety ? [PriorityArea.TRAFFIC, PriorityArea.ALCOHOL_DRUGS] : [PriorityArea.TRAFFIC],
      spot,
      title: `${name} ${spot.where}`,
      notes,
      outcome: {
        vehiclesChecked: vehicles,
        breathTests: sobriety ? Math.max(0, vehicles - this.dice.int(0, 3)) : this.dice.int(0, Math.min(5, vehicles)),
        suspectedDrunkDriving: drunk,
        suspectedDrugDriving: drug,
      },
    };
  }

  footPatrol(village: DemoPlace | null): Draft {
    const spot = village === null ? this.town(0.35) : this.inVillage(village);
    const evening = village === null && this.dice.chance(0.4);
    return {
      hours: evening ? [19, 20, 21] : [10, 11, 13, 14],
      kind: ActivityKind.FOOT_PATROL,
      organisation: Organisation.POLICE,
      priorityAreas: evening ? [PriorityArea.FLEXIBLE, PriorityArea.ALCOHOL_DRUGS] : [PriorityArea.FLEXIBLE],
      spot,
      title: village === null ? `Fotpatrull i centrala ${this.map.town.name}` : `Fotpatrull ${spot.where}`,
      notes: this.dice.pick([null, "Samtal med näringsidkare och allmänhet.", "Lugnt; inga ingripanden."]),
      outcome: { peopleReached: this.dice.chance(0.6) ? this.dice.int(5, 40) : null },
    };
  }

  villageVisit(village: DemoPlace): Draft {
    return {
      kind: ActivityKind.VILLAGE_VISIT,
      organisation: Organisation.POLICE,
      priorityAreas: [PriorityArea.FLEXIBLE],
      spot: this.inVillage(village),
      title: `Besök i ${village.name}`,
      notes: this.dice.pick(["Samtal med boende om trafik och inbrott.", "Information om bedrägerier mot äldre.", "Besök vid affären och byastugan.", "Frågor om snöskotertrafik och fritidshus."]),
      outcome: { peopleReached: this.dice.int(4, 30) },
    };
  }

  schoolVisit(level: SchoolLevel, organisation: Organisation): Draft {
    const violence = organisation === Organisation.MUNICIPALITY;
    const spot = this.atSchool(level);
    return {
      kind: ActivityKind.SCHOOL_VISIT,
      organisation,
      priorityAreas: violence ? [PriorityArea.VIOLENCE] : [PriorityArea.FLEXIBLE],
      spot,
      title: violence ? `Samtal om hat och hot på nätet ${spot.where}` : `Skolbesök ${spot.where}`,
      notes: null,
      outcome: { peopleReached: this.dice.int(15, 60) },
    };
  }

  schoolInformation(level: SchoolLevel): Draft {
    const spot = this.atSchool(level);
    const upper = level === SchoolLevel.UPPER_SECONDARY;
    return {
      kind: ActivityKind.SCHOOL_INFORMATION,
      organisation: Organisation.JOINT,
      priorityAreas: [PriorityArea.ALCOHOL_DRUGS],
      spot,
      title: upper ? `Information om narkotika och körkort ${spot.where}` : `Droginformation för årskurs 7–9 ${spot.where}`,
      notes: "Polisen och kommunens drogförebyggande arbete; konsekvenser för körkort och framtida arbete.",
      outcome: { peopleReached: upper ? this.dice.int(60, 160) : this.dice.int(40, 110) },
    };
  }

  drugDogSearch(): Draft {
    const spot = this.atSchool(SchoolLevel.UPPER_SECONDARY);
    return {
      kind: ActivityKind.DRUG_DOG_SEARCH,
      organisation: Organisation.POLICE,
      priorityAreas: [PriorityArea.ALCOHOL_DRUGS],
      spot,
      title: `Narkotikasök med hund ${spot.where}`,
      notes: "Genomfört i samråd med skolans ledning.",
      outcome: {
        findings: this.dice.pick(["Inga fynd.", "Hunden markerade vid två skåp; ingen narkotika påträffades.", "Mindre mängd cannabis påträffades; ärendet utreds."]),
      },
    };
  }

  pubVisit(organisation: Organisation): Draft {
    const spot = this.town(0.15);
    return {
      kind: ActivityKind.PUB_VISIT,
      organisation,
      priorityAreas: [PriorityArea.ALCOHOL_DRUGS],
      spot,
      title: organisation === Organisation.JOINT ? `Gemensam krogtillsyn med kommunens alkoholhandläggare ${spot.where}` : `Krogbesök ${spot.where}`,
      notes: this.dice.pick([null, "Lugnt på krogen.", "Samtal med ordningsvakter och personal."]),
      outcome: { peopleReached: this.dice.int(20, 120) },
    };
  }

  youthVisit(organisation: Organisation, village: DemoPlace | null): Draft {
    const spot = village === null ? this.town(0.3) : this.inVillage(village);
    const municipal = organisation === Organisation.MUNICIPALITY;
    return {
      kind: ActivityKind.YOUTH_VISIT,
      organisation,
      priorityAreas: [PriorityArea.ALCOHOL_DRUGS],
      spot,
      title: municipal ? `Fältarbete där ungdomar vistas ${spot.where}` : `Besök där ungdomar vistas ${spot.where}`,
      notes: municipal ? "Kommunens fältassistenter." : null,
      outcome: { peopleReached: this.dice.int(8, 45) },
    };
  }

  residentialPatrol(): Draft {
    const spot = this.town(0.5);
    return {
      kind: ActivityKind.RESIDENTIAL_PATROL,
      organisation: Organisation.POLICE,
      priorityAreas: [PriorityArea.FLEXIBLE],
      spot,
      title: `Rondering av villakvarter ${spot.where}`,
      notes: "Trygghetsskapande rondering med anledning av inbrottsvågen i länet.",
      outcome: {},
    };
  }

  targetedOperation(): Draft {
    const spot = this.dice.chance(0.6) ? this.town(0.4) : this.dice.chance(0.5) ? this.inVillage(this.roadsideVillage()) : this.onRoad();
    return {
      kind: ActivityKind.TARGETED_OPERATION,
      organisation: Organisation.POLICE,
      priorityAreas: [PriorityArea.ALCOHOL_DRUGS],
      spot,
      title: `Riktad insats mot narkotikabrottslighet ${spot.where}`,
      notes: "Underrättelsebaserad insats.",
      outcome: {
        findings: this.dice.pick([
          "Beslag av mindre mängd narkotika; två anmälningar om ringa narkotikabrott.",
          "Husrannsakan genomförd; beslag av cannabis.",
          "Inga beslag; uppgifterna kontrollerades.",
          "Fyra kontroller; en anmälan om eget bruk.",
        ]),
      },
    };
  }

  jointCommunication(title: string, areas: PriorityArea[], spot: Spot, people: [number, number]): Draft {
    return {
      kind: ActivityKind.JOINT_COMMUNICATION,
      organisation: Organisation.JOINT,
      priorityAreas: areas,
      spot,
      title,
      notes: "Kommunen och Polisen tillsammans; även på Facebook och hemsidorna.",
      outcome: { peopleReached: this.dice.int(people[0], people[1]) },
    };
  }

  citizenDialogue(organisation: Organisation, village: DemoPlace | null): Draft {
    const spot = village === null ? this.town(0.3) : this.inVillage(village);
    const topic = this.dice.pick(["Medborgardialog om våld i nära relationer", "Medborgardialog om trygghet", "Dialogmöte om våld, hat och hot"]);
    return {
      kind: ActivityKind.CITIZEN_DIALOGUE,
      organisation,
      priorityAreas: topic.endsWith("trygghet") ? [PriorityArea.VIOLENCE, PriorityArea.FLEXIBLE] : [PriorityArea.VIOLENCE],
      spot,
      title: `${topic} ${spot.where}`,
      notes: organisation === Organisation.MUNICIPALITY ? "Trygghetssamordnaren och socialtjänsten." : "Kommunen och Polisen tillsammans.",
      outcome: { peopleReached: this.dice.int(6, 40) },
    };
  }

  // -- scheduling ---------------------------------------------------------------------------

  /** A day of `month` that suits the activity's slot, away from New Year. */
  dayIn(year: number, month: number, weekdays: readonly number[]): LocalDate {
    const days: LocalDate[] = [];
    for (let day = 1; day <= daysInMonth(year, month); day += 1) {
      const d = { year, month, day };
      if (!nearNewYear(d) && weekdays.includes(weekday(d))) days.push(d);
    }
    return this.dice.pick(days);
  }

  /** The first day from `d` on that suits `weekdays`, away from New Year. */
  nextSuitable(d: LocalDate, weekdays: readonly number[]): LocalDate {
    let day = d;
    while (nearNewYear(day) || !weekdays.includes(weekday(day))) day = addDays(day, 1);
    return day;
  }

  /** Adds the draft on day `d` at a time its kind suits. */
  on(draft: Draft, d: LocalDate, status: ActivityStatus = ActivityStatus.DONE, notes?: string): void {
    const slot = SLOTS[draft.kind];
    const startsAt = stockholmTime(d, this.dice.pick(draft.hours ?? slot.hours), this.dice.pick([0, 15, 30, 45]));
    const minutes = 15 * this.dice.int(slot.minMinutes / 15, slot.maxMinutes / 15);
    const done = status === ActivityStatus.DONE;
    const o = draft.outcome;
    this.rows.push({
      kind: draft.kind,
      organisation: draft.organisation,
      status,
      priorityAreas: draft.priorityAreas,
      startsAt,
      endsAt: new Date(startsAt.getTime() + minutes * 60_000),
      placeId: draft.spot.placePicked ? draft.spot.placeId : null,
      placePicked: draft.spot.placePicked,
      lat: draft.spot.lat,
      lng: draft.spot.lng,
      title: draft.title,
      notes: notes ?? (done ? draft.notes : null),
      vehiclesChecked: done ? (o.vehiclesChecked ?? null) : null,
      breathTests: done ? (o.breathTests ?? null) : null,
      suspectedDrunkDriving: done ? (o.suspectedDrunkDriving ?? null) : null,
      suspectedDrugDriving: done ? (o.suspectedDrugDriving ?? null) : null,
      peopleReached: done ? (o.peopleReached ?? null) : null,
      findings: done ? (o.findings ?? null) : null,
      isDemo: true,
    });
  }

  /** Adds the draft on a suitable day of `month`. */
  inMonth(draft: Draft, year: number, month: number): void {
    this.on(draft, this.dayIn(year, month, SLOTS[draft.kind].weekdays));
  }

  /** `count` months from `months`, each of `required` at least once, the rest drawn by `weight`. */
  spreadMonths(count: number, months: readonly number[], required: readonly number[] = [], weight: (m: number) => number = () => 1): number[] {
    const out = [...required].slice(0, count);
    while (out.length < count) out.push(this.dice.weighted(months, weight));
    return out.sort((a, b) => a - b);
  }
}

// ---------------------------------------------------------------------------------------------
// What each year holds.

/** The exact number of DONE activities of each sort in one year. */
interface YearPlan {
  traffic: { town: number; village: number; rural: number; skipMonths: readonly number[]; everyMonth: boolean };
  footPatrol: { town: number; village: number };
  villageVisits: number;
  schoolVisits: number;
  pubVisits: { police: number; joint: number };
  youthVisits: { police: number; municipality: number };
  residentialPatrols: number;
  schoolInformation: { lowerSecondary: number; upperSecondary: number };
  drugDogSearches: number;
  targetedOperations: number;
  jointCommunication: number;
  citizenDialogues: { joint: number; municipality: number };
}

const NOTHING: YearPlan = {
  traffic: { town: 0, village: 0, rural: 0, skipMonths: [], everyMonth: false },
  footPatrol: { town: 0, village: 0 },
  villageVisits: 0,
  schoolVisits: 0,
  pubVisits: { police: 0, joint: 0 },
  youthVisits: { police: 0, municipality: 0 },
  residentialPatrols: 0,
  schoolInformation: { lowerSecondary: 0, upperSecondary: 0 },
  drugDogSearches: 0,
  targetedOperations: 0,
  jointCommunication: 0,
  citizenDialogues: { joint: 0, municipality: 0 },
};

/**
 * 2020–2022 follow the published follow-up ("ett mindre antal", "drygt 20", "20-talet", "nästan
 * hälften i byarna", "80-talet", "10-talet"); 2023–2025 what the promises ask, with promise 5 missed
 * in 2024 (no drug search at the gymnasium) and two months of 2024 without a traffic check.
 */
const YEAR_PLANS: Readonly<Record<number, YearPlan>> = {
  2020: {
    ...NOTHING,
    traffic: { town: 4, village: 2, rural: 1, skipMonths: [], everyMonth: false },
    footPatrol: { town: 5, village: 3 },
  },
  2021: {
    ...NOTHING,
    // 9 of 21 (43 %) in the villages.
    traffic: { town: 7, village: 9, rural: 5, skipMonths: [], everyMonth: false },
    footPatrol: { town: 17, village: 6 },
    schoolVisits: 3,
    residentialPatrols: 5,
  },
  2022: {
    ...NOTHING,
    traffic: { town: 44, village: 22, rural: 18, skipMonths: [], everyMonth: false },
    footPatrol: { town: 10, village: 4 },
    villageVisits: 21,
    schoolVisits: 11,
    pubVisits: { police: 21, joint: 0 },
    youthVisits: { police: 5, municipality: 0 },
  },
  2023: {
    // 20 of 44 (45 %) outside the town.
    traffic: { town: 24, village: 11, rural: 9, skipMonths: [], everyMonth: true },
    footPatrol: { town: 12, village: 5 },
    villageVisits: 14,
    schoolVisits: 3,
    pubVisits: { police: 10, joint: 2 },
    youthVisits: { police: 3, municipality: 4 },
    residentialPatrols: 0,
    schoolInformation: { lowerSecondary: 1, upperSecondary: 1 },
    drugDogSearches: 1,
    targetedOperations: 3,
    jointCommunication: 4,
    citizenDialogues: { joint: 2, municipality: 3 },
  },
  2024: {
    // 16 of 38 (42 %) outside the town, every month: the year's one missed promise is the dog search (no. 5).
    traffic: { town: 22, village: 9, rural: 7, skipMonths: [], everyMonth: true },
    footPatrol: { town: 13, village: 4 },
    villageVisits: 12,
    schoolVisits: 4,
    pubVisits: { police: 9, joint: 2 },
    youthVisits: { police: 3, municipality: 5 },
    residentialPatrols: 0,
    schoolInformation: { lowerSecondary: 1, upperSecondary: 2 },
    drugDogSearches: 0,
    targetedOperations: 2,
    jointCommunication: 3,
    citizenDialogues: { joint: 3, municipality: 2 },
  },
  2025: {
    // 23 of 48 (48 %) outside the town.
    traffic: { town: 25, village: 13, rural: 10, skipMonths: [], everyMonth: true },
    footPatrol: { town: 14, village: 6 },
    villageVisits: 16,
    schoolVisits: 4,
    pubVisits: { police: 10, joint: 3 },
    youthVisits: { police: 4, municipality: 5 },
    residentialPatrols: 0,
    schoolInformation: { lowerSecondary: 2, upperSecondary: 1 },
    drugDogSearches: 1,
    targetedOperations: 4,
    jointCommunication: 5,
    citizenDialogues: { joint: 3, municipality: 3 },
  },
};

/** The last year with its own plan; later years (up to `now`) carry on as it did. */
const LAST_SCRIPTED_YEAR = 2025;

/** Traffic is heavier in the winter market month, the summer and before Christmas. */
function trafficWeight(month: number): number {
  return [1, 1.6, 1, 1, 1.2, 1.5, 1.6, 1.5, 1, 1, 1, 1.3][month - 1];
}

/** The first `weekdays` day on or after day `from` of `month`. */
function firstOnOrAfter(year: number, month: number, from: number, weekdays: readonly number[]): LocalDate {
  let d: LocalDate = { year, month, day: from };
  while (!weekdays.includes(weekday(d))) d = addDays(d, 1);
  return d;
}

/** Writes one year's DONE activities into `g`. */
function generateYear(g: Generator, year: number, plan: YearPlan): void {
  const { dice, map } = g;

  const t = plan.traffic;
  const trafficMonths = ALL_MONTHS.filter((m) => !t.skipMonths.includes(m));
  const zones = dice.shuffle([...Array<"town">(t.town).fill("town"), ...Array<"village">(t.village).fill("village"), ...Array<"rural">(t.rural).fill("rural")]);
  const months = g.spreadMonths(zones.length, trafficMonths, t.everyMonth ? trafficMonths : [], trafficWeight);
  zones.forEach((zone, i) => g.inMonth(g.trafficCheck(zone), year, months[i]));

  for (const m of g.spreadMonths(plan.footPatrol.town, ALL_MONTHS)) g.inMonth(g.footPatrol(null), year, m);
  for (const m of g.spreadMonths(plan.footPatrol.village, ALL_MONTHS)) g.inMonth(g.footPatrol(g.roadsideVillage()), year, m);

  // Village visits go round the villages in a shuffled order, so a year reaches as many as it can.
  const round = dice.shuffle(map.villages);
  for (let i = 0; i < plan.villageVisits; i += 1) {
    const village = round[i % round.length];
    const season = VILLAGE_VISIT_MONTHS[village.name] ?? ALL_MONTHS;
    g.inMonth(g.villageVisit(village), year, dice.pick(season));
  }

  const visitLevels = [SchoolLevel.LOWER_SECONDARY, SchoolLevel.PRIMARY, SchoolLevel.UPPER_SECONDARY, SchoolLevel.ADULT];
  for (let i = 0; i < plan.schoolVisits; i += 1) {
    const organisation = year >= 2023 && i % 2 === 1 ? Organisation.MUNICIPALITY : Organisation.POLICE;
    g.inMonth(g.schoolVisit(visitLevels[i % visitLevels.length], organisation), year, dice.pick(SCHOOL_MONTHS));
  }

  for (let i = 0; i < plan.pubVisits.police; i += 1) g.inMonth(g.pubVisit(Organisation.POLICE), year, dice.pick(ALL_MONTHS));
  for (let i = 0; i < plan.pubVisits.joint; i += 1) g.inMonth(g.pubVisit(Organisation.JOINT), year, dice.pick(ALL_MONTHS));

  const youth: [Organisation, number][] = [
    [Organisation.POLICE, plan.youthVisits.police],
    [Organisation.MUNICIPALITY, plan.youthVisits.municipality],
  ];
  for (const [organisation, count] of youth) {
    for (let i = 0; i < count; i += 1) {
      const village = dice.chance(0.3) ? dice.pick([map.village("Porjus"), map.village("Vuollerim")]) : null;
      g.inMonth(g.youthVisit(organisation, village), year, dice.pick([2, 3, 4, 5, 6, 8, 9, 10, 11, 12]));
    }
  }

  for (let i = 0; i < plan.residentialPatrols; i += 1) g.inMonth(g.residentialPatrol(), year, dice.pick([9, 10, 11]));

  for (let i = 0; i < plan.schoolInformation.lowerSecondary; i += 1) {
    g.inMonth(g.schoolInformation(SchoolLevel.LOWER_SECONDARY), year, [3, 10][i % 2]);
  }
  for (let i = 0; i < plan.schoolInformation.upperSecondary; i += 1) {
    g.inMonth(g.schoolInformation(SchoolLevel.UPPER_SECONDARY), year, [4, 9][i % 2]);
  }
  for (let i = 0; i < plan.drugDogSearches; i += 1) g.inMonth(g.drugDogSearch(), year, dice.pick([3, 4, 5]));
  for (let i = 0; i < plan.targetedOperations; i += 1) g.inMonth(g.targetedOperation(), year, dice.pick(ALL_MONTHS));

  const events = jointEvents(g, year);
  for (const event of events.slice(0, plan.jointCommunication)) g.on(event.draft, event.day);

  const dialogues: [Organisation, number][] = [
    [Organisation.JOINT, plan.citizenDialogues.joint],
    [Organisation.MUNICIPALITY, plan.citizenDialogues.municipality],
  ];
  for (const [organisation, count] of dialogues) {
    for (let i = 0; i < count; i += 1) {
      const village = dice.chance(0.5) ? dice.pick(map.villages.filter((v) => !roadless(v))) : null;
      g.inMonth(g.citizenDialogue(organisation, village), year, dice.pick(SCHOOL_MONTHS));
    }
  }
}

/** The occasions for joint communication in a year, most regular first. */
function jointEvents(g: Generator, year: number): { draft: Draft; day: LocalDate }[] {
  const { map } = g;
  // The winter market starts on the first Thursday of February; the stand is there on the Friday.
  const market = addDays(firstOnOrAfter(year, 2, 1, [4]), 1);
  return [
    {
      draft: g.jointCommunication("Gemensam information under Jokkmokks marknad", [PriorityArea.FLEXIBLE], g.town(0.15), [400, 1500]),
      day: market,
    },
    {
      draft: g.jointCommunication("Information om våld i nära relationer (Orange Day)", [PriorityArea.VIOLENCE], g.town(0.15), [60, 300]),
      day: g.nextSuitable({ year, month: 11, day: 25 }, MONDAY_TO_FRIDAY),
    },
    {
      draft: g.jointCommunication("Trafiksäkerhet vid skolstart", [PriorityArea.TRAFFIC], g.town(0.3), [100, 400]),
      day: firstOnOrAfter(year, 8, 18, MONDAY_TO_FRIDAY),
    },
    {
      draft: g.jointCommunication("Inför midsommar: alkohol, trafik och säkerhet på sjön", [PriorityArea.ALCOHOL_DRUGS, PriorityArea.TRAFFIC], g.town(0.15), [100, 500]),
      day: firstOnOrAfter(year, 6, 12, MONDAY_TO_FRIDAY),
    },
    {
      draft: g.jointCommunication("Gemensamt informationsmöte efter inbrott i byarna", [PriorityArea.FLEXIBLE], g.inVillage(map.village("Vuollerim")), [20, 80]),
      day: firstOnOrAfter(year, 4, 8, MONDAY_TO_THURSDAY),
    },
  ];
}

/** Cancelled activities: two fixed ones and one a few days before `now`. */
function generateCancelled(g: Generator, now: Date): void {
  const { map } = g;
  g.on(g.villageVisit(map.village("Kvikkjokk")), { year: 2024, month: 3, day: 14 }, ActivityStatus.CANCELLED, "Inställt på grund av snöoväder och stängd väg.");
  g.on(g.citizenDialogue(Organisation.MUNICIPALITY, map.village("Vuollerim")), { year: 2025, month: 5, day: 13 }, ActivityStatus.CANCELLED, "Inställt: för få anmälda. Flyttas till hösten.");
  let recent = addDays(stockholmDate(now), -9);
  while (nearNewYear(recent)) recent = addDays(recent, -1);
  g.on(g.trafficCheck("town"), recent, ActivityStatus.CANCELLED, "Inställd: patrullen kallades till ett akut ärende.");
}

/** PLANNED activities over the six weeks after `now`; a school activity only when school is open. */
function generatePlanned(g: Generator, now: Date): void {
  const { map } = g;
  const today = stockholmDate(now);
  const planned: [number, Draft][] = [
    [3, g.trafficCheck("town")],
    [6, g.villageVisit(map.village("Porjus"))],
    [8, g.schoolInformation(SchoolLevel.UPPER_SECONDARY)],
    [9, g.trafficCheck("rural")],
    [10, g.citizenDialogue(Organisation.MUNICIPALITY, null)],
    [13, g.targetedOperation()],
    [15, g.jointCommunication("Gemensam trygghetsinformation i centrum", [PriorityArea.FLEXIBLE], g.town(0.15), [0, 0])],
    [19, g.trafficCheck("village")],
    [22, g.youthVisit(Organisation.MUNICIPALITY, null)],
    [27, g.villageVisit(map.village("Kvikkjokk"))],
    [36, g.trafficCheck("rural")],
    [40, g.pubVisit(Organisation.POLICE)],
  ];
  for (const [days, draft] of planned) {
    const day = g.nextSuitable(addDays(today, days), SLOTS[draft.kind].weekdays);
    if (SCHOOL_KINDS.includes(draft.kind) && schoolHoliday(day)) continue;
    g.on(draft, day, ActivityStatus.PLANNED);
  }
}

/**
 * The demo activities: DONE ones from 2020 up to `now` (2020–2025 as planned in `YEAR_PLANS`,
 * any later year as 2025), a few CANCELLED ones in the past and PLANNED ones over the six weeks
 * after `now`. Deterministic: each year draws from its own seeded stream, so a year's rows do not
 * depend on `now` except that nothing DONE ends after it.
 */
export function generateDemoActivities(now: Date, places: readonly DemoPlace[]): DemoActivityRow[] {
  const map = new DemoMap(places);
  const rows: DemoActivityRow[] = [];
  const lastYear = stockholmDate(now).year;
  for (let year = DEMO_FIRST_YEAR; year <= lastYear; year += 1) {
    const g = new Generator(map, new Dice(0x4c4f4654 ^ (year * 2_654_435_761)));
    generateYear(g, year, YEAR_PLANS[Math.min(year, LAST_SCRIPTED_YEAR)]);
    rows.push(...g.rows.filter((r) => r.endsAt !== null && r.endsAt.getTime() <= now.getTime()));
  }
  const cancelled = new Generator(map, new Dice(0xca9ce1));
  generateCancelled(cancelled, now);
  rows.push(...cancelled.rows.filter((r) => r.endsAt !== null && r.endsAt.getTime() <= now.getTime()));
  const planned = new Generator(map, new Dice(Math.floor(now.getTime() / DAY_MS)));
  generatePlanned(planned, now);
  rows.push(...planned.rows);
  return rows.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/** Jokkmokk's stored places, as the generators need them. */
export async function loadDemoPlaces(manager: Pick<EntityManager, "query">): Promise<DemoPlace[]> {
  return manager.query(
    `SELECT p.id, p.name, p.kind, p.lat, p.lng, p.radius_m AS "radiusM", p.school_level AS "schoolLevel"
     FROM place p JOIN municipality m ON m.id = p.municipality_id
     WHERE m.code = $1
     ORDER BY p.id`,
    [JOKKMOKK_MUNICIPALITY.code],
  );
}

/**
 * Replaces every demo activity (`is_demo`) with freshly generated ones, in one INSERT. The place
 * (unless picked) and the zone come from `lk_locate` in the same statement. Returns the number of
 * rows inserted.
 */
export async function seedDemoActivities(manager: EntityManager, now: Date): Promise<number> {
  const rows = generateDemoActivities(now, await loadDemoPlaces(manager));
  await manager.query(`DELETE FROM activity WHERE is_demo`);
  return insertActivityRows(manager, rows);
}

/**
 * Inserts generated activity rows in one statement (arrays of columns through `unnest`); the place
 * (unless picked) and the zone come from `lk_locate` as for any activity. Returns the rows inserted.
 */
export async function insertActivityRows(manager: Pick<EntityManager, "query">, rows: readonly DemoActivityRow[]): Promise<number> {
  // The written columns as the API writes them, then the picked place; place and zone as lk_locate finds them.
  const given = [
    ...WRITE_COLUMNS.map((c) => ({ property: c.property as keyof DemoActivityRow, column: c.column, cast: c.cast })),
    { property: "placeId" as const, column: "place_id", cast: "int" },
    { property: "placePicked" as const, column: "place_picked", cast: "boolean" },
  ];
  // Arrays of arrays do not survive unnest(), so the priority areas travel as comma-joined text.
  const arrays = (c: (typeof given)[number]) => (c.property === "priorityAreas" ? "text[]" : `${c.cast ?? "text"}[]`);
  const selected = (c: (typeof given)[number]) => {
    if (c.property === "priorityAreas") return `string_to_array(t.${c.column}, ',')::priority_area[]`;
    if (c.property === "placeId") return `CASE WHEN t.place_picked THEN t.place_id ELSE l.place_id END`;
    return `t.${c.column}`;
  };
  const value = (r: DemoActivityRow, c: (typeof given)[number]): unknown => {
    const v = r[c.property];
    if (c.property === "priorityAreas") return r.priorityAreas.join(",");
    return v instanceof Date ? v.toISOString() : v;
  };
  const inserted: { n: number }[] = await manager.query(
    `WITH ins AS (
       INSERT INTO activity (${given.map((c) => c.column).join(", ")}, zone, is_demo)
       SELECT ${given.map(selected).join(", ")}, COALESCE(l.zone, 'RURAL'), true
       FROM unnest(${given.map((c, i) => `$${i + 1}::${arrays(c)}`).join(", ")})
         AS t (${given.map((c) => c.column).join(", ")})
       LEFT JOIN LATERAL lk_locate(t.lat, t.lng) l ON true
       RETURNING 1
     )
     SELECT count(*)::int AS n FROM ins`,
    given.map((c) => rows.map((r) => value(r, c))),
  );
  return inserted[0].n;
}
