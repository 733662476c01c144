import { CombinedGraphQLErrors, ServerError, ServerParseError, type ErrorLike } from "@apollo/client";
import { USER_ERROR_CODES } from "../../../domain/errors";
import type { MessageKey } from "../i18n/sv";

/** The API's codes that have a message of their own here. */
const API_CODES = new Set<string>(USER_ERROR_CODES);

/** Codes whose API message (Swedish) says more than ours: what was wrong, how long to wait. */
const DETAILED = new Set(["BAD_USER_INPUT", "RATE_LIMITED"]);

/** What the web needs to know about a failed request. */
export interface ApiProblem {
  /** The catalogue key of the message to show. */
  key: MessageKey;
  /** `extensions.code`, when the API sent one. */
  code: string | null;
  /** The input field the API blamed (`extensions.field`), e.g. `filter.years`. */
  field: string | null;
  /** The API's own message (Swedish), shown where it says more (bad input, rate limits). */
  detail: string | null;
}

/** True when the error says the session is missing or has ended. */
export function isUnauthenticated(error: ErrorLike | undefined | null): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === "UNAUTHENTICATED");
}

/** Reads an Apollo error into something the page can show. */
export function describeError(error: ErrorLike): ApiProblem {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = typeof first?.extensions?.code === "string" ? first.extensions.code : null;
    const field = typeof first?.extensions?.field === "string" ? first.extensions.field : null;
    if (code && API_CODES.has(code)) {
      return { key: `error.${code}` as MessageKey, code, field, detail: DETAILED.has(code) ? (first?.message ?? null) : null };
    }
    return { key: "error.unknown", code, field, detail: null };
  }
  // A 503 without a GraphQL body (a proxy in front of the API) means the same as the API's own.
  if (ServerError.is(error) && error.statusCode === 503) {
    return { key: "error.SERVICE_UNAVAILABLE", code: "SERVICE_UNAVAILABLE", field: null, detail: null };
  }
  if (ServerError.is(error) || ServerParseError.is(error) || error instanceof TypeError) {
    return { key: "error.network", code: null, field: null, detail: null };
  }
  return { key: "error.unknown", code: null, field: null, detail: null };
}
