import { ApolloLink, type InMemoryCache, type NormalizedCacheObject } from "@apollo/client";
import { OperationTypeNode } from "graphql";
import { catchError, from, mergeMap, of, tap, throwError } from "rxjs";
import { SessionQuery } from "../auth/session";
import { forgetSnapshots, loadSnapshot, saveSnapshot, type SnapshotStore } from "./cache-snapshot";

/** How long after the last answer the cache is written to the device. */
const SAVE_DELAY_MS = 1000;

/** True for a request that never reached the server (no network): `fetch` rejects with a TypeError. */
export function isNetworkFailure(error: unknown): boolean {
  return error instanceof TypeError;
}

/**
 * Keeps the signed-in user's Apollo cache on the device and answers queries from it when the
 * network is gone. GraphQL goes by POST, which the service worker's Cache API cannot hold, hence
 * the cache itself, saved whole after answers and read back at a start without network.
 */
export class OfflineCache {
  /** Store operations run one after another, so a forget is never overtaken by an earlier save. */
  private chain: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private restoring: Promise<void> | null = null;

  constructor(
    private readonly cache: InMemoryCache,
    private readonly store: SnapshotStore,
  ) {}

  /** Writes the cache to the device a little after the last answer. */
  scheduleSave(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.enqueue(() => this.save());
    }, SAVE_DELAY_MS);
  }

  /** Resolves once every save and forget asked for so far is done (pending saves included). */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
      this.enqueue(() => this.save());
    }
    await this.chain;
  }

  /** Forgets the device's copy (sign-out, sign-in): the next user sees nothing of this one's data. */
  forget(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.restoring = null;
    this.enqueue(() => forgetSnapshots(this.store));
    return this.chain;
  }

  /**
   * The answer to a query the network could not give, from the cache: at a start without network
   * the device's copy is read in first (only while the cache knows no session yet, so it never
   * replaces newer answers). Null when the cache cannot answer it whole.
   */
  async answer(operation: Pick<ApolloLink.Operation, "query" | "variables">): Promise<Record<string, unknown> | null> {
    this.restoring ??= this.restore();
    await this.restoring;
    try {
      return this.cache.readQuery<Record<string, unknown>>({ query: operation.query, variables: operation.variables });
    } catch {
      // An answer the cache cannot read back is no answer: the network's error stands.
      return null;
    }
  }

  private async restore(): Promise<void> {
    if (this.sessionInCache() !== undefined) return;
    const snapshot = await loadSnapshot(this.store).catch(() => null);
    // Checked again: an answer may have come in while the device was read.
    if (snapshot && this.sessionInCache() === undefined) this.cache.restore(snapshot.data as NormalizedCacheObject);
  }

  /** The session the cache holds: a user, null (signed out), or undefined (not asked yet). */
  private sessionInCache(): { id: string } | null | undefined {
    const data = this.cache.readQuery({ query: SessionQuery });
    return data ? data.me : undefined;
  }

  private async save(): Promise<void> {
    const me = this.sessionInCache();
    // The server said there is no session: what was kept for one must not open offline.
    if (me === null) return forgetSnapshots(this.store);
    if (me) await saveSnapshot(this.store, me.id, this.cache.extract());
  }

  private enqueue(step: () => Promise<void>): void {
    // A device without storage (a private window) works as before, online only.
    this.chain = this.chain.then(step).catch(() => undefined);
  }
}

/**
 * The link that saves the cache after answers and, when a query cannot reach the server, answers
 * it from the cache (mutations never: they fail as before).
 */
export function offlineLink(offline: OfflineCache): ApolloLink {
  return new ApolloLink((operation, forward) =>
    forward(operation).pipe(
      tap(() => offline.scheduleSave()),
      catchError((error: unknown) => {
        if (operation.operationType !== OperationTypeNode.QUERY || !isNetworkFailure(error)) return throwError(() => error);
        return from(offline.answer(operation)).pipe(mergeMap((data) => (data ? of({ data }) : throwError(() => error))));
      }),
    ),
  );
}
