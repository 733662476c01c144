import express, { type Router } from "express";
import { SESSION_COOKIE, readCookie } from "../auth/session-cookie";
import type { Services } from "../app/container";
import { AppError, ErrorCode, errors } from "../common/errors";
import type { ImportField } from "./import-columns";
import type { Cell } from "./import-file";
import { ImportPreviewService, ImportRowStatus } from "./import-preview.service";
import { IMPORT_LIMITS } from "./import.limits";
import { mayImport } from "../../domain/import";

/** A cell as a person would write it again: dates of a sheet as `2024-03-14 09:00` (their clock time is UTC). */
function cellAsWritten(cell: Cell): string {
  if (!(cell instanceof Date)) return cell === null ? "" : String(cell);
  if (Number.isNaN(cell.getTime())) return "";
  const iso = cell.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** Rows of each outcome the preview answer lists (the counts are always whole). */
const LISTED_ROWS = 1_000;

const STATUS: Partial<Record<string, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, PAYLOAD_TOO_LARGE: 413, NOT_FOUND: 404, CONFLICT: 409 };

/**
 * `POST /import/activities?mode=preview|import&name=FILE&sheet=NAME&skipInvalid=1&mapping=JSON`,
 * the file as the raw body. A raw body beside /graphql rather than base64 in a mutation: the file
 * goes as it is (no third more for base64, no 30 MB JSON to parse) and /graphql keeps its 1 MB limit.
 * Same session cookie as /graphql; the header `x-lk-import: 1` is required, so a form on another
 * site cannot post here (a custom header needs a CORS preflight, which this API never grants).
 * Answers JSON; errors in the shape of GraphQL errors, with `extensions.code`.
 */
export function importRouter(services: Services, logError: (error: unknown) => void): Router {
  const router = express.Router();
  const previews = new ImportPreviewService(services.dataSource);
  const writes = services.importWrites;
  router.post("/activities", express.raw({ type: () => true, limit: IMPORT_LIMITS.maxFileBytes }), async (req, res) => {
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
      const preview = await previews.preview(session.user, body, { sheet: q.sheet || null, mapping });
      if (q.mode === "import") {
        const result = await writes.import(session.user, preview, q.name || "fil", { skipInvalid: q.skipInvalid === "1" });
        res.json({ data: { result } });
        return;
      }
      // Refused rows carry their cells, so the web can hand them back as a file to fix and import again.
      const indexed = preview.rows.map((r, i) => ({ r, i }));
      const listed = (s: ImportRowStatus) =>
        indexed
          .filter(({ r }) => r.status === s)
          .slice(0, LISTED_ROWS)
          .map(({ r: { check: _c, ...r }, i }) => (s === ImportRowStatus.REFUSED ? { ...r, values: preview.table.rows[i].map(cellAsWritten) } : r));
      res.json({
        data: {
          preview: {
            fileHash: preview.fileHash,
            format: preview.table.format,
            encoding: preview.table.encoding,
            sheet: preview.table.sheet,
            sheets: preview.table.sheets,
            headers: preview.table.headers,
            fields: preview.fields,
            counts: preview.counts,
            rows: [...listed(ImportRowStatus.REFUSED), ...listed(ImportRowStatus.DUPLICATE), ...listed(ImportRowStatus.READY)].sort((a, b) => a.row - b.row),
          },
        },
      });
    } catch (error) {
      if (error instanceof AppError) {
        const code = String(error.extensions.code);
        res.status(STATUS[code] ?? 400).json({ errors: [{ message: error.message, extensions: error.extensions }] });
        return;
      }
      logError(error);
      res.status(500).json({ errors: [{ message: "Ett oväntat fel inträffade. Försök igen eller kontakta administratören.", extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
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
