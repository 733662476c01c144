import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importBoundary } from "../../api/municipality/boundary-import";
import { startTestServer, type GqlClient, type TestServer } from "../support/test-server";
import { graphql } from "../gql";
import { ARTIFACTS, POLL, boundaryFile, browserAvailable, buildWeb, describePagesOnFailure, expectNoAxeViolations, launchBrowser, newContext, settled, settledPopup, waitForCount } from "./browser";

/** Kvikkjokk (gazetteer.md): a village far from the town. */
const KVIKKJOKK = { lat: 66.9514, lng: 17.7236 };
const COUNT = graphql(`
  query EditingCountTest($filter: ActivityFilter) {
    activities(filter: $filter, first: 0) {
      totalCount
    }
  }
`);
const ACTIVITY = graphql(`
  query EditingActivityTest($id: ID!) {
    activity(id: $id) {
      id
      status
      version
      title
      outcome {
        peopleReached
      }
      place {
        name
      }
    }
  }
`);

const open = (page: Page, url: string) => page.goto(url, { waitUntil: "domcontentloaded" });
const pad = (n: number) => String(n).padStart(2, "0");

const run = browserAvailable();

describe.skipIf(!run)("planning and recording activities in Chromium", { timeout: 90_000 }, () => {
  let server: TestServer;
  let webDir: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];
  let polis: GqlClient;
  let mote: GqlClient;
  let polisPage: Page;
  let motePage: Page;
  let kvikkjokkId: string;
  let activityId: string;
  // Yesterday at 10:00 in the browser's (Stockholm) time: planned, and may be marked done.
  const yesterday = new Date(Date.now() - 86_400_000);
  const year = yesterday.getFullYear();
  const startsAt = `${year}-${pad(yesterday.getMonth() + 1)}-${pad(yesterday.getDate())}T10:00`;
  const filter = { years: [year] };
  const viewUrl = () => `${server.url}/?years=${year}`;
  const total = async (client: GqlClient) => (await client.ok(COUNT, { filter })).activities.totalCount;

  /** A browser context signed in as the API client's user. */
  async function pageAs(client: GqlClient): Promise<Page> {
    const made = await newContext(browser, server.url);
    made.context.on("page", (p) => p.on("pageerror", (e) => errors.push(e.message)));
    contexts.push(made.context);
    const [name, value] = client.cookie!.split("=");
    await made.context.addCookies([{ name, value, url: server.url }]);
    const page = await made.context.newPage();
    page.setDefaultTimeout(10_000);
    return page;
  }

  describePagesOnFailure(() => [polisPage, motePage]);

  const dialog = (page: Page) => page.getByRole("dialog");
  const plannedAtKvikkjokk = async () => {
    const { activities } = await polis.ok(
      graphql(`
        query EditingPlannedTest($filter: ActivityFilter) {
          activities(filter: $filter, first: 500) {
            edges {
              node {
                id
              }
            }
          }
        }
      `),
      { filter: { ...filter, placeIds: [kvikkjokkId], statuses: ["PLANNED"] } },
    );
    return activities.edges.map((e) => e.node.id);
  };
  const dayText = `${year}-${pad(yesterday.getMonth() + 1)}-${pad(yesterday.getDate())}`;

  beforeAll(async () => {
    webDir = fs.mkdtempSync(path.join(os.tmpdir(), "lofteskartan-web-"));
    fs.writeFileSync(path.join(webDir, "index.html"), "");
    const starting = startTestServer({ template: "demo", webDir, env: { TILE_URL: "/tiles/{z}/{x}/{y}.png" } });
    [, browser, server] = await Promise.all([buildWeb(webDir), launchBrowser(), starting]);
    await importBoundary(server.dataSource, await boundaryFile(), "2510");
    [polis, mote] = await Promise.all([server.as("polis"), server.as("mote")]);
    const { places } = await polis.ok(
      graphql(`
        query EditingVillagesTest {
          places(kinds: [VILLAGE]) {
            id
            name
          }
        }
      `),
    );
    kvikkjokkId = places.find((p) => p.name === "Kvikkjokk")!.id;
    [polisPage, motePage] = await Promise.all([pageAs(polis), pageAs(mote)]);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
    if (webDir) fs.rmSync(webDir, { recursive: true, force: true });
  });

  it("polis clicks the map at Kvikkjokk, gets each broken rule beside its field in Swedish, and saves a planned visit that mote never sees", async () => {
    const page = polisPage;
    const [moteBefore, polisBefore, plannedBefore] = [await total(mote), await total(polis), await plannedAtKvikkjokk()];
    await open(page, viewUrl());
    expect(await waitForCount(page)).toBe(polisBefore);
    // Planera: the villages by when a visit falls due, soonest (most overdue) first, each with its own button.
    const planning = page.getByTestId("planning");
    await planning.getByRole("button", { name: /^Visa alla \d+ byar$/ }).click();
    await expect.poll(() => planning.getByRole("button", { name: "Planera besök i Kvikkjokk" }).count(), POLL).toBe(1);
    const days = await planning.locator("tbody td:nth-child(4)").evaluateAll((tds) => tds.map((td) => td.getAttribute("data-due-days")));
    const value = (days: string | null) => (days === null ? Infinity : Number(days));
    expect(days.length).toBeGreaterThan(5);
    expect(days.map(value)).toEqual(days.map(value).sort((x, y) => x - y));

    // Where Kvikkjokk is on screen (the map draws on a canvas); a click there starts a new activity.
    const map = page.locator(".leaflet-map");
    await expect.poll(() => map.evaluate((el) => typeof (el as HTMLElement & { lkPointOf?: unknown }).lkPointOf), POLL).toBe("function");
    // The coverage table zooms the map to Kvikkjokk; a click about a kilometre west of it (clear of
    // the village's markers, which lie within 400 m of it) starts an activity there.
    await page.getByRole("button", { name: "Visa Kvikkjokk på kartan" }).click();
    await page.evaluate(() => document.getElementById("map-title")!.scrollIntoView({ block: "start" }));
    const target = { lat: KVIKKJOKK.lat, lng: KVIKKJOKK.lng - 0.025 };
    // Wait for the map to stop moving.
    const pointOf = () => map.evaluate((el, p) => (el as HTMLElement & { lkPointOf(lat: number, lng: number): { x: number; y: number } }).lkPointOf(p.lat, p.lng), target);
    const point = await settled(page, pointOf);
    const box = (await map.boundingBox())!;
    await page.mouse.click(box.x + point.x, box.y + point.y);
    // The click asks first; only "Planera här" opens the form
    // (pressed once the popup has stopped panning into view, as a person does).
    await (await settledPopup(page, "Planera här")).getByRole("button", { name: "Planera här" }).click();
    await dialog(page).getByRole("heading", { name: "Ny aktivitet" }).waitFor();
    expect(Number(await dialog(page).getByLabel("Latitud").inputValue())).toBeCloseTo(target.lat, 3);
    expect(Number(await dialog(page).getByLabel("Longitud").inputValue())).toBeCloseTo(target.lng, 3);
    expect(await dialog(page).getByLabel("Typ av aktivitet").inputValue()).toBe("VILLAGE_VISIT");
    expect(await dialog(page).getByLabel("Status").inputValue()).toBe("PLANNED");
    expect(await dialog(page).getByLabel("Organisation").inputValue()).toBe("POLICE");
    // Focus is inside the dialog, on its first field.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toBe("activity-kind");

    // No area and a personnummer in the notes: the same rules as the server, beside their fields.
    await dialog(page).getByLabel("Start").fill(startsAt);
    await dialog(page).getByLabel("Anteckningar (valfria)").fill("Samtal med boende 19811228-9874 om trafiken");
    await dialog(page).getByRole("button", { name: "Spara" }).click();
    const notesError = page.locator("#activity-notes-error");
    await notesError.waitFor();
    expect(await notesError.textContent()).toContain("personnummer");
    expect(await dialog(page).getByLabel("Anteckningar (valfria)").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#activity-priorityAreas-error").textContent()).toContain("Välj minst ett prioriterat område");

    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, "editing-form.png") });
    await expectNoAxeViolations(page, "the activity form with errors");

    // A rule only the server can check (the municipal boundary): its Swedish message stands beside the position.
    await dialog(page).getByLabel("Anteckningar (valfria)").fill("Samtal med boende om trafiken");
    await dialog(page).getByLabel("Flexibelt utifrån problembilder").check();
    await dialog(page).getByLabel("Latitud").fill("59.3293");
    await dialog(page).getByRole("button", { name: "Spara" }).click();
    await expect.poll(() => page.locator("#activity-lat-error").textContent(), POLL).toContain("utanför kommunen");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toBe("activity-lat");
    expect(await total(polis)).toBe(polisBefore);

    await dialog(page).getByLabel("Latitud").fill(String(KVIKKJOKK.lat));
    await dialog(page).getByLabel("Longitud").fill(String(KVIKKJOKK.lng));
    // The first answer is lost on its way back: saved again, the form's device id stores one activity.
    let dropped = false;
    await page.route("**/graphql", async (route) => {
      if (!dropped && route.request().postData()?.includes('"CreateActivityMutation"')) {
        dropped = true;
        await route.fetch();
        await route.abort("connectionreset");
        return;
      }
      await route.fallback();
    });
    await dialog(page).getByRole("button", { name: "Spara" }).click();
    await dialog(page).getByText("Kunde inte nå servern").waitFor();
    await dialog(page).getByRole("button", { name: "Spara" }).click();
    await expect.poll(() => dialog(page).count(), POLL).toBe(0);
    await page.unroute("**/graphql");
    expect(await page.getByTestId("editor-status").textContent()).toBe("Aktiviteten sparades.");

    // On the map, in the count, the coverage and the table, as planned.
    await expect.poll(() => waitForCount(page), POLL).toBe(polisBefore + 1);
    await expect.poll(() => map.getAttribute("data-activity-markers"), POLL).toBe(String(polisBefore + 1));
    const after = await plannedAtKvikkjokk();
    const added = after.filter((id) => !plannedBefore.includes(id));
    expect(added).toHaveLength(1);
    activityId = added[0];
    await expect.poll(() => page.locator(`[data-testid="activity-table"] tr[data-activity-id="${activityId}"]`).getAttribute("data-status"), POLL).toBe("PLANNED");

    // mote: neither the API nor the page shows it.
    expect(await total(mote)).toBe(moteBefore);
    expect((await mote.ok(ACTIVITY, { id: activityId })).activity).toBeNull();
    await open(motePage, viewUrl());
    expect(await waitForCount(motePage)).toBe(moteBefore);
    expect(await motePage.locator(`[data-testid="activity-table"] tr[data-activity-id="${activityId}"]`).count()).toBe(0);
    // A reader gets no planning and no click-to-plan.
    expect(await motePage.getByTestId("planning").count()).toBe(0);
    expect(await motePage.locator(".plan-on-click").count()).toBe(0);
  });

  it("a change behind the form's back is a CONFLICT that offers the current version", async () => {
    const page = polisPage;
    // Kvikkjokk is still chosen in the coverage panel: its list opens the activity's popup.
    const item = page.locator(".activity-list li", { hasText: dayText }).filter({ hasText: "Planerad" });
    await item.getByRole("button", { name: "Visa på kartan" }).click();
    // A press on the popup's button released over the map is no click on the map: no new activity.
    const edit = (await settledPopup(page, "Ändra")).getByRole("button", { name: "Ändra" });
    const button = (await edit.boundingBox())!;
    await page.mouse.move(button.x + button.width / 2, button.y + button.height / 2);
    await page.mouse.down();
    await page.mouse.move(button.x + button.width / 2, button.y + button.height + 160, { steps: 4 });
    await page.mouse.up();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await dialog(page).count()).toBe(0);
    expect(await page.getByTestId("plan-here").count()).toBe(0);

    await item.getByRole("button", { name: "Visa på kartan" }).click();
    const popup = await settledPopup(page, "Ändra");
    await popup.getByRole("button", { name: "Ändra" }).click();
    await dialog(page).getByRole("heading", { name: "Ändra aktivitet" }).waitFor();
    await dialog(page).getByLabel("Rubrik (valfri)").waitFor();

    const { activity } = await polis.ok(ACTIVITY, { id: activityId });
    await polis.ok(`mutation ($id: ID!, $version: Int!, $input: ActivityInput!) { updateActivity(id: $id, version: $version, input: $input) { id } }`, {
      id: activityId,
      version: activity!.version,
      input: {
        kind: "VILLAGE_VISIT",
        organisation: "POLICE",
        status: "PLANNED",
        priorityAreas: ["FLEXIBLE", "TRAFFIC"],
        startsAt: new Date(startsAt).toISOString(),
        placeId: kvikkjokkId,
        title: "Ändrad av kollega",
      },
    });
    await dialog(page).getByLabel("Rubrik (valfri)").fill("Min ändring");
    await dialog(page).getByRole("button", { name: "Spara" }).click();
    const conflict = page.getByTestId("conflict");
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain("Någon annan har ändrat aktiviteten");
    await conflict.getByRole("button", { name: "Ladda senaste versionen" }).click();
    await expect.poll(() => dialog(page).getByLabel("Rubrik (valfri)").inputValue(), POLL).toBe("Ändrad av kollega");
    expect(await dialog(page).getByLabel("Trafiksäkerhet").isChecked()).toBe(true);
    expect(await page.getByTestId("conflict").count()).toBe(0);
    // Escape closes the dialog and focus returns to the popup's button.
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog(page).count(), POLL).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), POLL).toBe("Ändra");
  });

  it("polis marks it done with the people reached, and then mote sees it", async () => {
    const page = polisPage;
    const moteBefore = await total(mote);
    const popup = await settledPopup(page, "Markera som genomförd");
    await popup.getByRole("button", { name: "Markera som genomförd" }).click();
    await dialog(page).getByRole("heading", { name: "Markera som genomförd" }).waitFor();
    const people = dialog(page).getByLabel("Personer som nåddes");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toBe("activity-outcome-peopleReached");
    await people.fill("12");
    await dialog(page).getByRole("button", { name: "Spara" }).click();
    await expect.poll(() => dialog(page).count(), POLL).toBe(0);

    const { activity } = await polis.ok(ACTIVITY, { id: activityId });
    expect(activity).toMatchObject({ status: "DONE", outcome: { peopleReached: 12 } });
    await expect.poll(() => page.locator(`[data-testid="activity-table"] tr[data-activity-id="${activityId}"]`).getAttribute("data-status"), POLL).toBe("DONE");
    // In the planning list Kvikkjokk was visited yesterday at the latest.
    const kvikkjokkDays = page.getByTestId("planning").locator("tr", { hasText: "Kvikkjokk" }).locator("td").first();
    await expect.poll(async () => Number((await kvikkjokkDays.getAttribute("data-days")) ?? NaN), POLL).toBeLessThanOrEqual(1);

    expect(await total(mote)).toBe(moteBefore + 1);
    expect((await mote.ok(ACTIVITY, { id: activityId })).activity?.status).toBe("DONE");
    await open(motePage, viewUrl());
    expect(await waitForCount(motePage)).toBe(moteBefore + 1);
    await expect.poll(() => motePage.locator(`[data-testid="activity-table"] tr[data-activity-id="${activityId}"]`).count(), POLL).toBe(1);
    expect(errors).toEqual([]);
  });

  it("polis deletes it from the popup; the admin pages list it as deleted and restore it", async () => {
    const page = polisPage;
    const item = page.locator(".activity-list li", { hasText: dayText }).filter({ hasText: "Genomförd" });
    await item.getByRole("button", { name: "Visa på kartan" }).click();
    await (await settledPopup(page, "Ta bort")).getByRole("button", { name: "Ta bort" }).click();
    await dialog(page).getByRole("heading", { name: "Ta bort aktivitet" }).waitFor();
    await dialog(page).getByRole("button", { name: "Ta bort" }).click();
    await expect.poll(() => dialog(page).count(), POLL).toBe(0);
    expect((await polis.ok(ACTIVITY, { id: activityId })).activity).toBeNull();
    await expect.poll(() => page.locator(`[data-testid="activity-table"] tr[data-activity-id="${activityId}"]`).count(), POLL).toBe(0);

    const admin = await server.as("admin");
    const adminPage = await pageAs(admin);
    await open(adminPage, `${server.url}/admin`);
    await adminPage.getByRole("heading", { name: "Administration", level: 1 }).waitFor();
    await expect.poll(() => adminPage.getByTestId("places").locator("tbody tr").count(), POLL).toBeGreaterThan(5);
    await adminPage.getByRole("button", { name: "Ändra Kvikkjokk" }).click();
    expect(await adminPage.getByLabel("Namn", { exact: true }).inputValue()).toBe("Kvikkjokk");
    await adminPage.locator(".admin-map").waitFor();
    await adminPage.screenshot({ path: path.join(ARTIFACTS, "admin-places.png"), fullPage: false });
    await expectNoAxeViolations(adminPage, "the admin places page");

    await adminPage.getByRole("link", { name: "Borttagna aktiviteter" }).click();
    await adminPage.waitForURL(/\/admin\/borttagna$/);
    await adminPage
      .getByRole("button", { name: /^Återställ Besök i byarna/ })
      .first()
      .click();
    await expect.poll(() => adminPage.getByRole("status").filter({ hasText: "Aktiviteten är återställd." }).count(), POLL).toBe(1);
    expect((await polis.ok(ACTIVITY, { id: activityId })).activity?.status).toBe("DONE");
    // Other roles have no admin link and get no admin page.
    expect(await page.getByRole("link", { name: "Administration" }).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
