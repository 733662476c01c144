import { describe, expect, it } from "vitest";
import { BoundaryImportError, findMunicipalityFeature, parseBoundaryGeometry } from "../../api/municipality/boundary-import";

const square = [
  [
    [19, 66],
    [20, 66],
    [20, 67],
    [19, 67],
    [19, 66],
  ],
];

describe("boundary parsing", () => {
  it("finds a feature by its code property and keeps a Polygon", () => {
    const fc = {
      type: "FeatureCollection",
      features: [
        { type: "Feature", properties: { id: "2514", kom_namn: "Kiruna" }, geometry: { type: "Polygon", coordinates: square } },
        { type: "Feature", properties: { id: "2510", kom_namn: "Jokkmokk" }, geometry: { type: "Polygon", coordinates: square } },
      ],
    };
    expect(findMunicipalityFeature(fc, "2510")).toEqual({ name: "Jokkmokk", geometry: { type: "Polygon", coordinates: square } });
  });

  it("accepts a MultiPolygon and a code in the feature id", () => {
    const fc = { type: "FeatureCollection", features: [{ type: "Feature", id: 2510, properties: {}, geometry: { type: "MultiPolygon", coordinates: [square] } }] };
    expect(findMunicipalityFeature(fc, "2510").geometry.type).toBe("MultiPolygon");
  });

  it("says what is wrong", () => {
    expect(() => findMunicipalityFeature({ type: "Feature" }, "2510")).toThrow(/not a GeoJSON FeatureCollection/);
    expect(() => findMunicipalityFeature({ type: "FeatureCollection", features: [] }, "2510")).toThrow(/no feature with municipality code 2510/);
    expect(() => parseBoundaryGeometry({ type: "Point", coordinates: [19, 66] })).toThrow(BoundaryImportError);
    expect(() =>
      parseBoundaryGeometry({
        type: "Polygon",
        coordinates: [
          [
            [19, 66],
            [20, 66],
          ],
        ],
      }),
    ).toThrow(/closed rings/);
    expect(() =>
      parseBoundaryGeometry({
        type: "Polygon",
        coordinates: [
          [
            [190, 66],
            [20, 66],
            [20, 67],
            [190, 66],
          ],
        ],
      }),
    ).toThrow(/WGS84/);
  });
});
