import { Client } from "pg";

/** Every row of every table (as jsonb text, sorted) and every sequence's state: two databases compared in full. */
export interface DatabaseDump {
  tables: Record<string, string[]>;
  sequences: Record<string, string>;
}

/**
 * Reads a whole database through information_schema, independently of the backup's own catalogue
 * code, for tests that compare a restore with its source.
 */
export async function dumpDatabase(url: string): Promise<DatabaseDump> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SET TimeZone = 'UTC'");
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
       WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
    );
    const dump: DatabaseDump = { tables: {}, sequences: {} };
    for (const { name } of tables) {
      const { rows } = await client.query<{ r: string }>(`SELECT to_jsonb(t)::text AS r FROM ${name} t ORDER BY 1`);
      dump.tables[name] = rows.map((row) => row.r);
    }
    const { rows: sequences } = await client.query<{ name: string; state: string }>(
      `SELECT format('%I.%I', schemaname, sequencename) AS name, coalesce(last_value::text, 'never') AS state FROM pg_sequences ORDER BY 1`,
    );
    for (const s of sequences) dump.sequences[s.name] = s.state;
    return dump;
  } finally {
    await client.end();
  }
}
