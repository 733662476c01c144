import "reflect-metadata";
import { loadConfig } from "../config/config";
import { openDatabase } from "../db/database";

/** `npm run db:migrate`: applies pending migrations to the configured database. */
async function run(): Promise<void> {
  const db = await openDatabase(loadConfig(), (line) => console.log(line));
  const [{ n }]: Array<{ n: number }> = await db.dataSource.query("SELECT count(*)::int AS n FROM schema_migrations");
  console.log(`Database is up to date (${n} migration(s) applied).`);
  await db.close();
}

run().catch((error: unknown) => {
  console.error(`Migration failed: ${(error as Error).message ?? error}`);
  process.exit(1);
});
