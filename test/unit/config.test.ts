import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../api/config/config";

describe("loadConfig", () => {
  it("has the documented defaults", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      host: "127.0.0.1",
      databaseUrl: undefined,
      demoPassword: "jokkmokk",
      boundaryCode: "2510",
      nodeEnv: "development",
      tileUrl: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
      trustProxy: ["loopback"],
    });
    expect(config.dataDir.endsWith(".data")).toBe(true);
    expect(config.tileAttribution).toContain("OpenStreetMap");
  });

  it("reads every variable", () => {
    const config = loadConfig({
      PORT: "8080",
      HOST: "0.0.0.0",
      DATABASE_URL: "postgresql://u:p@db:5432/x",
      DATA_DIR: "/tmp/lk",
      DEMO_PASSWORD: "hemligt1",
      BOUNDARY_FILE: "/b.geojson",
      BOUNDARY_CODE: "2514",
      TILE_URL: "/tiles/{z}/{x}/{y}.png",
      TILE_ATTRIBUTION: "Egen",
      NODE_ENV: "production",
      TRUST_PROXY: "172.30.80.0/24, 10.1.2.3,fd00::/8",
    });
    expect(config).toEqual({
      port: 8080,
      host: "0.0.0.0",
      databaseUrl: "postgresql://u:p@db:5432/x",
      dataDir: "/tmp/lk",
      demoPassword: "hemligt1",
      boundaryFile: "/b.geojson",
      boundaryCode: "2514",
      tileUrl: "/tiles/{z}/{x}/{y}.png",
      tileAttribution: "Egen",
      nodeEnv: "production",
      trustProxy: ["172.30.80.0/24", "10.1.2.3", "fd00::/8"],
    });
  });

  it("TRUST_PROXY: none trusts nobody; trusting everyone or a hop count is refused", () => {
    expect(loadConfig({ TRUST_PROXY: "none" }).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: "loopback,uniquelocal" }).trustProxy).toEqual(["loopback", "uniquelocal"]);
    for (const value of ["true", "*", "2", "0.0.0.0/33", "300.1.1.1", "10.0.0.0/8/1", "proxy.example"]) {
      expect(() => loadConfig({ TRUST_PROXY: value }), value).toThrow(/TRUST_PROXY must be none, or the proxies/);
    }
  });

  it("lists every problem at once, one readable line each", () => {
    let caught: unknown;
    try {
      loadConfig({ PORT: "eighty", DATABASE_URL: "mysql://x", NODE_ENV: "staging", BOUNDARY_CODE: "25", TILE_URL: "ftp://x" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const problems = (caught as ConfigError).problems;
    expect(problems).toHaveLength(5);
    expect(problems.join("\n")).toMatch(/PORT.*eighty/);
    expect(problems.join("\n")).toMatch(/DATABASE_URL/);
    expect(problems.join("\n")).toMatch(/NODE_ENV.*staging/);
    expect((caught as ConfigError).message.split("\n")).toHaveLength(6);
  });
});
