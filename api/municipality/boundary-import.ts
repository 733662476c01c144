import fs from "node:fs/promises";
import path from "node:path";
import type { DataSource } from "typeorm";
import type { GeoJsonGeometry } from "./municipality.entity";

/** A boundary file that cannot be imported; the message says why, for a person to act on. */
export class BoundaryImportError extends Error {}

/** Property names under which boundary files carry the municipality code. */
const CODE_PROPERTIES = ["id", "kommunkod", "kom_kod", "KnKod", "kn_kod", "code", "ref:se:kommunkod"];

/** What an import stored. */
export interface BoundaryImportResult {
  code: string;
  name: string | null;
  type: GeoJsonGeometry["type"];
  rings: number;
  vertices: number;
}

function isPosition(value: unknown): value is [number, number] {
  return Array.isArray(value) && value.length >= 2 && value.every((n) => typeof n === "number" && Number.isFinite(n)) && Math.abs(value[0] as number) <= 180 && Math.abs(value[1] as number) <= 90;
}

function isRing(value: unknown): value is number[][] {
  return Array.isArray(value) && value.length >= 4 && value.every(isPosition);
}

/** Checks a GeoJSON geometry is a valid Polygon or MultiPolygon in WGS84 longitude/latitude. */
export function parseBoundaryGeometry(geometry: unknown): GeoJsonGeometry {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (!g || typeof g !== "object") throw new BoundaryImportError("the feature has no geometry");
  if (g.type === "Polygon" && Array.isArray(g.coordinates) && g.coordinates.length > 0 && g.coordinates.every(isRing)) {
    return { type: "Polygon", coordinates: g.coordinates as number[][][] };
  }
  if (g.type === "MultiPolygon" && Array.isArray(g.coordinates) && g.coordinates.length > 0 && g.coordinates.every((poly) => Array.isArray(poly) && poly.length > 0 && poly.every(isRing))) {
    return { type: "MultiPolygon", coordinates: g.coordinates as number[][][][] };
  }
  throw new BoundaryImportError(`the geometry must be a Polygon or MultiPolygon of closed rings in WGS84 longitude/latitude (got ${String(g.type)})`);
}

/** Finds the feature for `code` in a parsed FeatureCollection. */
export function findMunicipalityFeature(collection: unknown, code: string): { geometry: GeoJsonGeometry; name: string | null } {
  const fc = collection as { type?: unknown; features?: unknown };
  if (!fc || fc.type !== "FeatureCollection" || !Array.isArray(fc.features)) {
    throw new BoundaryImportError("the file is not a GeoJSON FeatureCollection");
  }
  for (const feature of fc.features as Array<{ id?: unknown; properties?: Record<string, unknown> | null; geometry?: unknown }>) {
    const props = feature?.properties ?? {};
    const codes = [feature?.id, ...CODE_PROPERTIES.map((k) => props[k])].filter((v) => v !== undefined && v !== null).map(String);
    if (!codes.includes(code)) continue;
    const nameValue = props.kom_namn ?? props.name ?? props.kommunnamn ?? null;
    return { geometry: parseBoundaryGeometry(feature.geometry), name: nameValue === null ? null : String(nameValue) };
  }
  throw new BoundaryImportError(`no feature with municipality code ${code} (looked in the properties ${CODE_PROPERTIES.join(", ")})`);
}

/**
 * Reads a GeoJSON FeatureCollection and stores the boundary of the municipality `code`.
 * Everything is checked before anything is written, so a bad file leaves the stored boundary as it was.
 */
export async function importBoundary(dataSource: DataSource, file: string, code: string): Promise<BoundaryImportResult> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "the file does not exist" : (error as Error).message;
    throw new BoundaryImportError(`Cannot read ${file}: ${reason}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new BoundaryImportError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  let found: { geometry: GeoJsonGeometry; name: string | null };
  try {
    found = findMunicipalityFeature(parsed, code);
  } catch (error) {
    throw new BoundaryImportError(`${file}: ${(error as Error).message}`);
  }
  const result: Array<{ id: number }> = await dataSource.query(
    `UPDATE municipality SET boundary = $2::jsonb, boundary_source = $3, boundary_imported_at = now()
     WHERE code = $1 RETURNING id`,
    [code, JSON.stringify(found.geometry), path.basename(file).slice(0, 500)],
  );
  // TypeORM returns [rows, affected] for UPDATE … RETURNING on PostgreSQL.
  const rows = Array.isArray(result[0]) ? (result[0] as Array<{ id: number }>) : result;
  if (rows.length === 0) {
    throw new BoundaryImportError(`Municipality ${code} is not in the database; run "npm run seed" first`);
  }
  const polygons = found.geometry.type === "Polygon" ? [found.geometry.coordinates] : found.geometry.coordinates;
  return {
    code,
    name: found.name,
    type: found.geometry.type,
    rings: polygons.reduce((n, p) => n + p.length, 0),
    vertices: polygons.reduce((n, p) => n + p.reduce((m, ring) => m + ring.length, 0), 0),
  };
}

/** At start: imports `BOUNDARY_FILE` when no boundary is stored yet; a bad file is reported, not fatal. */
export async function importBoundaryIfMissing(dataSource: DataSource, file: string, code: string, log: (line: string) => void): Promise<void> {
  const [row]: Array<{ has: boolean }> = await dataSource.query(`SELECT boundary IS NOT NULL AS has FROM municipality WHERE code = $1`, [code]);
  if (!row || row.has) return;
  try {
    const result = await importBoundary(dataSource, file, code);
    log(`Imported the boundary of ${result.name ?? code} from ${file} (${result.vertices} vertices)`);
  } catch (error) {
    log(`Boundary not imported: ${(error as Error).message}`);
  }
}
