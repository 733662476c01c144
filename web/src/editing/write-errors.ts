import { CombinedGraphQLErrors, type ErrorLike } from "@apollo/client";

/** Error messages by the API's field name ("notes", "outcome.peopleReached"). */
export type FieldErrors = Record<string, string>;

/** What a failed write means for the form. */
export type WriteProblem = { kind: "fields"; errors: FieldErrors } | { kind: "conflict"; currentVersion: number | null } | { kind: "other"; error: ErrorLike };

/**
 * Reads a failed write: BAD_USER_INPUT naming a field goes beside that field (the API's Swedish
 * message), CONFLICT offers the current version, anything else is shown as it is.
 */
export function readWriteError(error: ErrorLike): WriteProblem {
  if (CombinedGraphQLErrors.is(error)) {
    const conflict = error.errors.find((e) => e.extensions?.code === "CONFLICT");
    if (conflict) {
      const current = conflict.extensions?.currentVersion;
      return { kind: "conflict", currentVersion: typeof current === "number" ? current : null };
    }
    const fields: FieldErrors = {};
    for (const e of error.errors) {
      const field = e.extensions?.field;
      if (e.extensions?.code === "BAD_USER_INPUT" && typeof field === "string") fields[field] ??= e.message;
    }
    if (Object.keys(fields).length) return { kind: "fields", errors: fields };
  }
  return { kind: "other", error };
}
