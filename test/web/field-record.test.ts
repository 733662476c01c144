import path from "node:path";
import type { Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS, browserAvailable, describePagesOnFailure, expectNoAxeViolations, signInContext, startBrowserApp, waitForCount, type BrowserApp } from "./browser";

const run = browserAvailable();
/** A little south of Porjus, on the E45. */
const NEAR_PORJUS = { latitude: 66.947, longitude: 19.82 };
/** Luleå: far outside the municipality, so the server refuses a record made there. */
const LULEA = { latitude: 65.584, longitude: 22.154 };
/** The operation that sends a record from the queue. */
const SEND = "FieldQueueSendMutation";

/** Activities stored under a device id (by polis, here). */
async function fieldRecords(app: BrowserApp): Promise<number> {
  const [{ n }] = await app.server.dataSource.query(`SELECT count(*)::int AS n FROM activity WHERE client_id IS NOT NULL`);
  return n;
}

const isSend = (route: Route) => route.request().postData()?.includes(SEND) ?? false;

describe.skipIf(!run)("recording on a phone at /registrera, with or without network: on the device at once, on the server once", { timeout: 180_000 }, () => {
  let app: BrowserApp;
  let page: Page;
  describePagesOnFailure(() => [page]);

  beforeAll(async () => {
    app = await startBrowserApp();
    await signInContext(app, "polis");
    await app.context.grantPermissions(["geolocation"], { origin: app.server.url });
    await app.context.setGeolocation(NEAR_PORJUS);
    page = app.page;
    page.setDefaultTimeout(30_000);
    await page.setViewportSize({ width: 390, height: 844 });
  });
  afterAll(async () => {
    await app?.close();
  });

  const queue = () => page.getByTestId("field-queue");
  /** Opens /registrera (online) and waits for the position. */
  async function openRecordScreen(place: RegExp) {
    await page.goto(`${app.server.url}/registrera`, { waitUntil: "domcontentloaded" });
    await expect.poll(() => page.locator(".field-position").textContent(), { timeout: 30_000 }).toMatch(place);
  }
  /** Keeps every send from the queue from reaching the server (the network is there for the rest). */
  const keepSendsAway = () => app.context.route("**/graphql", (route) => (isSend(route) ? route.abort("internetdisconnected") : route.fallback()));
  /** Opens /registrera at `at`, takes the network away and records a check there: it waits on the device. */
  async function recordOffline(at: { latitude: number; longitude: number }, place: RegExp, vehicles: string) {
    await app.context.setGeolocation(at);
    await openRecordScreen(place);
    await app.context.setOffline(true);
    await recordCheck(vehicles);
    await page.getByText("Registreringen är sparad på enheten och skickas när nätet finns.").waitFor();
  }
  /** Records a traffic check with Start and Klar, and saves it. */
  async function recordCheck(vehicles: string) {
    await page.getByRole("button", { name: "Trafikkontroll", exact: true }).click();
    await page.getByRole("button", { name: "Start" }).click();
    await page.getByRole("button", { name: "Klar" }).click();
    await page.getByLabel("Kontrollerade fordon").pressSequentially(vehicles);
    await page.getByRole("button", { name: "Spara registreringen" }).click();
  }

  it("the map page offers it first on a phone; the screen shows the nearest place and zone; axe finds nothing", async () => {
    await page.goto(`${app.server.url}/`, { waitUntil: "domcontentloaded" });
    await page.getByRole("link", { name: "Registrera i fält" }).click();
    await page.waitForURL((url) => url.pathname === "/registrera");
    await expect.poll(() => page.locator(".field-position").textContent(), { timeout: 30_000 }).toMatch(/Porjus, \d+,\d km/);
    await page.getByRole("button", { name: "Trafikkontroll", exact: true }).click();
    expect(await page.getByLabel("Trafiksäkerhet").isChecked()).toBe(true);
    expect(await page.getByLabel("Alkohol och droger").isChecked()).toBe(true);
    await expectNoAxeViolations(page, "/registrera");
    await page.screenshot({ path: path.join(ARTIFACTS, "field-record-phone.png"), fullPage: true });
  });

  it("Start, Klar and the counts: saved and sent at once, stored once with its place, zone and areas", async () => {
    const before = await fieldRecords(app);
    await page.getByRole("button", { name: "Start" }).click();
    await page.getByRole("button", { name: "Klar" }).click();
    await page.getByLabel("Kontrollerade fordon").pressSequentially("30");
    await page.getByLabel("Utandningsprov").pressSequentially("29");
    await page.getByRole("button", { name: "Spara registreringen" }).click();
    await page.getByText("Registreringen är sparad och syns på kartan.").waitFor();
    expect(await fieldRecords(app)).toBe(before + 1);
    const stored = await app.server.dataSource.query(
      `SELECT a.kind, a.zone, p.name, a.vehicles_checked AS v, a.priority_areas::text AS areas FROM activity a LEFT JOIN place p ON p.id = a.place_id WHERE a.client_id IS NOT NULL`,
    );
    expect(stored).toEqual([{ kind: "TRAFFIC_CHECK", zone: "VILLAGE", name: "Porjus", v: 30, areas: "{TRAFFIC,ALCOHOL_DRUGS}" }]);
    // The form starts afresh for the next record, with the same kind.
    expect(await page.getByLabel("Kontrollerade fordon").inputValue()).toBe("");
    await page.screenshot({ path: path.join(ARTIFACTS, "field-record-saved-phone.png"), fullPage: true });
  });

  it("a record the rules refuse shows the message beside the field", async () => {
    await page.getByRole("button", { name: "Registrera en genomförd aktivitet i efterhand" }).click();
    await page.getByLabel("Anteckningar (valfria)").pressSequentially("Förare 19121212-1212");
    await page.getByRole("button", { name: "Spara registreringen" }).click();
    await page.locator("#notes-error").waitFor();
    expect(await page.getByLabel("Anteckningar (valfria)").getAttribute("aria-describedby")).toContain("notes-error");
  });

  it("offline: kept on the device at once, listed with its age, still there after a reload; the network back, it reaches the map once", async () => {
    const before = await fieldRecords(app);
    await recordOffline(NEAR_PORJUS, /Porjus, \d+,\d km/, "12");
    const item = queue().getByRole("listitem");
    expect(await item.textContent()).toMatch(/Trafikkontroll, Porjus.*Ej skickad.*väntar sedan nyss/);
    await queue().getByText("Ingen anslutning.", { exact: false }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "field-queue-waiting-phone.png"), fullPage: true });

    // Online again but every send lost on the way: a reload reads the record back from the device.
    await keepSendsAway();
    await app.context.setOffline(false);
    await page.reload({ waitUntil: "domcontentloaded" });
    await queue().getByText("Trafikkontroll, Porjus").waitFor();
    expect(await fieldRecords(app)).toBe(before);

    // The map page shows it as not yet sent, on the map and in the list.
    await page.goto(`${app.server.url}/`, { waitUntil: "domcontentloaded" });
    const shown = await waitForCount(page);
    await page.locator(".waiting-record-label", { hasText: "Ej skickad" }).waitFor();
    await queue().getByText("Trafikkontroll, Porjus").waitFor();
    await page.locator(".map-frame").scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, "field-map-waiting-phone.png") });

    // The network drops and comes back: the `online` event sends it.
    await app.context.unroute("**/graphql");
    await app.context.setOffline(true);
    await app.context.setOffline(false);
    await expect.poll(() => fieldRecords(app), { timeout: 60_000 }).toBe(before + 1);
    await queue().waitFor({ state: "detached", timeout: 60_000 });
    expect(await page.locator(".waiting-record").count()).toBe(0);
    await expect.poll(() => waitForCount(page), { timeout: 60_000 }).toBe(shown + 1);
    expect(await fieldRecords(app)).toBe(before + 1);
  });

  it("the first answer lost: the record stays waiting, and sent again (Skicka nu) it is stored once", async () => {
    const before = await fieldRecords(app);
    await openRecordScreen(/Porjus/);
    // The server stores the first send, but its answer never reaches the phone.
    let dropped = false;
    await page.route("**/graphql", async (route) => {
      if (!dropped && isSend(route)) {
        dropped = true;
        await route.fetch();
        await route.abort("connectionreset");
        return;
      }
      await route.fallback();
    });
    await recordCheck("30");
    await page.getByText("Registreringen är sparad på enheten").waitFor();
    expect(await fieldRecords(app)).toBe(before + 1);
    await queue().getByRole("button", { name: "Skicka nu" }).click();
    await queue().waitFor({ state: "detached" });
    expect(await fieldRecords(app)).toBe(before + 1);
    await page.unroute("**/graphql");
  });

  it("a record the server refuses stays on the device, marked with the reason, to correct or discard; axe finds nothing", async () => {
    await recordOffline(LULEA, /km/, "4");
    await app.context.setOffline(false);
    const refused = queue().locator('[data-state="refused"]');
    await refused.waitFor({ timeout: 60_000 });
    expect(await refused.textContent()).toContain("Inte mottagen av servern");
    expect(await refused.textContent()).toContain("Platsen ligger utanför kommunen.");
    await page.reload({ waitUntil: "domcontentloaded" });
    await refused.waitFor();
    await expectNoAxeViolations(page, "/registrera with a refused record");
    await page.screenshot({ path: path.join(ARTIFACTS, "field-queue-refused-phone.png"), fullPage: true });

    // Rätta opens it in the form with the reason beside the place.
    await refused.getByRole("link", { name: /Rätta/ }).click();
    await page.getByText("Du rättar en registrering").waitFor();
    expect(await page.locator("#placeId-error").textContent()).toContain("utanför kommunen");
    expect(await page.getByLabel("Kontrollerade fordon").inputValue()).toBe("4");
  });

  it("another user on the device neither sees nor sends the queue; signing out with records waiting asks first", async () => {
    await recordOffline(NEAR_PORJUS, /Porjus/, "7");
    const before = await fieldRecords(app);

    // Back online with the sends kept away, polis signs out from the map page: asked first.
    await keepSendsAway();
    await app.context.setOffline(false);
    await page.goto(`${app.server.url}/`, { waitUntil: "domcontentloaded" });
    await waitForCount(page);
    await page.getByRole("button", { name: "Logga ut" }).click();
    const dialog = page.getByRole("dialog", { name: "Logga ut med registreringar som inte är skickade?" });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("2 registreringar har inte skickats");
    await expectNoAxeViolations(page, "the sign-out question");
    await page.screenshot({ path: path.join(ARTIFACTS, "field-sign-out-question-phone.png") });
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await page.getByRole("button", { name: "Logga ut" }).click();
    await dialog.getByRole("button", { name: "Logga ut ändå" }).click();
    await page.waitForURL((url) => url.pathname === "/logga-in");
    await app.context.unroute("**/graphql");

    // kommun signs in on the same browser: nothing of polis's queue, on the map or at /registrera.
    await page.getByLabel("Användarnamn").pressSequentially("kommun");
    await page.getByLabel("Lösenord").pressSequentially("jokkmokk");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/");
    await waitForCount(page);
    await page.goto(`${app.server.url}/registrera`, { waitUntil: "domcontentloaded" });
    await page.getByRole("button", { name: "Spara registreringen" }).waitFor();
    expect(await queue().count()).toBe(0);
    expect(await page.locator(".waiting-record").count()).toBe(0);
    expect(await fieldRecords(app)).toBe(before);

    // polis again: the waiting record goes out, the refused one is still there, and is discarded after a question.
    await app.context.clearCookies();
    await signInContext(app, "polis");
    await openRecordScreen(/Porjus/);
    await expect.poll(() => fieldRecords(app), { timeout: 60_000 }).toBe(before + 1);
    const refused = queue().locator('[data-state="refused"]');
    await refused.waitFor();
    // The server has stored it; its answer may still be on the way back to the list.
    await expect.poll(() => queue().getByRole("listitem").count(), { timeout: 60_000 }).toBe(1);
    await refused.getByRole("button", { name: /Ta bort/ }).click();
    const discard = page.getByRole("dialog", { name: "Ta bort registreringen?" });
    await discard.getByRole("button", { name: "Ta bort registreringen" }).click();
    await queue().waitFor({ state: "detached" });
    expect(await fieldRecords(app)).toBe(before + 1);
  });

  it("a session that ended while offline keeps the queue until the same user signs in again", async () => {
    await recordOffline(NEAR_PORJUS, /Porjus/, "3");
    const before = await fieldRecords(app);
    // The session is gone when the network returns: the send is refused as UNAUTHENTICATED, the record stays.
    await app.context.clearCookies();
    await app.context.setOffline(false);
    await page.waitForURL((url) => url.pathname === "/logga-in", { timeout: 60_000 });
    expect(await fieldRecords(app)).toBe(before);
    await page.getByLabel("Användarnamn").pressSequentially("polis");
    await page.getByLabel("Lösenord").pressSequentially("jokkmokk");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/registrera");
    await expect.poll(() => fieldRecords(app), { timeout: 60_000 }).toBe(before + 1);
    await queue().waitFor({ state: "detached" });
  });
});
