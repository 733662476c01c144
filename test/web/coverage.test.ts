import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql";
import type { ActivityFilter } from "../gql/graphql";
import type { GqlClient, TestServer } from "../support/test-server";
import { ARTIFACTS, POLL, browserAvailable, describePagesOnFailure, expectNoAxeViolations, newContext, startBrowserApp, urlParam, waitForCount, type BrowserApp } from "./browser";

const COUNT = graphql(`
  query CoverageWebCountTest($filter: ActivityFilter) {
    activities(filter: $filter, first: 0) {
      totalCount
    }
  }
`);
const NEAREST = graphql(`
  query CoverageWebNearestTest($filter: ActivityFilter, $orderBy: ActivityOrder) {
    activities(filter: $filter, first: 1, orderBy: $orderBy) {
      edges {
        node {
          startsAt
        }
      }
    }
  }
`);
const PERIODS = graphql(`
  query CoverageWebPeriodsTest {
    promisePeriods {
      startYear
      endYear
    }
    places(kinds: [VILLAGE]) {
      id
      name
    }
  }
`);
const CADENCE = graphql(`
  query CoverageWebCadenceTest {
    planningDue {
      cadence {
        kinds
      }
    }
  }
`);

const DAY = 86_400_000;
const ZONE = "Europe/Stockholm";
/** A calendar date in Jokkmokk as the Swedish page writes it (YYYY-MM-DD). */
const localDay = (at: Date) => new Intl.DateTimeFormat("sv-SE", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: ZONE }).format(at);
/** Whole calendar days in Jokkmokk from `from` to `to`. */
const calendarDays = (from: Date, to: Date) => Math.round((Date.parse(localDay(to)) - Date.parse(localDay(from))) / DAY);
const THIS_YEAR = Number(localDay(new Date()).slice(0, 4));
const number = new Intl.NumberFormat("sv-SE");

/** Opens a page of the app; the tests wait for what they need, not for every tile request. */
const open = (page: Page, url: string) => page.goto(url, { waitUntil: "domcontentloaded" });

const run = browserAvailable();

describe.skipIf(!run)("coverage in Chromium: this year and the work ahead, last done and next planned", () => {
  let app: BrowserApp;
  let server: TestServer;
  let errors: string[];
  let page: Page;
  let phone: Page | undefined;
  let polis: GqlClient;
  let mote: GqlClient;
  let porjusId: string;
  /** The default's open end: after the last year one can tick (this year, or a period's last). */
  let onwardFrom: number;

  const total = async (client: GqlClient, filter: ActivityFilter) => (await client.ok(COUNT, { filter })).activities.totalCount;

  /**
   * What the Porjus row must say, from the activities list itself (not from coverage) as `client`
   * sees it; `plannedBy` narrows the planned work to what another reader may see.
   */
  async function expectedPorjus(client: GqlClient, plannedBy: ActivityFilter = {}, doneBy: ActivityFilter = {}): Promise<{ lastDone: string; nextPlanned: string }> {
    const nearest = async (filter: ActivityFilter, direction: "ASC" | "DESC") => {
      const { activities } = await client.ok(NEAREST, {
        filter: { placeIds: [porjusId], ...filter },
        orderBy: { field: "STARTS_AT", direction },
      });
      return activities.edges[0]?.node.startsAt ?? null;
    };
    const now = new Date();
    const [done, planned] = await Promise.all([
      nearest({ statuses: ["DONE"], to: now.toISOString(), ...doneBy }, "DESC"),
      nearest({ statuses: ["PLANNED"], from: now.toISOString(), ...plannedBy }, "ASC"),
    ]);
    const days = (n: number, past: boolean) => (n === 0 ? "i dag" : past ? `för ${number.format(n)} ${n === 1 ? "dag" : "dagar"} sedan` : `om ${number.format(n)} ${n === 1 ? "dag" : "dagar"}`);
    return {
      lastDone: done ? `${localDay(new Date(done))} ${days(calendarDays(new Date(done), now), true)}` : "Ingen genomförd",
      nextPlanned: planned ? `${localDay(new Date(planned))} ${days(calendarDays(now, new Date(planned)), false)}` : "Inget planerat",
    };
  }

  const porjusRow = (p: Page) => p.locator(`[data-testid="coverage-table"] tr[data-place-id="${porjusId}"]`);
  const cell = (p: Page, testId: string) => porjusRow(p).getByTestId(testId);
  const text = async (p: Page, testId: string) => (await cell(p, testId).textContent())?.replace(/\s+/g, " ").trim();

  /** Signs in through the form, typing as a person does, from a fresh visit to the start page. */
  async function signIn(p: Page, username: string): Promise<void> {
    await open(p, server.url);
    await p.waitForURL(/\/logga-in/);
    await p.getByLabel("Användarnamn").pressSequentially(username);
    await p.getByLabel("Lösenord").pressSequentially("jokkmokk");
    await p.keyboard.press("Enter");
    await p.waitForURL((url) => url.pathname === "/" && url.searchParams.has("years"));
  }

  beforeAll(async () => {
    app = await startBrowserApp();
    ({ server, errors, page } = app);
    [polis, mote] = await Promise.all([server.as("polis"), server.as("mote")]);
    const { promisePeriods, places } = await polis.ok(PERIODS);
    onwardFrom = Math.max(THIS_YEAR, ...promisePeriods.map((p) => p.endYear)) + 1;
    porjusId = places.find((p) => p.name === "Porjus")!.id;
  });

  afterAll(() => app?.close());
  describePagesOnFailure(() => [page, phone]);

  it("polis signs in fresh at 1440×900 and sees this year and the work planned ahead, counted and said so", async () => {
    await signIn(page, "polis");
    await page.waitForURL((url) => url.searchParams.get("years") === String(THIS_YEAR) && url.searchParams.get("onward") === String(onwardFrom));
    // Everything from 1 January of this year on, planned work after New Year included.
    const expected = await total(polis, { onwardFromYear: THIS_YEAR });
    expect(expected).toBe(await total(polis, { years: [THIS_YEAR], onwardFromYear: onwardFrom }));
    expect(await total(polis, { onwardFromYear: THIS_YEAR, statuses: ["PLANNED"] })).toBeGreaterThan(0);
    expect(await waitForCount(page)).toBe(expected);
    expect(await page.getByRole("checkbox", { name: String(THIS_YEAR), exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole("checkbox", { name: String(THIS_YEAR - 1), exact: true }).isChecked()).toBe(false);
    expect(await page.getByRole("checkbox", { name: `${onwardFrom} och framåt` }).isChecked()).toBe(true);
    // The promise periods are still a click away.
    expect(await page.getByRole("button", { name: "Löftesperiod 2023–2025" }).count()).toBe(1);
    // The coverage counts say what range they count.
    await expect.poll(() => page.getByTestId("coverage-range").textContent(), POLL).toContain(`Antalen gäller ${THIS_YEAR} och framåt.`);
  });

  it("Porjus shows its last done and next planned activity, the same whatever years are chosen", async () => {
    const expected = await expectedPorjus(polis);
    const table = page.getByTestId("coverage-table");
    for (const header of ["Senast genomförd", "Nästa planerade"]) expect(await table.getByRole("columnheader", { name: header }).count()).toBe(1);
    await expect.poll(() => text(page, "last-done"), POLL).toBe(expected.lastDone);
    expect(await text(page, "next-planned")).toBe(expected.nextPlanned);
    // Planned work is not a visit: the last done lies in the past, the next planned ahead.
    expect(Number(await cell(page, "last-done").getAttribute("data-days"))).toBeGreaterThan(0);
    expect(expected.nextPlanned).toMatch(/^\d{4}-\d{2}-\d{2} (i dag|om \d+ dagar?)$/);

    await porjusRow(page).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, "coverage-desktop.png") });
    // Planera: the same figures, counted over the kinds the village cadence counts (every kind when it names none).
    const { planningDue } = await polis.ok(CADENCE);
    const kinds = planningDue.cadence?.kinds.length ? { kinds: planningDue.cadence.kinds } : {};
    const byCadence = await expectedPorjus(polis, kinds, kinds);
    const planning = page.getByTestId("planning");
    const porjusPlan = planning.locator('tr[data-village="Porjus"]');
    await planning.getByRole("table").waitFor();
    if ((await porjusPlan.count()) === 0) await planning.getByRole("button", { name: /^Visa alla \d+ byar$/ }).click();
    const planCell = async (n: number) => (await porjusPlan.locator("td").nth(n).textContent())?.replace(/\s+/g, " ").trim();
    expect(await planCell(0)).toBe(byCadence.lastDone.replace("Ingen genomförd", "Aldrig besökt"));
    // The list gives the next planned day without the days to it.
    expect(await planCell(3)).toBe(byCadence.nextPlanned.replace(/ (i dag|om \d+ dagar?)$/, ""));
    await planning.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, "coverage-planning.png") });

    // An older period: the counts change, the two figures do not (they cover all time).
    await page.getByRole("button", { name: "Löftesperiod 2023–2025" }).click();
    await page.waitForURL((url) => url.searchParams.get("years") === "2023,2024,2025" && !url.searchParams.has("onward"));
    await expect.poll(() => page.getByTestId("coverage-range").textContent(), POLL).toContain("Antalen gäller 2023–2025.");
    expect(await waitForCount(page)).toBe(await total(polis, { years: [2023, 2024, 2025] }));
    expect(await text(page, "last-done")).toBe(expected.lastDone);
    expect(await text(page, "next-planned")).toBe(expected.nextPlanned);

    // Choosing Porjus tells both figures above its list of activities.
    await porjusRow(page).getByRole("button", { name: "Visa Porjus på kartan" }).click();
    const timeline = page.getByTestId("place-timeline");
    await expect.poll(() => timeline.textContent(), POLL).toContain(`Senast genomförd: ${expected.lastDone.replace(" för", " (för")})`);
    await timeline.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, "coverage-place.png") });
    await page.getByRole("button", { name: "Visa alla platser" }).click();

    // And back to this year and what is planned ahead, by keyboard.
    await page.getByRole("button", { name: "I år och planerat framåt" }).press("Enter");
    await page.waitForURL((url) => url.searchParams.get("years") === String(THIS_YEAR) && url.searchParams.get("onward") === String(onwardFrom));
    await expectNoAxeViolations(page, "the map page with the coverage table");
  });

  it("says the same in English", async () => {
    await page.getByRole("button", { name: "Switch to English" }).click();
    const table = page.getByTestId("coverage-table");
    await table.getByRole("columnheader", { name: "Last done" }).waitFor();
    expect(await table.getByRole("columnheader", { name: "Next planned" }).count()).toBe(1);
    // English dates spell the month (3 Dec 2026), never 03/12/2026 (see dates.test.ts).
    expect(await text(page, "last-done")).toMatch(/^\d{1,2} [A-Z][a-z]{2,3} \d{4} (today|\d+ days? ago)$/);
    expect(await page.getByTestId("coverage-range").textContent()).toContain(`The counts cover ${THIS_YEAR} onward.`);
    expect(await page.getByRole("checkbox", { name: `${onwardFrom} onward` }).isChecked()).toBe(true);
    await page.getByRole("button", { name: "Byt till svenska" }).click();
    await page.getByRole("heading", { name: "Urval" }).waitFor();
  });

  it("keeps a link with explicit years meaning exactly those years", async () => {
    await open(page, `${server.url}/?years=2024`);
    expect(await waitForCount(page)).toBe(await total(polis, { years: [2024] }));
    expect(urlParam(page, "years")).toBe("2024");
    expect(urlParam(page, "onward")).toBeNull();
    expect(await page.getByRole("checkbox", { name: `${onwardFrom} och framåt` }).isChecked()).toBe(false);
    // Ticking the open end adds the work planned ahead.
    await page.getByRole("checkbox", { name: `${onwardFrom} och framåt` }).check();
    await page.waitForURL((url) => url.searchParams.get("onward") === String(onwardFrom));
    await expect.poll(() => waitForCount(page), POLL).toBe(await total(polis, { years: [2024], onwardFromYear: onwardFrom }));
  });

  it("mote signs in fresh on a phone (390×844): the same default, and no police planned work to infer", async () => {
    const made = await newContext(app.browser, server.url);
    made.context.on("page", (p) => p.on("pageerror", (e) => errors.push(e.message)));
    phone = await made.context.newPage();
    phone.setDefaultTimeout(10_000);
    await phone.setViewportSize({ width: 390, height: 844 });
    try {
      await signIn(phone, "mote");
      await phone.waitForURL((url) => url.searchParams.get("years") === String(THIS_YEAR) && url.searchParams.get("onward") === String(onwardFrom));
      expect(await waitForCount(phone)).toBe(await total(mote, { onwardFromYear: THIS_YEAR }));
      // Told from what polis sees: every done activity, but planned work of the municipality or joint only.
      const expected = await expectedPorjus(polis, { organisations: ["MUNICIPALITY", "JOINT"] });
      expect(expected).toEqual(await expectedPorjus(mote));
      await expect.poll(() => text(phone!, "last-done"), POLL).toBe(expected.lastDone);
      expect(await text(phone, "next-planned")).toBe(expected.nextPlanned);
      await porjusRow(phone).scrollIntoViewIfNeeded();
      await phone.screenshot({ path: path.join(ARTIFACTS, "coverage-phone.png") });
    } finally {
      await made.context.close();
      phone = undefined;
    }
    expect(errors).toEqual([]);
  });
});
