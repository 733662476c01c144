import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = path.resolve(__dirname, "../..");
const file = path.join(root, "docker-compose.yml");

type Compose = { services: Record<string, { ports?: string[]; environment?: Record<string, string>; depends_on?: unknown; volumes?: string[] }>; volumes?: Record<string, unknown> };

/** The first Compose CLI that answers: `docker compose` (v2) or `docker-compose`. */
function composeCommand(): string[] | null {
  for (const cmd of [["docker", "compose"], ["docker-compose"]]) {
    const probe = spawnSync(cmd[0], [...cmd.slice(1), "version"], { encoding: "utf8" });
    if (probe.status === 0) return cmd;
  }
  return null;
}

describe("docker-compose.yml", () => {
  const compose = parse(fs.readFileSync(file, "utf8")) as Compose;

  it("has PostgreSQL on 127.0.0.1 with a named volume, and the app wired to it by DATABASE_URL", () => {
    const { db, app } = compose.services;
    expect(db.ports?.every((p) => p.startsWith("127.0.0.1:"))).toBe(true);
    expect(app.ports?.every((p) => p.startsWith("127.0.0.1:"))).toBe(true);
    const named = db.volumes?.map((v) => v.split(":")[0]) ?? [];
    expect(named.some((v) => compose.volumes && v in compose.volumes)).toBe(true);
    expect(app.environment?.DATABASE_URL).toMatch(/^postgresql:\/\/[^@]+@db:5432\//);
    expect(app.depends_on).toBeTruthy();
  });

  const cmd = composeCommand();
  if (!cmd && process.env.CI !== "true") console.log("compose: no `docker compose` or `docker-compose` here; `config` check skipped");
  it.runIf(cmd !== null || process.env.CI === "true")("is accepted by `compose config`", () => {
    expect(cmd, "CI must have docker compose or docker-compose (see .ci/run)").not.toBeNull();
    const out = execFileSync(cmd![0], [...cmd!.slice(1), "-f", file, "config"], { cwd: root, encoding: "utf8" });
    expect(out).toContain("postgres");
  });
});
