/**
 * CSV for Excel with Swedish settings: UTF-8 with a byte order mark (so å, ä, ö open right),
 * semicolons between fields (Swedish Excel reads a comma as the decimal sign), decimal commas (at
 * most six decimals), CRLF line ends, RFC 4180 quoting, times as "2024-03-10 18:00" in
 * Europe/Stockholm, and typed text that would start a formula kept as text.
 */

/** The byte order mark Excel needs to read the file as UTF-8. */
export const CSV_BOM = "\uFEFF";
/** Field separator: a semicolon, as Excel expects with a Swedish locale. */
export const CSV_SEPARATOR = ";";
/** Line end (RFC 4180). */
export const CSV_NEWLINE = "\r\n";

/** What a cell may hold. */
export type CsvValue = string | number | boolean | Date | null | undefined;

/** One column: its Swedish header and how a row fills it. */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CsvValue;
}

const STOCKHOLM_TIME = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Stockholm",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** Characters that make a spreadsheet read a cell as a formula (CSV injection, OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A value as the text of one cell, quoted when it must be. */
export function csvCell(value: CsvValue): string {
  let text: string;
  if (value === null || value === undefined) return "";
  if (value instanceof Date) text = STOCKHOLM_TIME.format(value);
  // Six decimals at most (a share to 0.0001 %, a position to 0.1 m), with a decimal comma.
  else if (typeof value === "number") text = Number.isFinite(value) ? String(Math.round(value * 1e6) / 1e6).replace(".", ",") : "";
  else if (typeof value === "boolean") text = value ? "ja" : "nej";
  // Text someone typed must not run as a formula: a leading apostrophe keeps it text.
  else text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as a CSV document: BOM, a header line, one line per row, each line ended by CRLF. */
export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const line = (cells: string[]) => cells.join(CSV_SEPARATOR) + CSV_NEWLINE;
  let out = CSV_BOM + line(columns.map((c) => csvCell(c.header)));
  for (const row of rows) out += line(columns.map((c) => csvCell(c.value(row))));
  return out;
}
