/**
 * Day trips from one start (the police station in the town) to the villages that fall due, by
 * straight-line distance and bearing only: the project holds no road network, so a trip's length
 * is "as the crow flies" and real driving is longer. Plain functions, no I/O, shared by the web and
 * the tests.
 */

/** A point in WGS84 degrees. */
export interface LatLng {
  lat: number;
  lng: number;
}

/** A stop to place in a trip: anything with an id and a position. */
export interface TripStop extends LatLng {
  id: string;
}

/** One day trip: its stops in the order driven, its length out and back, and its main direction. */
export interface DayTrip<S extends TripStop> {
  stops: S[];
  /** From the start through every stop and back, straight lines, in kilometres. */
  totalKm: number;
  /** The mean bearing of the stops from the start, 0–360 degrees (0 north, 90 east). */
  bearing: number;
  /** The compass point of `bearing` (N, NE, E, …). */
  direction: CompassPoint;
}

/** The eight compass points, clockwise from north. */
export const COMPASS_POINTS = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"] as const;
export type CompassPoint = (typeof COMPASS_POINTS)[number];

/** How trips are cut: a longest trip, the widest fan of directions, and the most stops in a day. */
export interface TripLimits {
  maxKm: number;
  maxSpreadDegrees: number;
  maxStops: number;
}

/** A day's drive in Jokkmokk: about 250 km as the crow flies (more on the roads), within a sixth of the compass, at most five villages. */
export const DEFAULT_TRIP_LIMITS: TripLimits = { maxKm: 250, maxSpreadDegrees: 60, maxStops: 5 };

/** The mean radius of the Earth (IUGG), in kilometres. */
const EARTH_RADIUS_KM = 6371.0088;

const rad = (degrees: number) => (degrees * Math.PI) / 180;
const deg = (radians: number) => (radians * 180) / Math.PI;

/** The great-circle (haversine) distance between two points, in kilometres. */
export function distanceKm(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The initial bearing from `a` to `b`, 0–360 degrees clockwise from north. */
export function bearingDegrees(a: LatLng, b: LatLng): number {
  const y = Math.sin(rad(b.lng - a.lng)) * Math.cos(rad(b.lat));
  const x = Math.cos(rad(a.lat)) * Math.sin(rad(b.lat)) - Math.sin(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.cos(rad(b.lng - a.lng));
  return (deg(Math.atan2(y, x)) + 360) % 360;
}

/** The compass point nearest a bearing. */
export function compassPoint(bearing: number): CompassPoint {
  return COMPASS_POINTS[Math.round((((bearing % 360) + 360) % 360) / 45) % 8];
}

/** The clockwise angle from `from` to `to`, 0–360. */
const clockwise = (from: number, to: number) => (((to - from) % 360) + 360) % 360;

/** The mean of bearings on the circle (so 350° and 10° average to 0°, not 180°). */
function meanBearing(bearings: number[]): number {
  const x = bearings.reduce((sum, b) => sum + Math.cos(rad(b)), 0);
  const y = bearings.reduce((sum, b) => sum + Math.sin(rad(b)), 0);
  return (deg(Math.atan2(y, x)) + 360) % 360;
}

/** The stops in the order driven (nearest next, from the start) and the length out and back. */
export function route<S extends TripStop>(start: LatLng, stops: readonly S[]): { stops: S[]; totalKm: number } {
  const left = [...stops];
  const ordered: S[] = [];
  let at: LatLng = start;
  let totalKm = 0;
  while (left.length > 0) {
    let best = 0;
    for (let i = 1; i < left.length; i += 1) if (distanceKm(at, left[i]) < distanceKm(at, left[best])) best = i;
    const [next] = left.splice(best, 1);
    totalKm += distanceKm(at, next);
    ordered.push(next);
    at = next;
  }
  return { stops: ordered, totalKm: totalKm + distanceKm(at, start) };
}

/**
 * Groups stops into day trips by direction and distance (a sweep): the stops are taken in order of
 * bearing from the start, beginning after the widest empty fan of the compass (so a group is not cut
 * at north), and each joins the trip before it while the trip stays within the limits; otherwise it
 * begins a new one. A stop too far for any trip with others goes alone. The trips come in the order
 * of their most urgent stop (the first of `stops` they hold), so a list sorted by urgency gives the
 * most urgent trip first.
 */
export function dayTrips<S extends TripStop>(start: LatLng, stops: readonly S[], limits: TripLimits = DEFAULT_TRIP_LIMITS): DayTrip<S>[] {
  if (stops.length === 0) return [];
  const rank = new Map(stops.map((s, i) => [s.id, i]));
  const bearing = new Map(stops.map((s) => [s.id, bearingDegrees(start, s)]));
  const byBearing = [...stops].sort((a, b) => bearing.get(a.id)! - bearing.get(b.id)! || distanceKm(start, a) - distanceKm(start, b));
  // Begin the sweep after the widest gap between neighbouring bearings.
  let begin = 0;
  let widest = -1;
  byBearing.forEach((s, i) => {
    const previous = byBearing[(i + byBearing.length - 1) % byBearing.length];
    const gap = clockwise(bearing.get(previous.id)!, bearing.get(s.id)!);
    if (gap > widest) {
      widest = gap;
      begin = i;
    }
  });
  const sweep = [...byBearing.slice(begin), ...byBearing.slice(0, begin)];
  const groups: S[][] = [];
  for (const stop of sweep) {
    const current = groups.at(-1);
    const fits =
      current !== undefined &&
      current.length < limits.maxStops &&
      clockwise(bearing.get(current[0].id)!, bearing.get(stop.id)!) <= limits.maxSpreadDegrees &&
      route(start, [...current, stop]).totalKm <= limits.maxKm;
    if (fits) current.push(stop);
    else groups.push([stop]);
  }
  return groups
    .map((group) => {
      const { stops: ordered, totalKm } = route(start, group);
      const mean = meanBearing(group.map((s) => bearing.get(s.id)!));
      return { stops: ordered, totalKm, bearing: mean, direction: compassPoint(mean), first: Math.min(...group.map((s) => rank.get(s.id)!)) };
    })
    .sort((a, b) => a.first - b.first)
    .map(({ first: _first, ...trip }) => trip);
}
