import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadConfig } from "../../api/config/config";

const root = path.resolve(__dirname, "../..");
const file = path.join(root, "docker-compose.yml");

type Compose = {
  services: Record<string, { ports?: string[]; environment?: Record<string, string>; depends_on?: unknown; volumes?: string[]; networks?: string[] }>;
  volumes?: Record<string, unknown>;
  networks?: Record<string, { ipam?: { config?: Array<{ subnet?: string; gateway?: string }> } }>;
};

/** True when IPv4 `address` lies in `cidr`. */
function inSubnet(address: string, cidr: string): boolean {
  const toInt = (a: string) => a.split(".").reduce((n, octet) => n * 256 + Number(octet), 0);
  const [base, bits] = cidr.split("/");
  const size = 2 ** (32 - Number(bits));
  return Math.floor(toInt(address) / size) === Math.floor(toInt(base) / size);
}

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

  it("trusts exactly the app's fixed network as the proxy (TRUST_PROXY), not loopback: the proxy never reaches the app over loopback", () => {
    const { app } = compose.services;
    const [network] = app.networks ?? [];
    expect(network, "the app is on a network of its own").toBeTruthy();
    const [ipam] = compose.networks?.[network]?.ipam?.config ?? [];
    expect(ipam?.subnet).toMatch(/^\d+\.\d+\.\d+\.\d+\/\d+$/);
    expect(app.environment?.TRUST_PROXY).toBe(ipam.subnet);
    // The host's proxy comes in through the published port, from the network's gateway.
    expect(inSubnet(ipam.gateway!, ipam.subnet!)).toBe(true);
    // The app accepts the value as it is written.
    expect(loadConfig({ TRUST_PROXY: app.environment!.TRUST_PROXY }).trustProxy).toEqual([ipam.subnet]);
  });

  const cmd = composeCommand();
  if (!cmd && process.env.CI !== "true") console.log("compose: no `docker compose` or `docker-compose` here; `config` check skipped");
  it.runIf(cmd !== null || process.env.CI === "true")("is accepted by `compose config`", () => {
    expect(cmd, "CI must have docker compose or docker-compose (see .ci/run)").not.toBeNull();
    const out = execFileSync(cmd![0], [...cmd!.slice(1), "-f", file, "config"], { cwd: root, encoding: "utf8" });
    expect(out).toContain("postgres");
  });
});
