import { CombinedGraphQLErrors, ServerError, type ErrorLike } from "@apollo/client";
import { ErrorCode } from "../../../domain/errors";
import type { ActivityInput, ActivityKind } from "../gql/graphql";
import type { ActivityFormValues } from "../editing/form-values";
import type { FieldErrors } from "../editing/write-errors";

/** Why the server would not store a record: its code, its own (Swedish) message, the fields it blamed. */
export interface Refusal {
  code: string;
  message: string;
  fields: FieldErrors;
}

/** A record made on the device, waiting to reach the server (or refused by it, to correct or discard). */
export interface QueuedRecord {
  /** The id made on the device; the server stores a record once under it. */
  clientId: string;
  /** The user who made it: nobody else sees or sends it. */
  userId: string;
  /** When it was made (ms since the epoch): the queue is sent in this order. */
  createdAt: number;
  /** What is sent, as the form made it (with `clientId`). */
  input: ActivityInput & { clientId: string };
  /** The form's values, to open the record in the form again. */
  values: ActivityFormValues;
  /** Where it is drawn while it waits, and the place's name for the list. */
  where: { lat: number; lng: number; placeName: string | null };
  kind: ActivityKind;
  /** Tries so far that did not reach the server. */
  attempts: number;
  refusal: Refusal | null;
}

/** The first wait after a failed send, and the longest. */
export const RETRY_FIRST_MS = 5_000;
export const RETRY_MAX_MS = 5 * 60_000;
/** How often the queue is tried anyway while records wait (a phone that missed the `online` event). */
export const RETRY_PERIOD_MS = 60_000;

/**
 * The wait before the next try after `failures` failed passes in a row: doubling from the first
 * wait up to the longest, with up to a fifth taken off at random so that many phones coming back
 * on the network at once do not all call again at the same instant.
 */
export function retryDelay(failures: number, random: () => number = Math.random): number {
  const base = Math.min(RETRY_FIRST_MS * 2 ** Math.max(0, failures - 1), RETRY_MAX_MS);
  return Math.round(base * (1 - 0.2 * random()));
}

/** What a failed send means for the record. */
export type SendFailure = { kind: "retry" } | { kind: "signedOut" } | { kind: "refused"; refusal: Refusal };

/** Codes of a passing trouble on the server's side: the same record is sent again later. */
const PASSING: ReadonlySet<string> = new Set([ErrorCode.SERVICE_UNAVAILABLE, ErrorCode.INTERNAL_SERVER_ERROR, ErrorCode.RATE_LIMITED, ErrorCode.CONFLICT]);

/**
 * Reads a failed send: no answer, a 5xx or a passing code is tried again; an ended session waits
 * for the same user to sign in; any other GraphQL error (a rule, a role, another record under the
 * same id) is a refusal that stays on the device, marked.
 */
export function classifySendError(error: ErrorLike): SendFailure {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = typeof first?.extensions?.code === "string" ? first.extensions.code : ErrorCode.INTERNAL_SERVER_ERROR;
    if (code === ErrorCode.UNAUTHENTICATED) return { kind: "signedOut" };
    if (PASSING.has(code)) return { kind: "retry" };
    const fields: FieldErrors = {};
    for (const e of error.errors) {
      const field = e.extensions?.field;
      if (typeof field === "string") fields[field] ??= e.message;
    }
    return { kind: "refused", refusal: { code, message: first?.message ?? "", fields } };
  }
  // An answer without a GraphQL body: a proxy's 5xx, a timeout or a throttle passes; another 4xx will not.
  if (ServerError.is(error) && error.statusCode < 500 && error.statusCode !== 408 && error.statusCode !== 429) {
    return { kind: "refused", refusal: { code: `HTTP_${error.statusCode}`, message: "", fields: {} } };
  }
  return { kind: "retry" };
}

/** The records that are sent, oldest first: the refused ones wait for the user. */
export function sendOrder(records: readonly QueuedRecord[]): QueuedRecord[] {
  return records.filter((r) => r.refusal === null).sort((a, b) => a.createdAt - b.createdAt || a.clientId.localeCompare(b.clientId));
}

/** How long a record has waited, as the list says it: "nyss", "12 min", "3 tim", "2 dygn". */
export function waitedFor(createdAt: number, now: number): { unit: "now" | "min" | "hour" | "day"; count: number } {
  const minutes = Math.floor(Math.max(0, now - createdAt) / 60_000);
  if (minutes < 1) return { unit: "now", count: 0 };
  if (minutes < 60) return { unit: "min", count: minutes };
  if (minutes < 24 * 60) return { unit: "hour", count: Math.floor(minutes / 60) };
  return { unit: "day", count: Math.floor(minutes / (24 * 60)) };
}

/** What one pass over the queue needs of the device's store and of the server. */
export interface PassDeps {
  list(): Promise<QueuedRecord[]>;
  get(clientId: string): Promise<QueuedRecord | null>;
  put(record: QueuedRecord): Promise<void>;
  remove(clientId: string): Promise<void>;
  send(input: QueuedRecord["input"]): Promise<unknown>;
  /** True once the pass should stop (the page left, the user changed). */
  stopped(): boolean;
}

/** How a pass ended: everything sent or refused, stopped at a record to try again later, or at an ended session. */
export interface PassResult {
  sent: number;
  refused: number;
  end: "done" | "retry" | "signedOut" | "stopped";
}

/**
 * One pass over the user's queue, oldest first. A record that gets through is forgotten; a refused
 * one is marked and the pass goes on; at the first that does not get through (no network, the
 * server briefly away, the session ended) the pass stops, so a later record never overtakes it.
 */
export async function sendPass(deps: PassDeps): Promise<PassResult> {
  const result: PassResult = { sent: 0, refused: 0, end: "done" };
  for (const record of sendOrder(await deps.list())) {
    if (deps.stopped()) return { ...result, end: "stopped" };
    // Another tab may have sent or changed it since the list was read.
    const current = await deps.get(record.clientId);
    if (!current || current.refusal) continue;
    try {
      await deps.send(current.input);
    } catch (error) {
      const failure = classifySendError(error as ErrorLike);
      if (failure.kind === "refused") {
        await deps.put({ ...current, refusal: failure.refusal });
        result.refused++;
        continue;
      }
      if (failure.kind === "retry") await deps.put({ ...current, attempts: current.attempts + 1 });
      return { ...result, end: failure.kind };
    }
    await deps.remove(current.clientId);
    result.sent++;
  }
  return result;
}
