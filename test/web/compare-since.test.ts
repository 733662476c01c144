import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql";
import type { CompareSinceWebComparisonTestQuery } from "../gql/graphql";
import type { GqlClient } from "../support/test-server";
import { ARTIFACTS, POLL, browserAvailable, describePagesOnFailure, expectNoAxeViolations, signInContext, startBrowserApp, urlParam, type BrowserApp } from "./browser";

const COMPARE = graphql(`
  query CompareSinceWebComparisonTest($a: Int!, $b: Int!) {
    coverageComparison(yearA: $a, yearB: $b) {
      onlyInA {
        name
      }
      onlyInB {
        name
      }
      places {
        place {
          kind
        }
        countA
        countB
      }
    }
  }
`);
const CHANGES = graphql(`
  query CompareSinceWebChangesTest($since: String!) {
    meetingChanges(since: $since) {
      total
      villagesNewlyReached {
        name
      }
    }
  }
`);

const run = browserAvailable();
const TODAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());

describe.skipIf(!run)("comparing two years on the map, and the meeting's 'since the last meeting', in Chromium", () => {
  let app: BrowserApp;
  let page: Page;
  let mote: GqlClient;

  beforeAll(async () => {
    app = await startBrowserApp();
    page = app.page;
    mote = await signInContext(app, "mote");
    // An earlier meeting, recorded by ADMIN; today's the meeting records itself below.
    await (await app.server.as("admin")).ok(`mutation { recordMeeting(heldOn: "2025-05-12", note: "Samverkansmöte") { id } }`);
  });
  afterAll(() => app?.close());
  describePagesOnFailure(() => [page]);

  /** The village names a list on the page shows. */
  const names = (testId: string) => page.getByTestId(testId).locator("li").allTextContents();
  /** What the API says the comparison is (as the same VIEWER). */
  const expected = async (a: number, b: number) => (await mote.ok(COMPARE, { a, b })).coverageComparison;
  const villagesWithMarks = (c: CompareSinceWebComparisonTestQuery["coverageComparison"]) => c.places.filter((p) => p.place.kind === "VILLAGE" && p.countA + p.countB > 0).length;

  it("at 1440×900: the control sets ?jamfor=, the villages get marks by change, the lists and both columns agree with the API", async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${app.server.url}/?years=2025`, { waitUntil: "domcontentloaded" });
    // The first load of the page waits for the build's first requests on a busy machine.
    await page.locator('[data-testid="activity-count"][data-count]:not([aria-busy])').waitFor({ timeout: 60_000 });
    await page.getByLabel("Jämför 2025 med").selectOption("2024");
    await expect.poll(() => urlParam(page, "jamfor"), POLL).toBe("2024");
    const legend = page.getByTestId("compare-legend");
    await legend.waitFor({ timeout: 30_000 });
    expect(await legend.getByRole("heading", { level: 3 }).textContent()).toBe("Byar 2024 → 2025");
    const c = await expected(2024, 2025);
    expect(await names("compare-gained")).toEqual(c.onlyInB.map((v) => v.name));
    expect(await names("compare-lost")).toEqual(c.onlyInA.map((v) => v.name));
    await expect.poll(() => page.locator(".leaflet-comparison-pane .compare-mark-glyph").count(), POLL).toBe(villagesWithMarks(c));
    // Each mark carries its glyph, not only its colour.
    for (const glyph of await page.locator(".leaflet-comparison-pane .compare-mark-glyph").allTextContents()) expect(["+", "▲", "=", "▼", "−"]).toContain(glyph);
    await page.locator(".map-with-legend").screenshot({ path: path.join(ARTIFACTS, "compare-1440.png") });
    const table = page.getByTestId("compare-table");
    await table.scrollIntoViewIfNeeded();
    expect(await table.locator("thead th").allTextContents()).toEqual(["Plats", "2024", "2025", "Förändring", "I ord"]);
    for (const name of c.onlyInB) expect(await table.locator(`tr[data-place="${name.name}"]`).getAttribute("data-change")).toBe("gained");
    await page.getByTestId("compare-zones").screenshot({ path: path.join(ARTIFACTS, "compare-1440-zones.png") });
    await expectNoAxeViolations(page, "the map comparing 2024 with 2025");
    // "Ingen jämförelse" takes it away again.
    await page.getByLabel("Jämför 2025 med").selectOption("");
    await expect.poll(() => urlParam(page, "jamfor"), POLL).toBeNull();
    await legend.waitFor({ state: "detached" });
  }, 120_000);

  it("at 390×844: a link with ?jamfor= reproduces a comparison", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.server.url}/?years=2023&jamfor=2021`, { waitUntil: "domcontentloaded" });
    const legend = page.getByTestId("compare-legend");
    await legend.waitFor({ timeout: 30_000 });
    expect(await legend.getByRole("heading", { level: 3 }).textContent()).toBe("Byar 2021 → 2023");
    const c = await expected(2021, 2023);
    expect(await names("compare-gained")).toEqual(c.onlyInB.map((v) => v.name));
    expect(await names("compare-lost")).toEqual(c.onlyInA.map((v) => v.name));
    expect(await page.getByLabel("Jämför 2023 med").inputValue()).toBe("2021");
    await page.screenshot({ path: path.join(ARTIFACTS, "compare-390.png") });
    await legend.screenshot({ path: path.join(ARTIFACTS, "compare-390-legend.png") });
  }, 60_000);

  it("meeting mode: the meeting records itself, the picker sets ?since=, the changes agree with the API (1440×900, then a link at 390×844)", async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${app.server.url}/?years=2025&meeting=1`, { waitUntil: "domcontentloaded" });
    await page.getByTestId("meeting-mode").waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "Sedan mötet" }).click();
    const view = page.getByTestId("since-view");
    await view.waitFor();
    await view.getByRole("button", { name: "Registrera dagens möte" }).click();
    await view.getByRole("button", { name: "Registrera dagens möte" }).waitFor({ state: "detached" });
    const picker = view.getByLabel("Mötet att jämföra med");
    await expect.poll(() => picker.locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)), POLL).toEqual(["", TODAY, "2025-05-12"]);
    await picker.selectOption("2025-05-12");
    await expect.poll(() => urlParam(page, "since"), POLL).toBe("2025-05-12");
    const { meetingChanges } = await mote.ok(CHANGES, { since: "2025-05-12" });
    const total = view.getByTestId("since-total");
    await expect.poll(() => total.textContent(), POLL).toBe(`${new Intl.NumberFormat("sv-SE").format(meetingChanges.total)} genomförda aktiviteter sedan dess.`);
    expect(await view.getByTestId("since-villages").textContent()).toBe(meetingChanges.villagesNewlyReached.map((v) => v.name).join(", ") || "Inga.");
    expect(await view.getByRole("heading", { level: 2 }).textContent()).toBe("Sedan mötet 2025-05-12");
    await page.screenshot({ path: path.join(ARTIFACTS, "since-1440.png") });
    await expectNoAxeViolations(page, "meeting mode's since view");

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.server.url}/?years=2025&meeting=1&since=2025-05-12`, { waitUntil: "domcontentloaded" });
    await view.waitFor({ timeout: 30_000 });
    await expect.poll(() => total.textContent(), POLL).toContain("genomförda aktiviteter sedan dess");
    expect(await picker.inputValue()).toBe("2025-05-12");
    await page.screenshot({ path: path.join(ARTIFACTS, "since-390.png") });
  }, 120_000);
});
