import type { GeoJsonGeometry } from "./municipality.entity";

/** Ray casting: true when (lng, lat) is inside the ring (GeoJSON order: [lng, lat]). */
function inRing(lng: number, lat: number, ring: number[][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** True when the point lies inside the Polygon or MultiPolygon (holes excluded). */
export function pointInGeometry(lat: number, lng: number, geometry: GeoJsonGeometry): boolean {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some(([outer, ...holes]) => inRing(lng, lat, outer) && !holes.some((hole) => inRing(lng, lat, hole)));
}

/** A rectangle in degrees. */
export interface Extent {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** True when the point lies in the rectangle (edges included). */
export function pointInExtent(lat: number, lng: number, e: Extent): boolean {
  return lat >= e.south && lat <= e.north && lng >= e.west && lng <= e.east;
}
