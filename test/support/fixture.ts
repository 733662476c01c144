import type { DataSource } from "typeorm";
import { ActivityKind as K, ActivityStatus as S, Organisation as O, PlaceKind, PriorityArea as P, Role } from "../../api/common/enums";
import { buildActivity, buildMunicipality, buildPlace, buildUser } from "./factories";

/** Points used by the hand-counted fixture. */
export const POINTS = {
  town: { lat: 66.6053, lng: 19.8281 },
  porjus: { lat: 66.9583, lng: 19.8189 },
  vuollerim: { lat: 66.4292, lng: 20.6236 },
  kvikkjokk: { lat: 66.9514, lng: 17.7236 },
  // On the E45 between Jokkmokk and Porjus, far from both.
  road: { lat: 66.78, lng: 19.82 },
};

/**
 * A small world counted by hand: a town, three villages (Kvikkjokk never visited) and eleven
 * activities, one of them deleted. The table in `FIXTURE_FACTS` is what the tests expect.
 */
export async function buildFixture(ds: DataSource) {
  const m = await buildMunicipality(ds);
  const town = await buildPlace(ds, m.id, { name: "Jokkmokk", kind: PlaceKind.TOWN, ...POINTS.town });
  const porjus = await buildPlace(ds, m.id, { name: "Porjus", kind: PlaceKind.VILLAGE, ...POINTS.porjus });
  const vuollerim = await buildPlace(ds, m.id, { name: "Vuollerim", kind: PlaceKind.VILLAGE, ...POINTS.vuollerim });
  const kvikkjokk = await buildPlace(ds, m.id, { name: "Kvikkjokk", kind: PlaceKind.VILLAGE, ...POINTS.kvikkjokk });
  const school = await buildPlace(ds, m.id, { name: "Lapplands Gymnasium", kind: PlaceKind.SCHOOL, lat: 66.607, lng: 19.83 });
  for (const [name, role] of [
    ["polis", Role.POLICE],
    ["kommun", Role.MUNICIPALITY],
    ["mote", Role.VIEWER],
    ["admin", Role.ADMIN],
  ] as const) {
    await buildUser(ds, name, role);
  }
  const near = (p: { lat: number; lng: number }, d = 0.002) => ({ lat: p.lat + d, lng: p.lng - d });
  const rows = [
    // 2022 (Stockholm time), town
    { kind: K.FOOT_PATROL, organisation: O.POLICE, status: S.DONE, priorityAreas: [P.VIOLENCE], startsAt: "2022-03-10T18:00:00+01:00", ...near(POINTS.town) },
    { kind: K.TRAFFIC_CHECK, organisation: O.POLICE, status: S.DONE, priorityAreas: [P.TRAFFIC, P.ALCOHOL_DRUGS], startsAt: "2022-06-01T09:00:00+02:00", ...near(POINTS.road, 0) },
    // 2022-12-31 23:30 in Stockholm is still 2022 although it is 22:30 UTC: a year edge.
    { kind: K.PUB_VISIT, organisation: O.POLICE, status: S.DONE, priorityAreas: [P.ALCOHOL_DRUGS], startsAt: "2022-12-31T23:30:00+01:00", ...near(POINTS.town) },
    // 2023
    { kind: K.TRAFFIC_CHECK, organisation: O.POLICE, status: S.DONE, priorityAreas: [P.TRAFFIC], startsAt: "2023-01-01T00:30:00+01:00", ...near(POINTS.porjus) },
    { kind: K.VILLAGE_VISIT, organisation: O.POLICE, status: S.DONE, priorityAreas: [P.FLEXIBLE], startsAt: "2023-05-05T12:00:00+02:00", ...near(POINTS.porjus) },
    { kind: K.VILLAGE_VISIT, organisation: O.JOINT, status: S.DONE, priorityAreas: [P.VIOLENCE], startsAt: "2023-07-07T12:00:00+02:00", ...near(POINTS.vuollerim) },
    { kind: K.SCHOOL_INFORMATION, organisation: O.JOINT, status: S.DONE, priorityAreas: [P.ALCOHOL_DRUGS], startsAt: "2023-09-12T10:00:00+02:00", lat: 66.607, lng: 19.83, placeId: "school" },
    { kind: K.CITIZEN_DIALOGUE, organisation: O.MUNICIPALITY, status: S.PLANNED, priorityAreas: [P.VIOLENCE], startsAt: "2023-11-20T18:00:00+01:00", ...near(POINTS.town) },
    // Police work that is not done: only POLICE and ADMIN see it.
    { kind: K.TARGETED_OPERATION, organisation: O.POLICE, status: S.PLANNED, priorityAreas: [P.ALCOHOL_DRUGS], startsAt: "2023-11-21T20:00:00+01:00", ...near(POINTS.vuollerim) },
    { kind: K.TRAFFIC_CHECK, organisation: O.POLICE, status: S.CANCELLED, priorityAreas: [P.TRAFFIC], startsAt: "2023-10-02T20:00:00+02:00", ...near(POINTS.road, 0.01) },
    // Deleted: nobody reads it.
    { kind: K.FOOT_PATROL, organisation: O.POLICE, status: S.DONE, priorityAreas: [P.VIOLENCE], startsAt: "2023-04-04T18:00:00+02:00", ...near(POINTS.town), deleted: true },
  ];
  const ids: string[] = [];
  for (const row of rows) {
    const { placeId, ...rest } = row as typeof row & { placeId?: string };
    const created = await buildActivity(ds, { ...rest, placeId: placeId === "school" ? school.id : undefined });
    ids.push(created.id);
  }
  return { places: { town, porjus, vuollerim, kvikkjokk, school }, ids };
}

/**
 * Hand counts over the fixture. "all" = what POLICE/ADMIN see (10, the deleted row never);
 * "viewer" = what VIEWER/MUNICIPALITY see (8: without the planned operation and cancelled check).
 */
export const FIXTURE_FACTS = {
  all: { total: 10, y2022: 3, y2023: 7, town: 4, village: 4, rural: 2 },
  viewer: { total: 8, y2022: 3, y2023: 5, town: 4, village: 3, rural: 1 },
};
