import type { QueuedRecord } from "./queue-rules";

/**
 * The field records on the device, in IndexedDB (it outlives a reload, a closed browser and a
 * restarted phone, where memory and sessionStorage do not). One object store keyed by the
 * device's id, with an index by user, so each user reads only their own.
 */
const DB_NAME = "lofteskartan-field";
const STORE = "records";
const BY_USER = "byUser";

let opening: Promise<IDBDatabase> | null = null;

/** The database, opened (and created) once per page. */
function database(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore(STORE, { keyPath: "clientId" });
      store.createIndex(BY_USER, "userId");
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB could not be opened"));
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

/** Runs `work` in one transaction and resolves once it has been written (or rejects when it fails). */
async function inTransaction<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  const db = await database();
  return new Promise<T | undefined>((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const request = work(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(request ? request.result : undefined);
    tx.onerror = () => reject(tx.error ?? new Error("IndexedDB transaction failed"));
    tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
  });
}

// Every change is told to this page's listeners and, through the channel, to the other tabs.
const listeners = new Set<() => void>();
const channel = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(DB_NAME);
if (channel) channel.onmessage = () => listeners.forEach((listener) => listener());

function changed(): void {
  listeners.forEach((listener) => listener());
  channel?.postMessage("changed");
}

/** Calls `listener` whenever the stored records change (here or in another tab); returns the unsubscribe. */
export function onRecordsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The user's records, oldest first. */
export async function listRecords(userId: string): Promise<QueuedRecord[]> {
  const rows = (await inTransaction<QueuedRecord[]>("readonly", (store) => store.index(BY_USER).getAll(userId))) ?? [];
  return rows.sort((a, b) => a.createdAt - b.createdAt);
}

/** One record by its id, or null. */
export async function getRecord(clientId: string): Promise<QueuedRecord | null> {
  return ((await inTransaction<QueuedRecord | undefined>("readonly", (store) => store.get(clientId))) as QueuedRecord | undefined) ?? null;
}

/** Stores a record (new, or its new state). */
export async function putRecord(record: QueuedRecord): Promise<void> {
  await inTransaction("readwrite", (store) => void store.put(record));
  changed();
}

/** Stores the corrected record in the place of the refused one, in one transaction. */
export async function replaceRecord(oldClientId: string, record: QueuedRecord): Promise<void> {
  await inTransaction("readwrite", (store) => {
    store.delete(oldClientId);
    store.put(record);
  });
  changed();
}

/** Forgets a record (sent, or discarded by its user). */
export async function deleteRecord(clientId: string): Promise<void> {
  await inTransaction("readwrite", (store) => void store.delete(clientId));
  changed();
}
