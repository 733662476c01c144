import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { AuditService } from "../audit/audit.service";
import type { Role } from "../common/enums";
import { loadConfig } from "../config/config";
import { openDatabase } from "../db/database";
import { ImportPreviewService, ImportRowStatus } from "../import/import-preview.service";
import { ImportWriteService } from "../import/import-write.service";
import type { ImportProgress } from "../import/import-progress";
import { runCommand } from "./run-command";

const USAGE = "Usage: npm run import:activities -- FILE [--sheet NAME] [--dry-run] [--skip-invalid] --as USERNAME";

const PHASE_VERB = { read: "Read", check: "Checked", write: "Written" } as const;

/** One progress line: "Read 5,000 rows", "Checked 5,000 of 100,000 rows", "Written 5,000 of 99,997 rows". */
function printProgress({ phase, done, total }: ImportProgress): void {
  const n = (x: number) => x.toLocaleString("en-US");
  console.log(`${PHASE_VERB[phase]} ${n(done)}${total === null || phase === "read" ? "" : ` of ${n(total)}`} rows`);
}

/** `npm run import:activities`: previews a CSV or xlsx file and imports it as the named user (whose role decides what may be written). */
async function run(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { sheet: { type: "string" }, "dry-run": { type: "boolean" }, "skip-invalid": { type: "boolean" }, as: { type: "string" } },
  });
  const file = positionals[0];
  if (!file || !values.as) {
    console.error(USAGE);
    return 2;
  }
  const bytes = fs.readFileSync(file);
  const db = await openDatabase(loadConfig());
  try {
    const [user]: Array<{ id: number; username: string; displayName: string; role: Role }> = await db.dataSource.query(
      `SELECT id, username, display_name AS "displayName", role FROM app_user WHERE username = $1 AND active`,
      [values.as],
    );
    if (!user) {
      console.error(`No active user named ${values.as}.`);
      return 2;
    }
    const preview = await new ImportPreviewService(db.dataSource).preview(user, bytes, { sheet: values.sheet ?? null, onProgress: printProgress });
    const { counts } = preview;
    console.log(`${path.basename(file)}: ${preview.rows.length} rows — ${counts.READY} ready, ${counts.DUPLICATE} duplicates, ${counts.REFUSED} refused`);
    if (values["dry-run"]) {
      console.log(["Rad", "Utfall", "Kolumn", "Meddelande"].join("\t"));
      for (const r of preview.rows) console.log([r.row, { READY: "klar", DUPLICATE: "dubblett", REFUSED: "nekad" }[r.status], r.column ?? "", r.message ?? ""].join("\t"));
      console.log("Dry run: nothing was written.");
      return counts.REFUSED > 0 ? 1 : 0;
    }
    if (counts.REFUSED > 0 && !values["skip-invalid"]) {
      for (const r of preview.rows.filter((x) => x.status === ImportRowStatus.REFUSED).slice(0, 50)) console.error(`rad ${r.row}${r.column ? `, ${r.column}` : ""}: ${r.message}`);
      console.error("Nothing was written: fix the refused rows, or pass --skip-invalid to import the ready rows only.");
      return 1;
    }
    const writes = new ImportWriteService(db.dataSource, new AuditService(db.dataSource));
    const result = await writes.import(user, preview, path.basename(file), {
      skipInvalid: values["skip-invalid"],
      onProgress: printProgress,
    });
    console.log(
      result.batchId === null ? "Nothing new to import." : `Batch ${result.batchId}: ${result.inserted} activities imported, ${result.duplicates} duplicates skipped, ${result.refused} refused.`,
    );
    return 0;
  } catch (error) {
    console.error(`Not imported: ${(error as Error).message}`);
    console.error("Nothing was written.");
    return 1;
  } finally {
    await db.close();
  }
}

runCommand(run);
