import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GqlClient, TestServer } from "../support/test-server";
import { ARTIFACTS, POLL, browserAvailable, describePagesOnFailure, expectNoAxeViolations, startBrowserApp, waitForCount, type BrowserApp } from "./browser";

/** A phone, and 1440×900 at 200 % zoom (the same CSS pixels, twice the device pixels). */
const NARROW = [
  { name: "phone", width: 390, height: 844, deviceScaleFactor: 3 },
  { name: "zoom200", width: 720, height: 450, deviceScaleFactor: 2 },
] as const;

/** Every page, with whom it is opened (null: signed out) and what says it has loaded. */
const PAGES = [
  { path: "/", user: "admin", ready: (page: Page) => waitForCount(page) },
  { path: "/uppfoljning?year=2024", user: "admin", ready: (page: Page) => page.locator(".promise-card").first().waitFor() },
  { path: "/admin", user: "admin", ready: (page: Page) => page.getByRole("heading", { level: 1 }).waitFor() },
  { path: "/importera", user: "polis", ready: (page: Page) => page.getByRole("heading", { level: 2, name: "Tidigare importer" }).waitFor() },
  { path: "/uppfoljning/2025", user: null, ready: (page: Page) => page.getByTestId("public-villages").waitFor() },
  { path: "/logga-in", user: null, ready: (page: Page) => page.getByRole("button", { name: "Logga in" }).waitFor() },
] as const;

const open = (page: Page, url: string) => page.goto(url, { waitUntil: "domcontentloaded" });

/** Whether the page scrolls sideways (WCAG 1.4.10), with the widest culprits when it does. */
async function sidewaysScroll(page: Page): Promise<{ scrollWidth: number; clientWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const clippedByAncestor = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== "visible") return true;
      return false;
    };
    const culprits = [...document.body.querySelectorAll("*")]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5 && !clippedByAncestor(el))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className)}`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, culprits };
  });
}

const run = browserAvailable();

describe.skipIf(!run)("phones and 200 % zoom in Chromium", { timeout: 90_000 }, () => {
  let app: BrowserApp;
  let server: TestServer;
  const clients: Record<string, GqlClient> = {};
  const contexts: BrowserContext[] = [];
  let page: Page | undefined;

  /** A touch-screen context of `size`, signed in as `user` (or signed out). */
  async function pageAt(size: { width: number; height: number; deviceScaleFactor?: number }, user: string | null): Promise<Page> {
    const context = await app.browser.newContext({
      viewport: { width: size.width, height: size.height },
      deviceScaleFactor: size.deviceScaleFactor ?? 1,
      hasTouch: true,
      locale: "sv-SE",
      timezoneId: "Europe/Stockholm",
    });
    contexts.push(context);
    await context.route(
      (url) => url.origin !== server.url,
      (route) => route.abort(),
    );
    context.on("page", (p) => p.on("pageerror", (error) => app.errors.push(error.message)));
    if (user) {
      const [name, value] = clients[user].cookie!.split("=");
      await context.addCookies([{ name, value, url: server.url }]);
    }
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    return page;
  }

  beforeAll(async () => {
    app = await startBrowserApp();
    server = app.server;
    [clients.polis, clients.admin] = await Promise.all([server.as("polis"), server.as("admin")]);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await app?.close();
  });

  describePagesOnFailure(() => [page]);

  for (const size of NARROW) {
    it(`${size.name} (${size.width}×${size.height}): the filters fold behind a Filter button that opens and closes them, Escape too, with focus back on it`, async () => {
      const p = await pageAt(size, "polis");
      await open(p, `${server.url}/`);
      await waitForCount(p);
      const toggle = p.getByRole("button", { name: /^Filter/ });
      const years = p.getByRole("group", { name: "År" });
      expect(await toggle.getAttribute("aria-expanded")).toBe("false");
      const controls = await toggle.getAttribute("aria-controls");
      expect(await p.locator(`#${controls}`).isVisible()).toBe(false);
      expect(await years.isVisible()).toBe(false);
      await p.screenshot({ path: path.join(ARTIFACTS, `responsive-${size.name}-folded.png`) });

      await toggle.tap();
      expect(await toggle.getAttribute("aria-expanded")).toBe("true");
      await years.waitFor();
      // A filter changed is counted on the button.
      await p.getByRole("checkbox", { name: "Trafiksäkerhet" }).tap();
      await expect.poll(() => toggle.textContent(), POLL).toBe("Filter (1 aktivt)");
      await p.screenshot({ path: path.join(ARTIFACTS, `responsive-${size.name}-open.png`), fullPage: true, timeout: 30_000 });

      // Escape inside the panel closes it and puts focus back on the button.
      await p.getByRole("checkbox", { name: "Polisen" }).focus();
      await p.keyboard.press("Escape");
      expect(await toggle.getAttribute("aria-expanded")).toBe("false");
      expect(await years.isVisible()).toBe(false);
      expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);

      // By keyboard: Enter opens; the close button at the end closes and gives focus back.
      await p.keyboard.press("Enter");
      await years.waitFor();
      await p.getByRole("button", { name: "Stäng filter" }).click();
      expect(await toggle.getAttribute("aria-expanded")).toBe("false");
      expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
      expect((await sidewaysScroll(p)).scrollWidth).toBe(size.width);
    });

    it(`${size.name}: polis taps "Planera besök i Kåbdalis" in the Planera list, the form opens for Kåbdalis, and nothing covers the list`, async () => {
      const p = await pageAt(size, "polis");
      await open(p, `${server.url}/`);
      await waitForCount(p);
      const planning = p.getByTestId("planning");
      await planning.getByRole("table").waitFor();
      const plan = planning.getByRole("button", { name: "Planera besök i Kåbdalis" });
      if ((await plan.count()) === 0) await planning.getByRole("button", { name: /^Visa alla/ }).tap();
      await plan.scrollIntoViewIfNeeded();
      // What is under the middle of the button is the button (no panel stuck over it).
      const hit = await plan.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return el.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
      });
      expect(hit).toBe(true);
      await p.screenshot({ path: path.join(ARTIFACTS, `responsive-${size.name}-planning.png`) });
      await plan.tap();
      const dialog = p.getByRole("dialog");
      await dialog.getByRole("heading", { name: "Ny aktivitet" }).waitFor();
      const place = dialog.getByLabel("Plats", { exact: true });
      // The places load with the form: until then the chosen one says it is on its way.
      await expect.poll(() => place.locator("option:checked").textContent(), POLL).toContain("Kåbdalis");
      const box = await dialog.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(size.width);
      await p.screenshot({ path: path.join(ARTIFACTS, `responsive-${size.name}-form.png`) });
      await dialog.getByRole("button", { name: "Avbryt" }).click();
    });
  }

  it("phone: the map is of limited height and moves with two fingers; one finger scrolls the page past it", async () => {
    const p = await pageAt(NARROW[0], "polis");
    await open(p, `${server.url}/`);
    await waitForCount(p);
    const map = p.locator(".leaflet-container");
    await map.waitFor();
    const frame = (await p.locator(".map-frame").boundingBox())!;
    expect(frame.height).toBeGreaterThanOrEqual(240);
    expect(frame.height).toBeLessThanOrEqual(NARROW[0].height * 0.65);
    expect(await map.evaluate((el) => getComputedStyle(el).touchAction)).toBe("pan-x pan-y");
    expect(await p.getByText("Flytta och zooma kartan med två fingrar").isVisible()).toBe(true);

    // Where the town's label sits within the map frame: it moves when the map does. While the
    // labels are laid out again, the one being replaced may linger empty beside the new one.
    const label = p.locator(".leaflet-tooltip.place-label-town", { hasText: "Jokkmokk" }).last();
    const transform = () =>
      label.evaluate((el) => {
        const a = el.getBoundingClientRect();
        const b = el.closest(".map-frame")!.getBoundingClientRect();
        return `${Math.round(a.x - b.x)},${Math.round(a.y - b.y)}`;
      });
    const touch = await p.context().newCDPSession(p);
    const x = frame.x + frame.width / 2;
    const y = frame.y + frame.height / 2;
    /** Fingers from `from` moved by (dx, dy) in steps, as a person swipes. */
    async function swipe(from: Array<{ x: number; y: number }>, dx: number, dy: number) {
      const at = (step: number) => from.map((f, id) => ({ x: f.x + (dx * step) / 8, y: f.y + (dy * step) / 8, id }));
      await touch.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: at(0) });
      for (let step = 1; step <= 8; step++) await touch.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: at(step) });
      await touch.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
      await p.waitForTimeout(400);
    }

    // One finger up over the map: the page scrolls, the map stays where it was.
    const before = await transform();
    const scrollBefore = await p.evaluate(() => window.scrollY);
    await swipe([{ x, y: y + 80 }], 0, -160);
    expect(await p.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore);
    expect(await transform()).toBe(before);

    // Two fingers sideways: the map moves.
    const box = (await p.locator(".map-frame").boundingBox())!;
    const cy = box.y + box.height / 2;
    await swipe(
      [
        { x: box.x + 120, y: cy },
        { x: box.x + 200, y: cy },
      ],
      80,
      0,
    );
    await expect.poll(transform, POLL).not.toBe(before);
  });

  for (const width of [320, 390, 720]) {
    it(`nothing scrolls sideways at ${width} CSS px on any page (WCAG 1.4.10)`, async () => {
      for (const { path: pagePath, user, ready } of PAGES) {
        const p = await pageAt({ width, height: 700 }, user);
        await open(p, `${server.url}${pagePath}`);
        await ready(p);
        // Late parts (charts, maps, tables) are there too.
        await p.waitForTimeout(500);
        expect(await sidewaysScroll(p), `${pagePath} at ${width} px`).toMatchObject({ scrollWidth: width, clientWidth: width });
        if (pagePath === "/") {
          await p.getByRole("button", { name: /^Filter/ }).tap();
          expect(await sidewaysScroll(p), `${pagePath} at ${width} px, filters open`).toMatchObject({ scrollWidth: width });
        }
        if (width === 320) await p.screenshot({ path: path.join(ARTIFACTS, `reflow-320-${pagePath.replace(/[^a-z0-9]+/gi, "-")}.png`), fullPage: true });
        await p.context().close();
      }
    });
  }

  it("the narrow map page passes axe with the filters folded and open", async () => {
    const p = await pageAt(NARROW[0], "polis");
    await open(p, `${server.url}/`);
    await waitForCount(p);
    await expectNoAxeViolations(p, "the phone's map page, filters folded");
    await p.getByRole("button", { name: /^Filter/ }).tap();
    await expectNoAxeViolations(p, "the phone's map page, filters open");
    expect(app.errors).toEqual([]);
  });
});
