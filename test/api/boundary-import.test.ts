import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importBoundary, importBoundaryIfMissing } from "../../api/municipality/boundary-import";
import { buildFixture } from "../support/fixture";
import { graphql } from "../gql";
import { startTestServer, type TestServer } from "../support/test-server";

const MUNICIPALITY = graphql(`
  query BoundaryImportMunicipalityTest {
    municipality {
      code
      boundary
      center {
        lat
      }
    }
  }
`);

// A small made-up outline around Jokkmokk (the real one is imported from ../shared/geo at run time).
const polygon = {
  type: "Polygon",
  coordinates: [
    [
      [17.5, 66.0],
      [21.0, 66.0],
      [21.0, 67.5],
      [17.5, 67.5],
      [17.5, 66.0],
    ],
  ],
};
const other = {
  type: "Polygon",
  coordinates: [
    [
      [18.0, 66.2],
      [20.5, 66.2],
      [20.5, 67.2],
      [18.0, 67.2],
      [18.0, 66.2],
    ],
  ],
};
const collection = (features: unknown[]) => JSON.stringify({ type: "FeatureCollection", features });

let server: TestServer;
let dir: string;

beforeAll(async () => {
  server = await startTestServer({ template: "empty" });
  await buildFixture(server.dataSource);
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "lk-boundary-"));
});
afterAll(async () => {
  await server?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

async function write(name: string, text: string): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, text);
  return file;
}

async function storedBoundary(): Promise<unknown> {
  const [row] = await server.dataSource.query(`SELECT boundary FROM municipality WHERE code = '2510'`);
  return row.boundary;
}

describe("boundary import", () => {
  it("stores the feature with the code and the API serves it", async () => {
    const file = await write(
      "ok.geojson",
      collection([
        { type: "Feature", properties: { id: "2514", kom_namn: "Kiruna" }, geometry: other },
        { type: "Feature", properties: { id: "2510", kom_namn: "Jokkmokk" }, geometry: polygon },
      ]),
    );
    const result = await importBoundary(server.dataSource, file, "2510");
    expect(result).toEqual({ code: "2510", name: "Jokkmokk", type: "Polygon", rings: 1, vertices: 5 });
    const client = await server.as("mote");
    const data = await client.ok(MUNICIPALITY);
    expect(data.municipality.boundary).toEqual(polygon);
    expect(data.municipality.center.lat).toBeCloseTo(66.6053, 4);
  });

  const bad: Array<[string, () => Promise<string>, RegExp]> = [
    ["a missing file", async () => path.join(dir, "nope.geojson"), /does not exist/],
    ["a file that is not JSON", () => write("bad.geojson", "{ not json"), /not valid JSON/],
    ["JSON that is no FeatureCollection", () => write("fc.geojson", JSON.stringify({ type: "Feature" })), /not a GeoJSON FeatureCollection/],
    ["no feature with the code", () => write("code.geojson", collection([{ type: "Feature", properties: { id: "2514" }, geometry: other }])), /no feature with municipality code 2510/],
    [
      "a geometry that is not a polygon",
      () => write("point.geojson", collection([{ type: "Feature", properties: { id: "2510" }, geometry: { type: "Point", coordinates: [19, 66] } }])),
      /Polygon or MultiPolygon/,
    ],
  ];
  for (const [name, make, message] of bad) {
    it(`${name}: a clear message and the stored boundary unchanged`, async () => {
      const before = await storedBoundary();
      expect(before).toEqual(polygon);
      await expect(importBoundary(server.dataSource, await make(), "2510")).rejects.toThrow(message);
      expect(await storedBoundary()).toEqual(before);
    });
  }

  it("a code that is not in the database is refused", async () => {
    const file = await write("kiruna.geojson", collection([{ type: "Feature", properties: { id: "2514" }, geometry: other }]));
    await expect(importBoundary(server.dataSource, file, "2514")).rejects.toThrow(/not in the database/);
  });

  it("at start, BOUNDARY_FILE is imported only when none is stored", async () => {
    const file = await write("other.geojson", collection([{ type: "Feature", properties: { id: "2510" }, geometry: other }]));
    const lines: string[] = [];
    await importBoundaryIfMissing(server.dataSource, file, "2510", (l) => lines.push(l));
    expect(await storedBoundary()).toEqual(polygon);
    await server.dataSource.query(`UPDATE municipality SET boundary = NULL`);
    await importBoundaryIfMissing(server.dataSource, file, "2510", (l) => lines.push(l));
    expect(await storedBoundary()).toEqual(other);
    expect(lines).toHaveLength(1);
  });
});
