import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GqlClient, TestServer } from "../support/test-server";
import { graphql } from "../gql";
import { ARTIFACTS, POLL, browserAvailable, describePagesOnFailure, expectNoAxeViolations, startBrowserApp, type BrowserApp } from "./browser";

const PERIODS = graphql(`
  query AdminPeriodsTest {
    promisePeriods {
      id
      name
      startYear
      promises {
        id
        number
        targets {
          id
          label
          measure
          target
        }
      }
    }
  }
`);

const PLACES = graphql(`
  query AdminWebPlacesTest {
    places {
      name
      population
      radiusM
    }
  }
`);
const DONE = graphql(`
  query AdminWebDoneTest {
    activities(filter: { organisations: [POLICE], statuses: [DONE] }, first: 50) {
      edges {
        node {
          id
          version
          title
          kind
          place {
            name
          }
        }
      }
    }
  }
`);

const open = (page: Page, url: string) => page.goto(url, { waitUntil: "domcontentloaded" });
const DESK = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/** The field's input: invalid, described by its own error, which says `message`; and it has the focus. */
async function expectErrorBeside(page: Page, id: string, message: string | RegExp): Promise<void> {
  const input = page.locator(`#${id}`);
  await expect.poll(() => input.getAttribute("aria-invalid"), POLL).toBe("true");
  expect((await input.getAttribute("aria-describedby"))?.split(" ")).toContain(`${id}-error`);
  const error = page.locator(`#${id}-error`);
  if (typeof message === "string") expect(await error.textContent()).toBe(message);
  else expect(await error.textContent()).toMatch(message);
  // Beside the field: the message sits inside the field's own box.
  expect(await error.evaluate((el, fieldId) => el.closest(".form-field")?.querySelector(`#${fieldId}`) !== null, id)).toBe(true);
  await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toBe(id);
  expect(await page.getByText("Ogiltigt val.").count()).toBe(0);
}

/** Types into a field as a person does: select what is there, then key by key. */
async function typeInto(page: Page, id: string, text: string): Promise<void> {
  const input = page.locator(`#${id}`);
  await input.click();
  await input.press("ControlOrMeta+a");
  await input.press("Backspace");
  if (text) await input.pressSequentially(text);
}

/** Clicks the middle of the place map (scrolled into view first, as a person would). */
async function clickMapMiddle(page: Page): Promise<void> {
  const map = page.getByTestId("place-map").locator(".leaflet-container");
  await map.scrollIntoViewIfNeeded();
  const box = (await map.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** True when the page is no wider than the window; otherwise the widest elements are logged. */
async function noSidewaysScroll(page: Page): Promise<boolean> {
  const wide = await page.evaluate(() => {
    if (document.documentElement.scrollWidth <= window.innerWidth) return [];
    return [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !el.closest(".table-scroll, .leaflet-container"))
      .slice(0, 8)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`);
  });
  if (wide.length) console.log(`wider than the window: ${wide.join(", ")}`);
  return wide.length === 0 && (await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
}

const run = browserAvailable();

describe.skipIf(!run)("the admin pages in Chromium", () => {
  let app: BrowserApp;
  let server: TestServer;
  let context: BrowserContext;
  let errors: string[];
  let page: Page;
  let admin: GqlClient;
  let polis: GqlClient;

  beforeAll(async () => {
    app = await startBrowserApp();
    ({ server, context, errors, page } = app);
    [admin, polis] = await Promise.all([server.as("admin"), server.as("polis")]);
    const [name, value] = admin.cookie!.split("=");
    await context.addCookies([{ name, value, url: server.url }]);
  });

  afterAll(() => app?.close());
  describePagesOnFailure(() => [page]);

  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `admin-${name}.png`), fullPage: true });

  it("a new place: the map shows the boundary and the other places, a click sets lat/lng, bad values are shown beside their field (1440×900)", async () => {
    await page.setViewportSize(DESK);
    await open(page, `${server.url}/admin/platser`);
    await page.getByRole("button", { name: "Ny plats" }).click();
    const map = page.getByTestId("place-map");
    await map.locator(".municipal-boundary").waitFor();
    await expect.poll(() => map.locator(".place-label").count(), POLL).toBeGreaterThan(8);
    expect(await map.locator(".place-label", { hasText: "Porjus" }).count()).toBe(1);
    // No position is assumed for a new place.
    expect(await page.locator("#place-lat").inputValue()).toBe("");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("place-name");

    await page.locator("#place-name").pressSequentially("Testbyn");
    await page.getByRole("button", { name: "Spara" }).click();
    await expectErrorBeside(page, "place-lat", "Välj positionen: klicka på kartan eller skriv latitud och longitud.");

    await clickMapMiddle(page);
    await expect.poll(() => page.locator("#place-lat").inputValue(), POLL).toMatch(/^6[5-8]\.\d+$/);
    expect(await page.locator("#place-lng").inputValue()).toMatch(/^(1[6-9]|2[01])\.\d+$/);
    expect(await map.locator(".admin-pick-marker").count()).toBe(1);

    // The form's own check: not a whole number.
    await typeInto(page, "place-population", "tolv");
    await page.getByRole("button", { name: "Spara" }).click();
    await expectErrorBeside(page, "place-population", "Skriv ett heltal.");

    // The API's rule, beside the field it names.
    await typeInto(page, "place-population", "12");
    await typeInto(page, "place-radiusM", "10");
    await page.getByRole("button", { name: "Spara" }).click();
    await expectErrorBeside(page, "place-radiusM", "Radien måste vara 50–20 000 meter.");
    expect(await page.locator("#place-population").getAttribute("aria-invalid")).toBeNull();
    await expectNoAxeViolations(page, "the new place form with an error");
    await shot("place-new-desk");

    await typeInto(page, "place-radiusM", "");
    await page.getByRole("button", { name: "Spara" }).click();
    await page.getByTestId("places").getByRole("rowheader", { name: "Testbyn" }).waitFor();
    const { places } = await admin.ok(PLACES);
    expect(places.find((p) => p.name === "Testbyn")).toEqual({ name: "Testbyn", population: 12, radiusM: 2000 });
    expect(errors).toEqual([]);
  });

  it("on a phone (390×844) a taken name is shown beside the name field, and nothing scrolls sideways", async () => {
    await page.setViewportSize(PHONE);
    await open(page, `${server.url}/admin/platser`);
    await page.getByRole("button", { name: "Ny plats" }).click();
    const map = page.getByTestId("place-map");
    await map.locator(".municipal-boundary").waitFor();
    await page.locator("#place-name").pressSequentially("Porjus");
    await clickMapMiddle(page);
    await expect.poll(() => page.locator("#place-lat").inputValue(), POLL).not.toBe("");
    await page.getByRole("button", { name: "Spara" }).click();
    await expectErrorBeside(page, "place-name", "Det finns redan en plats som heter Porjus.");
    expect(await noSidewaysScroll(page)).toBe(true);
    await expectNoAxeViolations(page, "the new place form on a phone");
    await shot("place-new-phone");
  });

  it("a user form shows the API's password rule beside the password field", async () => {
    await page.setViewportSize(DESK);
    await open(page, `${server.url}/admin/anvandare`);
    await page.locator("#new-user-username").pressSequentially("ny.person");
    await page.locator("#new-user-displayName").pressSequentially("Ny Person");
    await page.locator("#new-user-password").pressSequentially("kort");
    await page.getByRole("button", { name: "Spara" }).click();
    await expectErrorBeside(page, "new-user-password", "Lösenordet måste ha 10–200 tecken.");
    await expectNoAxeViolations(page, "the users page with an error");
  });

  for (const [size, viewport] of [
    ["desk", DESK],
    ["phone", PHONE],
  ] as const) {
    it(`targets (${size}): one form at a time, a target is edited by typing a new value, errors beside the field`, async () => {
      await page.setViewportSize(viewport);
      const before = (await admin.ok(PERIODS)).promisePeriods;
      const period = before.find((p) => p.startYear === 2023)!;
      const dog = period.promises.find((p) => p.number === 5)!.targets[0];
      await open(page, `${server.url}/admin/mal`);
      const section = page.getByRole("region", { name: period.name });
      await section.getByRole("button", { name: `Ändra målet ${dog.label}` }).waitFor();
      const forms = page.getByTestId("target-form");
      expect(await forms.count()).toBe(0);
      // No form repeats under the promises: the page stays short.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThan(size === "desk" ? 2600 : 4200);
      expect(await noSidewaysScroll(page)).toBe(true);

      await section.getByRole("button", { name: `Lägg till mål för löfte 1, ${period.name}` }).click();
      expect(await forms.count()).toBe(1);
      await section.getByRole("button", { name: `Lägg till mål för löfte 2, ${period.name}` }).click();
      expect(await forms.count()).toBe(1);
      await forms.getByRole("button", { name: "Avbryt" }).click();
      expect(await forms.count()).toBe(0);

      await section.getByRole("button", { name: `Ändra målet ${dog.label}` }).click();
      expect(await forms.count()).toBe(1);
      const id = `target-${dog.id}-target`;
      expect(await page.locator(`#${id}`).inputValue()).toBe(String(dog.target));
      await typeInto(page, id, "två");
      await forms.getByRole("button", { name: "Spara målet" }).click();
      await expectErrorBeside(page, id, "Skriv ett tal, t.ex. 66,61.");
      await typeInto(page, id, "0");
      await forms.getByRole("button", { name: "Spara målet" }).click();
      await expectErrorBeside(page, id, "Målet måste vara ett heltal från 1 till 100 000.");
      await expectNoAxeViolations(page, `the target form with an error (${size})`);
      await shot(`target-edit-${size}`);

      const value = size === "desk" ? "2" : "1";
      await typeInto(page, id, value);
      await forms.getByRole("button", { name: "Spara målet" }).click();
      await expect.poll(() => forms.count(), POLL).toBe(0);
      await page.getByRole("status").filter({ hasText: "Målet är sparat." }).waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toBe(`target-edit-${dog.id}`);
      const after = (await admin.ok(PERIODS)).promisePeriods.find((p) => p.id === period.id)!.promises.find((p) => p.number === 5)!.targets;
      expect(after.find((t) => t.id === dog.id)).toMatchObject({ id: dog.id, label: dog.label, measure: dog.measure, target: Number(value) });
      await shot(`targets-${size}`);
      expect(errors).toEqual([]);
    });
  }

  it("the deleted list says what, where, when, who deleted it and when", async () => {
    await page.setViewportSize(DESK);
    const { activities } = await polis.ok(DONE);
    const target = activities.edges.map((e) => e.node).find((a) => a.title && a.place)!;
    await polis.ok(`mutation ($id: ID!, $version: Int!) { deleteActivity(id: $id, version: $version) }`, { id: target.id, version: target.version });
    await open(page, `${server.url}/admin/borttagna`);
    const table = page.getByTestId("deleted-activities");
    await table.waitFor();
    expect(await table.locator("thead th").allTextContents()).toEqual(["Typ", "Titel", "Plats", "Aktivitetens tid", "Borttagen av", "Borttagen", "Återställ"]);
    const row = table.locator("tbody tr").filter({ hasText: target.title! });
    const cells = await row.locator("td").allTextContents();
    expect(cells[0]).toMatch(/^\S.* · Polisen$/);
    expect(cells[1]).toBe(target.title);
    expect(cells[2]).toContain(target.place!.name);
    expect(cells[3]).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(cells[4]).toContain("polis");
    const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(new Date());
    expect(cells[5]).toContain(today);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectNoAxeViolations(page, "the deleted list");
    await shot("deleted-desk");
    await page.setViewportSize(PHONE);
    expect(await noSidewaysScroll(page)).toBe(true);
    await shot("deleted-phone");
  });

  it("at 200 % zoom (720×450 CSS px) no admin page scrolls sideways, and the place form still works", async () => {
    await page.setViewportSize({ width: 720, height: 450 });
    for (const section of ["platser", "anvandare", "mal", "borttagna", "logg"]) {
      await open(page, `${server.url}/admin/${section}`);
      await page.getByRole("heading", { level: 2 }).first().waitFor();
      await page.locator("table, .admin-targets").first().waitFor();
      expect(await noSidewaysScroll(page), section).toBe(true);
    }
    await open(page, `${server.url}/admin/platser`);
    await page.getByRole("button", { name: "Ny plats" }).click();
    await page.getByTestId("place-map").locator(".municipal-boundary").waitFor();
    await clickMapMiddle(page);
    await expect.poll(() => page.locator("#place-lat").inputValue(), POLL).not.toBe("");
    expect(await noSidewaysScroll(page)).toBe(true);
    await shot("place-new-zoom200");
  });

  for (const [size, viewport] of [
    ["desk", DESK],
    ["phone", PHONE],
  ] as const) {
    it(`the audit log (${size}): filtered by the reads of planned police work, by keyboard, with Swedish labels`, async () => {
      await page.setViewportSize(viewport);
      // A read that returns planned police work is logged; sign-ins enough for more than one page.
      if (size === "desk") {
        await server.dataSource.query(`INSERT INTO audit_event (actor_username, action, entity, details) SELECT 'kommun', 'LOGIN', 'user', '{"ip": "127.0.0.1"}'::jsonb FROM generate_series(1, 60)`);
      }
      await polis.ok(`{ activities(filter: { statuses: [PLANNED], organisations: [POLICE] }, first: 5) { edges { node { id } } } }`);
      await open(page, `${server.url}/admin`);
      await page.getByRole("link", { name: "Logg" }).click();
      const table = page.getByTestId("audit-log");
      await table.waitFor();
      expect(new URL(page.url()).pathname).toBe("/admin/logg");
      await page
        .getByTestId("audit-count")
        .filter({ hasText: /händelser i urvalet/ })
        .waitFor();
      const all = Number((await page.getByTestId("audit-count").textContent())!.replace(/\D/g, ""));
      // By keyboard: choose the action in the select, then "Visa".
      await page.locator("#audit-action").focus();
      await page.locator("#audit-action").selectOption({ label: "Läsning av planerat polisarbete" });
      // Tab on through the other filters (a date field has a stop per part) to "Visa".
      for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.textContent)) !== "Visa"; i++) await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Visa");
      await page.keyboard.press("Enter");
      await expect.poll(() => new URL(page.url()).searchParams.get("action"), POLL).toBe("READ_PLANNED_POLICE");
      await expect.poll(async () => new Set(await table.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-action")))), POLL).toEqual(new Set(["READ_PLANNED_POLICE"]));
      const shown = Number((await page.getByTestId("audit-count").textContent())!.replace(/\D/g, ""));
      expect(shown).toBeGreaterThan(0);
      expect(shown).toBeLessThan(all);
      const first = await table.locator("tbody tr").first().locator("td").allTextContents();
      expect(first[1]).toBe("Läsning av planerat polisarbete");
      expect(first[2]).toBe("polis");
      expect(first[4]).toMatch(/\d+ aktiviteter lästa/);
      expect(await table.locator('tbody tr[data-action="READ_PLANNED_POLICE"]').count()).toBe(shown > 50 ? 50 : shown);
      // The user filter narrows to one user; the table is reachable by keyboard (a focusable region).
      await page.locator("#audit-user").selectOption("admin");
      await page.getByRole("button", { name: "Visa" }).click();
      await page.getByTestId("audit-count").filter({ hasText: "0 händelser i urvalet" }).waitFor();
      await page.getByRole("button", { name: "Rensa urvalet" }).click();
      await expect.poll(() => new URL(page.url()).search, POLL).toBe("");
      await table.waitFor();
      expect(await table.evaluate((el) => el.closest("[role=region]")?.getAttribute("tabindex"))).toBe("0");
      // Paged with the API's cursors.
      expect(all).toBeGreaterThan(50);
      await page.getByText(/^Visar 1–50 av/).waitFor();
      await page.getByRole("button", { name: "Nästa sida" }).click();
      await page.locator('[data-testid="audit-log"]:not([aria-busy])').waitFor();
      await page.getByText(`Visar 51–${Math.min(100, all)} av ${all}`).waitFor();
      expect(await table.locator("tbody tr").count()).toBe(Math.min(50, all - 50));
      // An activity is named by the start of its random id (the deletion above); the whole id is its title.
      const record = table.locator('tbody tr[data-action="DELETE"]', { hasText: "Aktivitet" }).first().locator("td").nth(3);
      expect(await record.textContent()).toMatch(/^Aktivitet [0-9a-f]{8}…$/);
      expect(await record.locator("span").getAttribute("title")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(await noSidewaysScroll(page)).toBe(true);
      await expectNoAxeViolations(page, `the audit log (${size})`);
      await shot(`audit-${size}`);
      expect(errors).toEqual([]);
    });
  }
});
