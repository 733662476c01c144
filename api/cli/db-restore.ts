import "reflect-metadata";
import { runBackupCommand } from "../db/backup/command";
import { restoreDatabase } from "../db/backup/restore";

/** `npm run db:restore -- FILE [--replace]`: restores a backup into an empty database (or replaces one's data). */
runBackupCommand({
  usage: "Usage: npm run db:restore -- FILE [--replace]",
  parse(argv) {
    const files = argv.filter((a) => a !== "--replace");
    return files.length === 1 && !files[0].startsWith("-") ? { file: files[0], replace: argv.includes("--replace") } : undefined;
  },
  failure: "Restore failed",
  async run({ file, replace }, target, log) {
    console.log(`Restoring ${file} into ${target.description}${replace ? ", replacing what it holds" : ""}…`);
    const summary = await restoreDatabase(target.url, file, { replace, log });
    const width = Math.max(...summary.tables.map((t) => t.name.length), 5);
    console.log(`Checked after the restore, every table against the backup (rows, checksum):`);
    for (const t of summary.tables) console.log(`  ${t.name.padEnd(width)}  ${String(t.rows).padStart(9)}  ${t.checksum}  ok`);
    console.log(
      `Restored ${summary.rows} rows in ${summary.tables.length} tables from the backup of ${summary.createdAt} (migration ${summary.migration ?? "(none)"}) in ${(summary.ms / 1000).toFixed(1)} s; ` +
        `every row count and checksum matches.${summary.migratedAfter.length > 0 ? ` Then applied ${summary.migratedAfter.length} newer migration(s).` : ""}`,
    );
  },
});
