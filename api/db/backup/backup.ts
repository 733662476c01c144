import { once } from "node:events";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import { Client } from "pg";
import { appliedMigrations, listTables, readSequences } from "./catalog";
import { FORMAT, FORMAT_VERSION, RowChecksum, SESSION_SQL, qualified, rowTextSql, type BackupHeader, type TableEnd } from "./format";

/** Rows fetched from the cursor at a time: what a backup holds in memory, whatever the table's size. */
const FETCH_ROWS = 2_000;

/** What a backup wrote. */
export interface BackupSummary {
  file: string;
  bytes: number;
  ms: number;
  migration: string | null;
  tables: Array<{ name: string; rows: number; checksum: string }>;
  rows: number;
}

/**
 * Writes a backup of the database at `url` to `file`: every table from the catalogue and every
 * sequence, read in one REPEATABLE READ, READ ONLY transaction (one snapshot: a write either is in
 * the backup with everything it touched, or not at all), streamed through a cursor into gzip'd
 * NDJSON (see format.ts). The file appears under its name only when complete (written beside it,
 * flushed to disk, then renamed), so an interrupted backup never leaves a half file behind.
 */
export async function backupDatabase(url: string, file: string, log: (line: string) => void = () => {}): Promise<BackupSummary> {
  const started = Date.now();
  const target = path.resolve(file);
  const partial = `${target}.partial`;
  await fsp.mkdir(path.dirname(target), { recursive: true });
  const client = new Client({ connectionString: url, application_name: "lofteskartan db:backup" });
  // A connection the server ends (it stops) fails the query under way; that is where it is reported.
  client.on("error", () => {});
  // Should the process end midway (interrupted), no half file is left either.
  const removePartial = () => fs.rmSync(partial, { force: true });
  process.on("exit", removePartial);
  await client.connect();
  const gzip = zlib.createGzip({ level: 6 });
  const written = pipeline(gzip, fs.createWriteStream(partial));
  // A failed write (disk full) ends the backup where it is awaited, not as an unhandled rejection.
  written.catch(() => undefined);
  const write = async (value: unknown) => {
    if (!gzip.write(`${typeof value === "string" ? value : JSON.stringify(value)}\n`)) await once(gzip, "drain");
  };
  try {
    await client.query(SESSION_SQL);
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    const tables = await listTables(client);
    // Nothing may change a table's shape while it is read (a migration waits for the backup).
    if (tables.length > 0) await client.query(`LOCK TABLE ${tables.map(qualified).join(", ")} IN ACCESS SHARE MODE`);
    const migrations = await appliedMigrations(client);
    const {
      rows: [about],
    } = await client.query<{ database: string; server: string }>(`SELECT current_database() AS database, version() AS server`);
    const header: BackupHeader = {
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      database: about.database,
      server: about.server,
      migration: migrations.at(-1) ?? null,
      migrations,
      tables: tables.map((t) => ({ name: t.name, columns: t.columns })),
    };
    await write(header);

    const summary: BackupSummary["tables"] = [];
    for (const table of tables) {
      await write({ table: table.name });
      const sum = new RowChecksum();
      await client.query(`DECLARE lk_backup NO SCROLL CURSOR FOR SELECT ${rowTextSql(table.columns)} FROM ${qualified(table)}`);
      for (;;) {
        const { rows } = await client.query<[string]>({ text: `FETCH ${FETCH_ROWS} FROM lk_backup`, rowMode: "array" });
        let chunk = "";
        for (const [line] of rows) {
          sum.add(line);
          chunk += `${line}\n`;
        }
        if (chunk) await write(chunk.slice(0, -1));
        if (rows.length < FETCH_ROWS) break;
      }
      await client.query("CLOSE lk_backup");
      const end: TableEnd = { end: table.name, rows: sum.rows, checksum: sum.checksum };
      await write(end);
      summary.push({ name: table.name, rows: sum.rows, checksum: sum.checksum });
      if (sum.rows >= 10_000) log(`  ${table.name}: ${sum.rows} rows`);
    }
    // Read after the rows: a sequence is never behind the snapshot's ids (sequences are not transactional).
    await write({ sequences: await readSequences(client) });
    const rows = summary.reduce((n, t) => n + t.rows, 0);
    await write({ complete: true, tables: tables.length, rows });
    await client.query("COMMIT");
    gzip.end();
    await written;
    const handle = await fsp.open(partial, "r+");
    await handle.sync();
    await handle.close();
    await fsp.rename(partial, target);
    const { size } = await fsp.stat(target);
    return { file: target, bytes: size, ms: Date.now() - started, migration: header.migration, tables: summary, rows };
  } catch (error) {
    gzip.destroy();
    await written.catch(() => undefined);
    await fsp.rm(partial, { force: true });
    throw error;
  } finally {
    process.off("exit", removePartial);
    await client.end().catch(() => undefined);
  }
}
