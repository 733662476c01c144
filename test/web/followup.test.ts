import fs from "node:fs";
import path from "node:path";
import type { BrowserContext, Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql";
import type { ActivityFilter, FollowUpWebOrgTestQuery } from "../gql/graphql";
import { buildActivity } from "../support/factories";
import type { GqlClient, TestServer } from "../support/test-server";
import { ARTIFACTS, POLL, browserAvailable, describePagesOnFailure, expectNoAxeViolations, startBrowserApp, urlParam, type BrowserApp } from "./browser";

const FOLLOW_UP = graphql(`
  query FollowUpWebTest($year: Int!) {
    followUp(year: $year) {
      promises {
        promise {
          number
        }
        status
      }
      villagesReached {
        place {
          name
        }
      }
      villagesNotReached {
        name
      }
    }
  }
`);
const PUBLIC = graphql(`
  query FollowUpWebPublicTest($year: Int!) {
    publicFollowUp(year: $year) {
      promises {
        number
        status
      }
      villages {
        name
        reached
      }
    }
  }
`);
const CSV = graphql(`
  query FollowUpWebCsvTest($filter: ActivityFilter) {
    activitiesCsv(filter: $filter)
  }
`);
const COUNT = graphql(`
  query FollowUpWebCountTest($filter: ActivityFilter) {
    activities(filter: $filter, first: 0) {
      totalCount
    }
  }
`);
const ORG = graphql(`
  query FollowUpWebOrgTest($year: Int!, $organisations: [Organisation!]) {
    followUp(year: $year, organisations: $organisations) {
      total
      villagesReached {
        place {
          name
        }
        count
      }
      villagesNotReached {
        name
      }
    }
  }
`);
const PACE = graphql(`
  query FollowUpWebPaceTest {
    followUp(year: 2024, asOf: "2024-06-30") {
      total
      promises {
        promise {
          number
        }
        status
        forecast
      }
      timeSpent {
        withoutEnd
      }
    }
  }
`);

const open = (page: Page, url: string) => page.goto(url, { waitUntil: "domcontentloaded" });
const BOM = [0xef, 0xbb, 0xbf];

/** The bytes of a finished download. */
async function downloaded(download: Download): Promise<Buffer> {
  return fs.readFileSync((await download.path())!);
}

/**
 * axe's landmark rules (best practice, outside the WCAG tags `expectNoAxeViolations` runs): every
 * repeated landmark has a name of its own. Run after `expectNoAxeViolations`, which loads axe.
 */
async function expectUniqueLandmarks(page: Page, what: string): Promise<void> {
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, options: unknown): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const rules = ["landmark-unique", "landmark-one-main", "landmark-no-duplicate-main", "landmark-no-duplicate-banner", "landmark-no-duplicate-contentinfo"];
    const result = await axe.run(document, { runOnly: { type: "rule", values: rules } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
  expect(violations, `landmark violations on ${what}`).toEqual([]);
}

const run = browserAvailable();

describe.skipIf(!run)("the follow-up pages in Chromium", () => {
  let app: BrowserApp;
  let server: TestServer;
  let context: BrowserContext;
  let errors: string[];
  let page: Page;
  let mote: GqlClient;
  let polis: GqlClient;
  const signInAs = async (client: GqlClient) => {
    const [name, value] = client.cookie!.split("=");
    await context.clearCookies();
    await context.addCookies([{ name, value, url: server.url }]);
  };

  beforeAll(async () => {
    app = await startBrowserApp();
    ({ server, context, errors, page } = app);
    [mote, polis] = await Promise.all([server.as("mote"), server.as("polis")]);
  });

  afterAll(() => app?.close());
  describePagesOnFailure(() => [page]);

  it("opens the public follow-up of 2024 without signing in: every promise, every village, by month; passes axe", async () => {
    const { publicFollowUp } = await server.client().ok(PUBLIC, { year: 2024 });
    await open(page, `${server.url}/uppfoljning/2024`);
    await page.getByRole("heading", { level: 1, name: "Medborgarlöftena i Jokkmokk: uppföljning 2024" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/uppfoljning/2024");
    expect(await page.getAttribute("html", "lang")).toBe("sv");
    const cards = page.getByTestId("promise-card");
    await expect.poll(() => cards.count(), POLL).toBe(publicFollowUp.promises.length);
    expect(await cards.evaluateAll((els) => els.map((el) => Number(el.getAttribute("data-promise"))))).toEqual(publicFollowUp.promises.map((p) => p.number));
    const five = page.locator('[data-testid="promise-card"][data-promise="5"]');
    expect(await five.getAttribute("data-status")).toBe("NOT_MET");
    expect(await five.textContent()).toContain("Ej uppfyllt");

    const rows = page.locator('[data-testid="public-villages"] tbody tr');
    expect(await rows.count()).toBe(publicFollowUp.villages.length);
    // Reached or not in words, not by the mark's colour alone.
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => [tr.querySelector("th")!.childNodes[0].textContent, tr.querySelector(".status-badge")!.textContent]));
    expect(shown).toEqual(publicFollowUp.villages.map((v) => [v.name, v.reached ? "✓\u00a0Nådd" : "✗\u00a0Inte nådd"]));
    expect(await page.getByRole("table", { name: /per månad 2024/ }).count()).toBe(1);
    await page.screenshot({ path: path.join(ARTIFACTS, "followup-public.png"), fullPage: true });
    await expectNoAxeViolations(page, "the public follow-up");
  });

  it("shows mote a card per promise result of 2024 with status in words, the trend since 2020 and the villages; passes axe", async () => {
    await signInAs(mote);
    const { followUp } = await mote.ok(FOLLOW_UP, { year: 2024 });
    await open(page, `${server.url}/uppfoljning?year=2024`);
    await page.getByRole("heading", { level: 1, name: "Uppföljning av medborgarlöftena 2024" }).waitFor();
    const cards = page.getByTestId("promise-card");
    await expect.poll(() => cards.count(), POLL).toBe(followUp.promises.length);
    expect(await cards.evaluateAll((els) => els.map((el) => [Number(el.getAttribute("data-promise")), el.getAttribute("data-status")]))).toEqual(
      followUp.promises.map((p) => [p.promise.number, p.status]),
    );
    const five = page.locator('[data-testid="promise-card"][data-promise="5"]');
    expect(await five.textContent()).toContain("Ej uppfyllt");
    expect(await five.textContent()).toContain("0 av minst 1 narkotikasök med hund på gymnasiet");
    expect(await page.getByText("Löftesperiod: Medborgarlöfte 2023–2025 (2023–2025)").count()).toBe(1);
    expect(await page.getByRole("link", { name: "Uppföljning" }).getAttribute("aria-current")).toBe("page");

    // One column a year from 2020 to the chosen year: the 2024 report says nothing of 2025 or 2026.
    const trend = page.getByRole("table", { name: /per typ och år/ });
    await trend.waitFor();
    expect(await trend.locator("thead th").allTextContents()).toEqual(["Typ", "2020", "2021", "2022", "2023", "2024"]);
    expect(
      await page
        .getByRole("table", { name: /tätorten, i byarna/ })
        .locator("tbody th")
        .allTextContents(),
    ).toEqual(["2020", "2021", "2022", "2023", "2024"]);
    expect(await page.getByTestId("villages-reached").locator("li").count()).toBe(followUp.villagesReached.length);
    expect(await page.getByTestId("villages-not-reached").locator("li").allTextContents()).toEqual(followUp.villagesNotReached.map((v) => v.name));
    await expect.poll(() => page.locator(".village-map .place-label-unvisited").count(), POLL).toBe(followUp.villagesNotReached.length);

    await page.screenshot({ path: path.join(ARTIFACTS, "followup-page.png"), fullPage: true });
    await expectNoAxeViolations(page, "the follow-up page");
    await expectUniqueLandmarks(page, "the follow-up page");
  });

  it("prints an A4 report with every promise, the period, the source and no navigation", async () => {
    await page.emulateMedia({ media: "print" });
    try {
      for (const hidden of [".app-header", ".followup-toolbar", ".skip-links"]) expect(await page.locator(hidden).isVisible()).toBe(false);
      const cards = page.getByTestId("promise-card");
      const visible = await cards.evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length);
      expect(visible).toBe(await cards.count());
      for (const text of ["Löfteskartan · Medborgarlöften i Jokkmokks kommun", "Medborgarlöfte 2023–2025", "Sammanställd", "Källa: Löfteskartan"]) {
        expect(await page.getByText(text).first().isVisible(), text).toBe(true);
      }
      await page.setViewportSize({ width: 794, height: 1123 });
      await page.screenshot({ path: path.join(ARTIFACTS, "followup-print.png"), fullPage: true });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      fs.writeFileSync(path.join(ARTIFACTS, "followup-2024.pdf"), pdf);
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      // A4 (595 × 842 points), a few pages.
      expect(pdf.toString("latin1")).toMatch(/\/MediaBox \[0 0 59[45]\.\d+ 841\.\d+\]/);
      const pages = pdf.toString("latin1").match(/\/Type \/Page\b/g)?.length ?? 0;
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(6);
    } finally {
      await page.emulateMedia({ media: "screen" });
      await page.setViewportSize({ width: 1440, height: 900 });
    }
  });

  it("downloads the follow-up table and the map's selection as CSV with a BOM, without what mote may not see", async () => {
    const saved = page.locator(".followup-toolbar").getByTestId("csv-saved");
    expect(await saved.textContent()).toBe("");
    const [table] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Ladda ner tabellen (CSV)" }).click()]);
    expect(table.suggestedFilename()).toBe("uppfoljning-2024.csv");
    // A visible confirmation naming the file downloaded; gone once the year changes, then naming the new one.
    await expect.poll(() => saved.textContent(), POLL).toBe("✓ Filen uppfoljning-2024.csv är nedladdad.");
    expect(await saved.isVisible()).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, "followup-downloaded.png") });
    await page.getByLabel("År", { exact: true }).selectOption("2023");
    await page.getByRole("heading", { level: 1, name: "Uppföljning av medborgarlöftena 2023" }).waitFor();
    expect(await saved.textContent()).toBe("");
    const [other] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Ladda ner tabellen (CSV)" }).click()]);
    expect(other.suggestedFilename()).toBe("uppfoljning-2023.csv");
    await expect.poll(() => saved.textContent(), POLL).toBe("✓ Filen uppfoljning-2023.csv är nedladdad.");
    const tableBytes = await downloaded(table);
    expect([...tableBytes.subarray(0, 3)]).toEqual(BOM);
    const tableText = tableBytes.toString("utf8");
    expect(tableText).toContain("Löfte");
    expect(tableText).toContain("Ej uppfyllt");

    // Every year, police only: mote's file holds the done ones; polis's answer holds planned ones too.
    const filter = { years: [2020, 2021, 2022, 2023, 2024, 2025, 2026], organisations: ["POLICE"] } satisfies ActivityFilter;
    await open(page, `${server.url}/?years=${filter.years.join(",")}&orgs=POLICE`);
    await page.locator('[data-testid="activity-count"][data-count]:not([aria-busy])').waitFor();
    const [selection] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Ladda ner urvalet (CSV)" }).click()]);
    const bytes = await downloaded(selection);
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);
    const lines = bytes.toString("utf8").slice(1).split("\r\n").filter(Boolean);
    const status = lines[0].split(";").indexOf("Status");
    expect(status).toBeGreaterThan(0);
    const statuses = new Set(lines.slice(1).map((line) => line.split(";")[status]));
    expect(statuses).toEqual(new Set(["Genomförd"]));
    const { activities } = await mote.ok(COUNT, { filter });
    expect(lines.length - 1).toBe(activities.totalCount);
    const { activitiesCsv } = await polis.ok(CSV, { filter });
    expect(activitiesCsv).toContain(";Planerad;");
  });

  it("opens the latest year with a period by default; switches to English", async () => {
    await open(page, `${server.url}/uppfoljning`);
    await page.getByRole("heading", { level: 1, name: /Uppföljning av medborgarlöftena \d{4}/ }).waitFor();
    // Today 2026 has no period yet, so the last year of 2023–2025; a year within a period is the current one.
    const thisYear = new Date().getFullYear();
    expect(await page.getByLabel("År", { exact: true }).inputValue()).toBe(String(thisYear > 2025 ? 2025 : thisYear));
    await page.getByRole("button", { name: "Switch to English" }).click();
    await page.getByRole("heading", { level: 1, name: /Follow-up of the citizen promises/ }).waitFor();
    expect(await page.getByRole("button", { name: "Print the report" }).count()).toBe(1);
    expect(await page.getByTestId("promise-card").first().textContent()).toMatch(/Target.*Result.*Status/);
    // The promises, their targets and the result sentences in English too, marked as English.
    const five = page.locator('[data-testid="promise-card"][data-promise="5"]');
    expect(await five.locator("h3").textContent()).toBe("Promise 5 Drug search with a dog at the upper secondary school, at least once a year");
    expect(await five.locator(".promise-label").textContent()).toBe("Drug search with a dog at the upper secondary school (at least 1 a year)");
    expect(await five.getByTestId("promise-explanation").textContent()).toMatch(/^\d+ of at least 1 drug search(es)? with a dog at the upper secondary school$/);
    const texts = await page.getByTestId("promise-card").evaluateAll((cards) => cards.map((c) => c.textContent ?? ""));
    for (const text of texts) expect(text).not.toMatch(/ av minst | under \d+ av 12 månader|utanför tätorten|per år|Löfte \d/);
    expect(await five.locator("h3 [lang]").getAttribute("lang")).toBe("en");
    await page.screenshot({ path: path.join(ARTIFACTS, "followup-english.png"), fullPage: true });
    await page.getByRole("button", { name: "Byt till svenska" }).click();
    await page.getByRole("heading", { level: 1, name: /Uppföljning av medborgarlöftena/ }).waitFor();
  });

  it("as kommun, counts the villages of the organisation chosen, as every other figure of the page", async () => {
    const kommun = await server.as("kommun");
    await signInAs(kommun);
    const [all, municipal] = await Promise.all([kommun.ok(ORG, { year: 2024, organisations: null }), kommun.ok(ORG, { year: 2024, organisations: ["MUNICIPALITY"] })]);
    expect(municipal.followUp.villagesReached.length).toBeLessThan(all.followUp.villagesReached.length);
    const reachedShown = () => page.getByTestId("villages-reached").locator("li").allTextContents();
    const asListed = (f: FollowUpWebOrgTestQuery["followUp"]) => f.villagesReached.map((v) => `${v.place.name} (${v.count} ${v.count === 1 ? "aktivitet" : "aktiviteter"})`);

    await open(page, `${server.url}/uppfoljning?year=2024`);
    await page.getByRole("heading", { level: 1, name: "Uppföljning av medborgarlöftena 2024" }).waitFor();
    await expect.poll(reachedShown, POLL).toEqual(asListed(all.followUp));
    const organisation = page.getByLabel("Organisation", { exact: true });
    await organisation.focus();
    await organisation.selectOption({ label: "Kommunen" });
    await expect.poll(() => urlParam(page, "org"), POLL).toBe("MUNICIPALITY");
    await expect.poll(reachedShown, POLL).toEqual(asListed(municipal.followUp));
    expect(await page.getByTestId("villages-not-reached").locator("li").count()).toBe(municipal.followUp.villagesNotReached.length);
    expect(await page.getByText(`${municipal.followUp.total} genomförda aktiviteter under 2024`).count()).toBe(1);
    expect(await page.getByTestId("organisation-note").textContent()).toContain("Kommunen");
    // The map marks the villages the municipality did not reach.
    await expect.poll(() => page.locator(".village-map .place-label-unvisited").count(), POLL).toBe(municipal.followUp.villagesNotReached.length);
    await page.screenshot({ path: path.join(ARTIFACTS, "followup-kommun-municipality.png"), fullPage: true });
    await expectNoAxeViolations(page, "the follow-up of one organisation");

    await organisation.selectOption({ label: "Alla organisationer" });
    await expect.poll(reachedShown, POLL).toEqual(asListed(all.followUp));
    expect(urlParam(page, "org")).toBeNull();
  });

  it("says when no period covers the year; an admin creates one there", async () => {
    await open(page, `${server.url}/uppfoljning?year=2026`);
    const note = page.getByTestId("no-period");
    await note.waitFor();
    expect(await note.textContent()).toContain("Ingen löftesperiod omfattar 2026");
    expect(await page.getByRole("button", { name: "Lägg upp perioden" }).count()).toBe(0);

    await signInAs(await server.as("admin"));
    await open(page, `${server.url}/uppfoljning?year=2026`);
    await note.waitFor();
    expect(await page.getByLabel("Namn").inputValue()).toBe("Medborgarlöfte 2026–2028");
    await page.getByRole("button", { name: "Lägg upp perioden" }).click();
    await page.getByText("Löftesperiod: Medborgarlöfte 2026–2028 (2026–2028)").waitFor();
    expect(await note.count()).toBe(0);
    expect(errors).toEqual([]);
  });
  it("as on a typed day: the forecast beside each target, the day in the URL, the hours and the activities without an end (1440×900 and 390×844)", async () => {
    await signInAs(mote);
    // A foot patrol recorded without an end: the page says its time is not counted.
    await buildActivity(server.dataSource, { startsAt: "2024-05-15T10:00:00+02:00", lat: 66.6053, lng: 19.8281 });
    const { followUp } = await mote.ok(PACE);
    for (const size of [
      { width: 1440, height: 900 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(size);
      await open(page, `${server.url}/uppfoljning?year=2024`);
      await page.getByRole("heading", { level: 1, name: "Uppföljning av medborgarlöftena 2024" }).waitFor();
      const field = page.getByLabel("Som den");
      await field.focus();
      // Chromium's date field takes a whole day through fill (as the other date fields' tests do).
      await field.fill("2024-06-30");
      await expect.poll(() => urlParam(page, "asOf"), POLL).toBe("2024-06-30");
      const cards = page.getByTestId("promise-card");
      await expect.poll(() => cards.evaluateAll((els) => els.map((el) => el.getAttribute("data-status"))), POLL).toEqual(followUp.promises.map((p) => p.status));
      // Every target with a forecast shows it (a village cadence has none).
      expect(followUp.promises.filter((p) => p.forecast !== null).length).toBeGreaterThan(5);
      expect(await page.getByTestId("promise-forecast").count()).toBe(followUp.promises.filter((p) => p.forecast !== null).length);
      const five = page.locator('[data-testid="promise-card"][data-promise="5"]');
      expect(await five.getAttribute("data-status")).toBe("AT_RISK");
      expect(await five.textContent()).toContain("I riskzonen");
      expect(await five.getByTestId("promise-forecast").textContent()).toBe("cirka 0");
      expect(await page.getByTestId("as-of-note").textContent()).toContain("2024-06-30");
      expect(followUp.timeSpent.withoutEnd).toBe(1);
      expect(await page.getByTestId("time-without-end").textContent()).toBe("1 aktivitet utan sluttid räknas inte.");
      // The trend's column of the chosen year counts to the same day as the rest of the page.
      const trendTotal = page
        .getByRole("table", { name: /per typ och år/ })
        .locator("tr.total-row td")
        .last();
      await expect.poll(() => trendTotal.textContent(), POLL).toBe(String(followUp.total));
      await page.screenshot({ path: path.join(ARTIFACTS, `followup-as-of-${size.width}.png`), fullPage: true });
      // The parts to look at closely on a phone: a card with its forecast, and the time on site.
      if (size.width < 400) {
        await five.screenshot({ path: path.join(ARTIFACTS, "followup-as-of-390-card.png") });
        await page.getByTestId("time-spent").screenshot({ path: path.join(ARTIFACTS, "followup-as-of-390-time.png") });
      }
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    await expectNoAxeViolations(page, "the follow-up as on a day");
    expect(errors).toEqual([]);
    // Two page sizes and axe on a loaded machine: more than the default 30 s.
  }, 120_000);
});
