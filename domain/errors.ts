/** The stable error codes clients may rely on in `extensions.code`. */
export const ErrorCode = {
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  RATE_LIMITED: "RATE_LIMITED",
  /** A device's record id already stored with a different record: the device must make a new id. */
  CLIENT_ID_MISMATCH: "CLIENT_ID_MISMATCH",
  /** A device's record id already stored by another user. */
  CLIENT_ID_TAKEN: "CLIENT_ID_TAKEN",
  /** The database does not answer (HTTP 503): try again shortly. */
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  /** The HTTP request is not a GraphQL request: malformed JSON, a body that is not an object. */
  BAD_REQUEST: "BAD_REQUEST",
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  /** A charset or content-encoding the API does not read. */
  UNSUPPORTED_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  /** The operation limits (api/app/security.ts); `extensions.limit` says what the limit is. */
  QUERY_TOO_DEEP: "QUERY_TOO_DEEP",
  TOO_MANY_ALIASES: "TOO_MANY_ALIASES",
  OPERATION_TOO_COSTLY: "OPERATION_TOO_COSTLY",
  TOO_MANY_DIRECTIVES: "TOO_MANY_DIRECTIVES",
  TOO_MANY_TOKENS: "TOO_MANY_TOKENS",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * The codes a person can meet in the web app, each with a message of its own there; the rest
 * (malformed requests, operation limits) only a hand-written request can cause.
 */
export const USER_ERROR_CODES: readonly ErrorCode[] = [
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.CONFLICT,
  ErrorCode.RATE_LIMITED,
  ErrorCode.SERVICE_UNAVAILABLE,
  ErrorCode.INTERNAL_SERVER_ERROR,
];
