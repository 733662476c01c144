import { GraphQLError, type GraphQLFormattedError } from "graphql";

/** The stable error codes clients may rely on in `extensions.code`. */
export enum ErrorCode {
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  BAD_USER_INPUT = "BAD_USER_INPUT",
  NOT_FOUND = "NOT_FOUND",
  CONFLICT = "CONFLICT",
  RATE_LIMITED = "RATE_LIMITED",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

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
  rateLimited: (message: string, retryAfterSeconds: number, details: Record<string, unknown> = {}) =>
    new AppError(ErrorCode.RATE_LIMITED, message, { retryAfterSeconds, ...details }),
};

const PASSTHROUGH = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  // Apollo's own request errors (parse, validation, CSRF) keep their codes.
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
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
  if (typeof code === "string" && PASSTHROUGH.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  // type-graphql argument validation and GraphQL coercion errors arrive without our code.
  const original = (error as { originalError?: unknown })?.originalError;
  if (original === undefined && formatted.message && /Variable|Argument|Expected|Int cannot|got invalid value/i.test(formatted.message)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  log(error);
  return {
    message: "Ett oväntat fel inträffade. Försök igen eller kontakta administratören.",
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
