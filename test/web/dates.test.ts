import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../support/test-server";
import { ARTIFACTS, POLL, browserAvailable, describePagesOnFailure, settledPopup, signInContext, startBrowserApp, waitForCount, type BrowserApp } from "./browser";

const run = browserAvailable();
const TODAY = new Intl.DateTimeFormat("sv-SE", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "Europe/Stockholm" }).format(new Date());

/** How each language writes a date (and a date with time) the app prints. */
const PATTERNS = {
  sv: /^(\d{4})-(\d{2})-(\d{2})( \d{2}:\d{2})?$/,
  en: /^(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|June|Jul|July|Aug|Sep|Sept|Oct|Nov|Dec) (\d{4})(, \d{2}:\d{2})?$/,
} as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The Stockholm calendar day of an instant, as [year, month, day]. */
function stockholmDay(iso: string): [number, number, number] {
  const [y, m, d] = new Intl.DateTimeFormat("sv-SE", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "Europe/Stockholm" }).format(new Date(iso)).split("-").map(Number);
  return [y, m, d];
}

/**
 * Every `<time>` the page shows under `scope` that does not follow `lang` or names another day
 * than its `datetime`; and how many there were.
 */
async function wrongDates(page: Page, scope: string, lang: "sv" | "en"): Promise<{ count: number; wrong: string[] }> {
  const times = await page
    .locator(`${scope} time[datetime]`)
    .evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => [el.getAttribute("datetime")!, el.textContent!.trim()] as const));
  const wrong: string[] = [];
  for (const [iso, text] of times) {
    const match = PATTERNS[lang].exec(text);
    const [y, m, d] = stockholmDay(iso);
    const day = match && (lang === "sv" ? [Number(match[1]), Number(match[2]), Number(match[3])] : [Number(match[3]), MONTHS.indexOf(match[2].slice(0, 3)) + 1, Number(match[1])]);
    if (!day || day[0] !== y || day[1] !== m || day[2] !== d) wrong.push(`${text} (${iso})`);
  }
  return { count: times.length, wrong };
}

describe.skipIf(!run)("dates in the page's language, in Chromium", () => {
  let app: BrowserApp;
  let server: TestServer;
  let page: Page;

  beforeAll(async () => {
    app = await startBrowserApp();
    ({ server, page } = app);
    await signInContext(app, "polis");
  });
  afterAll(() => app?.close());
  describePagesOnFailure(() => [page]);

  /** The map page at Porjus, with its activities listed and one of them in the popup. */
  async function openPorjus(lang: "sv" | "en") {
    await page.goto(`${server.url}/?years=2025,2026&onward=2027`, { waitUntil: "domcontentloaded" });
    await waitForCount(page);
    await page
      .getByTestId("coverage-table")
      .getByRole("button", { name: lang === "sv" ? "Visa Porjus på kartan" : "Show Porjus on the map" })
      .click();
    const list = page.getByTestId("place-activities");
    await list.locator("li time").first().waitFor();
    await list
      .getByRole("button", { name: lang === "sv" ? /Visa på kartan/ : /Show on the map/ })
      .first()
      .click();
    await settledPopup(page, lang === "sv" ? "Ändra" : "Edit");
  }

  for (const lang of ["sv", "en"] as const) {
    it(`${lang}: the popup, the activity table, the coverage and the follow-up print dates alike`, async () => {
      if (lang === "en") {
        await page.goto(`${server.url}/`, { waitUntil: "domcontentloaded" });
        await page.getByRole("button", { name: "Switch to English" }).click();
        await page.getByRole("heading", { name: "Selection" }).waitFor();
      }
      await openPorjus(lang);
      for (const scope of [".leaflet-popup", "[data-testid=activity-table]", "[data-testid=coverage-table]", "[data-testid=place-activities]"]) {
        const { count, wrong } = await wrongDates(page, scope, lang);
        expect(count, `dates in ${scope}`).toBeGreaterThan(0);
        expect(wrong, `dates in ${scope}`).toEqual([]);
      }
      await page.locator(".leaflet-popup").scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, `dates-${lang}-popup.png`) });

      await page.goto(`${server.url}/uppfoljning?year=2025`, { waitUntil: "domcontentloaded" });
      const compiled = page.locator(".report-date");
      await compiled.waitFor();
      const [y, m, d] = TODAY.split("-").map(Number);
      expect(await compiled.textContent()).toBe(lang === "sv" ? `Sammanställd ${TODAY}` : `Compiled ${d} ${new Intl.DateTimeFormat("en-GB", { month: "short" }).format(new Date(y, m - 1, 1))} ${y}`);
    });
  }

  it("the date fields (in the browser's format) say in words, in the page's language, what they hold", async () => {
    // English first (from the test before), then Swedish.
    for (const lang of ["en", "sv"] as const) {
      if (lang === "sv") {
        await page.getByRole("button", { name: "Byt till svenska" }).click();
      }
      await page.goto(`${server.url}/`, { waitUntil: "domcontentloaded" });
      const planning = page.getByTestId("planning");
      await planning
        .getByRole("button", { name: lang === "sv" ? /^Planera besök i / : /^Plan a visit to / })
        .first()
        .click();
      const dialog = page.getByRole("dialog");
      const start = dialog.getByLabel("Start", { exact: true });
      await start.waitFor();
      const note = dialog.locator("#activity-startsAt-note");
      // A new visit starts tomorrow at 10:00.
      expect(await note.textContent()).toMatch(lang === "sv" ? /^Vald tid: [a-zåäö]+dag \d{1,2} [a-zåäö]+ \d{4} kl\. 10:00$/ : /^Chosen: [A-Z][a-z]+day,? \d{1,2} [A-Z][a-z]+ \d{4},? at 10:00$/);
      expect(await start.getAttribute("aria-describedby")).toContain("activity-startsAt-note");
      await start.fill("2026-12-24T18:30");
      await expect.poll(() => note.textContent(), POLL).toMatch(lang === "sv" ? /^Vald tid: torsdag 24 december 2026 kl\. 18:30$/ : /^Chosen: Thursday,? 24 December 2026,? at 18:30$/);
      // The optional end, empty: what the field takes.
      expect(await dialog.locator("#activity-endsAt-note").textContent()).toBe(
        lang === "sv" ? "Datum och tid. Fältet visar dem i webbläsarens format." : "Date and time. The field shows them in the browser's format.",
      );
      await start.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, `dates-${lang}-form.png`) });
      await page.keyboard.press("Escape");
      await expect.poll(() => dialog.count(), POLL).toBe(0);
    }
    expect(app.errors).toEqual([]);
  });
});
