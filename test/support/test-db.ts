import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { inject } from "vitest";

/** Template names (each run adds its own suffix). */
export const TEMPLATE_EMPTY = "lk_tpl_empty";
export const TEMPLATE_DEMO = "lk_tpl_demo";
/** The demo users' password in tests. */
export const DEMO_PASSWORD = "jokkmokk";

/** The same server as `url`, another database. */
export function databaseUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** A database of one test file's own. */
export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/**
 * Copies a template into a fresh database: `empty` (migrated, no rows), `demo` (Jokkmokk's
 * places, promises, demo users and demo activities) or `blank` (not even migrated).
 */
export async function createTestDatabase(template: "empty" | "demo" | "blank"): Promise<TestDatabase> {
  const adminUrl = inject("pgAdminUrl");
  const runId = inject("pgRunId");
  const name = `lk_t_${randomBytes(5).toString("hex")}_${runId}`;
  const source = template === "blank" ? "template0" : `${template === "empty" ? TEMPLATE_EMPTY : TEMPLATE_DEMO}_${runId}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${source}`);
  } finally {
    await admin.end();
  }
  return {
    name,
    url: databaseUrl(adminUrl, name),
    async drop() {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
