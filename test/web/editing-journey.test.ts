import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql";
import type { EditingJourneyPlacesTestQuery } from "../gql/graphql";
import type { GqlClient } from "../support/test-server";
import { ARTIFACTS, POLL, browserAvailable, describePagesOnFailure, expectNoAxeViolations, settled, settledPopup, signInThroughForm, startBrowserApp, type BrowserApp } from "./browser";

const ACTIVITY = graphql(`
  query EditingJourneyActivityTest($id: ID!) {
    activity(id: $id) {
      id
      status
      lat
      lng
      place {
        name
      }
      outcome {
        vehiclesChecked
        breathTests
        suspectedDrunkDriving
        suspectedDrugDriving
      }
    }
  }
`);
const CREATE = graphql(`
  mutation EditingJourneyCreateTest($input: ActivityInput!) {
    createActivity(input: $input) {
      id
    }
  }
`);
const PLACES = graphql(`
  query EditingJourneyPlacesTest {
    places {
      id
      name
    }
  }
`);

/** The two sizes the journey is walked at: a desk and a phone. */
const SIZES = [
  { name: "desk", width: 1440, height: 900, place: "Porjus" },
  { name: "phone", width: 390, height: 844, place: "Vuollerim" },
] as const;

/** What is typed into each outcome field of a traffic check, by its Swedish label. */
const FIGURES = [
  ["Kontrollerade fordon", "143", "vehiclesChecked"],
  ["Utandningsprov", "138", "breathTests"],
  ["Misstänkt rattfylleri", "2", "suspectedDrunkDriving"],
  ["Misstänkt drograttfylleri", "1", "suspectedDrugDriving"],
] as const;

/** A whole journey on a busy machine (the default 30 s is for one step or two). */
const JOURNEY_TIMEOUT = 120_000;
const pad = (n: number) => String(n).padStart(2, "0");
const run = browserAvailable();

describe.skipIf(!run)("the activity editor as polis walks it, at a desk and on a phone", { timeout: 90_000 }, () => {
  let app: BrowserApp;
  let polis: GqlClient;
  let places: EditingJourneyPlacesTestQuery["places"];
  const pages: Page[] = [];
  // Yesterday at 10:00 in Stockholm: planned, and may be marked done today.
  const yesterday = new Date(Date.now() - 86_400_000);
  const year = yesterday.getFullYear();
  const day = `${year}-${pad(yesterday.getMonth() + 1)}-${pad(yesterday.getDate())}`;

  describePagesOnFailure(() => pages);

  beforeAll(async () => {
    app = await startBrowserApp();
    polis = await app.server.as("polis");
    places = (await polis.ok(PLACES)).places;
  });
  afterAll(async () => {
    await app?.close();
  });

  const placeId = (name: string) => places.find((p) => p.name === name)!.id;
  const read = async (id: string) => (await polis.ok(ACTIVITY, { id })).activity;

  /** A fresh browser at `size`, signed in as polis through the sign-in page, typing like a person. */
  async function signInAt(size: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
    const signedIn = await signInThroughForm(app, "polis", size);
    pages.push(signedIn.page);
    return signedIn;
  }

  /** The form drafts the tab keeps (see web/src/editing/form-draft.ts). */
  const drafts = (page: Page) => page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith("lofteskartan.draft.")));

  /** The visible notice after a save or a delete, checked to be on screen. */
  async function visibleToast(page: Page, text: string): Promise<Locator> {
    const toast = page.getByTestId("editor-toast");
    await expect.poll(() => toast.getByRole("status").textContent(), POLL).toBe(text);
    const box = (await toast.boundingBox())!;
    expect(box.width).toBeGreaterThan(150);
    const viewport = page.viewportSize()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    return toast;
  }

  for (const size of SIZES) {
    it(
      `${size.name} ${size.width}×${size.height}: marks a traffic check done typing every figure, sees it saved, deletes it, undoes the delete, and plans by map click only after "Planera här?"`,
      async () => {
        // A planned traffic check at the place alone (its position is the place's).
        const { createActivity } = await polis.ok(CREATE, {
          input: {
            kind: "TRAFFIC_CHECK",
            organisation: "POLICE",
            status: "PLANNED",
            priorityAreas: ["TRAFFIC", "ALCOHOL_DRUGS"],
            startsAt: new Date(`${day}T10:00:00`).toISOString(),
            placeId: placeId(size.place),
          },
        });
        const id = createActivity.id;
        const { page, errors } = await signInAt(size);
        await page.goto(`${app.server.url}/?years=${year}&place=${placeId(size.place)}`, { waitUntil: "domcontentloaded" });
        const item = page.getByTestId("place-activities").locator("li", { hasText: day }).filter({ hasText: "Trafikkontroll" }).filter({ hasText: "Planerad" });
        await item.getByRole("button", { name: /Visa på kartan/ }).click();
        const popup = await settledPopup(page, "Markera som genomförd");
        await popup.getByRole("button", { name: "Markera som genomförd" }).click();
        const dialog = page.getByRole("dialog");
        await dialog.getByRole("heading", { name: "Markera som genomförd" }).waitFor();

        // At a place, the position is the place's: the fields are empty, as their note says.
        expect(await dialog.getByLabel("Latitud").inputValue()).toBe("");
        expect(await dialog.getByLabel("Longitud").inputValue()).toBe("");
        expect(await dialog.locator("#activity-lat-note").textContent()).toContain("Lämna tomt när en plats är vald");

        // The first outcome field has the focus: the first key pressed goes there (it blanked the app).
        await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toBe("activity-outcome-vehiclesChecked");
        await page.keyboard.type(FIGURES[0][1]);
        for (const [label, figure] of FIGURES.slice(1)) await dialog.getByLabel(label).pressSequentially(figure);
        for (const [label, figure] of FIGURES) expect(await dialog.getByLabel(label).inputValue(), label).toBe(figure);
        expect(errors).toEqual([]);
        await page.screenshot({ path: path.join(ARTIFACTS, `journey-${size.name}-figures.png`) });
        await dialog.getByRole("button", { name: "Spara" }).click();
        await expect.poll(() => dialog.count(), POLL).toBe(0);

        // Saved: the form's draft is gone from the tab.
        expect(await drafts(page)).toEqual([]);
        // A visible confirmation that a person can close.
        const toast = await visibleToast(page, "Aktiviteten sparades.");
        // The popup stayed open as it was (it used to close and fade in again on every render).
        expect(await page.locator(".leaflet-popup").evaluate((el) => getComputedStyle(el).opacity)).toBe("1");
        await page.screenshot({ path: path.join(ARTIFACTS, `journey-${size.name}-saved.png`) });
        await expectNoAxeViolations(page, `the saved notice at ${size.name}`);
        const saved = await read(id);
        expect(saved).toMatchObject({ status: "DONE", place: { name: size.place }, outcome: Object.fromEntries(FIGURES.map(([, figure, field]) => [field, Number(figure)])) });
        await toast.getByRole("button", { name: "Stäng meddelandet" }).click();
        await expect.poll(() => toast.getByRole("status").textContent(), POLL).toBe("");
        expect((await toast.boundingBox())!.width).toBeLessThanOrEqual(1);

        // Delete from the popup: it closes (it no longer exists), the notice offers "Ångra" with the focus on it.
        await (await settledPopup(page, "Ta bort")).getByRole("button", { name: "Ta bort" }).click();
        await dialog.getByRole("heading", { name: "Ta bort aktivitet" }).waitFor();
        await dialog.getByRole("button", { name: "Ta bort" }).click();
        await expect.poll(() => dialog.count(), POLL).toBe(0);
        await visibleToast(page, "Aktiviteten togs bort.");
        await expect.poll(() => page.locator(".leaflet-popup").count(), POLL).toBe(0);
        expect(await page.getByText("Aktiviteten finns inte eller visas inte för dig").count()).toBe(0);
        await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), POLL).toBe("Ångra");
        expect(await read(id)).toBeNull();
        await page.screenshot({ path: path.join(ARTIFACTS, `journey-${size.name}-deleted.png`) });
        await expectNoAxeViolations(page, `the deleted notice at ${size.name}`);

        // Undo (by keyboard: the focus is on it): the activity is back, on the map's lists too.
        await page.keyboard.press("Enter");
        await visibleToast(page, "Aktiviteten är tillbaka.");
        expect(await read(id)).toMatchObject({ status: "DONE", lat: saved!.lat, lng: saved!.lng });
        await expect.poll(() => page.getByTestId("place-activities").locator("li", { hasText: day }).filter({ hasText: "Trafikkontroll" }).filter({ hasText: "Genomförd" }).count(), POLL).toBe(1);
        await page.keyboard.press("Escape");
        await expect.poll(() => page.getByTestId("editor-status").textContent(), POLL).toBe("");

        // A click on the map (here: about 3 km north-west of the place, clear of its markers) asks first.
        const map = page.locator(".leaflet-map");
        await page.evaluate(() => document.getElementById("map-title")!.scrollIntoView({ block: "start" }));
        const centre = await map.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return { x: box.width / 2, y: box.height / 2 };
        });
        const spot = { x: Math.round(centre.x * 0.45), y: Math.round(centre.y * 0.7) };
        const box = (await map.boundingBox())!;
        await page.mouse.click(box.x + spot.x, box.y + spot.y);
        const prompt = page.getByTestId("plan-here");
        await prompt.waitFor();
        expect(await prompt.textContent()).toContain("Planera här?");
        expect(await dialog.count()).toBe(0);
        // Keyboard: the prompt has the focus; Escape closes it and nothing opens.
        await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), POLL).toBe("Planera här");
        // Leaflet fades a popup in and pans it into view: look (and let axe look) once it has settled.
        await settled(page, () => page.locator(".leaflet-popup").evaluate((el) => [getComputedStyle(el).opacity, el.getBoundingClientRect().left]));
        await page.screenshot({ path: path.join(ARTIFACTS, `journey-${size.name}-plan-here.png`) });
        await expectNoAxeViolations(page, `"Planera här?" at ${size.name}`);
        await page.keyboard.press("Escape");
        await expect.poll(() => prompt.count(), POLL).toBe(0);
        expect(await dialog.count()).toBe(0);
        // Asked again, "Planera här" opens the form at that point.
        await page.mouse.click(box.x + spot.x, box.y + spot.y);
        // As a person does: press the button once the popup has stopped moving (a press that the
        // pan carries off the button is released over the map, and plans nothing).
        await (await settledPopup(page, "Planera här")).getByRole("button", { name: "Planera här" }).click();
        await dialog.getByRole("heading", { name: "Ny aktivitet" }).waitFor();
        expect(await dialog.getByLabel("Latitud").inputValue()).toMatch(/^\d+\.\d+$/);
        expect(await dialog.locator("#activity-lat-note").textContent()).toContain("Ange latitud och longitud, eller välj en plats");
        await page.keyboard.press("Escape");
        await expect.poll(() => dialog.count(), POLL).toBe(0);
        expect(errors).toEqual([]);
        await page.context().close();
      },
      JOURNEY_TIMEOUT,
    );
  }

  it(
    "a fault in the form shows a Swedish message in the dialog, keeps what was typed, and the form comes back with it",
    async () => {
      const { page, errors } = await signInAt(SIZES[0]);
      await page.goto(`${app.server.url}/?years=${year}`, { waitUntil: "domcontentloaded" });
      await page
        .getByTestId("planning")
        .getByRole("button", { name: /^Planera besök i / })
        .first()
        .click();
      const dialog = page.getByRole("dialog");
      await dialog.getByRole("heading", { name: "Ny aktivitet" }).waitFor();
      await dialog.getByLabel("Rubrik (valfri)").pressSequentially("Byträff om trafiken");
      await dialog.getByLabel("Anteckningar (valfria)").pressSequentially("Samtal vid affären");
      await dialog.getByLabel("Status").selectOption("DONE");
      await dialog.getByLabel("Personer som nåddes").pressSequentially("17");
      // A kind this web does not know (as from a newer server, or a page altered under it): the form cannot render it.
      const kind = dialog.getByLabel("Typ av aktivitet");
      await kind.evaluate((select) => select.append(new Option("Okänd", "UNKNOWN_KIND")));
      await kind.selectOption("UNKNOWN_KIND");
      const fault = dialog.getByTestId("fault");
      await fault.waitFor();
      expect(await fault.textContent()).toContain("Något gick fel i formuläret. Det du har fyllt i finns kvar");
      // The rest of the page is there; only the form was replaced, and nothing reached the window as an uncaught error.
      expect(await page.getByTestId("activity-count").count()).toBe(1);
      expect(errors).toEqual([]);
      await page.screenshot({ path: path.join(ARTIFACTS, "journey-editor-fault.png") });
      await expectNoAxeViolations(page, "the editor's fault message");
      await fault.getByRole("button", { name: "Försök igen" }).click();
      await expect.poll(() => dialog.getByLabel("Rubrik (valfri)").inputValue(), POLL).toBe("Byträff om trafiken");
      expect(await dialog.getByLabel("Anteckningar (valfria)").inputValue()).toBe("Samtal vid affären");
      expect(await dialog.getByLabel("Personer som nåddes").inputValue()).toBe("17");
      expect(await dialog.getByLabel("Typ av aktivitet").inputValue()).toBe("VILLAGE_VISIT");
      // Closing the form forgets the draft: the next one starts empty.
      await page.keyboard.press("Escape");
      await page
        .getByTestId("planning")
        .getByRole("button", { name: /^Planera besök i / })
        .first()
        .click();
      await dialog.getByRole("heading", { name: "Ny aktivitet" }).waitFor();
      expect(await dialog.getByLabel("Rubrik (valfri)").inputValue()).toBe("");
      await page.keyboard.press("Escape");
      await expect.poll(() => drafts(page), POLL).toEqual([]);
      await page.context().close();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "a fault on a screen shows a page with a message in the chosen language and a way back, not a blank app",
    async () => {
      const { page, errors } = await signInAt(SIZES[1]);
      // The server sends an outline the map cannot draw (as a broken boundary import would).
      await page.route("**/graphql", async (route) => {
        const body = route.request().postDataJSON() as { operationName?: string };
        if (body.operationName !== "MapRouteQuery") return route.fallback();
        const response = await route.fetch();
        const json = await response.json();
        json.data.municipality.boundary = { type: "NoSuchGeometry" };
        await route.fulfill({ response, json });
      });
      await page.goto(`${app.server.url}/?years=${year}`, { waitUntil: "domcontentloaded" });
      const fault = page.getByTestId("fault");
      await fault.waitFor();
      expect(await fault.getByRole("paragraph").textContent()).toBe("Något gick fel på sidan. Försök igen, eller gå till kartan.");
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Löfteskartan");
      await expectNoAxeViolations(page, "a screen's fault page");
      await page.getByRole("button", { name: "Switch to English" }).click();
      await expect.poll(() => fault.getByRole("paragraph").textContent(), POLL).toBe("Something went wrong on the page. Try again, or go to the map.");
      await page.screenshot({ path: path.join(ARTIFACTS, "journey-page-fault-phone.png") });
      // With the server right again, the link back loads the map.
      await page.unroute("**/graphql");
      await fault.getByRole("link", { name: "To the map" }).click();
      await page.locator(".leaflet-map").waitFor();
      expect(await page.getByTestId("fault").count()).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    JOURNEY_TIMEOUT,
  );
});
