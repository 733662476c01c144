import "reflect-metadata";
import { ConfigError, loadConfig } from "../api/config/config";
import { openDatabase, type Database } from "../api/db/database";
import { DEMO_USERS } from "./demo-users";
import { seedAll, type SeedSummary } from "./seed";
import { seedSynthetic } from "./synthetic";

/** The summary as lines for the terminal. */
function describe(summary: SeedSummary, demoUsers: boolean): string[] {
  const a = summary.activities;
  const lines = [
    "Seeded:",
    `  municipalities   ${summary.municipalities}`,
    `  places           ${summary.places}`,
    `  promise periods  ${summary.promisePeriods}`,
    `  promises         ${summary.promises}`,
    `  promise targets  ${summary.promiseTargets}`,
    `  users            ${summary.users}`,
    `  activities       ${a.done} done, ${a.planned} planned, ${a.cancelled} cancelled (${a.demo} demo)`,
  ];
  if (demoUsers) lines.push(`Demo accounts: ${DEMO_USERS.map((u) => `${u.username} (${u.role})`).join(", ")}; password from DEMO_PASSWORD.`);
  else lines.push("No demo accounts: DATABASE_URL points at an external database.");
  return lines;
}

/** The N of `--synthetic N` (synthetic activities to add after the seed), or 0 without the flag. */
function syntheticCount(argv: readonly string[]): number {
  const at = argv.indexOf("--synthetic");
  if (at < 0) return 0;
  const n = Number(argv[at + 1]?.replace(/_/g, ""));
  if (!Number.isInteger(n) || n < 1) throw new Error("--synthetic needs a whole number of activities, e.g. --synthetic 1000000");
  return n;
}

/**
 * `npm run seed [-- --synthetic N]`: seeds the configured database (demo accounts only on the
 * embedded one), then adds N synthetic activities over ten years when asked.
 */
async function main(): Promise<void> {
  const synthetic = syntheticCount(process.argv.slice(2));
  const config = loadConfig();
  const log = (line: string) => console.log(line);
  let database: Database | undefined;
  try {
    database = await openDatabase(config, log);
    const started = Date.now();
    const summary = await seedAll(database.dataSource, { demoUsers: database.embedded, demoPassword: config.demoPassword, log });
    for (const line of describe(summary, database.embedded)) console.log(line);
    if (synthetic > 0) {
      const result = await seedSynthetic(database.dataSource, synthetic, { log });
      console.log(`Synthetic activities: ${result.inserted} in ${(result.ms / 1000).toFixed(1)} s (${result.rowsPerSecond} rows/s, demo data)`);
    }
    console.log(`Done in ${Date.now() - started} ms.`);
  } finally {
    await database?.close();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : `Seeding failed: ${error instanceof Error ? error.message : String(error)}`;
  console.error(message);
  process.exitCode = 1;
});
