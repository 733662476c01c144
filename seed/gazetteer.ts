import type { EntityManager } from "typeorm";
import { PlaceKind, SchoolLevel } from "../api/common/enums";

/** The municipality row the seed writes (the boundary is imported separately and never touched here). */
export interface GazetteerMunicipality {
  /** Kommunkod. */
  code: string;
  name: string;
  samiName: string;
  centerLat: number;
  centerLng: number;
}

/** One place of the gazetteer as the seed writes it. */
export interface GazetteerPlace {
  name: string;
  samiName: string | null;
  kind: PlaceKind;
  schoolLevel: SchoolLevel | null;
  lat: number;
  lng: number;
  radiusM: number;
  population: number | null;
}

/** What `seedGazetteer` wrote. */
export interface GazetteerSeedResult {
  municipalityId: number;
  /** Places inserted or updated (unchanged rows are left alone). */
  placesWritten: number;
}

/** Radius of the town (tätorten) in metres. */
export const TOWN_RADIUS_M = 3000;
/** Radius of every village in metres. */
export const VILLAGE_RADIUS_M = 2000;
/** Radius of a school in metres. */
export const SCHOOL_RADIUS_M = 300;

/** The town point of Jokkmokk (gazetteer.md, confidence A). */
const JOKKMOKK_LAT = 66.6053;
const JOKKMOKK_LNG = 19.8281;

/** Jokkmokk municipality, centred on the town. */
export const JOKKMOKK_MUNICIPALITY: GazetteerMunicipality = {
  code: "2510",
  name: "Jokkmokk",
  samiName: "Jåhkåmåhkke",
  centerLat: JOKKMOKK_LAT,
  centerLng: JOKKMOKK_LNG,
};

/** A town or village of gazetteer.md. */
function settlement(name: string, samiName: string | null, kind: PlaceKind, lat: number, lng: number, population: number | null): GazetteerPlace {
  const radiusM = kind === PlaceKind.TOWN ? TOWN_RADIUS_M : VILLAGE_RADIUS_M;
  return { name, samiName, kind, schoolLevel: null, lat, lng, radiusM, population };
}

/**
 * The town and villages of gazetteer.md with their sourced coordinates. Populations are the
 * figures given there ("about N" taken as N); none where the gazetteer has none.
 */
export const GAZETTEER_SETTLEMENTS: readonly GazetteerPlace[] = [
  settlement("Jokkmokk", "Jåhkåmåhkke", PlaceKind.TOWN, JOKKMOKK_LAT, JOKKMOKK_LNG, 2766),
  settlement("Porjus", "Bårjås", PlaceKind.VILLAGE, 66.9583, 19.8189, 265),
  settlement("Vuollerim", "Vuolleriebme", PlaceKind.VILLAGE, 66.4292, 20.6236, 623),
  settlement("Kvikkjokk", "Huhttán", PlaceKind.VILLAGE, 66.9514, 17.7236, 20),
  settlement("Murjek", "Muorjek", PlaceKind.VILLAGE, 66.467, 20.883, 83),
  settlement("Kåbdalis", "Goabddális", PlaceKind.VILLAGE, 66.15, 19.9833, 52),
  settlement("Mattisudden", "Smirjjo", PlaceKind.VILLAGE, 66.5708, 19.9739, 51),
  settlement("Randijaur", null, PlaceKind.VILLAGE, 66.7653, 19.2767, 54),
  settlement("Puottaure", null, PlaceKind.VILLAGE, 66.1866, 20.2268, null),
  settlement("Snesudden", null, PlaceKind.VILLAGE, 66.1333, 20.3667, 23),
  settlement("Saltoluokta", "Sáltoluokta", PlaceKind.VILLAGE, 67.394, 18.5205, null),
  settlement("Harsprånget", null, PlaceKind.VILLAGE, 66.8771, 19.8175, null),
];

/** A school in Jokkmokk town, `dLat`/`dLng` degrees from the town point. */
function school(name: string, schoolLevel: SchoolLevel, dLat: number, dLng: number): GazetteerPlace {
  return {
    name,
    samiName: null,
    kind: PlaceKind.SCHOOL,
    schoolLevel,
    lat: Number((JOKKMOKK_LAT + dLat).toFixed(4)),
    lng: Number((JOKKMOKK_LNG + dLng).toFixed(4)),
    radiusM: SCHOOL_RADIUS_M,
    population: null,
  };
}

/**
 * The four schools of gazetteer.md. There is no sourced position for any of them: each is put a
 * few hundred metres from the town point (all within 400 m, so well inside the town's radius, and
 * apart from each other so their markers do not overlap) until an administrator sets the exact one.
 * At 66.6° N, 0.001° of latitude is about 111 m and 0.001° of longitude about 44 m.
 */
export const GAZETTEER_SCHOOLS: readonly GazetteerPlace[] = [
  school("Östra skolan", SchoolLevel.LOWER_SECONDARY, 0.002, 0.004),
  school("Lapplands Gymnasium", SchoolLevel.UPPER_SECONDARY, -0.0015, -0.0035),
  school("Sameskolan i Jokkmokk", SchoolLevel.PRIMARY, 0.003, -0.003),
  school("Samernas utbildningscentrum", SchoolLevel.ADULT, -0.0025, 0.0015),
];

/** Every place the seed writes: settlements first, then schools. */
export const GAZETTEER_PLACES: readonly GazetteerPlace[] = [...GAZETTEER_SETTLEMENTS, ...GAZETTEER_SCHOOLS];

/**
 * Upserts Jokkmokk municipality and every gazetteer place. Idempotent: a place is matched on
 * (municipality, name) and only rewritten when a seeded column differs. The municipality's
 * boundary columns are never written.
 */
export async function seedGazetteer(manager: EntityManager): Promise<GazetteerSeedResult> {
  const m = JOKKMOKK_MUNICIPALITY;
  const municipalityRows: { id: number }[] = await manager.query(
    `INSERT INTO municipality (code, name, sami_name, center_lat, center_lng)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (code) DO UPDATE SET
       name = EXCLUDED.name, sami_name = EXCLUDED.sami_name,
       center_lat = EXCLUDED.center_lat, center_lng = EXCLUDED.center_lng
     RETURNING id`,
    [m.code, m.name, m.samiName, m.centerLat, m.centerLng],
  );
  const municipalityId = municipalityRows[0].id;

  const p = GAZETTEER_PLACES;
  const written: { id: number }[] = await manager.query(
    `INSERT INTO place (municipality_id, name, sami_name, kind, school_level, lat, lng, radius_m, population)
     SELECT $1, t.name, t.sami_name, t.kind::place_kind, t.school_level::school_level, t.lat, t.lng, t.radius_m, t.population
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::float8[], $8::int[], $9::int[])
       AS t (name, sami_name, kind, school_level, lat, lng, radius_m, population)
     ON CONFLICT (municipality_id, name) DO UPDATE SET
       sami_name = EXCLUDED.sami_name, kind = EXCLUDED.kind, school_level = EXCLUDED.school_level,
       lat = EXCLUDED.lat, lng = EXCLUDED.lng, radius_m = EXCLUDED.radius_m,
       population = EXCLUDED.population, updated_at = now()
     WHERE (place.sami_name, place.kind, place.school_level, place.lat, place.lng, place.radius_m, place.population)
       IS DISTINCT FROM
       (EXCLUDED.sami_name, EXCLUDED.kind, EXCLUDED.school_level, EXCLUDED.lat, EXCLUDED.lng, EXCLUDED.radius_m, EXCLUDED.population)
     RETURNING id`,
    [
      municipalityId,
      p.map((x) => x.name),
      p.map((x) => x.samiName),
      p.map((x) => x.kind),
      p.map((x) => x.schoolLevel),
      p.map((x) => x.lat),
      p.map((x) => x.lng),
      p.map((x) => x.radiusM),
      p.map((x) => x.population),
    ],
  );
  return { municipalityId, placesWritten: written.length };
}
