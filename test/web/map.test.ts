import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedSynthetic } from "../../seed/synthetic";
import type { GqlClient, TestServer } from "../support/test-server";
import { graphql } from "../gql";
import type { ActivityFilter } from "../gql/graphql";
import { ARTIFACTS, POLL, browserAvailable, describePagesOnFailure, expectNoAxeViolations, startBrowserApp, urlParam, waitForCount, type BrowserApp } from "./browser";

/** The latest promise period of the demo data (no period holds 2026): the shortcut the tests take. */
const PERIOD_YEARS = [2023, 2024, 2025];
/** This year in Jokkmokk: the default selection is it and the work planned ahead. */
const THIS_YEAR = Number(new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Europe/Stockholm" }).format(new Date()));
const ALL_YEARS = [2020, 2021, 2022, 2023, 2024, 2025, 2026];

const COUNT = graphql(`
  query MapCountTest($filter: ActivityFilter) {
    activities(filter: $filter, first: 0) {
      totalCount
    }
  }
`);
const COVERAGE = graphql(`
  query MapCoverageTest($filter: ActivityFilter) {
    coverage(filter: $filter) {
      total
      byZone {
        zone
        count
      }
      places {
        place {
          id
          name
        }
        count
      }
      unvisited {
        id
        name
      }
    }
  }
`);
const PAGE = graphql(`
  query MapPageTest($filter: ActivityFilter, $first: Int, $after: String, $orderBy: ActivityOrder) {
    activities(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      edges {
        node {
          id
        }
      }
      pageInfo {
        endCursor
      }
    }
  }
`);
const TOWNS = graphql(`
  query MapTownsTest {
    places(kinds: [TOWN, VILLAGE]) {
      id
    }
  }
`);

type Filter = ActivityFilter;

/** Opens a page of the app; the tests wait for what they need, not for every tile request. */
const open = (page: Page, url: string) => page.goto(url, { waitUntil: "domcontentloaded" });

const run = browserAvailable();

// Vitest passes a run whose only failure is a hook of a skipped suite, so CI gets a test of its own.
it.runIf(process.env.CI === "true")("has Chromium for the browser tests (CI)", () => {
  expect(run, "install Chromium: apt-get install -y chromium").toBe(true);
});

describe.skipIf(!run)("the map intranet in Chromium", () => {
  let app: BrowserApp;
  let server: TestServer;
  let context: BrowserContext;
  let errors: string[];
  let page: Page;
  let mote: GqlClient;
  let polis: GqlClient;
  const total = async (client: GqlClient, filter: Filter) => (await client.ok(COUNT, { filter })).activities.totalCount;

  beforeAll(async () => {
    app = await startBrowserApp();
    ({ server, context, errors, page } = app);
    [mote, polis] = await Promise.all([server.as("mote"), server.as("polis")]);
  });

  afterAll(() => app?.close());
  describePagesOnFailure(() => [page]);

  it("sends a signed-out visitor to a Swedish sign-in page that passes axe and explains a wrong password", async () => {
    await open(page, `${server.url}/?years=2024`);
    await page.waitForURL(/\/logga-in\?next=/);
    expect(await page.getAttribute("html", "lang")).toBe("sv");
    await expect.poll(() => page.getByRole("heading", { name: "Logga in" }).count(), POLL).toBe(1);
    await expectNoAxeViolations(page, "the sign-in page");

    await page.getByLabel("Användarnamn").fill("mote");
    await page.getByLabel("Lösenord").fill("fel lösenord");
    await page.getByRole("button", { name: "Logga in" }).click();
    const alert = page.locator("form [role=alert]");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Fel användarnamn eller lösenord");
    expect(await page.getByLabel("Användarnamn").getAttribute("aria-invalid")).toBe("true");
  });

  it("signs in as mote and reports the API's count on a map of boundary, places and activities without tiles", async () => {
    await page.getByLabel("Lösenord").fill("jokkmokk");
    await page.getByRole("button", { name: "Logga in" }).click();
    // Back to the page asked for before signing in.
    await page.waitForURL((url) => url.pathname === "/" && url.searchParams.get("years") === "2024");
    expect(await waitForCount(page)).toBe(await total(mote, { years: [2024] }));

    // Resetting the selection gives the default: this year and the work planned ahead (see
    // coverage.test.ts); the latest promise period is its shortcut.
    await page.getByRole("button", { name: "Återställ urvalet" }).click();
    await page.waitForURL((url) => url.searchParams.get("years") === String(THIS_YEAR) && url.searchParams.get("onward") === String(THIS_YEAR + 1));
    await page.getByRole("button", { name: "Löftesperiod 2023–2025" }).click();
    await page.waitForURL((url) => url.searchParams.get("years") === PERIOD_YEARS.join(",") && !url.searchParams.has("onward"));
    const shown = await waitForCount(page);
    expect(shown).toBe(await total(mote, { years: PERIOD_YEARS }));
    expect(await page.getByTestId("user").textContent()).toContain("(Läsare)");

    const map = page.locator(".leaflet-map");
    await expect.poll(() => map.getAttribute("data-activity-markers"), POLL).toBe(String(shown));
    expect(await page.locator("path.municipal-boundary").count()).toBe(1);
    const { places: towns } = await mote.ok(TOWNS);
    // Every place is labelled, or its name counted as left out for lack of room (map-labels.test.ts).
    // (A label that moves fades out for 200 ms: poll until the old ones are gone.)
    await expect.poll(async () => (await page.locator(".place-label").count()) + Number(await map.getAttribute("data-hidden-labels")), POLL).toBe(towns.length);
    expect(await page.locator(".place-label", { hasText: "Jåhkåmåhkke" }).count()).toBe(1);
    expect(await page.locator(".activity-cluster").count()).toBeGreaterThan(0);
    // The tile requests went to the local path and drew nothing: the plain background shows.
    expect(await page.locator(".leaflet-tile-loaded").count()).toBe(0);
    await expect.poll(() => page.locator(".legend").textContent(), POLL).toContain("Trafikkontroll");
    expect(await page.locator(".leaflet-control-scale").count()).toBe(1);

    await page.mouse.move(0, 0);
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      document.querySelector(".filters")?.scrollTo(0, 0);
    });
    await page.screenshot({ path: path.join(ARTIFACTS, "map-page.png"), fullPage: false });
    await expectNoAxeViolations(page, "the map page");
  });

  it("unticking a priority area changes the count and the URL; a reload keeps it (and draws markers soon); a link opens a view", async () => {
    const before = await waitForCount(page);
    // Keyboard only: focus the checkbox and press Space.
    const violence = page.getByRole("checkbox", { name: "Våld, hat och hot" });
    await violence.focus();
    await page.keyboard.press("Space");
    await page.waitForURL(/areas=ALCOHOL_DRUGS,TRAFFIC,FLEXIBLE/);
    const threeAreas: Filter = { years: PERIOD_YEARS, priorityAreas: ["ALCOHOL_DRUGS", "TRAFFIC", "FLEXIBLE"] };
    const expected = await total(mote, threeAreas);
    expect(expected).toBeLessThan(before);
    await expect.poll(() => waitForCount(page), POLL).toBe(expected);

    await page.reload({ waitUntil: "domcontentloaded" });
    expect(await waitForCount(page)).toBe(expected);
    // The reload with a session is also the measure of load to first markers (a performance mark).
    const ms = await page.evaluate(async () => {
      for (let i = 0; i < 100 && performance.getEntriesByName("lk:markers-drawn").length === 0; i++) await new Promise((r) => setTimeout(r, 50));
      return performance.getEntriesByName("lk:markers-drawn")[0]?.startTime ?? null;
    });
    expect(ms).not.toBeNull();
    console.log(`[web] first markers drawn ${Math.round(ms!)} ms after navigation start (Chromium, local server)`);
    expect(await page.getByRole("checkbox", { name: "Våld, hat och hot" }).isChecked()).toBe(false);
    expect(await page.getByRole("checkbox", { name: "Trafiksäkerhet" }).isChecked()).toBe(true);

    const link = `${server.url}/?years=2022&orgs=POLICE&kinds=TRAFFIC_CHECK&zones=VILLAGE,RURAL`;
    const other = await context.newPage();
    await open(other, link);
    const linked = await waitForCount(other);
    expect(linked).toBe(await total(mote, { years: [2022], organisations: ["POLICE"], kinds: ["TRAFFIC_CHECK"], zones: ["VILLAGE", "RURAL"] }));
    expect(linked).toBeGreaterThan(0);
    expect(await other.getByRole("checkbox", { name: "2022" }).isChecked()).toBe(true);
    expect(await other.getByRole("checkbox", { name: "2023" }).isChecked()).toBe(false);
    expect(await other.getByRole("checkbox", { name: "Tätorten" }).isChecked()).toBe(false);
    expect(await other.getByRole("checkbox", { name: "Kommunen" }).isChecked()).toBe(false);
    await other.close();
  });

  it("offers mote no planned police activities, and polis does", async () => {
    const police = `/?years=${ALL_YEARS.join(",")}&orgs=POLICE`;
    const hiddenStatuses: Filter = { years: ALL_YEARS, organisations: ["POLICE"], statuses: ["PLANNED", "CANCELLED"] };
    await open(page, `${server.url}${police}`);
    await waitForCount(page);
    expect(await page.getByRole("checkbox", { name: "Planerad" }).count()).toBe(0);
    expect(await page.getByText("visas bara för polis och administratör").count()).toBe(1);
    expect(await total(mote, hiddenStatuses)).toBe(0);
    // Unticking "done" leaves the statuses mote is not shown: none.
    await page.getByRole("checkbox", { name: "Genomförd" }).uncheck();
    await page.waitForURL(/statuses=PLANNED,CANCELLED/);
    await expect.poll(() => waitForCount(page), POLL).toBe(0);

    // The same browser as polis (the API client's session), then back to mote.
    const cookie = (client: GqlClient) => {
      const [name, value] = client.cookie!.split("=");
      return [{ name, value, url: server.url }];
    };
    await context.clearCookies();
    await context.addCookies(cookie(polis));
    await open(page, `${server.url}${police}`);
    await waitForCount(page);
    expect(await page.getByTestId("user").textContent()).toContain("(Polisen)");
    expect(await page.getByRole("checkbox", { name: "Planerad" }).count()).toBe(1);
    await page.getByRole("checkbox", { name: "Genomförd" }).uncheck();
    await page.waitForURL(/statuses=PLANNED,CANCELLED/);
    const planned = await total(polis, hiddenStatuses);
    expect(planned).toBeGreaterThan(0);
    await expect.poll(() => waitForCount(page), POLL).toBe(planned);
    await expect.poll(() => page.locator('[data-testid="activity-table"] tbody tr[data-status="PLANNED"]').count(), POLL).toBeGreaterThan(0);
    await context.clearCookies();
    await context.addCookies(cookie(mote));
  });

  it("shows the coverage the API computes, unvisited villages marked and first; choosing a place lists its activities", async () => {
    const filter = { years: [2020] };
    const { coverage } = await mote.ok(COVERAGE, { filter });
    expect(coverage.unvisited.length).toBeGreaterThan(0);
    await open(page, `${server.url}/?years=2020`);
    await waitForCount(page);
    const rows = page.locator('[data-testid="coverage-table"] tbody tr');
    await expect.poll(() => rows.count(), POLL).toBe(coverage.places.length);
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({ id: tr.getAttribute("data-place-id"), count: Number(tr.getAttribute("data-count")), unvisited: tr.hasAttribute("data-unvisited") })),
    );
    expect(new Map(shown.map((r) => [r.id, r.count]))).toEqual(new Map(coverage.places.map((p) => [p.place.id, p.count])));
    const unvisited = new Set(coverage.unvisited.map((p) => p.id));
    // Unvisited first, each marked in the table and on the map.
    expect(shown.slice(0, unvisited.size).every((r) => unvisited.has(r.id!) && r.unvisited)).toBe(true);
    expect(shown.slice(unvisited.size).some((r) => r.unvisited)).toBe(false);
    expect(await page.locator(".badge-unvisited").count()).toBe(unvisited.size);
    await expect.poll(() => page.locator(".place-label-unvisited").count(), POLL).toBe(unvisited.size);
    const village = coverage.unvisited[0].name;
    expect(await page.locator(".place-label-unvisited", { hasText: village }).textContent()).toContain("Ingen aktivitet");
    const zones = await page.locator("[data-testid=zone-figures] .zone-count").allTextContents();
    expect(zones.map(Number)).toEqual(coverage.byZone.map((z) => z.count));

    const visited = coverage.places.find((p) => p.count > 0 && !unvisited.has(p.place.id))!;
    await page.getByRole("button", { name: `Visa ${visited.place.name} på kartan` }).click();
    await page.waitForURL(new RegExp(`place=${visited.place.id}`));
    const list = page.getByTestId("place-activities");
    await expect.poll(() => list.locator("li").count(), POLL).toBe(Math.min(visited.count, 20));
    // The map zoomed in to the place.
    await expect.poll(() => page.locator(".leaflet-control-scale-line").textContent(), POLL).toMatch(/^(\d+ m|[1-5] km)$/);
    await list
      .getByRole("button", { name: /Visa på kartan/ })
      .first()
      .click();
    const popup = page.locator(".leaflet-popup-content");
    await popup.waitFor();
    await expect.poll(() => popup.textContent(), POLL).toContain("Organisation");
    for (const label of ["Datum", "Prioriterade områden", "Plats", "Utfall"]) expect(await popup.textContent()).toContain(label);
    expect(await popup.textContent()).toContain(visited.place.name);
  });

  it("sorts and pages the activity table by keyboard, as the API orders it", async () => {
    const filter = { years: PERIOD_YEARS };
    await page.getByRole("button", { name: "Löftesperiod 2023–2025" }).click();
    await page.waitForURL(/years=2023,2024,2025/);
    await waitForCount(page);
    const table = page.getByTestId("activity-table");
    const ids = () => table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-activity-id")));
    const sortByKind = table.getByRole("button", { name: "Typ" });
    await sortByKind.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/sort=KIND/);
    expect(await table.getByRole("columnheader", { name: "Typ" }).getAttribute("aria-sort")).toBe("ascending");
    // Focus stays on the header button that was pressed.
    expect(await sortByKind.evaluate((el) => el === document.activeElement)).toBe(true);
    const orderBy = { field: "KIND", direction: "ASC" } as const;
    const first = await mote.ok(PAGE, { filter, first: 25, orderBy });
    await expect.poll(ids, POLL).toEqual(first.activities.edges.map((e) => e.node.id));
    await page.getByRole("button", { name: "Nästa sida" }).press("Enter");
    const second = await mote.ok(PAGE, { filter, first: 25, after: first.activities.pageInfo.endCursor, orderBy });
    await expect.poll(ids, POLL).toEqual(second.activities.edges.map((e) => e.node.id));
    expect(await page.getByText(/Visar 26–50 av/).count()).toBe(1);
  });

  it("meeting mode: full-screen map, a year stepper and no editing controls; passes axe", async () => {
    // Back to the whole municipality (a place is still chosen from the coverage test).
    await page.getByRole("button", { name: "Visa alla platser" }).click();
    await page.waitForURL((url) => !url.searchParams.has("place"));
    await page.getByRole("button", { name: "Mötesläge" }).click();
    await page.waitForURL(/meeting=1/);
    await page.getByTestId("meeting-mode").waitFor();
    await waitForCount(page);
    expect(await page.locator("input, select, textarea, [contenteditable]").count()).toBe(0);
    expect(await page.locator("header, aside, [data-testid=activity-table]").count()).toBe(0);
    // Outside the map (whose zoom buttons and clusters are buttons too) only the stepper and the exit.
    const buttons = await page
      .locator(".meeting-side")
      .getByRole("button")
      .evaluateAll((els) => els.map((el) => el.getAttribute("aria-label") ?? el.textContent?.trim()));
    expect(buttons.sort()).toEqual(["Avsluta mötesläget", "Föregående år", "Nästa år", "Föregående område", "Nästa område", "Karta", "Året i ord", "Sedan mötet"].sort());
    // The map fills the screen but for the legend's column on the right (27rem).
    const box = await page.locator(".leaflet-map").boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 1440 - 27 * 16, height: 900 });

    await page.getByRole("button", { name: "Nästa år" }).click();
    await page.waitForURL(/years=2023(&|$)/);
    expect(await page.getByTestId("meeting-year").textContent()).toBe("2023");
    expect(await waitForCount(page)).toBe(await total(mote, { years: [2023] }));
    await page.getByRole("button", { name: "Nästa år" }).click();
    await page.waitForURL(/years=2024(&|$)/);
    expect(await waitForCount(page)).toBe(await total(mote, { years: [2024] }));
    await page.screenshot({ path: path.join(ARTIFACTS, "meeting-mode.png") });
    await expectNoAxeViolations(page, "meeting mode");

    // A link opens meeting mode directly; leaving it brings the filters back.
    await open(page, `${server.url}/?years=2025&meeting=1`);
    await page.getByTestId("meeting-mode").waitFor();
    await page.getByRole("button", { name: "Avsluta mötesläget" }).click();
    await page.getByRole("heading", { name: "Urval" }).waitFor();
    expect(urlParam(page, "meeting")).toBeNull();
  });

  it("switches to English and back, with every visible string translated", async () => {
    await page.getByRole("button", { name: "Switch to English" }).click();
    await page.getByRole("heading", { name: "Selection" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.getByRole("checkbox", { name: "Violence, hate and threats" }).count()).toBe(1);
    expect(await page.getByTestId("activity-count").textContent()).toMatch(/activit(y|ies) in the selection/);
    await page.getByRole("button", { name: "Byt till svenska" }).click();
    await page.getByRole("heading", { name: "Urval" }).waitFor();
  });

  it("groups a selection too large to draw one by one on the server, and still counts it all", async () => {
    // Mutates the data: after the tests that compare the demo data, before signing out.
    await seedSynthetic(server.dataSource, 6000, { years: 2 });
    const years = [2025, 2026];
    const expected = await total(mote, { years });
    expect(expected).toBeGreaterThan(5000);
    await open(page, `${server.url}/?years=${years.join(",")}`);
    expect(await waitForCount(page)).toBe(expected);
    const map = page.locator(".leaflet-map");
    await expect.poll(() => map.getAttribute("data-map-mode"), POLL).toBe("clusters");
    // The first view holds the whole municipality, so the clusters hold every activity.
    await expect.poll(() => map.getAttribute("data-activity-markers"), POLL).toBe(String(expected));
    expect(await page.locator(".activity-cluster").count()).toBeGreaterThan(0);
    expect(await page.locator(".legend-note").count()).toBe(1);
    await page.locator(".leaflet-control-zoom-in").click();
    await expect.poll(() => page.locator(".activity-cluster").count(), POLL).toBeGreaterThan(0);

    // Back to a small selection in the same page (the count is asked alone first): points again.
    await page.getByRole("checkbox", { name: "2026" }).click();
    await page.waitForURL((url) => url.searchParams.get("years") === "2025");
    const small = await total(mote, { years: [2025] });
    expect(small).toBeLessThanOrEqual(5000);
    await expect.poll(() => waitForCount(page), POLL).toBe(small);
    await expect.poll(() => map.getAttribute("data-map-mode"), POLL).toBe("points");
    await expect.poll(() => map.getAttribute("data-activity-markers"), POLL).toBe(String(small));
    expect(await page.locator(".legend-note").count()).toBe(0);
  });

  it("takes the default years from the API's promise periods: a new one that holds today wins", async () => {
    // Mutates the data: after the tests that rely on 2023–2025 being the latest period.
    const admin = await server.as("admin");
    await admin.ok(`mutation ($input: PromisePeriodInput!) { createPromisePeriod(input: $input) { id } }`, {
      input: { startYear: 2026, endYear: 2028, name: "Medborgarlöfte 2026–2028" },
    });
    await open(page, server.url);
    await page.waitForURL((url) => url.searchParams.get("years") === "2026,2027,2028");
    expect(await waitForCount(page)).toBe(await total(mote, { years: [2026, 2027, 2028] }));
    expect(await page.getByRole("button", { name: "Löftesperiod 2026–2028" }).count()).toBe(1);
    expect(await page.getByRole("checkbox", { name: "2028" }).isChecked()).toBe(true);
  });

  it("sends a person whose session ended to the sign-in page, and back to the view afterwards", async () => {
    await open(page, `${server.url}/?years=2021`);
    await waitForCount(page);
    await context.clearCookies();
    // The change needs the API, which now answers UNAUTHENTICATED.
    await page.getByRole("checkbox", { name: "2022" }).click();
    await page.waitForURL(/\/logga-in\?.*expired=1/);
    expect(await page.getByRole("status").first().textContent()).toContain("Logga in igen");
    await page.getByLabel("Användarnamn").fill("mote");
    await page.getByLabel("Lösenord").fill("jokkmokk");
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.waitForURL((url) => url.pathname === "/" && url.searchParams.get("years") === "2021,2022");
    expect(await waitForCount(page)).toBe(await total(mote, { years: [2021, 2022] }));

    await page.getByRole("button", { name: "Logga ut" }).click();
    await page.waitForURL(/\/logga-in/);
    expect(errors).toEqual([]);
  });
});
