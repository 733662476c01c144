import { errors } from "./errors";
import type { PageInfo } from "./page-info.type";

// Kept apart from the decorated PageInfo, so that services and scripts load no GraphQL metadata.

/** A page of a list: its edges, where it ends, and how many match in all. */
export interface Connection<E extends { cursor: string }> {
  totalCount: number;
  edges: E[];
  pageInfo: PageInfo;
}

/** The page size a list asked for (`first`), or `fallback`; BAD_USER_INPUT on `first` outside 0…`max`. */
export function pageSize(first: number | null | undefined, fallback: number, max: number): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > max) throw errors.badInput("first", `first måste vara ett heltal från 0 till ${max}.`);
  return size;
}

/**
 * The page within `rows`, which were read with `LIMIT size + 1`: the first `size` of them, and
 * whether the extra row says that more follow.
 */
export function pageOf<T>(rows: T[], size: number): { page: T[]; hasNextPage: boolean } {
  return { page: rows.slice(0, size), hasNextPage: rows.length > size };
}

/** The connection of a page, each node made an edge by `edge` (which may compute its cursor lazily). */
export function connection<N, E extends { cursor: string }>(page: N[], hasNextPage: boolean, totalCount: number, edge: (node: N, index: number) => E): Connection<E> {
  const edges = page.map(edge);
  return { totalCount, edges, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}
