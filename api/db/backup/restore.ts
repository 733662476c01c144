import fs from "node:fs";
import { StringDecoder } from "node:string_decoder";
import zlib from "node:zlib";
import { Client } from "pg";
import { MIGRATIONS, createDataSource } from "../data-source";
import { appliedMigrations, listTables } from "./catalog";
import {
  BackupError,
  FORMAT,
  FORMAT_VERSION,
  MIGRATIONS_TABLE,
  RowChecksum,
  SESSION_SQL,
  ident,
  qualified,
  tableChecksum,
  type BackupHeader,
  type ColumnInfo,
  type SequenceState,
  type TableEnd,
  type TableInfo,
} from "./format";

/** Rows (or bytes of them) sent in one INSERT. */
const BATCH_ROWS = 2_000;
const BATCH_BYTES = 4 << 20;

/** Options of a restore. */
export interface RestoreOptions {
  /** Replace what the database holds (otherwise a database with data is refused). */
  replace?: boolean;
  log?: (line: string) => void;
}

/** What a restore did. */
export interface RestoreSummary {
  ms: number;
  createdAt: string;
  migration: string | null;
  /** Every table checked after the restore: rows and checksum as in the file and as restored. */
  tables: Array<{ name: string; rows: number; checksum: string }>;
  rows: number;
  /** Migrations of this code newer than the backup, applied after it. */
  migratedAfter: string[];
}

/** The names of the migrations this code has, in order. */
export const codeMigrations = (): string[] => MIGRATIONS.map((M) => new M().name);

const isPrefix = (a: readonly string[], b: readonly string[]) => a.length <= b.length && a.every((name, i) => b[i] === name);

/** The lines of a gzip'd file, one at a time; a damaged or cut file is a BackupError. */
class LineReader {
  private readonly gunzip = zlib.createGunzip();
  private readonly chunks: AsyncIterator<Buffer>;
  private readonly decoder = new StringDecoder("utf8");
  private lines: string[] = [];
  private rest = "";
  private done = false;
  line = 0;

  constructor(private readonly file: string) {
    const source = fs.createReadStream(file);
    source.on("error", (error) => this.gunzip.destroy(error));
    source.pipe(this.gunzip);
    this.chunks = this.gunzip[Symbol.asyncIterator]();
  }

  /** The next line, or undefined at the end of the file. */
  async next(): Promise<string | undefined> {
    while (this.lines.length === 0 && !this.done) {
      let chunk: IteratorResult<Buffer>;
      try {
        chunk = await this.chunks.next();
      } catch (error) {
        throw new BackupError(`The backup file ${this.file} is damaged (${(error as Error).message}, after line ${this.line}). Nothing was restored.`);
      }
      const text = this.rest + (chunk.done ? this.decoder.end() : this.decoder.write(chunk.value));
      const lines = text.split("\n");
      this.rest = chunk.done ? "" : (lines.pop() ?? "");
      this.lines = lines.filter((l) => l !== "");
      this.done = chunk.done === true;
    }
    const line = this.lines.shift();
    if (line !== undefined) this.line++;
    return line;
  }

  close(): void {
    this.gunzip.destroy();
  }
}

/** Reads a control line (a JSON object); anything else there means the file is damaged. */
function control(reader: LineReader, line: string | undefined): Record<string, unknown> {
  const damaged = () => new BackupError(`The backup file is damaged at line ${reader.line}${line === undefined ? " (it ends early)" : ""}. Nothing was restored.`);
  if (line === undefined || !line.startsWith("{")) throw damaged();
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    throw damaged();
  }
}

/** Checks the header: a backup of ours, of a layout and schema this code knows. */
function checkHeader(file: string, header: Record<string, unknown>): BackupHeader {
  if (header.format !== FORMAT) throw new BackupError(`${file} is not a Löfteskartan backup.`);
  const h = header as unknown as BackupHeader;
  if (typeof h.formatVersion !== "number" || h.formatVersion > FORMAT_VERSION) {
    throw new BackupError(`The backup was written by a newer Löfteskartan (file format ${h.formatVersion}; this one reads ${FORMAT_VERSION}). Restore it with that version.`);
  }
  const code = codeMigrations();
  const unknown = h.migrations.filter((name) => !code.includes(name));
  if (unknown.length > 0) {
    throw new BackupError(
      `The backup is from a newer version of Löfteskartan: its schema is at migration ${h.migration}, which this code does not have (its newest is ${code.at(-1)}). ` +
        `Restore it with the version that wrote it, or update this one first. Nothing was restored.`,
    );
  }
  if (!isPrefix(h.migrations, code)) throw new BackupError(`The backup's migrations (${h.migrations.join(", ")}) are not this code's, in its order. Nothing was restored.`);
  return h;
}

/**
 * Brings an empty (or to be replaced) database to the schema of the backup: the migrations up to
 * the backup's, or, when the database is further on, undoing the later ones.
 */
async function migrateTo(url: string, wanted: string[], applied: string[], log: (line: string) => void): Promise<void> {
  if (isPrefix(applied, wanted)) {
    if (applied.length === wanted.length) return;
    const ds = createDataSource(url, { poolSize: 1, migrations: MIGRATIONS.slice(0, wanted.length) });
    await ds.initialize();
    try {
      for (const m of await ds.runMigrations({ transaction: "each" })) log(`Applied migration ${m.name} (the backup's schema)`);
    } finally {
      await ds.destroy();
    }
    return;
  }
  if (!isPrefix(wanted, applied)) throw new BackupError(`The database's migrations (${applied.join(", ")}) are not the backup's nor an earlier or later step of them. Nothing was restored.`);
  const ds = createDataSource(url, { poolSize: 1 });
  await ds.initialize();
  try {
    for (let n = applied.length; n > wanted.length; n--) {
      await ds.undoLastMigration({ transaction: "each" });
      log(`Undid migration ${applied[n - 1]} (the backup is of an earlier schema)`);
    }
  } finally {
    await ds.destroy();
  }
}

/** Refuses unless the database's tables are the backup's, column for column. */
function checkSchema(header: BackupHeader, tables: TableInfo[]): void {
  const here = new Map(tables.map((t) => [t.name, t]));
  const problems: string[] = [];
  for (const t of header.tables) {
    const mine = here.get(t.name);
    if (!mine) {
      problems.push(`table ${t.name} is missing here`);
      continue;
    }
    const describe = (cols: ColumnInfo[]) =>
      cols
        .map((c) => `${c.name} ${c.type}`)
        .sort()
        .join(", ");
    if (describe(mine.columns) !== describe(t.columns)) problems.push(`table ${t.name} has columns (${describe(mine.columns)}), the backup (${describe(t.columns)})`);
  }
  for (const t of tables) if (!header.tables.some((h) => h.name === t.name)) problems.push(`table ${t.name} is not in the backup`);
  if (problems.length > 0) throw new BackupError(`The database's schema does not match the backup's at migration ${header.migration}: ${problems.join("; ")}. Nothing was restored.`);
}

/** The INSERT of one batch of row lines: each column cast from its text to its type, generated ones left out. */
function insertSql(table: TableInfo, fileColumns: ColumnInfo[]): string {
  const types = new Map(table.columns.map((c) => [c.name, c]));
  const columns = fileColumns.map((c, i) => ({ ...types.get(c.name)!, at: i })).filter((c) => !c.generated);
  return `INSERT INTO ${qualified(table)} (${columns.map((c) => ident(c.name)).join(", ")}) OVERRIDING SYSTEM VALUE
    SELECT ${columns.map((c) => `(j->>${c.at})::${c.type}`).join(", ")} FROM unnest(string_to_array($1::text, E'\\n')::jsonb[]) AS r(j)`;
}

/**
 * Restores a backup written by backupDatabase into the database at `url`, which must hold no data
 * (a new database, or one just migrated) unless `replace`. The schema is first brought to the
 * backup's migration; then, in one transaction, every table is filled (secondary indexes and
 * foreign keys set aside and put back, which checks them; user triggers off, so the audit log's append-only rule lets the
 * rows in and a replace empty it), the sequences are set, and each table's row count and checksum
 * are checked against the file before anything is committed. Migrations of this code newer than
 * the backup are applied after.
 */
export async function restoreDatabase(url: string, file: string, options: RestoreOptions = {}): Promise<RestoreSummary> {
  const log = options.log ?? (() => {});
  const started = Date.now();
  if (!fs.existsSync(file)) throw new BackupError(`There is no backup file ${file}.`);
  const reader = new LineReader(file);
  const client = new Client({ connectionString: url, application_name: "lofteskartan db:restore" });
  // A connection the server ends (it stops) fails the query under way; that is where it is reported.
  client.on("error", () => {});
  let connected = false;
  try {
    let first: Record<string, unknown>;
    try {
      first = control(reader, await reader.next());
    } catch (error) {
      throw error instanceof BackupError && !error.message.includes("damaged (") ? new BackupError(`${file} is not a Löfteskartan backup.`) : error;
    }
    const header = checkHeader(file, first);
    await client.connect();
    connected = true;
    await client.query(SESSION_SQL);

    const before = await listTables(client);
    const holding: string[] = [];
    for (const t of before) {
      if (t.name === MIGRATIONS_TABLE) continue;
      const { rows } = await client.query(`SELECT 1 FROM ${qualified(t)} LIMIT 1`);
      if (rows.length > 0) holding.push(t.name);
    }
    if (holding.length > 0 && !options.replace) {
      throw new BackupError(`The database already holds data (in ${holding.join(", ")}). Restore into an empty database, or add --replace to replace all of it with the backup. Nothing was changed.`);
    }
    await migrateTo(url, header.migrations, await appliedMigrations(client), log);

    await client.query("BEGIN");
    const tables = await listTables(client);
    checkSchema(header, tables);
    const byName = new Map(tables.map((t) => [t.name, t]));
    const data = tables.filter((t) => t.name !== MIGRATIONS_TABLE);
    // Nobody reads or writes while the tables are emptied and filled (a running app waits).
    if (tables.length > 0) await client.query(`LOCK TABLE ${tables.map(qualified).join(", ")} IN ACCESS EXCLUSIVE MODE`);
    const { rows: foreignKeys } = await client.query<{ table: string; name: string; definition: string }>(
      `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint
       WHERE contype = 'f' AND conrelid = ANY($1::regclass[]) ORDER BY 1, 2`,
      [data.map(qualified)],
    );
    // Secondary indexes are built once over all rows at the end rather than kept up row by row
    // (PostgreSQL's advice for populating a table); those behind a primary key or unique constraint stay.
    const { rows: indexes } = await client.query<{ name: string; definition: string }>(
      `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition FROM pg_index i
       WHERE i.indrelid = ANY($1::regclass[]) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid) ORDER BY 1`,
      [data.map(qualified)],
    );
    for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${ident(fk.name)}`);
    for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
    for (const t of data) await client.query(`ALTER TABLE ${qualified(t)} DISABLE TRIGGER USER`);
    // Emptied always: the database held no data (or --replace was given), but a migration may have
    // written rows of its own just now (the cursor key of app_secret), which the backup's replace.
    if (data.length > 0) await client.query(`TRUNCATE ${data.map(qualified).join(", ")}`);

    const ends = new Map<string, TableEnd>();
    let sequences: SequenceState[] = [];
    for (;;) {
      const line = control(reader, await reader.next());
      if (typeof line.table === "string") {
        const name = line.table;
        const fileTable = header.tables.find((t) => t.name === name);
        if (!fileTable || ends.has(name)) throw new BackupError(`The backup file is damaged at line ${reader.line} (table ${name}). Nothing was restored.`);
        const restoring = name === MIGRATIONS_TABLE ? undefined : byName.get(name)!;
        const sql = restoring ? insertSql(restoring, fileTable.columns) : "";
        const sum = new RowChecksum();
        let batch: string[] = [];
        let bytes = 0;
        const flush = async () => {
          if (batch.length === 0 || !restoring) return;
          try {
            // One text of lines (a JSON line holds no raw newline), split and parsed once each by PostgreSQL.
            await client.query(sql, [batch.join("\n")]);
          } catch (error) {
            throw new BackupError(
              `The backup file is damaged or not of this schema: table ${name} could not be restored near line ${reader.line} (${(error as Error).message}). Nothing was restored.`,
            );
          }
          batch = [];
          bytes = 0;
        };
        let next: string | undefined;
        while ((next = await reader.next()) !== undefined && next.startsWith("[")) {
          sum.add(next);
          batch.push(next);
          bytes += next.length;
          if (batch.length >= BATCH_ROWS || bytes >= BATCH_BYTES) await flush();
        }
        await flush();
        const end = control(reader, next) as unknown as TableEnd;
        if (end.end !== name || end.rows !== sum.rows || end.checksum !== sum.checksum) {
          throw new BackupError(
            `The backup file is damaged: table ${name} has ${sum.rows} rows with checksum ${sum.checksum} in the file, its end line says ${end.rows} with ${end.checksum}. Nothing was restored.`,
          );
        }
        ends.set(name, end);
      } else if (Array.isArray(line.sequences)) {
        sequences = line.sequences as SequenceState[];
      } else if (line.complete === true) {
        break;
      } else {
        throw new BackupError(`The backup file is damaged at line ${reader.line}. Nothing was restored.`);
      }
    }
    const missing = header.tables.filter((t) => !ends.has(t.name)).map((t) => t.name);
    if (missing.length > 0) throw new BackupError(`The backup file is damaged: it has no rows section for ${missing.join(", ")}. Nothing was restored.`);

    for (const s of sequences) {
      const [schema, ...rest] = s.name.split(".");
      await client.query(`SELECT setval($1::regclass, $2::bigint, $3)`, [`${ident(schema)}.${ident(rest.join("."))}`, s.lastValue, s.isCalled]);
    }
    for (const t of data) await client.query(`ALTER TABLE ${qualified(t)} ENABLE TRIGGER USER`);
    await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    for (const index of indexes) {
      try {
        await client.query(index.definition);
      } catch (error) {
        throw new BackupError(`The restored rows break the index ${index.name} (${(error as Error).message}). Nothing was restored.`);
      }
    }
    for (const fk of foreignKeys) {
      try {
        await client.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT ${ident(fk.name)} ${fk.definition}`);
      } catch (error) {
        throw new BackupError(`The restored rows break the foreign key ${fk.name} of ${fk.table} (${(error as Error).message}). Nothing was restored.`);
      }
    }

    // What is in the tables now, against what the backup says was there.
    const checked: RestoreSummary["tables"] = [];
    const wrong: string[] = [];
    for (const t of data) {
      const fileColumns = header.tables.find((h) => h.name === t.name)!.columns;
      const here = await tableChecksum(client, t, fileColumns);
      const expected = ends.get(t.name)!;
      if (here.rows !== expected.rows || here.checksum !== expected.checksum) wrong.push(`${t.name}: ${here.rows} rows restored, ${expected.rows} in the backup`);
      checked.push({ name: t.name, rows: here.rows, checksum: here.checksum });
    }
    if (wrong.length > 0) throw new BackupError(`What was restored differs from the backup (${wrong.join("; ")}). Nothing was restored.`);
    await client.query("COMMIT");
    await client.query("ANALYZE");

    const migratedAfter: string[] = [];
    if (header.migrations.length < MIGRATIONS.length) {
      const ds = createDataSource(url, { poolSize: 1 });
      await ds.initialize();
      try {
        for (const m of await ds.runMigrations({ transaction: "each" })) {
          migratedAfter.push(m.name);
          log(`Applied migration ${m.name} (newer than the backup)`);
        }
      } finally {
        await ds.destroy();
      }
    }
    return { ms: Date.now() - started, createdAt: header.createdAt, migration: header.migration, tables: checked, rows: checked.reduce((n, t) => n + t.rows, 0), migratedAfter };
  } catch (error) {
    if (connected) await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    reader.close();
    if (connected) await client.end().catch(() => undefined);
  }
}
