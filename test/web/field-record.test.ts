import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS, browserAvailable, describePagesOnFailure, expectNoAxeViolations, startBrowserApp, signInContext, type BrowserApp } from "./browser";

const run = browserAvailable();
/** A little south of Porjus, on the E45. */
const NEAR_PORJUS = { latitude: 66.947, longitude: 19.82 };

/** Traffic checks stored under a device id by polis. */
async function fieldRecords(app: BrowserApp): Promise<number> {
  const [{ n }] = await app.server.dataSource.query(`SELECT count(*)::int AS n FROM activity WHERE client_id IS NOT NULL`);
  return n;
}

describe.skipIf(!run)("recording on a phone at /registrera", { timeout: 120_000 }, () => {
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

  it("the map page offers it first on a phone; the screen shows the nearest place and zone; axe finds nothing", async () => {
    await page.goto(`${app.server.url}/`, { waitUntil: "domcontentloaded" });
    await page.getByRole("link", { name: "Registrera i fält" }).click();
    await page.waitForURL((url) => url.pathname === "/registrera");
    await expect.poll(() => page.getByRole("status").first().textContent(), { timeout: 30_000 }).toMatch(/Porjus, \d+,\d km/);
    await page.getByRole("button", { name: "Trafikkontroll" }).click();
    expect(await page.getByLabel("Trafiksäkerhet").isChecked()).toBe(true);
    expect(await page.getByLabel("Alkohol och droger").isChecked()).toBe(true);
    await expectNoAxeViolations(page, "/registrera");
    await page.screenshot({ path: path.join(ARTIFACTS, "field-record-phone.png"), fullPage: true });
  });

  it("Start, Klar and the counts, the first answer lost: saving again stores exactly one activity", async () => {
    const before = await fieldRecords(app);
    await page.getByRole("button", { name: "Start" }).click();
    await page.getByRole("button", { name: "Klar" }).click();
    await page.getByLabel("Kontrollerade fordon").pressSequentially("30");
    await page.getByLabel("Utandningsprov").pressSequentially("29");
    // The server stores the first create, but its answer never reaches the phone.
    let dropped = false;
    await page.route("**/graphql", async (route) => {
      if (!dropped && route.request().postData()?.includes("FieldCreateActivityMutation")) {
        dropped = true;
        await route.fetch();
        await route.abort("connectionreset");
        return;
      }
      await route.continue();
    });
    await page.getByRole("button", { name: "Spara registreringen" }).click();
    await expect.poll(() => fieldRecords(app), { timeout: 30_000 }).toBe(before + 1);
    await page.getByRole("button", { name: "Spara registreringen" }).click();
    await page.getByText("Registreringen är sparad").waitFor();
    expect(await fieldRecords(app)).toBe(before + 1);
    const stored = await app.server.dataSource.query(
      `SELECT a.kind, a.zone, p.name, a.vehicles_checked AS v, a.priority_areas::text AS areas FROM activity a LEFT JOIN place p ON p.id = a.place_id WHERE a.client_id IS NOT NULL`,
    );
    expect(stored).toEqual([{ kind: "TRAFFIC_CHECK", zone: "VILLAGE", name: "Porjus", v: 30, areas: "{TRAFFIC,ALCOHOL_DRUGS}" }]);
    await page.unroute("**/graphql");
    await page.screenshot({ path: path.join(ARTIFACTS, "field-record-saved-phone.png"), fullPage: true });
  });

  it("a record the rules refuse shows the message beside the field", async () => {
    await page.getByRole("button", { name: "Registrera en genomförd aktivitet i efterhand" }).click();
    await page.getByLabel("Anteckningar (valfria)").pressSequentially("Förare 19121212-1212");
    await page.getByRole("button", { name: "Spara registreringen" }).click();
    await page.locator("#notes-error").waitFor();
    expect(await page.getByLabel("Anteckningar (valfria)").getAttribute("aria-describedby")).toContain("notes-error");
  });
});
