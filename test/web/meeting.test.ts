import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql";
import type { PromiseTargetInput } from "../gql/graphql";
import type { GqlClient, TestServer } from "../support/test-server";
import { ARTIFACTS, POLL, browserAvailable, describePagesOnFailure, expectNoAxeViolations, startBrowserApp, urlParam, waitForCount, type BrowserApp } from "./browser";

const FOLLOW_UP = graphql(`
  query MeetingFollowUpTest($year: Int!) {
    followUp(year: $year) {
      promises {
        status
        explanation
        promise {
          priorityArea
        }
      }
    }
  }
`);
const COVERAGE = graphql(`
  query MeetingCoverageTest($filter: ActivityFilter) {
    coverage(filter: $filter) {
      total
      places {
        count
        place {
          kind
        }
      }
    }
  }
`);
const CREATE_PERIOD = graphql(`
  mutation MeetingCreatePeriodTest($input: PromisePeriodInput!) {
    createPromisePeriod(input: $input) {
      id
    }
  }
`);
const CREATE = graphql(`
  mutation MeetingCreatePromiseTest($periodId: ID!, $input: PromiseInput!) {
    createPromise(periodId: $periodId, input: $input) {
      id
    }
  }
`);
const SET = graphql(`
  mutation MeetingSetTargetTest($promiseId: ID!, $target: PromiseTargetInput!) {
    setPromiseTarget(promiseId: $promiseId, target: $target) {
      id
    }
  }
`);
const AT_RISK = graphql(`
  query MeetingAtRiskTest($year: Int!) {
    followUp(year: $year) {
      promises {
        label
        status
        forecast
        explanation
      }
    }
  }
`);

const run = browserAvailable();

/**
 * The font size in CSS pixels of each element `selector` matches that is drawn (a place label
 * being replaced while the labels are laid out again has no computed style for that moment).
 */
const fontSizes = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.filter((el) => el.isConnected && getComputedStyle(el).fontSize !== "").map((el) => parseFloat(getComputedStyle(el).fontSize)));

describe.skipIf(!run)("meeting mode on the big screen in Chromium", () => {
  let app: BrowserApp;
  let server: TestServer;
  let page: Page;
  let mote: GqlClient;

  beforeAll(async () => {
    app = await startBrowserApp();
    ({ server, page } = app);
    mote = await server.as("mote");
    const [name, value] = mote.cookie!.split("=");
    await app.context.addCookies([{ name, value, url: server.url }]);
    await page.setViewportSize({ width: 1920, height: 1080 });
  });

  afterAll(() => app?.close());
  describePagesOnFailure(() => [page]);

  it("is readable across the room at 1920×1080: counts ≥ 32 px, labels and legend ≥ 24 px, nothing cut off; passes axe", async () => {
    await page.goto(`${server.url}/?years=2024&meeting=1`, { waitUntil: "domcontentloaded" });
    await page.getByTestId("meeting-mode").waitFor();
    await waitForCount(page);
    await page.locator(".leaflet-tooltip.place-label").first().waitFor();
    for (const size of [...(await fontSizes(page, "[data-testid=activity-count]")), ...(await fontSizes(page, ".zone-count")), ...(await fontSizes(page, "[data-testid=meeting-year]"))])
      expect(size).toBeGreaterThanOrEqual(32);
    for (const size of [
      ...(await fontSizes(page, ".leaflet-tooltip.place-label")),
      ...(await fontSizes(page, ".legend-label")),
      ...(await fontSizes(page, ".legend-heading")),
      ...(await fontSizes(page, ".meeting-panel button")),
      ...(await fontSizes(page, "[data-testid=meeting-area]")),
    ])
      expect(size).toBeGreaterThanOrEqual(24);
    // Nothing cut off: the panel and the legend need no scrolling and stay on the screen.
    for (const selector of [".meeting-panel", ".meeting-legend"]) {
      const fit = await page.locator(selector).evaluate((el) => ({ over: el.scrollHeight - el.clientHeight, bottom: el.getBoundingClientRect().bottom }));
      expect(fit.over, selector).toBeLessThanOrEqual(0);
      expect(fit.bottom, selector).toBeLessThanOrEqual(1080);
    }
    expect(await page.getByText("Tangenter: ← → år, ↑ ↓ område").isVisible()).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, "meeting-1920-map.png") });
    await expectNoAxeViolations(page, "meeting mode at 1920×1080");
    // heading-order (a best practice outside the WCAG tags): the zone split follows the h1 as an h2.
    const order = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Document, o: unknown): Promise<{ violations: unknown[] }> } }).axe;
      return (await axe.run(document, { runOnly: { type: "rule", values: ["heading-order"] } })).violations.length;
    });
    expect(order).toBe(0);
  });

  it("steps years with ← → and areas with ↑ ↓, as the buttons do", async () => {
    await page.locator("body").focus();
    await page.keyboard.press("ArrowRight");
    await page.waitForURL(/years=2025(&|$)/);
    expect(await page.getByTestId("meeting-year").textContent()).toBe("2025");
    await page.keyboard.press("ArrowLeft");
    await page.waitForURL(/years=2024(&|$)/);
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => urlParam(page, "areas"), POLL).toBe("VIOLENCE");
    expect(await page.getByTestId("meeting-area").textContent()).toBe("Våld, hat och hot");
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => urlParam(page, "areas"), POLL).toBe("ALCOHOL_DRUGS");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await expect.poll(() => urlParam(page, "areas"), POLL).toBeNull();
    expect(await page.getByTestId("meeting-area").textContent()).toBe("Alla områden");
    // The same by the buttons; arrows on the map (focused) step too, rather than pan.
    await page.getByRole("button", { name: "Nästa område" }).click();
    await expect.poll(() => urlParam(page, "areas"), POLL).toBe("VIOLENCE");
    await page.getByRole("button", { name: "Föregående område" }).click();
    await expect.poll(() => urlParam(page, "areas"), POLL).toBeNull();
    await page.locator(".leaflet-container").focus();
    await page.keyboard.press("ArrowRight");
    await page.waitForURL(/years=2025(&|$)/);
    await page.getByRole("button", { name: "Föregående år" }).click();
    await page.waitForURL(/years=2024(&|$)/);
  });

  it("tells the year in sentences with the follow-up's and the coverage's figures", async () => {
    await page.getByRole("button", { name: "Året i ord" }).click();
    const story = page.getByTestId("year-story");
    await story.getByRole("heading", { name: "2024 i ord" }).waitFor();
    const { followUp } = await mote.ok(FOLLOW_UP, { year: 2024 });
    const measured = followUp.promises.filter((p) => p.status !== "NO_TARGET");
    const met = measured.filter((p) => p.status === "MET").length;
    const missed = measured.filter((p) => p.status === "NOT_MET").map((p) => `Missades: ${p.explanation}.`);
    const { coverage } = await mote.ok(COVERAGE, { filter: { years: [2024], statuses: ["DONE"] } });
    const villages = coverage.places.filter((p) => p.place.kind === "VILLAGE");
    await expect.poll(() => story.getByTestId("story-targets").textContent(), POLL).toBe(`${met} av ${measured.length} mål uppfyllda.`);
    expect(missed.length).toBeGreaterThan(0);
    expect(await story.getByTestId("story-missed").allTextContents()).toEqual(missed);
    expect(await story.getByTestId("story-villages").textContent()).toBe(`Byar nådda: ${villages.filter((v) => v.count > 0).length} av ${villages.length}.`);
    expect(await story.getByTestId("story-activities").textContent()).toMatch(new RegExp(`^${coverage.total} genomförda aktiviteter`));
    for (const size of await fontSizes(page, ".story-figure")) expect(size).toBeGreaterThanOrEqual(32);
    await page.screenshot({ path: path.join(ARTIFACTS, "meeting-1920-story.png") });
    await expectNoAxeViolations(page, "the year in words");

    // One area: its targets only, and the year changes with the arrows.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await story.getByRole("heading", { name: "2024 i ord: Alkohol och droger" }).waitFor();
    const drugs = (await mote.ok(FOLLOW_UP, { year: 2024 })).followUp.promises.filter((p) => p.status !== "NO_TARGET" && p.promise.priorityArea === "ALCOHOL_DRUGS");
    await expect.poll(() => story.getByTestId("story-targets").textContent(), POLL).toBe(`${drugs.filter((p) => p.status === "MET").length} av ${drugs.length} mål uppfyllda.`);
    expect(app.errors).toEqual([]);
  });

  it("while the year runs, the year in words lists the targets at risk at this pace first, each with its forecast", async () => {
    // A promise period for this year (the demo's end in 2025): one target far out of reach, one already met.
    const admin = await server.as("admin");
    const year = new Date().getFullYear();
    const { createPromisePeriod: period } = await admin.ok(CREATE_PERIOD, {
      input: { name: `Medborgarlöfte ${year}`, startYear: year, endYear: year },
    });
    const targets: PromiseTargetInput[] = [
      { measure: "COUNT_PER_YEAR", label: "Narkotikasök med hund (minst 500 per år)", kinds: ["DRUG_DOG_SEARCH"], target: 500 },
      { measure: "COUNT_PER_YEAR", label: "Trafikkontroller (minst 1 per år)", kinds: ["TRAFFIC_CHECK"], target: 1 },
    ];
    for (const [i, target] of targets.entries()) {
      const { createPromise: promise } = await admin.ok(CREATE, {
        periodId: period.id,
        input: { number: i + 1, title: `Löfte ${i + 1}`, description: "Polisen och kommunen följer upp.", organisation: "POLICE", priorityArea: "FLEXIBLE" },
      });
      await admin.ok(SET, { promiseId: promise.id, target });
    }
    const { followUp } = await mote.ok(AT_RISK, { year });
    const atRisk = followUp.promises.filter((p) => p.status === "AT_RISK");
    expect(atRisk.map((p) => p.label)).toEqual(["Narkotikasök med hund (minst 500 per år)"]);
    expect(followUp.promises.find((p) => p.label.startsWith("Trafikkontroller"))!.status).toBe("MET");

    await page.goto(`${server.url}/?years=${year}&meeting=1`, { waitUntil: "domcontentloaded" });
    await page.getByTestId("meeting-mode").waitFor();
    await page.getByRole("button", { name: "Året i ord" }).click();
    const story = page.getByTestId("year-story");
    await story.getByRole("heading", { name: `${year} i ord` }).waitFor();
    const risk = story.getByTestId("story-at-risk");
    await risk.waitFor();
    expect(await risk.getByRole("heading").textContent()).toBe("I riskzonen i den här takten (1)");
    const item = await risk.getByRole("listitem").allTextContents();
    expect(item).toHaveLength(1);
    expect(item[0]).toMatch(new RegExp(`^${atRisk[0].explanation.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: prognos .+ vid årets slut$`));
    // First in the story: before the activities and the targets met.
    const order = await story.locator("[data-testid]").evaluateAll((els) => els.map((el) => el.getAttribute("data-testid")));
    expect(order.indexOf("story-at-risk")).toBeLessThan(order.indexOf("story-activities"));
    await page.screenshot({ path: path.join(ARTIFACTS, "meeting-1920-at-risk.png") });
    await expectNoAxeViolations(page, "the year in words with targets at risk");
  });
});
