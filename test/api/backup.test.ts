import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BackupError } from "../../api/db/backup/format";
import { restoreDatabase } from "../../api/db/backup/restore";
import { MIGRATIONS, createDataSource } from "../../api/db/data-source";
import { buildApi, removeBuild, runCli } from "../support/built-app";
import { buildMunicipality, buildPlace, buildUser } from "../support/factories";
import { ActivityStatus, PlaceKind, Role } from "../../api/common/enums";
import { dumpDatabase, type DatabaseDump } from "../support/table-dump";
import { createTestDatabase, type TestDatabase } from "../support/test-db";
import { startTestServer, type TestServer } from "../support/test-server";

// db:backup and db:restore on DATABASE_URL, run as an operator runs them (the built commands, child
// processes), against a running app.

const CREATE = `mutation ($input: ActivityInput!) { createActivity(input: $input) { id } }`;
const input = (title: string) => ({
  kind: "VILLAGE_VISIT",
  organisation: "POLICE",
  status: "DONE",
  priorityAreas: ["FLEXIBLE"],
  startsAt: "2026-11-20T10:00:00+01:00",
  lat: 66.6066,
  lng: 19.823,
  title,
});

let build: string;
let dir: string;
let server: TestServer;
let sourceUrl: string;
let file: string;
let fresh: DatabaseDump;
const databases: TestDatabase[] = [];

/** A database of this file's own, dropped at the end. */
async function database(template: "blank" | "demo" | "empty"): Promise<TestDatabase> {
  const db = await createTestDatabase(template);
  databases.push(db);
  return db;
}

const backup = (out: string, url: string) => runCli(build, "db-backup", [out], { DATABASE_URL: url });
const restore = (from: string, url: string, ...flags: string[]) => runCli(build, "db-restore", [from, ...flags], { DATABASE_URL: url });

/** Rows in every table but the migrations' record. */
async function rowsIn(url: string): Promise<Record<string, number>> {
  const dump = await dumpDatabase(url);
  // The migrations' own rows (their record, the cursor key they make) are not restored data.
  return Object.fromEntries(
    Object.entries(dump.tables)
      .filter(([t]) => t !== "public.schema_migrations" && t !== "public.app_secret")
      .map(([t, rows]) => [t, rows.length]),
  );
}

/** A copy of the backup with its lines changed by `edit`. */
async function edited(name: string, edit: (lines: string[]) => string[]): Promise<string> {
  const lines = zlib
    .gunzipSync(await fs.readFile(file))
    .toString("utf8")
    .split("\n");
  const out = path.join(dir, name);
  await fs.writeFile(out, zlib.gzipSync(edit(lines).join("\n")));
  return out;
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "lk-backup-"));
  [build, server] = await Promise.all([buildApi("backup"), startTestServer({ template: "demo" })]);
  sourceUrl = (server.dataSource.options as { url?: string }).url!;
  file = path.join(dir, "lofteskartan.ndjson.gz");
});

afterAll(async () => {
  await server?.close();
  for (const db of databases) await db.drop();
  await fs.rm(dir, { recursive: true, force: true });
  await removeBuild(build);
});

describe("db:backup and db:restore", () => {
  it("back up a running app, writes going on, into one consistent snapshot; restored into a fresh database, every table and sequence is the same", async () => {
    const polis = await server.as("polis");
    const [{ marker }] = await server.dataSource.query(`SELECT coalesce(max(id), 0)::text AS marker FROM audit_event`);
    let writing = true;
    let acknowledged = 0;
    const writer = async () => {
      for (let n = 0; writing; n++) {
        await polis.ok(CREATE, { input: input(`Under backup ${acknowledged}-${n}`) });
        acknowledged++;
      }
    };
    const writers = [writer(), writer()];
    while (acknowledged < 5) await new Promise((resolve) => setTimeout(resolve, 20));
    const before = acknowledged;
    const result = await backup(file, sourceUrl);
    const during = acknowledged - before;
    writing = false;
    await Promise.all(writers);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const latest = MIGRATIONS[MIGRATIONS.length - 1].name;
    expect(result.stdout).toMatch(new RegExp(String.raw`Backup written: .*lofteskartan\.ndjson\.gz, \d+ KB, \d+ tables, \d+ rows, migration ${latest}, in [\d.]+ s\.`));
    expect(during).toBeGreaterThan(0);

    const target = await database("blank");
    const restored = await restore(file, target.url);
    expect(restored.stderr).toBe("");
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain("Applied migration Initial1732400000000 (the backup's schema)");
    expect(restored.stdout).toMatch(/public\.activity +\d+ +\d+ +ok/);
    expect(restored.stdout).toContain("every row count and checksum matches");

    // One snapshot: each activity written during the backup is in it with its audit event, or neither is.
    const copy = new Client({ connectionString: target.url });
    await copy.connect();
    try {
      const {
        rows: [counts],
      } = await copy.query(
        `SELECT (SELECT count(*) FROM activity WHERE title LIKE 'Under backup %')::int AS activities,
                (SELECT count(*) FROM audit_event WHERE action = 'CREATE' AND entity = 'activity' AND id > $1)::int AS events`,
        [marker],
      );
      expect(counts.activities).toBe(counts.events);
      expect(counts.activities).toBeGreaterThanOrEqual(before);
    } finally {
      await copy.end();
    }

    // Everything the backup says it holds is there, row for row. The source has moved on since
    // (the writers), so compare with the source as the backup saw it: the file's own row counts.
    fresh = await dumpDatabase(target.url);
    const lines = zlib
      .gunzipSync(await fs.readFile(file))
      .toString("utf8")
      .split("\n");
    const ends = lines.filter((l) => l.startsWith('{"end"')).map((l) => JSON.parse(l) as { end: string; rows: number });
    expect(ends.map((e) => e.end)).toEqual(Object.keys(fresh.tables));
    for (const e of ends) expect(fresh.tables[e.end].length, e.end).toBe(e.rows);
    expect(fresh.tables["public.activity"].length).toBeGreaterThan(700);
    expect(fresh.tables["public.user_session"].length).toBeGreaterThan(0);
  }, 120_000);

  it("a backup of a database nobody writes to restores to an identical copy", async () => {
    const quiet = await database("demo");
    const out = path.join(dir, "quiet.ndjson.gz");
    expect((await backup(out, quiet.url)).code).toBe(0);
    const target = await database("blank");
    const r = await restore(out, target.url);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const [a, b] = await Promise.all([dumpDatabase(quiet.url), dumpDatabase(target.url)]);
    expect(Object.keys(b.tables)).toEqual(Object.keys(a.tables));
    for (const [table, rows] of Object.entries(a.tables)) expect(b.tables[table], table).toEqual(rows);
    expect(b.sequences).toEqual(a.sequences);
  }, 120_000);

  it("refuses a database that holds data, and changes nothing; --replace replaces all of it", async () => {
    const before = await dumpDatabase(sourceUrl);
    const refused = await restore(file, sourceUrl);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("The database already holds data (in public.activity");
    expect(refused.stderr).toContain("add --replace");
    expect(await dumpDatabase(sourceUrl)).toEqual(before);

    const other = await database("demo");
    const replaced = await restore(file, other.url, "--replace");
    expect(replaced.stderr).toBe("");
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toContain("replacing what it holds");
    expect(await dumpDatabase(other.url)).toEqual(fresh);
  }, 120_000);

  it("refuses a backup from a newer migration than the code, before touching the database", async () => {
    const newer = await edited("newer.ndjson.gz", ([header, ...rest]) => {
      const h = JSON.parse(header);
      return [JSON.stringify({ ...h, migration: "FutureSchema1999999999999", migrations: [...h.migrations, "FutureSchema1999999999999"] }), ...rest];
    });
    const target = await database("blank");
    const result = await restore(newer, target.url);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("The backup is from a newer version of Löfteskartan: its schema is at migration FutureSchema1999999999999, which this code does not have");
    expect(Object.keys((await dumpDatabase(target.url)).tables)).toEqual([]);
  }, 60_000);

  it("refuses a damaged file — cut short, a byte changed, a row changed — and restores nothing of it", async () => {
    const bytes = await fs.readFile(file);
    const cut = path.join(dir, "cut.ndjson.gz");
    await fs.writeFile(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const flipped = path.join(dir, "flipped.ndjson.gz");
    const changed = Buffer.from(bytes);
    changed[Math.floor(changed.length / 2)] ^= 0x55;
    await fs.writeFile(flipped, changed);
    const row = await edited("row.ndjson.gz", (lines) => lines.map((l) => (l.includes('"Under backup ') ? l.replace('"Under backup ', '"Over backup ') : l)));
    const dropped = await edited("dropped.ndjson.gz", (lines) => lines.filter((l, i) => !(l.startsWith("[") && i === lines.findIndex((x) => x.startsWith("[")))));

    // The command once (its message and exit code), the function for the other kinds of damage.
    const target = await database("blank");
    const result = await restore(cut, target.url);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^The backup file .*damaged \(unexpected end of file, after line \d+\)\. Nothing was restored\.\n$/);
    expect(Object.values(await rowsIn(target.url)).every((n) => n === 0)).toBe(true);
    for (const [damaged, says] of [
      [flipped, /damaged/],
      [row, /damaged: table public\.activity has \d+ rows with checksum \d+ in the file, its end line says \d+ with \d+/],
      [dropped, /damaged: table public\.activity has \d+ rows/],
    ] as const) {
      const into = await database("blank");
      const error = await restoreDatabase(into.url, damaged).then(
        () => undefined,
        (e: Error) => e,
      );
      expect(error, damaged).toBeInstanceOf(BackupError);
      expect(error!.message, damaged).toMatch(says);
      expect(error!.message, damaged).toMatch(/Nothing was restored\.$/);
      expect(
        Object.values(await rowsIn(into.url)).every((n) => n === 0),
        damaged,
      ).toBe(true);
    }
  }, 120_000);

  it("says so plainly when the file is missing or not a backup, and how it is called", async () => {
    const target = await database("blank");
    const missing = await restore(path.join(dir, "nope.ndjson.gz"), target.url);
    expect(missing).toMatchObject({ code: 1, stderr: `There is no backup file ${path.join(dir, "nope.ndjson.gz")}.\n` });
    const other = path.join(dir, "other.json.gz");
    await fs.writeFile(other, zlib.gzipSync(`{"hello":"world"}\n`));
    expect(await restore(other, target.url)).toMatchObject({ code: 1, stderr: `${other} is not a Löfteskartan backup.\n` });
    expect(await runCli(build, "db-restore", [], { DATABASE_URL: target.url })).toMatchObject({ code: 2, stderr: "Usage: npm run db:restore -- FILE [--replace]\n" });
    expect((await runCli(build, "db-backup", [], { DATABASE_URL: target.url })).code).toBe(2);
  }, 120_000);

  it("a backup of an earlier schema is restored at its migration, then brought up to this code's; --replace over a later schema undoes the later migrations first", async () => {
    // A database of three migrations ago, with a little in it.
    const old = await database("blank");
    const ds = createDataSource(old.url, { poolSize: 1, migrations: MIGRATIONS.slice(0, 3) });
    await ds.initialize();
    await ds.runMigrations({ transaction: "each" });
    const m = await buildMunicipality(ds);
    const town = await buildPlace(ds, m.id, { name: "Jokkmokk", kind: PlaceKind.TOWN, lat: 66.6053, lng: 19.8281 });
    await buildUser(ds, "polis", Role.POLICE);
    // Written in that schema's own columns (the factory's activity has the later public id).
    for (let i = 0; i < 20; i++) {
      await ds.query(
        `INSERT INTO activity (kind, organisation, status, priority_areas, starts_at, lat, lng, place_id, place_picked, zone, title)
         VALUES ('FOOT_PATROL', 'POLICE', $1, '{FLEXIBLE}', $2, 66.6053, 19.8281, $3, true, 'TOWN', $4)`,
        [ActivityStatus.DONE, `2025-0${1 + (i % 9)}-10T10:00:00Z`, town.id, `Gammal ${i}`],
      );
    }
    await ds.destroy();
    const out = path.join(dir, "old.ndjson.gz");
    expect((await backup(out, old.url)).code).toBe(0);
    const source = await dumpDatabase(old.url);

    const names = MIGRATIONS.map((M) => new M().name);
    for (const [target, flags] of [
      [await database("blank"), []],
      [await database("demo"), ["--replace"]],
    ] as const) {
      const result = await restore(out, target.url, ...flags);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      if (flags.length > 0) for (const later of names.slice(3)) expect(result.stdout).toContain(`Undid migration ${later}`);
      for (const later of names.slice(3)) expect(result.stdout).toContain(`Applied migration ${later} (newer than the backup)`);
      const now = await dumpDatabase(target.url);
      // In the order applied (the dump sorts rows as text, which puts id 10 before id 2).
      const applied = now.tables["public.schema_migrations"].map((r) => JSON.parse(r) as { id: number; name: string }).sort((x, y) => x.id - y.id);
      expect(applied.map((m) => m.name)).toEqual(names);
      // Later migrations add columns (activity.public_id) and drop some (app_user's old lock): the
      // columns the old schema had and still has are compared.
      for (const table of ["public.activity", "public.place", "public.app_user", "public.municipality"]) {
        const keep = (rows: string[], columns: string[]) => rows.map((r) => JSON.stringify(columns.map((c) => (JSON.parse(r) as Record<string, unknown>)[c]))).sort();
        const shared = Object.keys(JSON.parse(now.tables[table][0]) as object).filter((c) => c in (JSON.parse(source.tables[table][0]) as object));
        expect(shared.length, table).toBeGreaterThan(3);
        expect(keep(now.tables[table], shared), table).toEqual(keep(source.tables[table], shared));
      }
    }
  }, 120_000);
});
