import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ErrorCode } from "../../domain/errors";

export { ErrorCode };

/** Seconds a client is asked to wait (`Retry-After`) while the database does not answer. */
export const RETRY_AFTER_SECONDS = 5;

/** A domain error: a code, a message a person understands, and optional details (e.g. the field). */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
  }
}

/** Shorthands for the common errors. */
export const errors = {
  unauthenticated: () => new AppError(ErrorCode.UNAUTHENTICATED, "Du måste logga in."),
  unauthenticatedWith: (message: string) => new AppError(ErrorCode.UNAUTHENTICATED, message),
  forbidden: (message = "Du har inte behörighet till detta.") => new AppError(ErrorCode.FORBIDDEN, message),
  badInput: (field: string, message: string) => new AppError(ErrorCode.BAD_USER_INPUT, message, { field }),
  notFound: (what: string) => new AppError(ErrorCode.NOT_FOUND, `${what} finns inte.`),
  conflict: (message: string, details: Record<string, unknown> = {}) => new AppError(ErrorCode.CONFLICT, message, details),
  rateLimited: (message: string, retryAfterSeconds: number, details: Record<string, unknown> = {}) => new AppError(ErrorCode.RATE_LIMITED, message, { retryAfterSeconds, ...details }),
  serviceUnavailable: () =>
    new AppError(ErrorCode.SERVICE_UNAVAILABLE, "Tjänsten är tillfälligt otillgänglig: databasen svarar inte just nu. Försök igen om en stund.", {
      retryAfterSeconds: RETRY_AFTER_SECONDS,
    }),
};

/** PostgreSQL's SQLSTATEs for a server that is going away or not taking connections. */
const UNAVAILABLE_SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300"]);
/** Node's socket errors when the database cannot be reached. */
const UNAVAILABLE_ERRNOS = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"]);

/**
 * True when `error` (or what it wraps: a GraphQL error's original, TypeORM's driver error, an
 * AggregateError's parts) says the database cannot be reached, rather than that a statement failed.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as { code?: unknown; message?: unknown; originalError?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
  const code = typeof e.code === "string" ? e.code : "";
  if (UNAVAILABLE_SQLSTATES.has(code) || code.startsWith("08") || UNAVAILABLE_ERRNOS.has(code)) return true;
  if (typeof e.message === "string" && /^Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/.test(e.message)) return true;
  const inner = [e.originalError, e.driverError, e.cause, ...(Array.isArray(e.errors) ? e.errors : [])];
  return inner.some((x) => x !== error && isDatabaseUnavailable(x, depth + 1));
}

const PASSTHROUGH = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  // Apollo's own request errors (parse, validation, CSRF) keep their codes.
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/**
 * Apollo `formatError`: known codes pass through; anything else is logged with its cause and
 * masked as INTERNAL_SERVER_ERROR so no internals leak to the client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, log: (e: unknown) => void = console.error): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code === "GRAPHQL_PARSE_FAILED") return parseFailure(formatted);
  // Apollo files our own validation rules' errors (the operation limits) under its code: keep ours.
  const own = (error as { originalError?: unknown })?.originalError;
  if (code === "GRAPHQL_VALIDATION_FAILED" && own instanceof AppError) {
    return { message: own.message, locations: formatted.locations, extensions: { ...own.extensions } };
  }
  if (typeof code === "string" && PASSTHROUGH.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  // type-graphql argument validation and GraphQL coercion errors arrive without our code.
  const original = (error as { originalError?: unknown })?.originalError;
  if (original === undefined && formatted.message && /Variable|Argument|Expected|Int cannot|got invalid value/i.test(formatted.message)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  if (isDatabaseUnavailable(error)) {
    log(`database unavailable: ${(error as Error)?.message}`);
    const unavailable = errors.serviceUnavailable();
    return { message: unavailable.message, path: formatted.path, extensions: { ...unavailable.extensions } };
  }
  log(error);
  return {
    message: "Ett oväntat fel inträffade. Försök igen eller kontakta administratören.",
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** The most tokens (names, punctuation, values) one operation may have; graphql-js stops parsing past it. */
function tooManyTokens(limit: number): AppError {
  return new AppError(ErrorCode.TOO_MANY_TOKENS, `Frågan är för lång: högst ${limit.toLocaleString("sv-SE")} token (namn, tecken och värden) tillåts.`, { limit });
}

/**
 * A GraphQL syntax error in Swedish, with where it is; graphql-js's own words follow as the detail
 * (the token limit, which graphql-js also reports as a syntax error, gets its own code).
 */
function parseFailure(formatted: GraphQLFormattedError): GraphQLFormattedError {
  // graphql-js 16 writes "more that N tokens".
  const detail = formatted.message.replace(/^Syntax Error: /, "");
  const tokens = /more tha[nt] (\d+) tokens/.exec(detail);
  if (tokens) {
    const error = tooManyTokens(Number(tokens[1]));
    return { message: error.message, extensions: { ...error.extensions } };
  }
  const at = formatted.locations?.[0];
  const where = at ? ` (rad ${at.line}, kolumn ${at.column})` : "";
  return { message: `Frågan går inte att tolka${where}: ${detail}`, locations: formatted.locations, extensions: { code: "GRAPHQL_PARSE_FAILED" } };
}
