import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POLL, browserAvailable, describePagesOnFailure, startBrowserApp, type BrowserApp } from "./browser";

const run = browserAvailable();
const year = Number(new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Europe/Stockholm" }).format(new Date()));

/** A whole journey on a busy machine (the default 30 s is for one step or two). */
const JOURNEY_TIMEOUT = 120_000;

describe.skipIf(!run)("form drafts on a shared computer, in Chromium", () => {
  let app: BrowserApp;
  let page: Page;

  beforeAll(async () => {
    app = await startBrowserApp();
    page = app.page;
  });
  afterAll(() => app?.close());
  describePagesOnFailure(() => [page]);

  /** Everything the tab keeps in sessionStorage, as text. */
  const storage = () => page.evaluate(() => JSON.stringify(Object.entries(sessionStorage)));
  /** The keys of the form drafts the tab keeps (see web/src/editing/form-draft.ts). */
  const drafts = () => page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith("lofteskartan.draft.")));

  async function signIn(username: string) {
    await page.waitForURL(/\/logga-in/);
    await page.getByLabel("Användarnamn").pressSequentially(username);
    await page.getByLabel("Lösenord").pressSequentially("jokkmokk");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/");
  }

  /** Opens the first "Planera besök i …" form of the Planera list. */
  async function openPlanForm() {
    await page
      .getByTestId("planning")
      .getByRole("button", { name: /^Planera besök i / })
      .first()
      .click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("heading", { name: "Ny aktivitet" }).waitFor();
    return dialog;
  }

  /** Types into a new form and leaves it open while the page goes away (a reload, an ended session). */
  async function leaveDraft(text: string) {
    const dialog = await openPlanForm();
    await dialog.getByLabel("Rubrik (valfri)").pressSequentially(text);
    await expect.poll(storage, POLL).toContain(text);
  }

  it(
    "signing out forgets the drafts of the tab",
    async () => {
      await page.goto(`${app.server.url}/logga-in?next=${encodeURIComponent(`/?years=${year}`)}`, { waitUntil: "domcontentloaded" });
      await signIn("polis");
      await leaveDraft("Polisens utkast");
      // The page reloads with the form open: the draft stays in the tab (it is what survives a reload).
      await page.reload({ waitUntil: "domcontentloaded" });
      await page.getByTestId("planning").waitFor();
      expect(await drafts()).toHaveLength(1);
      expect(await storage()).toContain("Polisens utkast");

      await page.getByRole("button", { name: "Logga ut" }).click();
      await page.waitForURL(/\/logga-in/);
      expect(await drafts()).toEqual([]);
      expect(await storage()).not.toContain("Polisens utkast");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "another person signing in on the same tab finds nothing of the last one's drafts; the same person gets theirs back",
    async () => {
      await signIn("polis");
      await page.goto(`${app.server.url}/?years=${year}`, { waitUntil: "domcontentloaded" });
      await leaveDraft("Polisens andra utkast");
      // The session ends with the form open (the cookie is gone): the next request sends the tab to sign in.
      await app.context.clearCookies();
      await page.reload({ waitUntil: "domcontentloaded" });
      await page.waitForURL(/\/logga-in/);
      expect(await storage()).toContain("Polisens andra utkast");

      await signIn("kommun");
      expect(await drafts()).toEqual([]);
      expect(await storage()).not.toContain("Polisens andra utkast");
      const dialog = await openPlanForm();
      expect(await dialog.getByLabel("Rubrik (valfri)").inputValue()).toBe("");
      await page.keyboard.press("Escape");
      await expect.poll(() => dialog.count(), POLL).toBe(0);

      // The same person after an ended session: the draft is there again.
      await leaveDraft("Kommunens utkast");
      await app.context.clearCookies();
      await page.reload({ waitUntil: "domcontentloaded" });
      await signIn("kommun");
      const again = await openPlanForm();
      expect(await again.getByLabel("Rubrik (valfri)").inputValue()).toBe("Kommunens utkast");
      expect(app.errors).toEqual([]);
    },
    JOURNEY_TIMEOUT,
  );
});
