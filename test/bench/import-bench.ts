import os from "node:os";
import type { DataSource } from "typeorm";
import { AuditService } from "../../api/audit/audit.service";
import type { AuthUser } from "../../api/common/context.type";
import { ImportPreviewService } from "../../api/import/import-preview.service";
import type { ImportPhase } from "../../api/import/import-progress";
import { ImportWriteService } from "../../api/import/import-write.service";
import { bulkActivityCsv } from "../support/import-csv";
import { timed } from "./bench-stats";

/** What the import of one file measured. */
export interface ImportBenchResult {
  rows: number;
  fileMb: number;
  /** The preview alone (read, check, duplicates): what "Förhandsgranska" waits for. */
  previewMs: number;
  previewRowsPerSecond: number;
  /** The import as the endpoint runs it: the preview again, then the write. */
  importMs: number;
  importRowsPerSecond: number;
  /** The write alone (the bulk statements, the batch and the audit), of the import's time. */
  writeMs: number;
  writeRowsPerSecond: number;
  /** The same file again: every row found stored, nothing written. */
  againMs: number;
  againRowsPerSecond: number;
  /** Progress reports heard per step. */
  progress: Record<ImportPhase, number>;
  loadAverage: [number, number];
}

const perSecond = (rows: number, ms: number) => Math.round((rows / ms) * 1000);

/**
 * Imports generated files of each size (the shape of the spreadsheets the import reads, in years
 * no other data covers, so each row is new) through the services the endpoint uses, as `user`:
 * the preview, the import (preview again and write, with progress), and the same file again.
 */
export async function benchImport(dataSource: DataSource, user: AuthUser, sizes: readonly number[], log: (line: string) => void): Promise<ImportBenchResult[]> {
  const previews = new ImportPreviewService(dataSource);
  const writes = new ImportWriteService(dataSource, new AuditService(dataSource));
  const results: ImportBenchResult[] = [];
  for (const [i, rows] of sizes.entries()) {
    // Each file its own stretch of years before any synthetic or demo data (15 minutes a row).
    const file = bulkActivityCsv(rows, { from: new Date(Date.UTC(2001 + i * 4, 0, 3, 6, 0)) });
    const loadBefore = os.loadavg()[0];
    const previewMs = await timed(() => previews.preview(user, file));
    const progress: Record<ImportPhase, number> = { read: 0, check: 0, write: 0 };
    const onProgress = ({ phase }: { phase: ImportPhase }) => progress[phase]++;
    let writeMs = 0;
    const importMs = await timed(async () => {
      const preview = await previews.preview(user, file, { onProgress });
      writeMs = await timed(async () => {
        const result = await writes.import(user, preview, `bench-${rows}.csv`, { onProgress });
        if (result.inserted !== rows) throw new Error(`The bench's file of ${rows} rows imported ${result.inserted}.`);
      });
    });
    const againMs = await timed(async () => {
      const result = await writes.import(user, await previews.preview(user, file), `bench-${rows}.csv`);
      if (result.inserted !== 0) throw new Error(`The same file again imported ${result.inserted} rows.`);
    });
    const result: ImportBenchResult = {
      rows,
      fileMb: Math.round((file.length / 2 ** 20) * 10) / 10,
      previewMs,
      previewRowsPerSecond: perSecond(rows, previewMs),
      importMs,
      importRowsPerSecond: perSecond(rows, importMs),
      writeMs,
      writeRowsPerSecond: perSecond(rows, writeMs),
      againMs,
      againRowsPerSecond: perSecond(rows, againMs),
      progress,
      loadAverage: [loadBefore, os.loadavg()[0]],
    };
    log(
      `import ${rows.toLocaleString("en-US")} rows (${result.fileMb} MB): preview ${result.previewRowsPerSecond.toLocaleString("en-US")} rows/s, ` +
        `import ${result.importRowsPerSecond.toLocaleString("en-US")} rows/s (write alone ${result.writeRowsPerSecond.toLocaleString("en-US")} rows/s), ` +
        `same file again ${result.againRowsPerSecond.toLocaleString("en-US")} rows/s; load ${result.loadAverage.map((l) => l.toFixed(1)).join(" → ")}`,
    );
    results.push(result);
  }
  return results;
}

/** The import's figures as a Markdown table. */
export function importTable(results: readonly ImportBenchResult[]): string {
  const n = (x: number) => x.toLocaleString("en-US");
  const lines = [
    "| file rows | MB | preview rows/s | import rows/s (preview + write) | write alone rows/s | same file again rows/s | progress reports (read/check/write) | load average (1 min) |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |",
  ];
  for (const r of results) {
    lines.push(
      `| ${n(r.rows)} | ${r.fileMb} | ${n(r.previewRowsPerSecond)} | ${n(r.importRowsPerSecond)} | ${n(r.writeRowsPerSecond)} | ${n(r.againRowsPerSecond)} | ${r.progress.read}/${r.progress.check}/${r.progress.write} | ${r.loadAverage.map((l) => l.toFixed(2)).join(" → ")} |`,
    );
  }
  return lines.join("\n");
}
