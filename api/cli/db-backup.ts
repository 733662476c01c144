import "reflect-metadata";
import { backupDatabase } from "../db/backup/backup";
import { runBackupCommand } from "../db/backup/command";

/** `npm run db:backup -- FILE`: a consistent backup of every table of the configured database. */
runBackupCommand({
  usage: "Usage: npm run db:backup -- FILE   (e.g. backups/lofteskartan-$(date +%F).ndjson.gz)",
  parse: (argv) => (argv.length === 1 && !argv[0].startsWith("-") ? argv[0] : undefined),
  failure: "Backup failed",
  async run(file, target, log) {
    console.log(`Backing up ${target.description} to ${file}…`);
    const summary = await backupDatabase(target.url, file, log);
    console.log(
      `Backup written: ${summary.file}, ${(summary.bytes / 1024).toFixed(0)} KB, ${summary.tables.length} tables, ${summary.rows} rows, ` +
        `migration ${summary.migration ?? "(none)"}, in ${(summary.ms / 1000).toFixed(1)} s.`,
    );
  },
});
