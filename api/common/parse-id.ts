import { errors } from "./errors";

/** A database id as the API carries it: a positive integer that fits PostgreSQL's `integer`. */
const DATABASE_ID = /^\d{1,9}$/;

/** True when `id` has the form of a database id. */
export function isDatabaseId(id: string): boolean {
  return DATABASE_ID.test(id);
}

/** A database id from the API, or NOT_FOUND naming `field` ("Platsen", "Perioden", …). */
export function parseId(id: string, field: string): number {
  if (!DATABASE_ID.test(id)) throw errors.notFound(field);
  return Number(id);
}

/** A key that fits PostgreSQL's `bigint` (18 digits always do), as cursors carry them. */
const BIGINT_ID = /^\d{1,18}$/;

/** True when `id` has the form of a bigint key. */
export function isBigintId(id: string): boolean {
  return BIGINT_ID.test(id);
}
