import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GqlClient } from "../support/test-server";
import { graphql } from "../gql";
import type { ActivityInput, TablePlacesTestQuery } from "../gql/graphql";
import { ARTIFACTS, POLL, browserAvailable, describePagesOnFailure, expectNoAxeViolations, settled, signInThroughForm, startBrowserApp, waitForCount, yesterday, type BrowserApp } from "./browser";

const CREATE = graphql(`
  mutation TableCreateTest($input: ActivityInput!) {
    createActivity(input: $input) {
      id
    }
  }
`);
const ACTIVITY = graphql(`
  query TableActivityTest($id: ID!) {
    activity(id: $id) {
      id
      title
      status
      outcome {
        vehiclesChecked
        peopleReached
      }
    }
  }
`);
const PLACES = graphql(`
  query TablePlacesTest {
    places {
      id
      name
    }
  }
`);
const PAGE = graphql(`
  query TablePageTest($filter: ActivityFilter, $first: Int, $after: String) {
    activities(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
      }
      edges {
        node {
          id
        }
      }
    }
  }
`);

/** The two sizes: a desk and a phone. */
const SIZES = [
  { name: "desk", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

/**
 * Each role's own planned activity at a village, and the outcome field "Markera som genomförd"
 * focuses for its kind.
 */
const ROLES = {
  polis: {
    kind: "TRAFFIC_CHECK",
    kindLabel: "Trafikkontroll",
    organisation: "POLICE",
    areas: ["TRAFFIC", "ALCOHOL_DRUGS"],
    place: "Porjus",
    title: "Nykterhetskontroll vid bron",
    figure: { label: "Kontrollerade fordon", id: "activity-outcome-vehiclesChecked", field: "vehiclesChecked", value: "57" },
  },
  kommun: {
    kind: "CITIZEN_DIALOGUE",
    kindLabel: "Medborgardialog",
    organisation: "MUNICIPALITY",
    areas: ["VIOLENCE"],
    place: "Vuollerim",
    title: "Byträff om tryggheten",
    figure: { label: "Personer som nåddes", id: "activity-outcome-peopleReached", field: "peopleReached", value: "23" },
  },
} as const;

/** A whole journey on a busy machine. */
const JOURNEY_TIMEOUT = 150_000;
const run = browserAvailable();

describe.skipIf(!run)("the activity table: search, row actions and the map, as polis and kommun, at a desk and on a phone", () => {
  let app: BrowserApp;
  let clients: Record<"polis" | "kommun", GqlClient>;
  let places: TablePlacesTestQuery["places"];
  const pages: Page[] = [];
  // Yesterday at 10:00 in Stockholm: planned, and may be marked done today.
  const { day, year } = yesterday();

  describePagesOnFailure(() => pages);

  beforeAll(async () => {
    app = await startBrowserApp();
    clients = { polis: await app.server.as("polis"), kommun: await app.server.as("kommun") };
    places = (await clients.polis.ok(PLACES)).places;
    // Planned police work that kommun must not find by any word of it.
    await create(clients.polis, { kind: "TARGETED_OPERATION", organisation: "POLICE", priorityAreas: ["ALCOHOL_DRUGS"], title: "Hemlig tabellinsats mot langning", placeId: placeId("Vuollerim") });
  });
  afterAll(async () => {
    await app?.close();
  });

  const placeId = (name: string) => places.find((p) => p.name === name)!.id;
  async function create(client: GqlClient, input: Omit<ActivityInput, "status" | "startsAt">): Promise<string> {
    const { createActivity } = await client.ok(CREATE, { input: { status: "PLANNED", startsAt: new Date(`${day}T10:00:00`).toISOString(), ...input } });
    return createActivity.id;
  }
  const read = async (id: string) => (await clients.polis.ok(ACTIVITY, { id })).activity;

  /** A fresh browser at `size`, signed in through the sign-in page. */
  async function signInAt(username: string, size: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
    const signedIn = await signInThroughForm(app, username, size);
    pages.push(signedIn.page);
    return signedIn;
  }

  const rows = (page: Page) => page.getByTestId("activity-table").locator("tbody tr");
  const focusInside = (locator: Locator) => locator.evaluate((el) => el.contains(document.activeElement));
  const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent ?? null);

  /** The visible notice after a save or a delete; closed by its button unless `keep`. */
  async function notice(page: Page, text: string, keep = false): Promise<void> {
    const toast = page.getByTestId("editor-toast");
    await expect.poll(() => toast.getByRole("status").textContent(), POLL).toBe(text);
    expect((await toast.boundingBox())!.width).toBeGreaterThan(150);
    if (keep) return;
    await toast.getByRole("button", { name: "Stäng meddelandet" }).click();
    await expect.poll(() => toast.getByRole("status").textContent(), POLL).toBe("");
  }

  /** The open popup once its details are in and it has stopped moving; checked to lie inside the map. */
  async function openPopup(page: Page): Promise<Locator> {
    const popup = page.locator(".leaflet-popup");
    await popup.getByText("Organisation").waitFor();
    const box = await settled(page, () => popup.boundingBox());
    const map = (await page.locator(".leaflet-map").boundingBox())!;
    expect(box!.x, "popup inside the map's left edge").toBeGreaterThanOrEqual(map.x);
    expect(box!.x + box!.width, "popup inside the map's right edge").toBeLessThanOrEqual(map.x + map.width + 0.5);
    expect(box!.y, "popup inside the map's top").toBeGreaterThanOrEqual(map.y);
    expect(box!.y + box!.height, "popup inside the map's bottom").toBeLessThanOrEqual(map.y + map.height + 0.5);
    return popup;
  }

  for (const size of SIZES) {
    for (const [username, role] of Object.entries(ROLES) as Array<[keyof typeof ROLES, (typeof ROLES)[keyof typeof ROLES]]>) {
      it(
        `${username} at ${size.name} ${size.width}×${size.height}: searches, edits, marks done, deletes and undoes from a row, shows it on the map and opens its mark by keyboard`,
        async () => {
          const token = `tabellprov-${username}-${size.name}`;
          const title = `${role.title} ${token}`;
          const id = await create(clients[username], { kind: role.kind, organisation: role.organisation, priorityAreas: [...role.areas], title, placeId: placeId(role.place) });
          const { page, errors } = await signInAt(username, size);
          await page.goto(`${app.server.url}/?years=${year}`, { waitUntil: "domcontentloaded" });
          const before = await waitForCount(page);
          expect(before).toBeGreaterThan(25);
          await expect.poll(() => rows(page).count(), POLL).toBe(25);

          // The search: a word of the title and the place's name, typed as a person types.
          const search = page.getByLabel("Sök i rubrik och plats");
          await search.pressSequentially(`${token} ${role.place.toLowerCase()}`);
          await page.waitForURL((url) => url.searchParams.get("q") === `${token} ${role.place.toLowerCase()}`);
          await expect.poll(() => rows(page).count(), POLL).toBe(1);
          const row = rows(page).first();
          expect(await row.getAttribute("data-activity-id")).toBe(id);
          expect(await row.textContent()).toContain(title);
          // The count and the map follow the search.
          expect(await waitForCount(page)).toBe(1);
          expect(await page.getByTestId("activity-count").textContent()).toContain(`som matchar sökningen ”${token} ${role.place.toLowerCase()}”`);
          await expect.poll(() => page.locator(".leaflet-map").getAttribute("data-activity-markers"), POLL).toBe("1");
          expect(await page.getByTestId("pager-range").textContent()).toBe("Visar 1–1 av 1");
          // The search field kept what was typed, and its focus.
          expect(await search.inputValue()).toBe(`${token} ${role.place.toLowerCase()}`);
          expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
          await row.scrollIntoViewIfNeeded();
          await page.screenshot({ path: path.join(ARTIFACTS, `table-${username}-${size.name}-search.png`) });
          await expectNoAxeViolations(page, `the searched table as ${username} at ${size.name}`);

          // Ändra: a longer title, saved; the row tells it.
          await row.getByRole("button", { name: "Ändra" }).click();
          const dialog = page.getByRole("dialog");
          await dialog.getByRole("heading", { name: "Ändra aktivitet" }).waitFor();
          const titleField = dialog.getByLabel("Rubrik (valfri)");
          expect(await titleField.inputValue()).toBe(title);
          await titleField.press("End");
          await titleField.pressSequentially(" i regn");
          await dialog.getByRole("button", { name: "Spara" }).click();
          await expect.poll(() => dialog.count(), POLL).toBe(0);
          await notice(page, "Aktiviteten sparades.");
          expect((await read(id))!.title).toBe(`${title} i regn`);
          await expect.poll(() => row.textContent(), POLL).toContain(`${title} i regn`);

          // Markera som genomförd: the first outcome field has the focus and takes a figure.
          await row.getByRole("button", { name: "Markera som genomförd" }).click();
          await dialog.getByRole("heading", { name: "Markera som genomförd" }).waitFor();
          await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toBe(role.figure.id);
          await page.keyboard.type(role.figure.value);
          expect(await dialog.getByLabel(role.figure.label).inputValue()).toBe(role.figure.value);
          expect(errors).toEqual([]);
          await dialog.getByRole("button", { name: "Spara" }).click();
          await expect.poll(() => dialog.count(), POLL).toBe(0);
          await notice(page, "Aktiviteten sparades.");
          expect(await read(id)).toMatchObject({ status: "DONE", outcome: { [role.figure.field]: Number(role.figure.value) } });
          await expect.poll(() => row.getAttribute("data-status"), POLL).toBe("DONE");
          expect(await row.getByRole("button", { name: "Markera som genomförd" }).count()).toBe(0);
          expect(await row.textContent()).toContain(`${role.figure.label}: ${role.figure.value}`);

          // Visa på kartan: the map goes to it, its popup (inside the map) takes the focus; Escape gives it back.
          const show = row.getByRole("button", { name: "Visa på kartan" });
          await show.click();
          let popup = await openPopup(page);
          expect(await popup.textContent()).toContain(`${title} i regn`);
          await expect.poll(() => focusInside(popup), POLL).toBe(true);
          expect(await popup.locator(".leaflet-popup-close-button").getAttribute("aria-label")).toBe("Stäng");
          // The popup offers what the row does, but for the map.
          expect(await popup.getByRole("button").evaluateAll((els) => els.map((el) => el.getAttribute("aria-label") ?? el.textContent))).toEqual(["Ändra", "Ta bort", "Stäng"]);
          await page.screenshot({ path: path.join(ARTIFACTS, `table-${username}-${size.name}-popup.png`) });
          await expectNoAxeViolations(page, `the popup shown from the table as ${username} at ${size.name}`);
          await page.keyboard.press("Escape");
          await expect.poll(() => page.locator(".leaflet-popup").count(), POLL).toBe(0);
          await expect.poll(() => show.evaluate((el) => el === document.activeElement), POLL).toBe(true);
          // Again, closed by its button (by keyboard: Tab reaches it, Enter presses it).
          await page.keyboard.press("Enter");
          popup = await openPopup(page);
          await expect.poll(() => focusInside(popup), POLL).toBe(true);
          await popup.getByRole("button", { name: "Stäng" }).focus();
          await page.keyboard.press("Enter");
          await expect.poll(() => page.locator(".leaflet-popup").count(), POLL).toBe(0);
          await expect.poll(() => show.evaluate((el) => el === document.activeElement), POLL).toBe(true);

          // A mark is a button: Tab reaches it from the map, its name tells kind, title and date; Enter opens it.
          await page.locator(".leaflet-container").focus();
          let mark: string | null = null;
          for (let i = 0; i < 30 && mark === null; i++) {
            await page.keyboard.press("Tab");
            if (await page.evaluate(() => document.activeElement?.classList.contains("activity-marker") ?? false)) mark = await focusedLabel(page);
          }
          expect(mark).toBe(`${role.kindLabel}, ${title} i regn, ${day}, Genomförd`);
          expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("button");
          await page.screenshot({ path: path.join(ARTIFACTS, `table-${username}-${size.name}-mark.png`) });
          await page.keyboard.press("Enter");
          popup = await openPopup(page);
          await expect.poll(() => focusInside(popup), POLL).toBe(true);
          await page.keyboard.press("Escape");
          await expect.poll(() => page.locator(".leaflet-popup").count(), POLL).toBe(0);
          await expect.poll(() => focusedLabel(page), POLL).toBe(mark);
          // Space opens it too.
          await page.keyboard.press(" ");
          popup = await openPopup(page);
          await page.keyboard.press("Escape");
          await expect.poll(() => page.locator(".leaflet-popup").count(), POLL).toBe(0);

          // Ta bort: confirmed in the dialog; the row is gone, the notice offers "Ångra" with the focus on it.
          await row.getByRole("button", { name: "Ta bort" }).click();
          await dialog.getByRole("heading", { name: "Ta bort aktivitet" }).waitFor();
          await dialog.getByRole("button", { name: "Ta bort" }).click();
          await expect.poll(() => dialog.count(), POLL).toBe(0);
          await notice(page, "Aktiviteten togs bort.", true);
          await expect.poll(() => rows(page).count(), POLL).toBe(0);
          expect(await page.getByText(`Inga aktiviteter i urvalet matchar ”${token} ${role.place.toLowerCase()}”.`).count()).toBe(1);
          expect(await read(id)).toBeNull();
          await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), POLL).toBe("Ångra");
          await page.screenshot({ path: path.join(ARTIFACTS, `table-${username}-${size.name}-deleted.png`) });
          await page.keyboard.press("Enter");
          await notice(page, "Aktiviteten är tillbaka.");
          await expect.poll(() => rows(page).count(), POLL).toBe(1);
          expect(await read(id)).toMatchObject({ status: "DONE", title: `${title} i regn` });

          // Planned police work is found by polis only; an emptied search shows the whole selection again.
          await search.fill("");
          await search.pressSequentially("tabellinsats langning");
          await page.waitForURL((url) => url.searchParams.get("q") === "tabellinsats langning");
          if (username === "polis") {
            await expect.poll(() => rows(page).count(), POLL).toBe(1);
          } else {
            await page.getByText("Inga aktiviteter i urvalet matchar ”tabellinsats langning”.").waitFor();
            expect(await rows(page).count()).toBe(0);
            expect(await waitForCount(page)).toBe(0);
          }
          await search.fill("");
          await page.waitForURL((url) => !url.searchParams.has("q"));
          expect(await waitForCount(page)).toBe(before);
          expect(errors).toEqual([]);
          await page.context().close();
        },
        JOURNEY_TIMEOUT,
      );
    }
  }

  it("tells the rows it shows while the next page loads, and the new ones once they are in", async () => {
    const { page } = await signInAt("polis", SIZES[0]);
    await page.goto(`${app.server.url}/?years=2023,2024,2025`, { waitUntil: "domcontentloaded" });
    const total = new Intl.NumberFormat("sv-SE").format(await waitForCount(page));
    const range = page.getByTestId("pager-range");
    await expect.poll(() => range.textContent(), POLL).toBe(`Visar 1–25 av ${total}`);
    const ids = () => rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-activity-id")));
    const firstPage = await ids();
    // The second page is held back until the page has been looked at.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked!: () => void;
    const arrived = new Promise<void>((resolve) => (asked = resolve));
    await page.route("**/graphql", async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string; variables?: { after?: string | null } } | null;
      if (body?.operationName === "ActivityTableQuery" && body.variables?.after) {
        asked();
        await held;
      }
      await route.continue();
    });
    await page.getByRole("button", { name: "Nästa sida" }).click();
    await arrived;
    // Still the first page's rows, and the range says so (it said 26–50 over rows 1–25).
    expect(await ids()).toEqual(firstPage);
    expect(await range.textContent()).toBe(`Visar 1–25 av ${total} · Uppdaterar…`);
    expect(await page.getByTestId("activity-table").getAttribute("aria-busy")).toBe("true");
    release();
    await expect.poll(() => range.textContent(), POLL).toBe(`Visar 26–50 av ${total}`);
    const filter = { years: [2023, 2024, 2025] };
    const first = await clients.polis.ok(PAGE, { filter, first: 25, after: null });
    expect(first.activities.edges.map((e) => e.node.id)).toEqual(firstPage);
    const second = await clients.polis.ok(PAGE, { filter, first: 25, after: first.activities.pageInfo.endCursor });
    expect(await ids()).toEqual(second.activities.edges.map((e) => e.node.id));

    // In English: the search's label, the row's action and the popup's close button.
    await page.getByRole("button", { name: "Switch to English" }).click();
    await page.getByLabel("Search title and place").waitFor();
    const show = rows(page).first().getByRole("button", { name: "Show on the map" });
    await show.click();
    const popup = await openPopup(page);
    expect(await popup.locator(".leaflet-popup-close-button").getAttribute("aria-label")).toBe("Close");
    await popup.getByRole("button", { name: "Close" }).click();
    await expect.poll(() => show.evaluate((el) => el === document.activeElement), POLL).toBe(true);
    await page.context().close();
  });
});
