import { IMPORT_FIELDS, type ImportField } from "../../../domain/import";

export { IMPORT_FIELDS, type ImportField };

export type ImportRowStatus = "READY" | "DUPLICATE" | "REFUSED";

/** One row of the preview; a refused row carries its cells, to be written back to a file. */
export interface ImportPreviewRow {
  row: number;
  status: ImportRowStatus;
  column: string | null;
  message: string | null;
  values?: string[];
}

/** The API's preview of a file: nothing is written. */
export interface ImportPreview {
  fileHash: string;
  format: "CSV" | "XLSX";
  encoding: string | null;
  sheet: string | null;
  sheets: string[];
  headers: string[];
  /** Per header, the field it is read as (null: not recognised). */
  fields: Array<ImportField | null>;
  counts: Record<ImportRowStatus, number>;
  /** Up to a thousand rows of each outcome, in file order. */
  rows: ImportPreviewRow[];
}

/** What an import wrote. */
export interface ImportResult {
  batchId: number | null;
  inserted: number;
  duplicates: number;
  refused: number;
}

/** A refusal of the import endpoint, in the shape of a GraphQL error. */
export class ImportRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
    /** For a file refused as a whole: why (`NO_DATE_COLUMN`, `TOO_LARGE`, …). */
    readonly reason: string | null,
    /** For a file that lacks a needed column: its headers, to map by hand. */
    readonly headers: string[] | null,
  ) {
    super(message);
  }
}

/** The choices sent with a file. */
export interface ImportOptions {
  fileName: string;
  sheet: string;
  mapping: Record<string, ImportField>;
  skipInvalid?: boolean;
}

/**
 * Sends the file as it is to `POST /import/activities` (not through GraphQL: a file of megabytes
 * as a raw body), with the session cookie and the header the endpoint asks for.
 */
async function post<T>(file: Blob, mode: "preview" | "import", options: ImportOptions): Promise<T> {
  const query = new URLSearchParams({ mode, name: options.fileName });
  if (options.sheet.trim()) query.set("sheet", options.sheet.trim());
  if (Object.keys(options.mapping).length) query.set("mapping", JSON.stringify(options.mapping));
  if (options.skipInvalid) query.set("skipInvalid", "1");
  let res: Response;
  try {
    res = await fetch(`/import/activities?${query}`, { method: "POST", credentials: "same-origin", headers: { "content-type": "application/octet-stream", "x-lk-import": "1" }, body: file });
  } catch {
    throw new ImportRequestError("", "NETWORK", null, null);
  }
  const body = (await res.json().catch(() => null)) as { data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } | null;
  const first = body?.errors?.[0];
  if (!res.ok || !body?.data || first) {
    const ext = first?.extensions ?? {};
    const headers = Array.isArray(ext.headers) ? (ext.headers as string[]) : null;
    throw new ImportRequestError(
      first?.message ?? "",
      typeof ext.code === "string" ? ext.code : res.status === 503 ? "SERVICE_UNAVAILABLE" : null,
      typeof ext.reason === "string" ? ext.reason : null,
      headers,
    );
  }
  return body.data;
}

/** The preview of a file. */
export async function previewImport(file: Blob, options: ImportOptions): Promise<ImportPreview> {
  return (await post<{ preview: ImportPreview }>(file, "preview", options)).preview;
}

/** Imports a file: all or nothing, or with `skipInvalid` the ready rows. */
export async function runImport(file: Blob, options: ImportOptions): Promise<ImportResult> {
  return (await post<{ result: ImportResult }>(file, "import", options)).result;
}
