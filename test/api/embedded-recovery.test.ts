import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embeddedUrl, startEmbeddedDatabase } from "../../api/db/embedded-database";
import { inspectCluster, readPostmasterPid } from "../../api/db/embedded/postmaster";
import { buildApi, removeBuild, runCli, startApp, stopServersUnder, type AppProcess } from "../support/built-app";
import { dumpDatabase } from "../support/table-dump";
import { graphql } from "../gql";
import type { ActivityInput, EmbeddedRecoveryCreateTestMutation } from "../gql/graphql";
import { GqlClient } from "../support/test-server";

// The real thing: the built API (`node …/server/main.js`, as `npm start` runs it) on the embedded
// default in a folder of its own, killed and started again as an operator (or the OOM killer) would.

const CREATE = graphql(`
  mutation EmbeddedRecoveryCreateTest($input: ActivityInput!) {
    createActivity(input: $input) {
      id
      title
    }
  }
`);
const READ = graphql(`
  query EmbeddedRecoveryReadTest($id: ID!) {
    activity(id: $id) {
      id
      title
    }
  }
`);

let build: string;
let root: string;
let dataDir: string;
let app: AppProcess | undefined;

/** An activity in Jokkmokk with a title of its own. */
const input = (title: string): ActivityInput => ({
  kind: "FOOT_PATROL",
  organisation: "POLICE",
  status: "DONE",
  priorityAreas: ["FLEXIBLE"],
  startsAt: "2026-11-20T10:00:00+01:00",
  lat: 66.6066,
  lng: 19.823,
  title,
});

/** Waits for `test` (a condition the app reaches by itself) and fails with `describe()` if it does not within `ms`. */
async function eventually<T>(test: () => Promise<T | undefined>, ms: number, describe: () => string): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await test().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Not reached within ${ms} ms: ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Stops the app with SIGTERM (as systemd or Ctrl-C would) and waits until it has ended. */
async function stopApp(): Promise<void> {
  if (!app) return;
  const running = app;
  app = undefined;
  if (running.child.exitCode === null && running.child.signalCode === null) running.child.kill("SIGTERM");
  await running.exited;
}

/** The database of the server running from a folder, straight (not through the API). */
async function folderUrl(dir: string): Promise<string> {
  const postmaster = await readPostmasterPid(dir);
  if (!postmaster) throw new Error(`No PostgreSQL runs from ${dir}`);
  return embeddedUrl(postmaster.port);
}

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "lk-recovery-"));
  dataDir = path.join(root, "data");
  build = await buildApi("recovery");
});

afterAll(async () => {
  await stopApp();
  // Whatever this file started and left running (a failed test), stopped by its process id.
  await stopServersUnder(root);
  await fs.rm(root, { recursive: true, force: true });
  await removeBuild(build);
});

describe("the embedded default comes back by itself", () => {
  const acknowledged: Array<EmbeddedRecoveryCreateTestMutation["createActivity"]> = [];

  it("after kill -9 mid-write, PostgreSQL is left orphaned; the next start stops it cleanly, serves, and every acknowledged write is there", async () => {
    app = await startApp(build, { DATA_DIR: dataDir });
    const polis = await new GqlClient(app.url).login("polis");
    let n = 0;
    // Four writers, one request each at a time, until the app is gone under them.
    const writer = async () => {
      for (;;) {
        const title = `Skrivning ${n++}`;
        try {
          const res = await polis.request(CREATE, { input: input(title) });
          if (res.data?.createActivity) acknowledged.push(res.data.createActivity);
        } catch {
          return;
        }
      }
    };
    const writers = [writer(), writer(), writer(), writer()];
    await eventually(
      async () => (acknowledged.length >= 40 ? true : undefined),
      60_000,
      () => `${acknowledged.length} writes acknowledged`,
    );
    const killed = app;
    killed.child.kill("SIGKILL");
    await killed.exited;
    await Promise.all(writers);
    app = undefined;
    // The case that went wrong: the server outlives the app, holding postmaster.pid.
    expect((await inspectCluster(dataDir)).state).toBe("orphaned");

    app = await startApp(build, { DATA_DIR: dataDir });
    expect(app.output()).toContain("was left running by a process that is gone: stopping it cleanly");
    const again = await new GqlClient(app.url).login("polis");
    for (const written of acknowledged) {
      const res = await again.ok(READ, { id: written.id });
      expect(res.activity, written.title ?? undefined).toEqual(written);
    }
    // And it takes writes again.
    const res = await again.ok(CREATE, { input: input("Efter omstarten") });
    expect(res.createActivity.id).toBeTruthy();
  }, 120_000);

  it("stopped with SIGTERM, the app stops its PostgreSQL too: nothing is left running", async () => {
    const running = app!;
    await stopApp();
    expect((await running.exited).code).toBe(0);
    expect((await inspectCluster(dataDir)).state).toBe("none");
  }, 120_000);

  it("a stale postmaster.pid is no obstacle: its process gone, or its id now another program's", async () => {
    const gone = spawn(process.execPath, ["-e", ""]);
    await new Promise((resolve) => gone.once("exit", resolve));
    for (const pid of [gone.pid!, process.pid]) {
      await fs.writeFile(path.join(dataDir, "postmaster.pid"), `${pid}\n${dataDir}\n1796319228\n5432\n\n127.0.0.1\n  2146915        19\nready   \n`);
      expect((await inspectCluster(dataDir)).state).toBe("stale");
      app = await startApp(build, { DATA_DIR: dataDir });
      expect(app.output()).toContain(`Removing a stale postmaster.pid in ${dataDir} (process ${pid} is not its PostgreSQL)`);
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
      await stopApp();
    }
  }, 120_000);

  it("when its PostgreSQL is stopped (SIGTERM) while it runs, the app starts it again, and /healthz tells", async () => {
    app = await startApp(build, { DATA_DIR: dataDir });
    expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ status: "ok", database: "up", restarts: 0 });
    const postmaster = (await readPostmasterPid(dataDir))!;
    process.kill(postmaster.pid, "SIGTERM");
    const health = await eventually(
      async () => {
        const body = (await (await fetch(`${app!.url}/healthz`)).json()) as { status: string; restarts?: number };
        return body.status === "ok" && body.restarts === 1 ? body : undefined;
      },
      60_000,
      () => app!.output().slice(-2000),
    );
    expect(health).toEqual({ status: "ok", database: "up", restarts: 1 });
    expect(app.output()).toContain("was asked to shut down while in use");
    expect(app.output()).toContain("The embedded PostgreSQL is back");
    expect((await readPostmasterPid(dataDir))!.pid).not.toBe(postmaster.pid);
    // Requests work again (a pooled connection to the old server may fail once: retried, as a client would).
    const polis = await eventually(
      async () => new GqlClient(app!.url).login("polis"),
      10_000,
      () => "sign-in after the restart",
    );
    const created = await eventually(
      async () => (await polis.ok(CREATE, { input: input("Efter SIGTERM") })).createActivity,
      10_000,
      () => "a write after the restart",
    );
    expect((await polis.ok(READ, { id: created.id })).activity?.title).toBe("Efter SIGTERM");
  }, 120_000);

  it("db:backup finds the running app's PostgreSQL; restored into a fresh folder, every table and sequence is the same", async () => {
    const file = path.join(root, "running.ndjson.gz");
    const backup = await runCli(build, "db-backup", [file], { DATA_DIR: dataDir });
    expect(backup.stderr).toBe("");
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain(`Using the embedded PostgreSQL already running in ${dataDir}`);
    expect(backup.stdout).toMatch(/Backup written: .*, \d+ KB, \d+ tables, \d+ rows, migration \w+/);
    // The app's server is the app's still.
    expect((await inspectCluster(dataDir)).state).toBe("owned");

    const restoredDir = path.join(root, "restored");
    const restore = await runCli(build, "db-restore", [file], { DATA_DIR: restoredDir });
    expect(restore.stderr).toBe("");
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain(`Creating the embedded PostgreSQL cluster in ${restoredDir}`);
    expect(restore.stdout).toContain("every row count and checksum matches");
    expect((await inspectCluster(restoredDir)).state).toBe("none");

    const source = await dumpDatabase(await folderUrl(dataDir));
    const restored = await startEmbeddedDatabase(restoredDir);
    try {
      const copy = await dumpDatabase(restored.url);
      expect(Object.keys(copy.tables)).toEqual(Object.keys(source.tables));
      for (const [table, rows] of Object.entries(source.tables)) expect(copy.tables[table], table).toEqual(rows);
      expect(copy.sequences).toEqual(source.sequences);
      expect(source.tables["public.activity"].length).toBeGreaterThan(700);
    } finally {
      await restored.stop();
    }
  }, 120_000);

  it("db:backup with the app stopped starts the folder's PostgreSQL for itself and stops it after", async () => {
    await stopApp();
    const backup = await runCli(build, "db-backup", [path.join(root, "stopped.ndjson.gz")], { DATA_DIR: dataDir });
    expect(backup.code).toBe(0);
    expect(backup.stdout).not.toContain("already running");
    expect((await inspectCluster(dataDir)).state).toBe("none");
    const [a, b] = await Promise.all([fs.stat(path.join(root, "running.ndjson.gz")), fs.stat(path.join(root, "stopped.ndjson.gz"))]);
    expect(b.size).toBeGreaterThan(a.size / 2);
  }, 120_000);
});
