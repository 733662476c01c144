import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS, POLL, browserAvailable, describePagesOnFailure, expectNoAxeViolations, startBrowserApp, waitForCount, type BrowserApp } from "./browser";

const run = browserAvailable();

/** The first automatic retry comes after 2 s and the next after 4 s: room for a slow machine. */
const RECOVERY = { timeout: 20_000, interval: 200 };

describe.skipIf(!run)("while the database is briefly down, the web says so and comes back by itself", () => {
  let app: BrowserApp;
  let page: Page;

  beforeAll(async () => {
    app = await startBrowserApp({ dbProxy: true });
    page = app.page;
  });
  afterAll(() => app?.close());
  describePagesOnFailure(() => [page]);

  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `outage-${name}.png`), fullPage: true });
  const alert = () => page.getByRole("alert");

  it("signing in says the service is briefly unavailable; once it is back, the same form signs in (1440×900)", async () => {
    await page.goto(`${app.server.url}/logga-in`, { waitUntil: "domcontentloaded" });
    await page.getByLabel("Användarnamn").pressSequentially("polis");
    await page.getByLabel("Lösenord").pressSequentially("jokkmokk");
    await app.server.dbProxy!.down();
    await page.keyboard.press("Enter");
    await expect.poll(() => alert().textContent(), POLL).toMatch(/Tjänsten är tillfälligt otillgänglig/);
    // A sign-in is not repeated behind the person's back: no automatic retry here.
    expect(await alert().textContent()).not.toMatch(/försöker igen automatiskt/);
    // What was typed is not wrong: the fields are not marked, but they point at the notice.
    expect(await page.getByLabel("Lösenord").getAttribute("aria-invalid")).toBeNull();
    expect(await page.getByLabel("Lösenord").getAttribute("aria-describedby")).toBe(await alert().getAttribute("id"));
    await expectNoAxeViolations(page, "the sign-in page while the database is down");
    await shot("sign-in-1440");
    await app.server.dbProxy!.up();
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    expect(await waitForCount(page)).toBeGreaterThan(0);
  });

  it("a page that cannot load says so, retries by itself and shows the map when the database is back (390×844)", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await app.server.dbProxy!.down();
    await page.reload({ waitUntil: "domcontentloaded" });
    await expect.poll(() => alert().textContent(), POLL).toMatch(/Tjänsten är tillfälligt otillgänglig.*Vi försöker igen automatiskt/);
    const retried = page.waitForResponse((res) => res.url().endsWith("/graphql") && res.status() === 503, { timeout: RECOVERY.timeout });
    await expect(alert().getByRole("button", { name: "Försök igen" }).isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page, "a page while the database is down");
    await shot("map-390");
    // An automatic retry runs while the database is still down: the notice stays.
    await retried;
    await expect.poll(() => alert().textContent(), POLL).toMatch(/Tjänsten är tillfälligt otillgänglig/);
    await app.server.dbProxy!.up();
    // Nobody clicks: the next automatic retry brings the map.
    await expect.poll(() => page.locator('[data-testid="activity-count"][data-count]:not([aria-busy])').count(), RECOVERY).toBe(1);
    expect(app.errors).toEqual([]);
  });
});
