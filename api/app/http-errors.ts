import type { ApolloServerPlugin } from "@apollo/server";
import type { ErrorRequestHandler, RequestHandler, Response } from "express";
import { ErrorCode, RETRY_AFTER_SECONDS } from "../common/errors";
import type { SchemaContext } from "./schema";

/** The most a `/graphql` body may weigh (express.json's limit). */
export const BODY_LIMIT = "1mb";

/** Answers with one GraphQL error as JSON: the shape every client of `/graphql` reads. */
function sendError(res: Response, status: number, code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): void {
  res
    .status(status)
    .type("application/json")
    .send(JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] }));
}

/** An error from Express's body parser (or anything else thrown before Apollo), as it arrives. */
interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
  charset?: string;
}

/**
 * What the body parser refuses, answered in GraphQL JSON with a code (never Express's HTML page
 * with its stack trace, whatever NODE_ENV is). Anything unexpected is logged and masked.
 */
export function graphqlHttpErrors(logError: (error: unknown) => void): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    const e = (error ?? {}) as HttpError;
    const status = e.status ?? e.statusCode ?? 500;
    if (status === 413) return sendError(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, `Förfrågan är för stor: högst ${BODY_LIMIT.replace("mb", " MB")} tillåts.`);
    if (status === 415 && e.type === "charset.unsupported") {
      return sendError(res, 415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, `Teckenkodningen ${e.charset ? `”${e.charset}” ` : ""}stöds inte: skicka JSON i UTF-8.`);
    }
    if (status === 415) return sendError(res, 415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Förfrågans content-encoding stöds inte: skicka den okomprimerad eller som gzip, deflate eller br.");
    if (status >= 400 && status < 500) {
      const message = e.type === "entity.parse.failed" ? "Förfrågan är inte giltig JSON: skicka ett JSON-objekt med query och eventuellt variables." : "Förfrågan kunde inte läsas.";
      return sendError(res, 400, ErrorCode.BAD_REQUEST, message);
    }
    logError(error);
    sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, "Ett oväntat fel inträffade. Försök igen eller kontakta administratören.");
  };
}

/** `/graphql/anything`: a JSON 404 rather than a GraphQL answer or the web app. */
export const graphqlSubpathNotFound: RequestHandler = (req, res, next) => {
  if (req.path === "/") return next();
  sendError(res, 404, ErrorCode.NOT_FOUND, "Här finns inget: GraphQL-API:t svarar på /graphql.");
};

/** Codes of an operation refused before it ran: a syntax error, a validation rule, an operation limit. */
const REQUEST_ERROR_CODES = new Set<string>([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  ErrorCode.QUERY_TOO_DEEP,
  ErrorCode.TOO_MANY_ALIASES,
  ErrorCode.OPERATION_TOO_COSTLY,
  ErrorCode.TOO_MANY_DIRECTIVES,
  ErrorCode.TOO_MANY_TOKENS,
]);

const GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";

/**
 * HTTP statuses from the errors an answer carries:
 * - 503 with `Retry-After` when the database did not answer (SERVICE_UNAVAILABLE);
 * - an operation refused before it ran is 400 for clients that accept
 *   `application/graphql-response+json`, but 200 for those that only take `application/json`, as
 *   the GraphQL-over-HTTP spec asks (Apollo answers 400 to both).
 */
export function errorStatusPlugin(): ApolloServerPlugin<SchemaContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single") return;
          const errors = response.body.singleResult.errors ?? [];
          if (errors.length === 0) return;
          const codes = errors.map((e) => e.extensions?.code);
          if (codes.includes(ErrorCode.SERVICE_UNAVAILABLE)) {
            response.http.status = 503;
            response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
            return;
          }
          const legacyJson = contextValue.req.accepts(["application/json", GRAPHQL_RESPONSE_JSON]) !== GRAPHQL_RESPONSE_JSON;
          if (legacyJson && response.http.status === 400 && !("data" in response.body.singleResult) && codes.every((c) => typeof c === "string" && REQUEST_ERROR_CODES.has(c))) {
            response.http.status = 200;
          }
        },
      };
    },
  };
}
