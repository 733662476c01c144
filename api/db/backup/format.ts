import { createHash } from "node:crypto";
import type { ClientBase } from "pg";

/**
 * The backup file: gzip'd NDJSON, one JSON value a line, written and read as a stream.
 *
 *   {"format":"lofteskartan-backup","formatVersion":1,…,"migrations":[…],"tables":[{name,columns}]}
 *   {"table":"public.activity"}
 *   ["1","FOOT_PATROL",…]            one line per row: the columns as PostgreSQL text, null as null
 *   {"end":"public.activity","rows":700,"checksum":"…"}
 *   … the other tables …
 *   {"sequences":[{"name":"public.activity_id_seq","lastValue":"700","isCalled":true}]}
 *   {"complete":true,"tables":11,"rows":1234}
 *
 * A row line is exactly what PostgreSQL makes of the row with ROW_TEXT_SQL, so the checksum of a
 * table (CHECKSUM_SQL over the table, RowChecksum over the lines) is the same computed either way:
 * the restore checks the file against its own checksums and the restored tables against them too.
 */

/** What the first line says the file is. */
export const FORMAT = "lofteskartan-backup";
/** The version of the layout above. */
export const FORMAT_VERSION = 1;
/** TypeORM's record of applied migrations (see data-source.ts). */
export const MIGRATIONS_TABLE = "public.schema_migrations";

/** A column as the catalogue describes it. */
export interface ColumnInfo {
  name: string;
  /** `format_type`, e.g. `character varying(200)`, `priority_area[]`. */
  type: string;
  /** A generated column: backed up and checked, never inserted. */
  generated: boolean;
}

/** A table as the catalogue describes it. */
export interface TableInfo {
  /** `schema.table`, unquoted. */
  name: string;
  schema: string;
  table: string;
  columns: ColumnInfo[];
}

/** The first line of a backup file. */
export interface BackupHeader {
  format: typeof FORMAT;
  formatVersion: number;
  createdAt: string;
  database: string;
  server: string;
  /** The last migration applied (the schema's version), or null for a database never migrated. */
  migration: string | null;
  /** Every migration applied, in order. */
  migrations: string[];
  tables: Array<{ name: string; columns: ColumnInfo[] }>;
}

/** The line that ends a table's rows. */
export interface TableEnd {
  end: string;
  rows: number;
  checksum: string;
}

/** A sequence's state. */
export interface SequenceState {
  name: string;
  lastValue: string;
  isCalled: boolean;
}

/**
 * Session settings both sides run with, so the text of every value is the same on both: times in
 * UTC and ISO, floats in their shortest exact form, bytea in hex.
 */
export const SESSION_SQL = `SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres'; SET extra_float_digits = 1; SET bytea_output = 'hex'; SET client_encoding = 'UTF8'`;

/** A name from the catalogue, quoted for SQL. */
export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** `"schema"."table"`. */
export const qualified = (t: Pick<TableInfo, "schema" | "table">) => `${ident(t.schema)}.${ident(t.table)}`;

/** The SQL expression of a row's line: a JSON array of its columns as text, in the given order. */
export function rowTextSql(columns: readonly Pick<ColumnInfo, "name">[]): string {
  return `array_to_json(ARRAY[${columns.map((c) => `${ident(c.name)}::text`).join(", ")}]::text[])::text`;
}

/**
 * Row count and checksum of a table computed in PostgreSQL: the sum of the first 60 bits of the MD5
 * of each row's line. A sum does not depend on the order of the rows, and PostgreSQL aggregates it
 * without holding the rows.
 */
export async function tableChecksum(client: ClientBase, table: TableInfo, columns: readonly Pick<ColumnInfo, "name">[] = table.columns): Promise<{ rows: number; checksum: string }> {
  const { rows } = await client.query<{ rows: string; checksum: string }>(
    `SELECT count(*)::text AS rows, coalesce(sum(('x' || left(md5(convert_to(${rowTextSql(columns)}, 'UTF8')), 15))::bit(60)::bigint), 0)::text AS checksum FROM ${qualified(table)}`,
  );
  return { rows: Number(rows[0].rows), checksum: rows[0].checksum };
}

/** The same checksum computed over the lines of a file, as they stream by. */
export class RowChecksum {
  rows = 0;
  private sum = 0n;

  add(line: string): void {
    this.rows++;
    this.sum += BigInt(`0x${createHash("md5").update(line, "utf8").digest("hex").slice(0, 15)}`);
  }

  get checksum(): string {
    return this.sum.toString();
  }
}

/** A refusal or a problem the command explains in words: printed as it is, and the command exits with 1. */
export class BackupError extends Error {}
