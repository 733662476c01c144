import "reflect-metadata";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { Pool } from "pg";
import { createDataSource } from "../../api/db/data-source";
import { seedAll } from "../../seed/seed";
import { openBenchDatabase } from "../bench/bench-database";
import { DbProxy } from "../support/db-proxy";
import { SoakHttp } from "./soak-http";

/** The demo users' password in the soak's own database. */
const PASSWORD = "soak-lofteskartan";
/** The users the soak signs in as, once each (sign-ins from one address are throttled). */
export const SOAK_USERS = ["polis", "kommun", "mote", "admin"] as const;
export type SoakUser = (typeof SOAK_USERS)[number];

/** The app under test and what the soak reaches it and its database with. */
export interface SoakApp {
  url: string;
  http: SoakHttp;
  /** The link between the app and PostgreSQL, which the outage part cuts. */
  proxy: DbProxy;
  /** Straight to the database (not through the proxy): what the checks read. */
  pg: Pool;
  /** Each user's session cookie. */
  cookies: Record<SoakUser, string>;
  /** The app's process id and its resident memory now, MB (null where /proc is missing). */
  pid: number;
  rssMb(): number | null;
  /** Lines the app wrote to stderr so far (its error log), the first 200 kept. */
  stderr: { count: number; first: string[] };
  database: string;
  close(): Promise<void>;
}

/** A free loopback port (asked of the kernel, then handed to the app). */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Resident memory of a process in MB, from /proc. */
function rssOf(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** Waits for `/healthz` to answer 200, or for the app to die. */
async function untilHealthy(url: string, child: ChildProcess, output: () => string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited (${child.exitCode}):\n${output()}`);
    try {
      if ((await fetch(`${url}/healthz`)).status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  throw new Error(`The app did not become healthy in ${timeoutMs / 1000} s:\n${output()}`);
}

/**
 * A database of the soak's own (embedded PostgreSQL in a temporary folder, or a new database on
 * DATABASE_URL's server), migrated and seeded with the demo data and users; the built app
 * (`node dist/server/main.js`, NODE_ENV=production) as a process of its own on a loopback port,
 * reaching the database through a TCP proxy the soak can cut; each demo user signed in once.
 */
export async function startSoakApp(connections: number, log: (line: string) => void): Promise<SoakApp> {
  const database = await openBenchDatabase("lk_soak");
  const cleanups: Array<() => Promise<unknown>> = [() => database.close()];
  const cleanup = async () => {
    for (const c of cleanups.reverse()) await c().catch((e: unknown) => console.error("[soak] cleanup:", e));
  };
  try {
    const loader = createDataSource(database.url, { poolSize: 2 });
    await loader.initialize();
    await loader.runMigrations({ transaction: "each" });
    const seeded = await seedAll(loader, { demoUsers: true, demoPassword: PASSWORD });
    await loader.destroy();
    log(
      `Database: ${process.env.DATABASE_URL ? "a new database on DATABASE_URL's server" : "embedded PostgreSQL in a temporary folder"}; demo data: ${seeded.places} places, ${seeded.activities.done + seeded.activities.planned + seeded.activities.cancelled} activities, ${seeded.users} users`,
    );

    const pg = new Pool({ connectionString: database.url, max: 4 });
    cleanups.push(() => pg.end());
    const proxied = await DbProxy.around(database.url);
    cleanups.push(() => proxied.proxy.down());

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const main = path.resolve(__dirname, "../../server/main.js");
    const child = spawn(process.execPath, [main], {
      cwd: path.resolve(__dirname, "../../.."),
      env: { ...process.env, NODE_ENV: "production", DATABASE_URL: proxied.url, PORT: String(port), HOST: "127.0.0.1", BOUNDARY_FILE: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const stdout: string[] = [];
    const stderr = { count: 0, first: [] as string[] };
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => stdout.push(chunk));
    child.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
      for (const line of chunk.split("\n").filter(Boolean)) {
        stderr.count += 1;
        if (stderr.first.length < 200) stderr.first.push(line);
      }
    });
    cleanups.push(async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      if ((await Promise.race([exited, sleep(10_000, "timeout")])) === "timeout") child.kill("SIGKILL");
    });
    await untilHealthy(url, child, () => [...stdout, ...stderr.first].join(""));

    const http = new SoakHttp(url, connections);
    cleanups.push(async () => http.close());
    const cookies = {} as Record<SoakUser, string>;
    for (const user of SOAK_USERS) cookies[user] = await http.login(user, PASSWORD);
    return {
      url,
      http,
      proxy: proxied.proxy,
      pg,
      cookies,
      pid: child.pid!,
      rssMb: () => rssOf(child.pid!),
      stderr,
      database: process.env.DATABASE_URL ? "DATABASE_URL" : "embedded",
      close: cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
