import express, { type Router } from "express";
import { SESSION_COOKIE, readCookie } from "../auth/session-cookie";
import type { Services } from "../app/container";
import { AppError, ErrorCode, errors } from "../common/errors";
import type { ImportField } from "./import-columns";
import type { Cell } from "./import-file";
import { ImportPreviewService, ImportRowStatus, type ImportPreview, type PreviewRow } from "./import-preview.service";
import type { ImportProgressListener } from "./import-progress";
import { IMPORT_LIMITS } from "./import.limits";
import { mayImport } from "../../domain/import";

/** A cell as a person would write it again: dates of a sheet as `2024-03-14 09:00` (their clock time is UTC). */
function cellAsWritten(cell: Cell): string {
  if (!(cell instanceof Date)) return cell === null ? "" : String(cell);
  if (Number.isNaN(cell.getTime())) return "";
  const iso = cell.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/**
 * Ready and duplicate rows the preview answer lists (the counts are always whole): they are only
 * shown. The refused rows are all listed, with their cells: they are the ones to download and fix.
 */
const LISTED_ROWS = 1_000;

/** The media type of a streamed answer: one JSON object a line. */
const NDJSON = "application/x-ndjson";

/** The preview as the endpoint answers it: every refused row with its cells, up to LISTED_ROWS of the others. */
function previewAnswer(preview: ImportPreview) {
  const listed: Array<Omit<PreviewRow, "check"> & { values?: string[] }> = [];
  const shown = { READY: 0, DUPLICATE: 0, REFUSED: 0 };
  preview.rows.forEach(({ check: _check, ...r }, i) => {
    if (r.status === ImportRowStatus.REFUSED) listed.push({ ...r, values: preview.table.rows[i].map(cellAsWritten) });
    else if (shown[r.status]++ < LISTED_ROWS) listed.push(r);
  });
  return {
    fileHash: preview.fileHash,
    format: preview.table.format,
    encoding: preview.table.encoding,
    sheet: preview.table.sheet,
    sheets: preview.table.sheets,
    headers: preview.table.headers,
    fields: preview.fields,
    counts: preview.counts,
    rows: listed,
  };
}

const STATUS: Partial<Record<string, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, PAYLOAD_TOO_LARGE: 413, NOT_FOUND: 404, CONFLICT: 409 };

/**
 * `POST /import/activities?mode=preview|import&name=FILE&sheet=NAME&skipInvalid=1&mapping=JSON`,
 * the file as the raw body. A raw body beside /graphql rather than base64 in a mutation: the file
 * goes as it is (no third more for base64, no 30 MB JSON to parse) and /graphql keeps its 1 MB limit.
 * Same session cookie as /graphql; the header `x-lk-import: 1` is required, so a form on another
 * site cannot post here (a custom header needs a CORS preflight, which this API never grants).
 * Answers JSON, or NDJSON with progress lines when asked (`Accept: application/x-ndjson`); errors
 * in the shape of GraphQL errors, with `extensions.code`.
 */
export function importRouter(services: Services, logError: (error: unknown) => void): Router {
  const router = express.Router();
  const previews = new ImportPreviewService(services.dataSource);
  const writes = services.importWrites;
  router.post("/activities", express.raw({ type: () => true, limit: IMPORT_LIMITS.maxFileBytes }), async (req, res) => {
    // Asked for as NDJSON, the answer streams: progress lines as the file is read, checked and
    // written, then one line with the data or the errors (the status is 200 by then).
    const streamed = req.accepts(["application/json", NDJSON]) === NDJSON;
    const fail = (error: unknown) => {
      const known = error instanceof AppError;
      if (!known) logError(error);
      const body = known
        ? { errors: [{ message: error.message, extensions: error.extensions }] }
        : { errors: [{ message: "Ett oväntat fel inträffade. Försök igen eller kontakta administratören.", extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] };
      if (res.headersSent) res.end(`${JSON.stringify(body)}\n`);
      else res.status(known ? (STATUS[String(error.extensions.code)] ?? 400) : 500).json(body);
    };
    try {
      if (req.get("x-lk-import") !== "1") throw errors.badInput("x-lk-import", "Förfrågan saknar rubriken x-lk-import.");
      const session = await services.auth.resolveSession(readCookie(req, SESSION_COOKIE));
      if (!session) throw errors.unauthenticated();
      if (!mayImport(session.user.role)) throw errors.forbidden("Bara polisen, kommunen och administratörer kan importera aktiviteter.");
      const q = req.query as Record<string, string | undefined>;
      let mapping: Record<string, ImportField | null> = {};
      if (q.mapping) {
        try {
          mapping = JSON.parse(q.mapping);
        } catch {
          throw errors.badInput("mapping", "Kolumnvalen går inte att läsa.");
        }
      }
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      let onProgress: ImportProgressListener | undefined;
      if (streamed) {
        res.status(200).set({ "content-type": `${NDJSON}; charset=utf-8`, "cache-control": "no-store", "x-content-type-options": "nosniff" });
        res.flushHeaders();
        onProgress = (progress) => res.write(`${JSON.stringify({ progress })}\n`);
      }
      const preview = await previews.preview(session.user, body, { sheet: q.sheet || null, mapping, onProgress });
      const data =
        q.mode === "import" ? { result: await writes.import(session.user, preview, q.name || "fil", { skipInvalid: q.skipInvalid === "1", onProgress }) } : { preview: previewAnswer(preview) };
      if (streamed) res.end(`${JSON.stringify({ data })}\n`);
      else res.json({ data });
    } catch (error) {
      fail(error);
    }
  });
  // The body parser's own refusals (too large) as JSON too.
  router.use(((error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = (error as { status?: number }).status ?? 500;
    if (status === 413) {
      res.status(413).json({
        errors: [
          {
            message: `Filen är för stor: högst ${IMPORT_LIMITS.maxFileBytes / 1024 / 1024} MB. Dela upp den i mindre filer.`,
            extensions: { code: ErrorCode.PAYLOAD_TOO_LARGE, field: "file", reason: "TOO_LARGE" },
          },
        ],
      });
      return;
    }
    logError(error);
    res.status(400).json({ errors: [{ message: "Filen kunde inte tas emot.", extensions: { code: ErrorCode.BAD_REQUEST } }] });
  }) as express.ErrorRequestHandler);
  return router;
}
