import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dayTrips } from "../../domain/day-trips";
import { graphql } from "../gql";
import type { GqlClient } from "../support/test-server";
import { ARTIFACTS, POLL, browserAvailable, describePagesOnFailure, expectNoAxeViolations, signInContext, startBrowserApp, type BrowserApp } from "./browser";

const DESK = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const AS_OF = "2024-06-30";
const DUE = graphql(`
  query CadenceDueTest($asOf: DateTime) {
    planningDue(asOf: $asOf) {
      start {
        name
        lat
        lng
      }
      villages {
        place {
          id
          name
          lat
          lng
        }
        visitsPerPeriod
        visitsInPeriod
        daysUntilDue
        overdue
      }
    }
  }
`);
const SAVED = graphql(`
  query CadenceSavedTest {
    promisePeriods {
      promises {
        targets {
          measure
          villageExceptions {
            visits
            place {
              name
            }
          }
        }
      }
    }
  }
`);
const FOLLOW_UP = graphql(`
  query CadenceFollowUpTest {
    followUp(year: 2024) {
      promises {
        measure
        cadence {
          met
          villages
        }
      }
    }
  }
`);

/** The page is no wider than the window (a table may scroll in its own region). */
const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe.skipIf(!browserAvailable())("village cadence in Chromium: ADMIN sets it, Planera shows the due list and the day trips", () => {
  let app: BrowserApp;
  let page: Page;
  let admin: GqlClient;

  beforeAll(async () => {
    app = await startBrowserApp();
    page = app.page;
    admin = await signInContext(app, "admin");
  });
  afterAll(() => app?.close());
  describePagesOnFailure(() => [page]);

  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `cadence-${name}.png`) });

  it("admin adds an exception for Snesudden by typing and clicking; a word for the visits is refused beside the field (1440×900)", async () => {
    await page.setViewportSize(DESK);
    await page.goto(`${app.server.url}/admin/mal`, { waitUntil: "domcontentloaded" });
    await page.getByRole("button", { name: "Ändra målet Varje by besökt minst två gånger per år" }).click();
    const form = page.getByTestId("target-form");
    expect(await form.getByLabel("Mått").inputValue()).toBe("VILLAGE_CADENCE");
    expect(await form.getByLabel("Period", { exact: true }).inputValue()).toBe("YEAR");
    // The seeded exception is there: the summer settlement, once a year.
    const villages = form.getByLabel("By", { exact: true });
    expect(await villages.count()).toBe(1);
    await form.getByRole("button", { name: "Lägg till undantag" }).click();
    await expect.poll(() => villages.count(), POLL).toBe(2);
    await villages.nth(1).selectOption({ label: "Snesudden" });
    const visits = form.getByLabel("Besök per period");
    await visits.nth(1).click();
    await visits.nth(1).press("ControlOrMeta+a");
    await visits.nth(1).pressSequentially("ett");
    await form.getByRole("button", { name: "Spara målet" }).click();
    await expect.poll(() => visits.nth(1).getAttribute("aria-invalid"), POLL).toBe("true");
    const errorId = (await visits.nth(1).getAttribute("aria-describedby"))!;
    expect(await page.locator(`#${errorId}`).textContent()).toBe("Skriv ett heltal.");
    await expectNoAxeViolations(page, "the cadence form with an error");
    await form.scrollIntoViewIfNeeded();
    await shot("admin-error-desk");

    await visits.nth(1).press("ControlOrMeta+a");
    await visits.nth(1).pressSequentially("1");
    await form.getByRole("button", { name: "Spara målet" }).click();
    await page.getByRole("status").filter({ hasText: "Målet är sparat." }).waitFor();
    const line = page.locator(".admin-target", { hasText: "Varje by besökt minst två gånger per år" });
    expect(await line.textContent()).toMatch(/Per år · undantag: .*Snesudden 1/);
    expect(await line.textContent()).toContain("Staloluokta 1");
    const saved = await admin.ok(SAVED);
    const exceptions = saved.promisePeriods.flatMap((p) => p.promises.flatMap((x) => x.targets)).find((t) => t.measure === "VILLAGE_CADENCE")!.villageExceptions;
    expect(exceptions.map((e) => [e.place.name, e.visits]).sort()).toEqual([
      ["Snesudden", 1],
      ["Staloluokta", 1],
    ]);
    await line.scrollIntoViewIfNeeded();
    await shot("admin-saved-desk");
  });

  for (const [size, viewport] of [
    ["desk", DESK],
    ["phone", PHONE],
  ] as const) {
    it(`Planera (${size}): the due list on ${AS_OF}, most overdue first, and the due villages as day trips from the police station`, async () => {
      await page.setViewportSize(viewport);
      await page.goto(`${app.server.url}/`, { waitUntil: "domcontentloaded" });
      const panel = page.getByTestId("planning");
      await panel.getByRole("table").waitFor();
      await panel.getByLabel("Läget den").fill(AS_OF);
      const expected = (await admin.ok(DUE, { asOf: `${AS_OF}T10:00:00.000Z` })).planningDue;
      const first = panel.locator("tbody tr").first();
      await expect.poll(() => first.getAttribute("data-village"), POLL).toBe(expected.villages[0].place.name);
      expect((await first.locator("td").nth(2).textContent())?.replace(/\s+/g, " ").trim()).toBe(`2024-01-01 försenad ${-expected.villages[0].daysUntilDue!} dagar`);
      expect(await panel.getByTestId("due-caption").textContent()).toContain(`${expected.villages.filter((v) => v.overdue).length} försenade`);
      // Snesudden has its one visit of the year (the exception just saved).
      await panel.getByRole("button", { name: /^Visa alla \d+ byar$/ }).click();
      const snesudden = panel.locator('tr[data-village="Snesudden"]');
      expect((await snesudden.locator("td").nth(1).textContent())?.trim()).toBe("1 av 1");
      expect(await snesudden.getAttribute("data-overdue")).toBeNull();

      await panel.getByRole("button", { name: "Dela upp i dagsturer" }).click();
      expect(await panel.getByRole("button", { name: "Dela upp i dagsturer" }).getAttribute("aria-pressed")).toBe("true");
      expect(await panel.getByTestId("trips-note").textContent()).toContain("fågelvägen; inget vägnät här");
      await panel.getByLabel("Byar som förfaller inom").selectOption({ label: "30 dagar" });
      // The same trips as the shared grouping gives for the villages due within 30 days.
      const trips = dayTrips(
        expected.start!,
        expected.villages.filter((v) => v.daysUntilDue !== null && v.daysUntilDue <= 30).map((v) => ({ id: v.place.id, lat: v.place.lat, lng: v.place.lng, name: v.place.name })),
      );
      expect(trips.length).toBeGreaterThan(1);
      const headings = panel.getByTestId("day-trip").locator("h4");
      await expect.poll(() => headings.count(), POLL).toBe(trips.length);
      const directions: Record<string, string> = { N: "norrut", NE: "nordost", E: "österut", SE: "sydost", S: "söderut", SW: "sydväst", W: "västerut", NW: "nordväst" };
      expect(await headings.allTextContents()).toEqual(trips.map((t, i) => `Tur ${i + 1}: ${directions[t.direction]}, ${Math.round(t.totalKm)} km`));
      expect(await panel.getByTestId("day-trip").first().locator("p").textContent()).toContain(["Jokkmokk", ...trips[0].stops.map((s) => s.name), "Jokkmokk"].join(" → "));
      expect(await noSidewaysScroll(page)).toBe(true);
      await panel.getByTestId("day-trips").scrollIntoViewIfNeeded();
      await shot(`trips-${size}`);
      await expectNoAxeViolations(page, `the due list with trips (${size})`);

      // From the list, a visit is planned where it is most overdue.
      await panel.locator("tbody tr").first().scrollIntoViewIfNeeded();
      await shot(`due-${size}`);
      await panel.getByRole("button", { name: `Planera besök i ${expected.villages[0].place.name}` }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByRole("heading", { name: "Ny aktivitet" }).waitFor();
      expect(await dialog.getByLabel("Typ av aktivitet").inputValue()).toBe("VILLAGE_VISIT");
      await page.keyboard.press("Escape");
      await expect.poll(() => dialog.count(), POLL).toBe(0);
      expect(app.errors).toEqual([]);
    });
  }

  it("the follow-up card of 2024 counts the villages that met their cadence", async () => {
    await page.setViewportSize(DESK);
    const { followUp } = await admin.ok(FOLLOW_UP);
    const cadence = followUp.promises.find((p) => p.measure === "VILLAGE_CADENCE")!.cadence!;
    // Snesudden's one visit meets its own number: one village of all.
    expect(cadence.met).toBe(1);
    await page.goto(`${app.server.url}/uppfoljning?year=2024`, { waitUntil: "domcontentloaded" });
    const card = page.getByTestId("promise-cadence");
    await card.waitFor();
    expect((await card.textContent())?.replace(/\s/g, " ")).toBe(
      `1 av ${cadence.villages} byar har nått sin besöksrytm (2 besök per år), ${Math.round((100 * 1) / cadence.villages)} %. 2 byar har ett eget antal.`,
    );
    await card.scrollIntoViewIfNeeded();
    await shot("followup-card-desk");
    expect(app.errors).toEqual([]);
  });
});
