import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../api/db/embedded-database";

/** A database of the bench's own: embedded in a temporary folder, or a new one on DATABASE_URL's server. */
export async function openBenchDatabase(prefix = "lk_bench"): Promise<{ url: string; close(): Promise<void> }> {
  const external = process.env.DATABASE_URL;
  let embedded: EmbeddedDatabase | undefined;
  let tempDir: string | undefined;
  let adminUrl: string;
  if (external) {
    adminUrl = external;
  } else {
    tempDir = await fs.mkdtemp(path.join(os.tmpdir(), "lofteskartan-bench-"));
    embedded = await startEmbeddedDatabase(tempDir);
    adminUrl = embedded.url;
  }
  const name = `${prefix}_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async close() {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
      await embedded?.stop();
      if (tempDir) await fs.rm(tempDir, { recursive: true, force: true });
    },
  };
}
