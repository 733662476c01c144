import type { ImportPreview } from "./import-api";

/** A cell for a `;` separated file: quoted when it holds the separator, a quote or a line break. */
function csvCell(value: string): string {
  // A cell that a spreadsheet would run as a formula is written as text.
  const safe = /^[=+\-@]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The refused rows of a preview as a CSV Swedish Excel opens (`;`, UTF-8 with a BOM): the file's
 * own columns, then one with why the row was refused. The import reads that column as nothing, so
 * the file can be fixed and imported again as it is.
 */
export function refusedRowsCsv(preview: ImportPreview, errorHeader: string): string {
  const lines = [[...preview.headers, errorHeader].map(csvCell).join(";")];
  for (const r of preview.rows) {
    if (r.status !== "REFUSED") continue;
    const cells = preview.headers.map((_, i) => r.values?.[i] ?? "");
    const why = r.column ? `${r.column}: ${r.message ?? ""}` : (r.message ?? "");
    lines.push([...cells, why].map(csvCell).join(";"));
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** The download's name: the file's own with "-fel" before its ending, always .csv. */
export function refusedFileName(fileName: string): string {
  return `${fileName.replace(/\.[^.]*$/, "") || "import"}-fel.csv`;
}
