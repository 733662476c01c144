import { Readable } from "node:stream";
import { parse as parseCsv } from "csv-parse";
import ExcelJS from "exceljs";
import { fileError, ImportFileProblem } from "./import.errors";
import { IMPORT_LIMITS } from "./import.limits";
import { PROGRESS_ROWS, yieldToEventLoop } from "./import-progress";
import { assertSafeZip } from "./zip-guard";

/** A cell as read: text (CSV, or text in a sheet), a number or a date (xlsx), or empty. */
export type Cell = string | number | Date | null;

/** A file read into a table: its header and its data rows, each with the row number a person sees. */
export interface ImportTable {
  format: "CSV" | "XLSX";
  /** CSV: the text encoding found (UTF-8 or Windows-1252). */
  encoding: string | null;
  /** CSV: the field separator found. */
  delimiter: string | null;
  /** xlsx: the sheet read, and every sheet of the workbook. */
  sheet: string | null;
  sheets: string[];
  headers: string[];
  rows: Cell[][];
  /** Per data row, its number in the file (the header is row 1, as Excel counts). */
  rowNumbers: number[];
}

const ZIP_MAGIC = 0x04034b50;
const OLE_MAGIC = "d0cf11e0a1b11ae1";

/** What sort of file the bytes are, by their first bytes (not by the name, which anyone can change). */
function sniff(buf: Buffer): "XLSX" | "CSV" {
  if (buf.length >= 4 && buf.readUInt32LE(0) === ZIP_MAGIC) return "XLSX";
  if (buf.subarray(0, 8).toString("hex") === OLE_MAGIC) {
    throw fileError(ImportFileProblem.OLD_EXCEL, "Filen är i Excels gamla format (.xls). Spara den som Excel-arbetsbok (.xlsx) eller som CSV och försök igen.");
  }
  // Text has no NUL bytes and few control characters; a PDF, an image or a program has many.
  const head = buf.subarray(0, 8192);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return notTabular();
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  if (control > head.length / 100) return notTabular();
  return "CSV";
}

function notTabular(): never {
  throw fileError(ImportFileProblem.NOT_TABULAR, "Filen är varken CSV eller en Excel-arbetsbok (.xlsx). Spara listan som CSV eller .xlsx och försök igen.");
}

/** UTF-8 when the bytes are valid UTF-8 (with or without a byte order mark); Windows-1252 otherwise, as older Swedish Excel writes. */
function detectEncoding(buf: Buffer): { encoding: "utf-8" | "windows-1252"; skip: number } {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { encoding: "utf-8", skip: 3 };
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(buf);
    return { encoding: "utf-8", skip: 0 };
  } catch {
    return { encoding: "windows-1252", skip: 0 };
  }
}

/** The separator of the header line: the most common of `;`, `,` and tab outside quotes. */
function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [";", 0],
    [",", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ";";
  for (const [ch, n] of counts) if (n > counts.get(best)!) best = ch;
  return best;
}

/** The decoded text of `buf`, as a stream of chunks (decoded as it goes, not all at once). */
function decodedStream(buf: Buffer, encoding: string, skip: number): Readable {
  const decoder = new TextDecoder(encoding);
  const size = 64 * 1024;
  let at = skip;
  return new Readable({
    read() {
      if (at >= buf.length) {
        const rest = decoder.decode();
        if (rest) this.push(rest);
        this.push(null);
        return;
      }
      const end = Math.min(buf.length, at + size);
      this.push(decoder.decode(buf.subarray(at, end), { stream: true }));
      at = end;
    },
  });
}

/** True when a row holds nothing but empty cells. */
const blank = (row: Cell[]) => row.every((c) => c === null || (typeof c === "string" && c.trim() === ""));

function tooManyRows(): never {
  throw fileError(ImportFileProblem.TOO_MANY_ROWS, `Filen har fler än ${IMPORT_LIMITS.maxRows.toLocaleString("sv-SE")} rader. Dela upp den i mindre filer.`);
}

/** Adds one row to the table, with the limits on columns and cell sizes. */
function push(table: ImportTable, cells: Cell[], rowNumber: number): void {
  if (cells.length > IMPORT_LIMITS.maxColumns) cells = cells.slice(0, IMPORT_LIMITS.maxColumns);
  cells = cells.map((c) => (typeof c === "string" && c.length > IMPORT_LIMITS.maxCellChars ? c.slice(0, IMPORT_LIMITS.maxCellChars) : c));
  if (table.headers.length === 0) {
    if (blank(cells)) return;
    table.headers = cells.map((c) => (c === null ? "" : c instanceof Date ? c.toISOString() : String(c)).trim());
    return;
  }
  if (blank(cells)) return;
  if (table.rows.length >= IMPORT_LIMITS.maxRows) tooManyRows();
  table.rows.push(cells);
  table.rowNumbers.push(rowNumber);
}

/** Called with the count of data rows read so far, every `PROGRESS_ROWS` rows. */
type RowsRead = (rows: number) => void;

/** Reports the rows read when another `PROGRESS_ROWS` are in, and then lets the event loop run (so the report goes out). */
async function reportRows(table: ImportTable, before: number, onRows: RowsRead | undefined): Promise<void> {
  if (!onRows || table.rows.length === before || table.rows.length % PROGRESS_ROWS !== 0) return;
  onRows(table.rows.length);
  await yieldToEventLoop();
}

async function readCsv(buf: Buffer, onRows?: RowsRead): Promise<ImportTable> {
  const { encoding, skip } = detectEncoding(buf);
  const head = new TextDecoder(encoding).decode(buf.subarray(skip, skip + 64 * 1024));
  const delimiter = detectDelimiter(head);
  const table: ImportTable = { format: "CSV", encoding: encoding === "utf-8" ? "UTF-8" : "Windows-1252", delimiter, sheet: null, sheets: [], headers: [], rows: [], rowNumbers: [] };
  const parser = decodedStream(buf, encoding, skip).pipe(
    parseCsv({ delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, max_record_size: IMPORT_LIMITS.maxCellChars * 4 }),
  );
  let n = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      n++;
      const before = table.rows.length;
      push(table, record, n);
      await reportRows(table, before, onRows);
    }
  } catch (error) {
    if ((error as { extensions?: unknown }).extensions) throw error;
    throw fileError(ImportFileProblem.BROKEN, `CSV-filen kan inte läsas efter rad ${n}: ${(error as Error).message}`);
  }
  return table;
}

/** An xlsx cell's value as a plain cell: rich text as its text, a formula as its result. */
function xlsxCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number") return value;
  if (value instanceof Date) return value;
  if (typeof value === "boolean") return value ? "ja" : "nej";
  if (typeof value === "object") {
    const v = value as { richText?: Array<{ text: string }>; result?: unknown; text?: unknown; error?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join("");
    if ("result" in v) return xlsxCell(v.result);
    if (typeof v.text === "string") return v.text;
    if (v.error) return null;
  }
  return String(value);
}

async function readXlsx(buf: Buffer, wanted: string | null, onRows?: RowsRead): Promise<ImportTable> {
  assertSafeZip(buf);
  const table: ImportTable = { format: "XLSX", encoding: null, delimiter: null, sheet: null, sheets: [], headers: [], rows: [], rowNumbers: [] };
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buf]), { worksheets: "emit", sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", entries: "ignore" });
  const want = wanted?.trim().toLocaleLowerCase("sv-SE") ?? null;
  try {
    for await (const sheet of reader) {
      const name = (sheet as unknown as { name: string }).name;
      table.sheets.push(name);
      const first = (reader as unknown as { model?: { sheets?: Array<{ name: string }> } }).model?.sheets?.[0]?.name;
      const take = table.sheet === null && (want !== null ? name.toLocaleLowerCase("sv-SE") === want : first === undefined || first === name);
      for await (const row of sheet) {
        if (!take) continue;
        const values = row.values as unknown[];
        const cells: Cell[] = [];
        for (let c = 1; c < values.length; c++) cells.push(xlsxCell(values[c]));
        const before = table.rows.length;
        push(table, cells, row.number);
        await reportRows(table, before, onRows);
      }
      if (take) table.sheet = name;
    }
  } catch (error) {
    if ((error as { extensions?: unknown }).extensions) throw error;
    throw fileError(ImportFileProblem.BROKEN, "Excel-filen är skadad och kan inte läsas. Spara den på nytt i Excel, eller som CSV.");
  }
  if (table.sheet === null) {
    if (want !== null) {
      throw fileError(ImportFileProblem.NO_SUCH_SHEET, `Arbetsboken har inget blad som heter ”${wanted}”. Bladen är: ${table.sheets.map((s) => `”${s}”`).join(", ")}.`, { sheets: table.sheets });
    }
    throw fileError(ImportFileProblem.EMPTY, "Arbetsboken har inga blad med data.");
  }
  return table;
}

/**
 * Reads an uploaded file into a table: CSV (`;`, `,` or tab; UTF-8 with or without BOM, or
 * Windows-1252) or xlsx (the first sheet, or `sheet`). Refuses empty, oversized, non-tabular and
 * bomb-like files with one clear message. `onRows` hears how many rows are read, as they are.
 */
export async function readImportFile(buf: Buffer, sheet: string | null = null, onRows?: RowsRead): Promise<ImportTable> {
  if (buf.length > IMPORT_LIMITS.maxFileBytes) {
    throw fileError(ImportFileProblem.TOO_LARGE, `Filen är för stor: högst ${IMPORT_LIMITS.maxFileBytes / 1024 / 1024} MB. Dela upp den i mindre filer.`);
  }
  if (buf.length === 0) throw fileError(ImportFileProblem.EMPTY, "Filen är tom.");
  const table = sniff(buf) === "XLSX" ? await readXlsx(buf, sheet, onRows) : await readCsv(buf, onRows);
  if (table.headers.length === 0 || table.rows.length === 0) {
    throw fileError(ImportFileProblem.EMPTY, table.headers.length === 0 ? "Filen är tom." : "Filen har en rubrikrad men inga rader med aktiviteter.");
  }
  return table;
}
