import "reflect-metadata";
import { ConfigError, loadConfig } from "../config/config";
import { backupDatabase } from "../db/backup/backup";
import { BackupError } from "../db/backup/format";
import { openBackupTarget } from "../db/backup/target";

const USAGE = "Usage: npm run db:backup -- FILE   (e.g. backups/lofteskartan-$(date +%F).ndjson.gz)";

/** `npm run db:backup -- FILE`: a consistent backup of every table of the configured database. */
async function run(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length !== 1 || args[0].startsWith("-")) {
    console.error(USAGE);
    return 2;
  }
  const log = (line: string) => console.log(line);
  const target = await openBackupTarget(loadConfig(), log);
  try {
    console.log(`Backing up ${target.description} to ${args[0]}…`);
    const summary = await backupDatabase(target.url, args[0], log);
    console.log(
      `Backup written: ${summary.file}, ${(summary.bytes / 1024).toFixed(0)} KB, ${summary.tables.length} tables, ${summary.rows} rows, ` +
        `migration ${summary.migration ?? "(none)"}, in ${(summary.ms / 1000).toFixed(1)} s.`,
    );
    return 0;
  } finally {
    await target.close();
  }
}

run().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof BackupError || error instanceof ConfigError;
    console.error(known ? (error as Error).message : `Backup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
