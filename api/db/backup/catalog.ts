import type { ClientBase } from "pg";
import { MIGRATIONS_TABLE, ident, type SequenceState, type TableInfo } from "./format";

/** Schemas that are PostgreSQL's own, and objects that belong to an extension: not ours to back up. */
const OURS = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')`;

/** Every table of the database (partitioned tables as one), with its columns in order, from the catalogue. */
export async function listTables(client: ClientBase): Promise<TableInfo[]> {
  const { rows } = await client.query<{ schema: string; table: string; columns: TableInfo["columns"] }>(`
    SELECT n.nspname AS schema, c.relname AS table,
           coalesce(json_agg(json_build_object('name', a.attname, 'type', format_type(a.atttypid, a.atttypmod), 'generated', a.attgenerated <> '')
                             ORDER BY a.attnum) FILTER (WHERE a.attnum IS NOT NULL), '[]') AS columns
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND ${OURS}
    GROUP BY n.nspname, c.relname
    ORDER BY n.nspname, c.relname`);
  return rows.map((r) => ({ name: `${r.schema}.${r.table}`, schema: r.schema, table: r.table, columns: r.columns }));
}

/** Every sequence (serial and identity columns' included) with its state now. */
export async function readSequences(client: ClientBase): Promise<SequenceState[]> {
  const { rows } = await client.query<{ schema: string; name: string }>(`
    SELECT n.nspname AS schema, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind = 'S' AND ${OURS} ORDER BY 1, 2`);
  const states: SequenceState[] = [];
  for (const s of rows) {
    const {
      rows: [state],
    } = await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text, is_called FROM ${ident(s.schema)}.${ident(s.name)}`);
    states.push({ name: `${s.schema}.${s.name}`, lastValue: state.last_value, isCalled: state.is_called });
  }
  return states;
}

/** The names of the migrations applied, in order; empty for a database never migrated. */
export async function appliedMigrations(client: ClientBase): Promise<string[]> {
  const {
    rows: [{ exists }],
  } = await client.query<{ exists: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS exists`, [MIGRATIONS_TABLE]);
  if (!exists) return [];
  const { rows } = await client.query<{ name: string }>(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY id`);
  return rows.map((r) => r.name);
}
