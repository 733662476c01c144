import type { ActivityKind, Role } from "../gql/graphql";
export { KIND_AREAS } from "../../../domain/kind-areas";

/** The kinds each role records most in the field, first as big buttons. */
export const FIELD_KINDS: Record<Role, readonly ActivityKind[]> = {
  POLICE: ["TRAFFIC_CHECK", "FOOT_PATROL", "VILLAGE_VISIT", "PUB_VISIT", "YOUTH_VISIT", "RESIDENTIAL_PATROL"],
  MUNICIPALITY: ["VILLAGE_VISIT", "YOUTH_VISIT", "SCHOOL_VISIT", "CITIZEN_DIALOGUE", "JOINT_COMMUNICATION"],
  ADMIN: ["TRAFFIC_CHECK", "FOOT_PATROL", "VILLAGE_VISIT", "YOUTH_VISIT", "CITIZEN_DIALOGUE"],
  VIEWER: [],
};

/** A place with its distance from the device, in metres. */
export interface PlaceNear<P> {
  place: P;
  metres: number;
}

/** Great-circle distance in metres (haversine). */
export function distanceMetres(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

/** The places sorted by distance from `at`, nearest first. */
export function byDistance<P extends { lat: number; lng: number }>(places: readonly P[], at: { lat: number; lng: number }): PlaceNear<P>[] {
  return places.map((place) => ({ place, metres: distanceMetres(place, at) })).sort((x, y) => x.metres - y.metres);
}

/** The zone of a position as the server classifies it: inside the nearest holding place's radius, else RURAL. */
export function zoneAt<P extends { kind: string; radiusM: number }>(near: readonly PlaceNear<P>[]): "TOWN" | "VILLAGE" | "RURAL" {
  const holding = near.find((n) => n.metres <= n.place.radiusM);
  if (!holding) return "RURAL";
  return holding.place.kind === "TOWN" ? "TOWN" : "VILLAGE";
}
