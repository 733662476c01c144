import { describe, expect, it } from "vitest";
import { pointInExtent, pointInGeometry } from "../../api/municipality/geometry";

const square = {
  type: "Polygon" as const,
  coordinates: [
    [
      [19, 66],
      [21, 66],
      [21, 67],
      [19, 67],
      [19, 66],
    ],
    [
      [19.8, 66.4],
      [20.2, 66.4],
      [20.2, 66.6],
      [19.8, 66.6],
      [19.8, 66.4],
    ],
  ],
};

describe("pointInGeometry", () => {
  it("inside, outside and in a hole", () => {
    expect(pointInGeometry(66.8, 19.5, square)).toBe(true);
    expect(pointInGeometry(67.2, 19.5, square)).toBe(false);
    expect(pointInGeometry(66.5, 20.0, square)).toBe(false);
  });

  it("any polygon of a MultiPolygon", () => {
    const multi = {
      type: "MultiPolygon" as const,
      coordinates: [
        square.coordinates,
        [
          [
            [10, 60],
            [11, 60],
            [11, 61],
            [10, 60],
          ],
        ],
      ],
    };
    expect(pointInGeometry(60.2, 10.8, multi)).toBe(true);
    expect(pointInGeometry(66.8, 19.5, multi)).toBe(true);
    expect(pointInGeometry(62, 15, multi)).toBe(false);
  });

  it("extent edges count as inside", () => {
    expect(pointInExtent(66, 19, { south: 66, west: 19, north: 67, east: 20 })).toBe(true);
    expect(pointInExtent(65.99, 19, { south: 66, west: 19, north: 67, east: 20 })).toBe(false);
  });
});
