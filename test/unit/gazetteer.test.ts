import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PlaceKind } from "../../api/common/enums";
import { findMunicipalityFeature } from "../../api/municipality/boundary-import";
import { pointInGeometry } from "../../api/municipality/geometry";
import { GAZETTEER_PLACES, GAZETTEER_SETTLEMENTS, JOKKMOKK_MUNICIPALITY, KNOWN_WITHOUT_POSITION } from "../../seed/gazetteer";

/** The development boundaries beside the project (as the demo server uses them); absent, the boundary checks are skipped. */
const BOUNDARY_FILE = path.resolve(__dirname, "../../../shared/geo/swedish_municipalities.geojson");
const hasBoundary = fs.existsSync(BOUNDARY_FILE);

/** Haversine distance in metres. */
function distanceM(aLat: number, aLng: number, bLat: number, bLng: number): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((bLat - aLat) * rad) / 2) ** 2 + Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(((bLng - aLng) * rad) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}

describe("the gazetteer", () => {
  it.skipIf(!hasBoundary)("puts every place inside Jokkmokk's boundary", () => {
    const { geometry } = findMunicipalityFeature(JSON.parse(fs.readFileSync(BOUNDARY_FILE, "utf8")), JOKKMOKK_MUNICIPALITY.code);
    const outside = GAZETTEER_PLACES.filter((p) => !pointInGeometry(p.lat, p.lng, geometry)).map((p) => p.name);
    expect(outside).toEqual([]);
  });

  it("gives every place a source, and every town and village a confidence", () => {
    for (const p of GAZETTEER_PLACES) expect(p.source.trim().length, p.name).toBeGreaterThan(10);
    for (const p of GAZETTEER_SETTLEMENTS) expect(["A", "B", "C"], p.name).toContain(p.confidence);
  });

  it("holds one town and the villages, each name once, none of them also listed as known without position", () => {
    const names = GAZETTEER_PLACES.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(GAZETTEER_SETTLEMENTS.filter((p) => p.kind === PlaceKind.TOWN).map((p) => p.name)).toEqual(["Jokkmokk"]);
    expect(GAZETTEER_SETTLEMENTS.filter((p) => p.kind === PlaceKind.VILLAGE).length).toBeGreaterThanOrEqual(22);
    const unplaced = KNOWN_WITHOUT_POSITION.map((v) => v.name);
    expect(unplaced.filter((n) => names.includes(n))).toEqual([]);
    expect(new Set(unplaced).size).toBe(unplaced.length);
  });

  it("keeps the settlements' circles apart, so every point belongs to one settlement at most", () => {
    const s = GAZETTEER_SETTLEMENTS;
    for (let i = 0; i < s.length; i += 1) {
      for (let j = i + 1; j < s.length; j += 1) {
        const d = distanceM(s[i].lat, s[i].lng, s[j].lat, s[j].lng);
        expect(d, `${s[i].name}–${s[j].name}`).toBeGreaterThan(s[i].radiusM + s[j].radiusM);
      }
    }
  });
});
