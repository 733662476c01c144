import "reflect-metadata";
import { ConfigError, loadConfig } from "../config/config";
import { BackupError } from "../db/backup/format";
import { restoreDatabase } from "../db/backup/restore";
import { openBackupTarget } from "../db/backup/target";

const USAGE = "Usage: npm run db:restore -- FILE [--replace]";

/** `npm run db:restore -- FILE [--replace]`: restores a backup into an empty database (or replaces one's data). */
async function run(): Promise<number> {
  const args = process.argv.slice(2);
  const replace = args.includes("--replace");
  const files = args.filter((a) => a !== "--replace");
  if (files.length !== 1 || files[0].startsWith("-")) {
    console.error(USAGE);
    return 2;
  }
  const log = (line: string) => console.log(line);
  const target = await openBackupTarget(loadConfig(), log);
  try {
    console.log(`Restoring ${files[0]} into ${target.description}${replace ? ", replacing what it holds" : ""}…`);
    const summary = await restoreDatabase(target.url, files[0], { replace, log });
    const width = Math.max(...summary.tables.map((t) => t.name.length), 5);
    console.log(`Checked after the restore, every table against the backup (rows, checksum):`);
    for (const t of summary.tables) console.log(`  ${t.name.padEnd(width)}  ${String(t.rows).padStart(9)}  ${t.checksum}  ok`);
    console.log(
      `Restored ${summary.rows} rows in ${summary.tables.length} tables from the backup of ${summary.createdAt} (migration ${summary.migration ?? "(none)"}) in ${(summary.ms / 1000).toFixed(1)} s; ` +
        `every row count and checksum matches.${summary.migratedAfter.length > 0 ? ` Then applied ${summary.migratedAfter.length} newer migration(s).` : ""}`,
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
    console.error(known ? (error as Error).message : `Restore failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
