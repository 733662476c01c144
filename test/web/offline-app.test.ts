import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS, POLL, browserAvailable, describePagesOnFailure, startPhoneApp, waitForCount, type BrowserApp } from "./browser";

const run = browserAvailable();
/** A tile for every address: one light grey pixel, which Leaflet stretches to the tile. */
const TILE = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGN48vI+AAVhAq1eGR7AAAAAAElFTkSuQmCC", "base64");

/** What the page's worker and its IndexedDB copy of the cache hold. */
async function offlineState(page: Page): Promise<{ controlled: boolean; activities: number; places: boolean; fieldPlaces: boolean; tiles: number }> {
  return page.evaluate(async () => {
    const tiles = (await caches.has("lk-map-tiles")) ? (await (await caches.open("lk-map-tiles")).keys()).length : 0;
    const controlled = navigator.serviceWorker.controller !== null;
    // Not opened before the app made it: opening would make an empty database.
    if (!(await indexedDB.databases()).some((d) => d.name === "lofteskartan-offline-cache")) return { controlled, activities: 0, places: false, fieldPlaces: false, tiles };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open("lofteskartan-offline-cache");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const get = (key: string) =>
      new Promise<unknown>((resolve, reject) => {
        const request = db.transaction("entries").objectStore("entries").get(key);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const user = await get("current-user");
    const snapshot = user ? ((await get(`user:${String(user)}`)) as { data: Record<string, Record<string, unknown>> } | undefined) : undefined;
    const data = snapshot?.data ?? {};
    db.close();
    return {
      controlled,
      activities: Object.keys(data).filter((key) => key.startsWith("Activity:")).length,
      places: Object.keys(data.ROOT_QUERY ?? {}).some((field) => field.startsWith("places")),
      // What /registrera asks of a place beyond the map's: its answer is in the copy too.
      fieldPlaces: Object.entries(data).some(([key, entry]) => key.startsWith("Place:") && "radiusM" in entry),
      tiles,
    };
  });
}

/** The map page drawn: the boundary, place labels and the activities' count. */
async function mapDrawn(page: Page): Promise<number> {
  const count = await waitForCount(page);
  await page.locator("path.municipal-boundary").waitFor({ timeout: 30_000 });
  await expect.poll(() => page.locator(".place-label").count(), POLL).toBeGreaterThan(0);
  return count;
}

describe.skipIf(!run)("the installable app without network", { timeout: 180_000 }, () => {
  let app: BrowserApp;
  let page: Page;
  describePagesOnFailure(() => [page]);

  beforeAll(async () => {
    app = await startPhoneApp("polis", undefined, "allow");
    // The tiles the worker fetches (Chromium routes a worker's requests through the context).
    await app.context.route("**/tiles/**", (route) => route.fulfill({ status: 200, contentType: "image/png", body: TILE }));
    page = app.page;
  });
  afterAll(async () => {
    await app?.close();
  });

  it("serves a valid manifest whose icons exist", async () => {
    const response = await page.request.get(`${app.server.url}/manifest.webmanifest`);
    expect(response.ok()).toBe(true);
    const manifest = (await response.json()) as {
      name: string;
      short_name: string;
      start_url: string;
      display: string;
      theme_color: string;
      icons: Array<{ src: string; sizes: string; purpose: string }>;
    };
    expect(manifest).toMatchObject({ name: "Löfteskartan", short_name: "Löfteskartan", start_url: "/", display: "standalone", theme_color: "#1b3a5c" });
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(["192x192 any", "512x512 any", "512x512 maskable"]);
    for (const icon of manifest.icons) {
      const image = await page.request.get(new URL(icon.src, app.server.url).href);
      expect(image.headers()["content-type"]).toBe("image/png");
      expect((await image.body()).subarray(1, 4).toString()).toBe("PNG");
    }
  });

  it("after one visit online, the map and /registrera open offline with the boundary, the places, the user's activities and the tiles seen", async () => {
    await page.goto(`${app.server.url}/`, { waitUntil: "domcontentloaded" });
    const online = await mapDrawn(page);
    expect(online).toBeGreaterThan(0);
    await expect.poll(async () => (await offlineState(page)).controlled, { timeout: 60_000, interval: 250 }).toBe(true);
    // The worker came in after the first tiles were asked for: once more, through it.
    await page.reload({ waitUntil: "domcontentloaded" });
    await mapDrawn(page);
    // The map page's part of the copy is on the device before the next page is opened (it is
    // written a second after the last answer).
    await expect
      .poll(
        async () => {
          const state = await offlineState(page);
          return { activities: state.activities >= online, places: state.places, tiles: state.tiles > 0 };
        },
        { timeout: 60_000, interval: 250 },
      )
      .toEqual({ activities: true, places: true, tiles: true });
    await page.goto(`${app.server.url}/registrera`, { waitUntil: "domcontentloaded" });
    await expect.poll(() => page.locator(".field-position").textContent(), POLL).toMatch(/Porjus, \d+,\d km/);
    // Each part by name, so a failure says which one the device lacks (the copy is saved a second after the answers, the tiles as they come).
    await expect
      .poll(
        async () => {
          const state = await offlineState(page);
          return { activities: state.activities >= online, places: state.places, fieldPlaces: state.fieldPlaces, tiles: state.tiles > 0 };
        },
        { timeout: 60_000, interval: 250 },
      )
      .toEqual({ activities: true, places: true, fieldPlaces: true, tiles: true });

    await app.context.setOffline(true);
    await page.reload({ waitUntil: "domcontentloaded" });
    await expect.poll(() => page.locator(".field-position").textContent(), POLL).toMatch(/Porjus, \d+,\d km/);
    expect(await page.getByLabel("Plats").locator("option").count()).toBeGreaterThan(5);
    await page.screenshot({ path: path.join(ARTIFACTS, "offline-registrera-phone.png"), fullPage: true });

    await page.goto(`${app.server.url}/`, { waitUntil: "domcontentloaded" });
    expect(await mapDrawn(page)).toBe(online);
    await expect.poll(() => page.locator(".leaflet-map").getAttribute("data-activity-markers"), POLL).toBe(String(online));
    expect(await page.locator(".leaflet-tile-loaded").count()).toBeGreaterThan(0);
    await page.locator(".leaflet-map").scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, "offline-map-phone.png") });
    await app.context.setOffline(false);
  });

  it("a record made with no network survives a reload with no network, waits on the map, and reaches the server once when the network returns", async () => {
    const stored = async () => ((await app.server.dataSource.query(`SELECT count(*)::int AS n FROM activity WHERE client_id IS NOT NULL`)) as Array<{ n: number }>)[0].n;
    const before = await stored();
    await app.context.setOffline(true);
    await page.goto(`${app.server.url}/registrera`, { waitUntil: "domcontentloaded" });
    await expect.poll(() => page.locator(".field-position").textContent(), POLL).toMatch(/Porjus, \d+,\d km/);
    await page.getByRole("button", { name: "Trafikkontroll", exact: true }).click();
    await page.getByRole("button", { name: "Start" }).click();
    await page.getByRole("button", { name: "Klar" }).click();
    await page.getByLabel("Kontrollerade fordon").pressSequentially("7");
    await page.getByRole("button", { name: "Spara registreringen" }).click();
    await page.getByText("Registreringen är sparad på enheten och skickas när nätet finns.").waitFor();

    // Reloaded with no network: the worker serves the page, the device gives the record back.
    await page.reload({ waitUntil: "domcontentloaded" });
    const waiting = page.getByTestId("field-queue").getByRole("listitem");
    await expect.poll(() => waiting.textContent(), POLL).toMatch(/Trafikkontroll, Porjus.*Ej skickad.*väntar sedan/);
    await page.goto(`${app.server.url}/`, { waitUntil: "domcontentloaded" });
    await page.locator(".waiting-record-label", { hasText: "Ej skickad" }).waitFor({ timeout: 30_000 });
    expect(await stored()).toBe(before);

    await app.context.setOffline(false);
    await expect.poll(() => stored(), { timeout: 90_000, interval: 500 }).toBe(before + 1);
    await page.getByTestId("field-queue").waitFor({ state: "detached", timeout: 60_000 });
    expect(await stored()).toBe(before + 1);
  });
});
