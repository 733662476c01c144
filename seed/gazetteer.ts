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

/**
 * How far a position can be trusted (the letters of shared/gazetteer.md): A = encyclopaedia
 * infobox; B = encyclopaedia with ±1′ rounding or a postal/GeoNames file; C = a single secondary
 * source (here mostly the position of a weather station named after the village).
 */
export type GazetteerConfidence = "A" | "B" | "C";

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
  /**
   * Where the coordinate (and the population and Sami name, where given) comes from. Kept in the
   * seed only, not written to the database: the admin edits places by hand and sees no source.
   */
  source: string;
  /** How far the position can be trusted; null for a place put down without a sourced position. */
  confidence: GazetteerConfidence | null;
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

/** A town or village with the source of its position. */
function settlement(name: string, samiName: string | null, kind: PlaceKind, lat: number, lng: number, population: number | null, confidence: GazetteerConfidence, source: string): GazetteerPlace {
  const radiusM = kind === PlaceKind.TOWN ? TOWN_RADIUS_M : VILLAGE_RADIUS_M;
  return { name, samiName, kind, schoolLevel: null, lat, lng, radiusM, population, source, confidence };
}

/** The source line of a place taken over from shared/gazetteer.md. */
const FROM_GAZETTEER_MD = "shared/gazetteer.md";

/**
 * SMHI's list of meteorological stations (open data, metobs; as copied into a public repository):
 * the station's position, taken as the village's where the station bears the village's name. A
 * station stands in or beside the village it is named after, but can be a kilometre or two from
 * its centre, hence confidence C.
 */
function smhiStation(station: string, number: number): string {
  return `SMHI station list: "${station}" (no. ${number}), the station's position`;
}

/**
 * The town and villages of Jokkmokk municipality that have a sourced position: the 12 of
 * shared/gazetteer.md, then the villages whose position comes from SMHI's station list. Of these,
 * SCB counts Jokkmokk, Porjus and Vuollerim as tätorter and Murjek, Kåbdalis and Mattisudden as
 * småorter (shared/gazetteer.md); the others are named villages beside them. German Wikipedia's
 * list of the municipality's places (after SCB's småorter 2015) names the same tätorter and, as
 * småorter, Kåbdalis and Mattisudden (Murjek was one in 2005): every tätort and småort SCB counts
 * here is seeded. The villages beside them with no sourced position are `KNOWN_WITHOUT_POSITION`.
 * Populations are the figures given by the
 * source ("about N" taken as N); none where the source has none. Every point lies inside the
 * municipal boundary (test/unit/gazetteer.test.ts); the ones within about 2 km of the simplified
 * outline say so.
 */
export const GAZETTEER_SETTLEMENTS: readonly GazetteerPlace[] = [
  settlement(
    "Jokkmokk",
    "Jåhkåmåhkke",
    PlaceKind.TOWN,
    JOKKMOKK_LAT,
    JOKKMOKK_LNG,
    2766,
    "A",
    `${FROM_GAZETTEER_MD}; Swedish Wikipedia "Jokkmokk" infobox 66°36′19″N 19°49′41″Ö, tätort 2 766 (2020, SCB)`,
  ),
  settlement("Porjus", "Bårjås", PlaceKind.VILLAGE, 66.9583, 19.8189, 265, "A", `${FROM_GAZETTEER_MD} (tätort, 265 in 2020); SMHI station "Porjus" 66.9594, 19.8259 agrees within 400 m`),
  settlement("Vuollerim", "Vuolleriebme", PlaceKind.VILLAGE, 66.4292, 20.6236, 623, "A", `${FROM_GAZETTEER_MD} (tätort, 623 in 2020)`),
  settlement("Kvikkjokk", "Huhttán", PlaceKind.VILLAGE, 66.9514, 17.7236, 20, "A", `${FROM_GAZETTEER_MD}; German Wikipedia "Kvikkjokk" infobox 66.951389, 17.723611; about 20 inhabitants`),
  settlement("Murjek", "Muorjek", PlaceKind.VILLAGE, 66.467, 20.883, 83, "B", `${FROM_GAZETTEER_MD} (småort, 83 in 2005)`),
  settlement("Kåbdalis", "Goabddális", PlaceKind.VILLAGE, 66.15, 19.9833, 52, "B", `${FROM_GAZETTEER_MD} (småort, 52 in 2015)`),
  settlement("Mattisudden", "Smirjjo", PlaceKind.VILLAGE, 66.5708, 19.9739, 51, "A", `${FROM_GAZETTEER_MD} (småort, 51 in 2015)`),
  settlement("Randijaur", null, PlaceKind.VILLAGE, 66.7653, 19.2767, 54, "C", `${FROM_GAZETTEER_MD} (about 54 inhabitants); SMHI station "Randijaur" 66.7610, 19.3166 is 2 km east`),
  settlement("Puottaure", null, PlaceKind.VILLAGE, 66.1866, 20.2268, null, "A", `${FROM_GAZETTEER_MD}; SMHI station "Puottaure" 66.1861, 20.2534`),
  settlement("Snesudden", null, PlaceKind.VILLAGE, 66.1333, 20.3667, 23, "B", `${FROM_GAZETTEER_MD} (about 23 inhabitants)`),
  settlement("Saltoluokta", "Sáltoluokta", PlaceKind.VILLAGE, 67.394, 18.5205, null, "C", `${FROM_GAZETTEER_MD} (mountain station, Sami settlement of Sirges); 0.9 km inside the simplified outline`),
  settlement("Harsprånget", null, PlaceKind.VILLAGE, 66.8771, 19.8175, null, "B", `${FROM_GAZETTEER_MD} (converted from SWEREF99 TM N 7425841 E 710944)`),
  // Named villages whose position is that of the SMHI station bearing their name.
  settlement(
    "Årrenjarka",
    "Oarrenjárgga",
    PlaceKind.VILLAGE,
    66.8834,
    18.0226,
    null,
    "C",
    `${smhiStation("Kvikkjokk-Årrenjarka", 167980)}; on road 805 about 17 km before Kvikkjokk; Sami name from shared/gazetteer.md`,
  ),
  settlement("Tjåmotis", null, PlaceKind.VILLAGE, 66.9181, 18.5363, null, "C", `${smhiStation("Tjåmotis D", 168970)}; on road 805`),
  settlement("Karats", null, PlaceKind.VILLAGE, 66.6485, 18.799, null, "C", smhiStation("Karats", 168910)),
  settlement("Nautijaur", null, PlaceKind.VILLAGE, 66.9044, 19.2446, null, "C", smhiStation("Nautijaur", 169960)),
  settlement(
    "Ålloluokta",
    null,
    PlaceKind.VILLAGE,
    67.1261,
    19.4976,
    null,
    "C",
    `${smhiStation("Ålloluokta", 179740)}; families live there all year (porjus.se); 2.0 km inside the simplified outline`,
  ),
  settlement("Tårrajaur", null, PlaceKind.VILLAGE, 66.4329, 19.6885, null, "C", smhiStation("Tårrajaur", 169830)),
  settlement("Stenträsk", null, PlaceKind.VILLAGE, 66.3166, 19.8333, null, "C", smhiStation("Stenträsk", 169020)),
  settlement("Nausta", null, PlaceKind.VILLAGE, 66.3666, 19.3, null, "C", smhiStation("Nausta", 169010)),
  settlement("Koskats", null, PlaceKind.VILLAGE, 66.5074, 20.2558, null, "C", `${smhiStation("Koskats", 170840)}; an old posting station on the road Vuollerim–Jokkmokk (STF årsskrift 1890)`),
  settlement("Sudok", null, PlaceKind.VILLAGE, 66.3006, 20.424, null, "C", smhiStation("Sudok", 170790)),
  settlement(
    "Staloluokta",
    null,
    PlaceKind.VILLAGE,
    67.4083,
    16.4199,
    null,
    "C",
    `${smhiStation("Staloluokta", 176800)}; Sami summer settlement in Padjelanta, about 50 people in summer (Bradt guide)`,
  ),
];

/** A village known by name whose position no source gave: not seeded, for an administrator to add. */
export interface KnownVillage {
  name: string;
  samiName: string | null;
  /** What is known of it, and from where. */
  note: string;
}

/**
 * Villages of the municipality known by name but with no sourced position, so not seeded (add them
 * through the places admin once a position is known). Messaure, the abandoned power-station
 * community, is not a settlement to cover and is left out on purpose.
 */
export const KNOWN_WITHOUT_POSITION: readonly KnownVillage[] = [
  { name: "Porsi", samiName: "Bårsse", note: "about 5 km north-east of Vuollerim by the Porsi dam (vuollerim.se; shared/gazetteer.md)" },
  { name: "Kuouka", samiName: null, note: "about 20 km north of Vuollerim, Övre and Nedre Kuouka, on the Arctic Circle; ten adults in 2020 (vuollerim.se)" },
  {
    name: "Vaikijaur",
    samiName: null,
    note: "by the lake Vaikijaur, the first lake on the way from Jokkmokk to Kvikkjokk (STF årsskrift 1890); waste collection route 2 of Jokkmokks Lastbilscentral",
  },
  { name: "Purkijaur", samiName: null, note: "by the lake Purkijaur, after Vaikijaur on the way to Kvikkjokk (STF årsskrift 1890); collection route 1" },
  { name: "Björkholmen", samiName: null, note: "collection route 7, with Randijaur and Tjåmotis" },
  { name: "Skaite", samiName: null, note: "shared/gazetteer.md" },
  { name: "Ligga", samiName: null, note: "by the Ligga dam on Stora Luleälven, passed on the way to Porjus (kuriren.nu)" },
  { name: "Skåbram", samiName: null, note: "named by the users in Jokkmokk; no source for its position found" },
  { name: "Vaisaluokta", samiName: "Vájsáluokta", note: "largest summer settlement of Sirges sameby, about fifty families in summer (laponia.nu)" },
  { name: "Njunjes", samiName: null, note: "also Näsberget; former settlement west of Kvikkjokk on the trail to Padjelanta, lived in in summer (nsd.se)" },
  { name: "Bäckmark", samiName: null, note: "village on Lilla Luleälven below Letsi (kuriren.nu)" },
  { name: "Padjerim", samiName: null, note: "village on Lilla Luleälven below Letsi (kuriren.nu)" },
  { name: "Mo", samiName: null, note: "village on Lilla Luleälven below Letsi (kuriren.nu)" },
  { name: "Storbacken", samiName: null, note: "collection route 8" },
  { name: "Skällarim", samiName: null, note: "collection route 8" },
  { name: "Maitum", samiName: null, note: "collection route 8" },
  { name: "Vaimat", samiName: null, note: "collection route 8" },
  { name: "Högträsk", samiName: null, note: "collection route 6; also Allakjaure (Lappland, Norrbottens lappmarker 1921)" },
  { name: "Murkisträsk", samiName: null, note: "collection route 6" },
  { name: "Juggijaur", samiName: null, note: "collection route 6" },
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
    source: "shared/gazetteer.md names the school; no sourced position: put a few hundred metres from the town point",
    confidence: null,
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
