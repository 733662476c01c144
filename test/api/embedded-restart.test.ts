import "reflect-metadata";
import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import type { Server } from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Services } from "../../api/app/container";
import { createHttpApp, type HttpApp } from "../../api/app/http-app";
import { loadConfig } from "../../api/config/config";
import { openDatabase, type Database } from "../../api/db/database";
import { processesIn, readPostmasterPid } from "../../api/db/embedded/postmaster";
import { startEmbeddedDatabase } from "../../api/db/embedded-database";
import { stopServersUnder } from "../support/built-app";

// The API in-process on the embedded default, with the restart backoff in the test's hands: each
// attempt waits at a gate the test opens, so what /healthz says between attempts can be read.

let dir: string;
let db: Database;
let http: HttpApp;
let server: Server;
let url: string;
const gates: Array<() => void> = [];

/** Waits until the supervisor reaches a state by itself (a bounded wait, not a timing assertion). */
async function until(test: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await test())) {
    if (Date.now() > deadline) throw new Error(`Never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const health = async () => {
  const res = await fetch(`${url}/healthz`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "lk-restart-"));
  db = await openDatabase({ databaseUrl: undefined, dataDir: dir }, () => {}, { restartDelay: () => new Promise<void>((resolve) => gates.push(resolve)) });
  http = await createHttpApp(new Services(db.dataSource, loadConfig({ NODE_ENV: "test" })), { databaseHealth: db.health, logError: () => {} });
  server = await new Promise((resolve) => {
    const s = http.app.listen(0, "127.0.0.1", () => resolve(s));
  });
  url = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
});

afterAll(async () => {
  server?.close();
  server?.closeAllConnections();
  await http?.apollo.stop();
  await db?.close();
  await stopServersUnder(dir);
  await fs.rm(dir, { recursive: true, force: true });
});

describe("the embedded PostgreSQL stopped while the API runs", () => {
  it("is restarted with backoff, failed attempts counted, and /healthz says what is happening", async () => {
    expect(await health()).toEqual({ status: 200, body: { status: "ok", database: "up", restarts: 0 } });
    const first = (await readPostmasterPid(dir))!;
    process.kill(first.pid, "SIGTERM");
    await until(() => gates.length === 1, "restart attempt 1 waiting");
    expect(await health()).toEqual({
      status: 503,
      body: { status: "degraded", database: "restarting", attempts: 1, restarts: 0, lastExit: expect.stringMatching(/^shutdown requested|^code 0/), since: expect.any(String) },
    });

    // Attempt 1 fails: someone else holds the port.
    const port = Number(new URL((db.dataSource.options as { url?: string }).url!).port);
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(port, "127.0.0.1", resolve));
    gates[0]();
    await until(() => gates.length === 2, "restart attempt 2 waiting");
    const second = await health();
    expect(second).toMatchObject({ status: 503, body: { status: "degraded", database: "restarting", attempts: 2, restarts: 0 } });
    expect(second.body.lastError).toContain("did not start");

    // Attempt 2 succeeds once the port is free again.
    await new Promise((resolve) => squatter.close(resolve));
    gates[1]();
    await until(async () => (await health()).status === 200, "healthy again");
    expect(await health()).toEqual({ status: 200, body: { status: "ok", database: "up", restarts: 1 } });
    // The pool reaches the new server (a connection to the old one may fail once, then is dropped).
    let count: number | undefined;
    await until(async () => {
      count = await db.dataSource.query("SELECT count(*)::int AS n FROM schema_migrations").then(
        (r: Array<{ n: number }>) => r[0].n,
        () => undefined,
      );
      return count !== undefined;
    }, "a query on the new server");
    expect(count).toBeGreaterThan(0);
  });

  it("closing while it waits to restart ends the attempts: nothing is started after", async () => {
    const pid = (await readPostmasterPid(dir))!.pid;
    process.kill(pid, "SIGINT");
    await until(() => gates.length === 3, "restart attempt 1 waiting");
    expect((await health()).body).toMatchObject({ database: "restarting", attempts: 1, restarts: 1, lastExit: expect.stringMatching(/code 0$/) });
    await db.close();
    gates[2]();
    // Give a start that should not happen the chance to happen: the same turn of attempts would spawn now.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await readPostmasterPid(dir)).toBeUndefined();
    expect(db.health!().database).toBe("stopped");
  });
});

describe("a stale postmaster.pid", () => {
  it("stays while processes of the killed server still work in the folder (PostgreSQL needs it to see their memory), and goes once they have ended", async () => {
    const gone = spawn(process.execPath, ["-e", ""]);
    await new Promise((resolve) => gone.once("exit", resolve));
    await fs.writeFile(path.join(dir, "postmaster.pid"), `${gone.pid}\n${dir}\n1796319228\n5432\n\n127.0.0.1\n  2146915        19\nready   \n`);
    // A stand-in for a backend that outlived its server: a process working in the data folder.
    const backend = spawn("sleep", ["600"], { cwd: dir });
    await until(async () => ((await processesIn(dir)) ?? []).includes(backend.pid!), "the stand-in running");
    await expect(startEmbeddedDatabase(dir)).rejects.toThrow(`Processes of an earlier PostgreSQL still work in ${dir} (PID ${backend.pid})`);
    expect(await readPostmasterPid(dir)).toMatchObject({ pid: gone.pid });
    backend.kill();
    await new Promise((resolve) => backend.once("exit", resolve));
    const lines: string[] = [];
    const again = await startEmbeddedDatabase(dir, (line) => lines.push(line));
    await again.stop();
    expect(lines).toContain(`Removing a stale postmaster.pid in ${dir} (process ${gone.pid} is not its PostgreSQL)`);
  });
});
