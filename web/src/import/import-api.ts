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
  /** Every refused row (with its cells), and up to a thousand of the ready and of the duplicate rows, in file order. */
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

/** How far the API has come with a file: rows of a step done, of how many (null while the file is still being read). */
export interface ImportProgress {
  phase: "read" | "check" | "write";
  done: number;
  total: number | null;
}

type Answer<T> = { data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } | null;

/** The refusal in an answer (or its status), as an ImportRequestError. */
function refusal(body: Answer<unknown>, status: number): ImportRequestError {
  const first = body?.errors?.[0];
  const ext = first?.extensions ?? {};
  const headers = Array.isArray(ext.headers) ? (ext.headers as string[]) : null;
  return new ImportRequestError(
    first?.message ?? "",
    typeof ext.code === "string" ? ext.code : status === 503 ? "SERVICE_UNAVAILABLE" : null,
    typeof ext.reason === "string" ? ext.reason : null,
    headers,
  );
}

/** Reads an NDJSON answer line by line: progress lines to `onProgress`, the last line (data or errors) returned. */
async function readLines<T>(res: Response, onProgress: (progress: ImportProgress) => void): Promise<Answer<T>> {
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  let last: Answer<T> = null;
  const take = (line: string) => {
    if (!line.trim()) return;
    const parsed = JSON.parse(line) as Answer<T> & { progress?: ImportProgress };
    if (parsed?.progress) onProgress(parsed.progress);
    else last = parsed;
  };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffered += value;
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    lines.forEach(take);
  }
  take(buffered);
  return last;
}

/**
 * Sends the file as it is to `POST /import/activities` (not through GraphQL: a file of megabytes
 * as a raw body), with the session cookie and the header the endpoint asks for. The answer is
 * streamed (NDJSON): `onProgress` hears each step as the API reads, checks and writes the rows.
 */
async function post<T>(file: Blob, mode: "preview" | "import", options: ImportOptions, onProgress: (progress: ImportProgress) => void): Promise<T> {
  const query = new URLSearchParams({ mode, name: options.fileName });
  if (options.sheet.trim()) query.set("sheet", options.sheet.trim());
  if (Object.keys(options.mapping).length) query.set("mapping", JSON.stringify(options.mapping));
  if (options.skipInvalid) query.set("skipInvalid", "1");
  let res: Response;
  let body: Answer<T>;
  try {
    res = await fetch(`/import/activities?${query}`, {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/octet-stream", accept: "application/x-ndjson", "x-lk-import": "1" },
      body: file,
    });
    body = res.headers.get("content-type")?.startsWith("application/x-ndjson") ? await readLines<T>(res, onProgress) : ((await res.json().catch(() => null)) as Answer<T>);
  } catch {
    throw new ImportRequestError("", "NETWORK", null, null);
  }
  if (!res.ok || !body?.data || body.errors?.length) throw refusal(body, res.status);
  return body.data;
}

/** The preview of a file. */
export async function previewImport(file: Blob, options: ImportOptions, onProgress: (progress: ImportProgress) => void = () => {}): Promise<ImportPreview> {
  return (await post<{ preview: ImportPreview }>(file, "preview", options, onProgress)).preview;
}

/** Imports a file: all or nothing, or with `skipInvalid` the ready rows. */
export async function runImport(file: Blob, options: ImportOptions, onProgress: (progress: ImportProgress) => void = () => {}): Promise<ImportResult> {
  return (await post<{ result: ImportResult }>(file, "import", options, onProgress)).result;
}
