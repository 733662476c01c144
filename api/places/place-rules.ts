import { PlaceKind } from "../common/enums";
import { errors } from "../common/errors";
import { pointInGeometry } from "../municipality/geometry";
import type { GeoJsonGeometry } from "../municipality/municipality.entity";
import type { PlaceInput } from "./place.input";

/** Default radius per kind, in metres: a town reaches 3 km, a village 2 km. */
export const DEFAULT_RADIUS: Record<PlaceKind, number> = {
  [PlaceKind.TOWN]: 3000,
  [PlaceKind.VILLAGE]: 2000,
  [PlaceKind.SCHOOL]: 300,
  [PlaceKind.VENUE]: 300,
};

/** A place's names, radius, population and school level, checked; the name trimmed, the radius defaulted. */
export function checkPlace(input: PlaceInput): { name: string; radius: number } {
  const name = input.name.trim();
  if (name.length < 1 || name.length > 100) throw errors.badInput("name", "Namnet måste ha 1–100 tecken.");
  if ((input.samiName?.length ?? 0) > 200) throw errors.badInput("samiName", "Det samiska namnet får ha högst 200 tecken.");
  const radius = input.radiusM ?? DEFAULT_RADIUS[input.kind];
  if (!Number.isInteger(radius) || radius < 50 || radius > 20_000) throw errors.badInput("radiusM", "Radien måste vara 50–20 000 meter.");
  if (input.population !== null && input.population !== undefined && (input.population < 0 || input.population > 10_000_000)) {
    throw errors.badInput("population", "Folkmängden kan inte vara negativ.");
  }
  if (input.schoolLevel && input.kind !== PlaceKind.SCHOOL) throw errors.badInput("schoolLevel", "Bara skolor har en skolnivå.");
  return { name, radius };
}

/** A place's position: a real coordinate, and inside the municipality when its boundary is known. */
export function checkPlacePosition(input: Pick<PlaceInput, "lat" | "lng">, boundary: GeoJsonGeometry | null): void {
  if (!Number.isFinite(input.lat) || !Number.isFinite(input.lng) || Math.abs(input.lat) > 90 || Math.abs(input.lng) > 180) {
    throw errors.badInput("lat", "Positionen är ogiltig.");
  }
  if (boundary && !pointInGeometry(input.lat, input.lng, boundary)) {
    throw errors.badInput("lat", "Platsen ligger utanför kommunen.");
  }
}
