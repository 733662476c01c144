/**
 * The device's copy of the Apollo cache, so the map and /registrera open without network. It
 * belongs to one user: saved under that user's key, read back only for the user the device last
 * knew as signed in, and every other user's copy is dropped when a user's copy is saved.
 */

/** A small key-value store: IndexedDB in the browser (see `indexedDbStore`). */
export interface SnapshotStore {
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

/** A user's saved cache. */
export interface CacheSnapshot {
  userId: string;
  /** When it was saved (ms since the epoch). */
  savedAt: number;
  /** What `InMemoryCache.extract()` gave. */
  data: Record<string, unknown>;
}

/** The key naming the user the device last knew as signed in. */
const CURRENT_USER = "current-user";
const USER_PREFIX = "user:";

/** Where a user's snapshot is kept. */
export function snapshotKey(userId: string): string {
  return `${USER_PREFIX}${userId}`;
}

/**
 * Folds a newer cache into an older one of the same user: each page load starts with an empty
 * cache, and what the map page asked for must still be there after a visit to /registrera. Entries
 * (and the root query's fields) of the newer win, field by field.
 */
export function mergeCacheData(older: Record<string, unknown>, newer: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...older };
  for (const [id, entry] of Object.entries(newer)) {
    const before = merged[id];
    merged[id] = isRecord(before) && isRecord(entry) ? { ...before, ...entry } : entry;
  }
  return merged;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Saves `userId`'s cache, folded into what was kept for them before; a new user on the device
 * first has every other user's copy removed.
 */
export async function saveSnapshot(store: SnapshotStore, userId: string, data: Record<string, unknown>, now = Date.now()): Promise<void> {
  let older: Record<string, unknown> = {};
  if ((await store.get(CURRENT_USER)) !== userId) {
    for (const key of await store.keys()) if (key.startsWith(USER_PREFIX) && key !== snapshotKey(userId)) await store.delete(key);
    await store.put(CURRENT_USER, userId);
  } else {
    older = (await loadSnapshot(store))?.data ?? {};
  }
  const snapshot: CacheSnapshot = { userId, savedAt: now, data: mergeCacheData(older, data) };
  await store.put(snapshotKey(userId), snapshot);
}

/** The snapshot of the device's current user, or null (none, or a record that is not theirs). */
export async function loadSnapshot(store: SnapshotStore): Promise<CacheSnapshot | null> {
  const userId = await store.get(CURRENT_USER);
  if (typeof userId !== "string") return null;
  const snapshot = (await store.get(snapshotKey(userId))) as CacheSnapshot | undefined;
  if (!snapshot || snapshot.userId !== userId || typeof snapshot.data !== "object" || snapshot.data === null) return null;
  return snapshot;
}

/** Forgets every snapshot and the current user (signing out or in, a session that ended). */
export async function forgetSnapshots(store: SnapshotStore): Promise<void> {
  for (const key of await store.keys()) await store.delete(key);
}

const DB_NAME = "lofteskartan-offline-cache";
const STORE_NAME = "entries";

/** A `SnapshotStore` in IndexedDB (one database, one object store with out-of-line keys). */
export function indexedDbStore(): SnapshotStore {
  const openAt = (version?: number) =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const request = version ? indexedDB.open(DB_NAME, version) : indexedDB.open(DB_NAME);
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(STORE_NAME)) request.result.createObjectStore(STORE_NAME);
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error("IndexedDB is not available"));
    });
  // A database someone else made without the store (it has happened to a test reading it first)
  // is brought up a version, with the store.
  const openWithStore = async () => {
    const db = await openAt();
    if (db.objectStoreNames.contains(STORE_NAME)) return db;
    db.close();
    return openAt(db.version + 1);
  };
  let opening: Promise<IDBDatabase> | null = null;
  const open = () => (opening ??= openWithStore());
  const run = async <T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const db = await open();
    return new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE_NAME, mode);
      const request = act(transaction.objectStore(STORE_NAME));
      // Resolved when the transaction is durable, not merely when the request has run.
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error ?? request.error);
      transaction.onabort = () => reject(transaction.error ?? new Error("IndexedDB transaction aborted"));
    });
  };
  return {
    get: (key) => run("readonly", (store) => store.get(key)),
    put: async (key, value) => void (await run("readwrite", (store) => store.put(value, key))),
    delete: async (key) => void (await run("readwrite", (store) => store.delete(key))),
    keys: async () => (await run("readonly", (store) => store.getAllKeys())).map(String),
  };
}
