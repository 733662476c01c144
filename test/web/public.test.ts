import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../support/test-server";
import { graphql } from "../gql";
import type { PublicFollowUpTestQuery } from "../gql/graphql";
import { ARTIFACTS, POLL, browserAvailable, describePagesOnFailure, expectNoAxeViolations, startBrowserApp, type BrowserApp } from "./browser";

// A year's totals, asked the same way for the year and the year before.
graphql(`
  fragment PublicTotalsTest on PublicTotals {
    year
    total
    inTown
    inVillages
    elsewhere
    targetedOperations
  }
`);

const PUBLIC = graphql(`
  query PublicFollowUpTest($year: Int!) {
    publicFollowUp(year: $year) {
      ...PublicTotalsTest
      previous {
        ...PublicTotalsTest
      }
      promises {
        number
        previousActual
        measure
      }
      villages {
        name
        reached
        count
        previousReached
        previousCount
      }
    }
  }
`);
const PARTS = ["inTown", "inVillages", "elsewhere", "targetedOperations"] as const;

const run = browserAvailable();

describe.skipIf(!run)("the public follow-up in Chromium, for a citizen who has not signed in", () => {
  let app: BrowserApp;
  let server: TestServer;
  let page: Page;
  let errors: string[];
  let figures: PublicFollowUpTestQuery["publicFollowUp"];

  beforeAll(async () => {
    app = await startBrowserApp();
    ({ server, page, errors } = app);
    figures = (await server.client().ok(PUBLIC, { year: 2025 })).publicFollowUp;
  });
  afterAll(() => app?.close());
  describePagesOnFailure(() => [page]);

  /** Opens the 2025 page at a size and waits for the report and its map's marks. */
  async function openAt(width: number, height: number): Promise<void> {
    await page.setViewportSize({ width, height });
    await page.goto(`${server.url}/uppfoljning/2025`, { waitUntil: "domcontentloaded" });
    await page.getByRole("heading", { level: 1, name: "Medborgarlöftena i Jokkmokk: uppföljning 2025" }).waitFor();
    await page.getByTestId("public-totals").waitFor();
    await expect.poll(() => page.locator(".public-village-marker").count(), POLL).toBe(figures.villages.filter((v) => v.reached).length);
  }

  /** How far the page scrolls sideways (0: not at all). */
  const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  /** The totals table as [part, this year, the year before] (numbers as shown, spaces removed). */
  const totalsShown = () =>
    page
      .getByTestId("public-totals")
      .locator("tr[data-part]")
      .evaluateAll((rows) => rows.map((r) => [r.getAttribute("data-part"), ...["current", "previous"].map((y) => Number(r.querySelector(`[data-year="${y}"]`)!.textContent!.replace(/\s/g, "")))]));

  it("at 1440×900: explains what a medborgarlöfte is; the total is the sum of its named parts, with 2024 beside; passes axe", async () => {
    await openAt(1440, 900);
    const what = page.getByRole("heading", { level: 2, name: "Vad är ett medborgarlöfte?" });
    expect(await what.isVisible()).toBe(true);
    expect(await page.locator(".public-explainer").textContent()).toContain("polisen och kommunen ger invånarna tillsammans");

    const rows = await totalsShown();
    expect(rows).toEqual([...PARTS.map((p) => [p, figures[p], figures.previous[p]]), ["total", figures.total, figures.previous.total]]);
    // The parts shown add up to the total shown, this year and the year before.
    const parts = rows.filter((r) => r[0] !== "total");
    for (const column of [1, 2]) expect(parts.reduce((sum, r) => sum + (r[column] as number), 0)).toBe(rows.at(-1)![column]);
    expect(await page.getByTestId("public-totals").locator("thead th").allTextContents()).toEqual(["Var", "2025", "Året före (2024)"]);
    expect(await page.getByRole("rowheader", { name: "Riktade insatser (platsen visas inte)" }).count()).toBe(1);

    // Each promise card with the year before's result.
    const previous = page.getByTestId("promise-previous");
    expect(await previous.count()).toBe(figures.promises.length);
    for (const text of await previous.allTextContents()) expect(text).toMatch(/^Året före \(2024\): /);
    await page.screenshot({ path: path.join(ARTIFACTS, "public-1440.png"), fullPage: true });
    await expectNoAxeViolations(page, "the public follow-up at 1440×900");
    expect(errors).toEqual([]);
  });

  it("shows the reached villages on a map with the boundary: one mark per village with its count (a check where none is published), no tiles needed", async () => {
    const map = page.getByRole("region", { name: /Karta över byarna 2025/ });
    expect(await map.isVisible()).toBe(true);
    // Drawn with no tile server reachable: the boundary is there.
    expect(await map.locator("path.municipal-boundary").count()).toBe(1);
    const reached = figures.villages.filter((v) => v.reached);
    const marks = await map.locator(".public-village-marker").allTextContents();
    expect(marks.sort()).toEqual(reached.map((v) => (v.count === null ? "✓" : String(v.count))).sort());
    expect((await map.locator(".public-village-label").allTextContents()).sort()).toEqual(reached.map((v) => v.name).sort());
    // Each village's row holds this year and the year before.
    const shown = await page
      .getByTestId("public-villages")
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [tr.querySelector('[data-year="current"]')!.textContent, tr.querySelector('[data-year="previous"]')!.textContent]));
    const cell = (reachedThen: boolean, count: number | null) =>
      `${reachedThen ? "✓\u00a0Nådd" : "✗\u00a0Inte nådd"}${reachedThen && count !== null ? ` ${count} ${count === 1 ? "aktivitet" : "aktiviteter"}` : ""}`;
    expect(shown).toEqual(figures.villages.map((v) => [cell(v.reached, v.count), cell(v.previousReached, v.previousCount)]));
    await map.screenshot({ path: path.join(ARTIFACTS, "public-map.png") });
  });

  // A phone, the narrowest reflow width (WCAG 1.4.10), and 200 % zoom of 1440×900.
  for (const [width, height] of [
    [390, 844],
    [320, 640],
    [720, 450],
  ] as const) {
    it(`at ${width}×${height}: nothing scrolls sideways; the explanation, the totals with the year before and the map are there; passes axe`, async () => {
      await openAt(width, height);
      expect(await sideways()).toBe(0);
      expect(await page.getByRole("heading", { level: 2, name: "Vad är ett medborgarlöfte?" }).isVisible()).toBe(true);
      expect((await totalsShown()).at(-1)).toEqual(["total", figures.total, figures.previous.total]);
      const box = (await page.getByRole("region", { name: /Karta över byarna 2025/ }).boundingBox())!;
      expect(box.width).toBeLessThanOrEqual(width);
      expect(box.height).toBeGreaterThan(200);
      await page.screenshot({ path: path.join(ARTIFACTS, `public-${width}.png`), fullPage: true });
      await expectNoAxeViolations(page, `the public follow-up at ${width} px`);
    });
  }

  it("in English: the explanation, the parts of the total and the promises in English", async () => {
    await openAt(1440, 900);
    await page.getByRole("button", { name: "Switch to English" }).click();
    await page.getByRole("heading", { level: 2, name: "What is a citizen promise?" }).waitFor();
    expect(await page.getByRole("rowheader", { name: "Targeted operations (place not shown)" }).count()).toBe(1);
    const five = page.locator('[data-testid="promise-card"][data-promise="5"]');
    expect(await five.locator("h3").textContent()).toBe("Promise 5 Drug search with a dog at the upper secondary school, at least once a year");
    expect(await five.getByTestId("promise-explanation").textContent()).toMatch(/ of at least 1 drug search(es)? with a dog at the upper secondary school$/);
    expect(await five.getByTestId("promise-previous").textContent()).toMatch(/^The year before \(2024\): /);
    await page.screenshot({ path: path.join(ARTIFACTS, "public-english.png"), fullPage: true });
    // The longer English words still fit a 320 px screen.
    await page.setViewportSize({ width: 320, height: 640 });
    await expect.poll(sideways, POLL).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, "public-english-320.png"), fullPage: true });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole("button", { name: "Byt till svenska" }).click();
    await page.getByRole("heading", { level: 2, name: "Vad är ett medborgarlöfte?" }).waitFor();
    expect(errors).toEqual([]);
  });
});
