import { InMemoryCache } from "@apollo/client";
import { describe, expect, it } from "vitest";
import { SessionQuery } from "../../web/src/auth/session";
import { MapRouteQuery } from "../../web/src/map/map-route-query";
import { forgetSnapshots, loadSnapshot, saveSnapshot, snapshotKey, type SnapshotStore } from "../../web/src/pwa/cache-snapshot";
import { OfflineCache, isNetworkFailure } from "../../web/src/pwa/offline-cache";
import { isTileRequest } from "../../web/src/pwa/tile-cache.mjs";

/** The store's contract over a Map (the browser test runs the same code over IndexedDB). */
function memoryStore(): SnapshotStore & { entries: Map<string, unknown> } {
  const entries = new Map<string, unknown>();
  return {
    entries,
    get: async (key) => structuredClone(entries.get(key)),
    put: async (key, value) => void entries.set(key, structuredClone(value)),
    delete: async (key) => void entries.delete(key),
    keys: async () => [...entries.keys()],
  };
}

const user = (id: string, username: string) => ({ __typename: "User" as const, id, username, displayName: username, role: "POLICE" as const });

/** A cache signed in as `me` that has seen the map page's first query. */
function signedInCache(me: ReturnType<typeof user> | null): InMemoryCache {
  const cache = new InMemoryCache({ typePolicies: { Municipality: { keyFields: ["code"] } } });
  cache.writeQuery({ query: SessionQuery, data: { me } });
  if (me) {
    cache.writeQuery({
      query: MapRouteQuery,
      data: {
        mapConfig: { tileUrl: "/tiles/{z}/{x}/{y}.png", tileAttribution: "OSM" },
        municipality: { code: "2510", name: "Jokkmokk", samiName: "Jåhkåmåhkke", center: { lat: 66.6, lng: 19.8 }, boundary: null },
        places: [],
        promisePeriods: [],
      },
    });
  }
  return cache;
}

describe("the device's copy of the cache, per user", () => {
  it("reads back the saved user's copy; a second user's save removes the first user's", async () => {
    const store = memoryStore();
    await saveSnapshot(store, "1", { a: 1 }, 1000);
    expect(await loadSnapshot(store)).toEqual({ userId: "1", savedAt: 1000, data: { a: 1 } });
    await saveSnapshot(store, "2", { b: 2 }, 2000);
    expect(store.entries.has(snapshotKey("1"))).toBe(false);
    expect(await loadSnapshot(store)).toEqual({ userId: "2", savedAt: 2000, data: { b: 2 } });
  });

  it("folds each save into the user's copy: a later page's answers keep an earlier page's", async () => {
    const store = memoryStore();
    await saveSnapshot(store, "1", { ROOT_QUERY: { me: { __ref: "User:1" }, municipality: { __ref: "M:1" } }, "Place:1": { name: "Porjus", radius: 2 } });
    await saveSnapshot(store, "1", { ROOT_QUERY: { me: { __ref: "User:1" }, places: [{ __ref: "Place:1" }] }, "Place:1": { name: "Porjus", lat: 66.9 } });
    expect((await loadSnapshot(store))?.data).toEqual({
      ROOT_QUERY: { me: { __ref: "User:1" }, municipality: { __ref: "M:1" }, places: [{ __ref: "Place:1" }] },
      "Place:1": { name: "Porjus", radius: 2, lat: 66.9 },
    });
    // Another user's first save starts afresh.
    await saveSnapshot(store, "2", { ROOT_QUERY: { me: { __ref: "User:2" } } });
    expect((await loadSnapshot(store))?.data).toEqual({ ROOT_QUERY: { me: { __ref: "User:2" } } });
  });

  it("never returns a copy kept for someone other than the current user, and forgets everything", async () => {
    const store = memoryStore();
    await saveSnapshot(store, "1", { a: 1 });
    // A record under user 1's key that says it is user 2's is not user 1's.
    await store.put(snapshotKey("1"), { userId: "2", savedAt: 0, data: { b: 2 } });
    expect(await loadSnapshot(store)).toBeNull();
    await forgetSnapshots(store);
    expect(store.entries.size).toBe(0);
    expect(await loadSnapshot(store)).toBeNull();
  });

  it("a start without network answers the session and the map from the copy; after a sign-out nothing", async () => {
    const store = memoryStore();
    const online = new OfflineCache(signedInCache(user("7", "polis")), store);
    online.scheduleSave();
    await online.flush();

    const offline = new OfflineCache(new InMemoryCache({ typePolicies: { Municipality: { keyFields: ["code"] } } }), store);
    expect((await offline.answer({ query: SessionQuery, variables: {} }))?.me).toMatchObject({ id: "7", username: "polis" });
    expect(await offline.answer({ query: MapRouteQuery, variables: {} })).toMatchObject({ municipality: { name: "Jokkmokk" } });

    await offline.forget();
    expect(store.entries.size).toBe(0);
    expect(await new OfflineCache(new InMemoryCache(), store).answer({ query: SessionQuery, variables: {} })).toBeNull();
  });

  it("a session the server says has ended forgets the copy; a cache with a session is never replaced by the copy", async () => {
    const store = memoryStore();
    const first = new OfflineCache(signedInCache(user("7", "polis")), store);
    first.scheduleSave();
    await first.flush();

    // Another user is signed in in this tab: the network fails, the copy of user 7 stays out.
    const other = new OfflineCache(signedInCache(user("8", "kommun")), store);
    expect((await other.answer({ query: SessionQuery, variables: {} }))?.me).toMatchObject({ id: "8" });

    const ended = new OfflineCache(signedInCache(null), store);
    ended.scheduleSave();
    await ended.flush();
    expect(store.entries.size).toBe(0);
  });

  it("knows a failed fetch from an answer", () => {
    expect(isNetworkFailure(new TypeError("Failed to fetch"))).toBe(true);
    expect(isNetworkFailure(new Error("Response not successful"))).toBe(false);
  });
});

describe("map tiles the worker keeps", () => {
  const image = { destination: "image" };
  it("knows a {z}/{x}/{y} tile of any host, and nothing else", () => {
    expect(isTileRequest({ request: image, url: new URL("https://tile.openstreetmap.org/12/2210/1034.png") })).toBe(true);
    expect(isTileRequest({ request: image, url: new URL("https://kartor.example.se/wmts/14/8841/4137@2x.jpg?key=x") })).toBe(true);
    expect(isTileRequest({ request: image, url: new URL("http://127.0.0.1/tiles/5/17/8.png") })).toBe(true);
    expect(isTileRequest({ request: { destination: "" }, url: new URL("https://tile.openstreetmap.org/12/2210/1034.png") })).toBe(false);
    expect(isTileRequest({ request: image, url: new URL("http://127.0.0.1/assets/marker-icon-2x.png") })).toBe(false);
    expect(isTileRequest({ request: image, url: new URL("http://127.0.0.1/icons/icon-192.png") })).toBe(false);
  });
});
