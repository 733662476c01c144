import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";
import { beforeEach, expect, onTestFailed } from "vitest";
import { importBoundary } from "../../api/municipality/boundary-import";
import { startTestServer, type GqlClient, type TestServer } from "../support/test-server";

/** The repository root. */
export const ROOT = path.resolve(__dirname, "../..");
/** Debian's Chromium (another path through CHROMIUM_PATH); the browser tests never download one. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** Where screenshots go (git-ignored). */
export const ARTIFACTS = path.join(ROOT, "test/artifacts");

/**
 * Whether Chromium is there. Without it the browser tests are skipped with one line; under CI=true
 * the missing browser is a failed test instead (see `map.test.ts`).
 */
export function browserAvailable(): boolean {
  if (fs.existsSync(CHROMIUM)) return true;
  if (process.env.CI !== "true") console.warn(`Browser tests skipped: ${CHROMIUM} not found (apt-get install -y chromium).`);
  return false;
}

/** Starts headless Chromium, as root and on a closed network. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** Builds the web app into `outDir`, a temporary folder (not dist/, so a running `npm start` is untouched). */
export async function buildWeb(outDir: string): Promise<void> {
  const { build } = await import("vite");
  // Vitest sets NODE_ENV=test, which would bundle React's development build: build as `npm start` does.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({
      configFile: path.join(ROOT, "web/vite.config.mts"),
      mode: "production",
      logLevel: "error",
      // Not emptied: the folder is new, and its placeholder index.html must stay until the built one
      // replaces it (a server starting meanwhile serves the folder only when it finds one).
      build: { outDir, emptyOutDir: false, sourcemap: false, reportCompressedSize: false },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

/**
 * A browser context that may only talk to `origin`: anything else (tile servers, fonts) is
 * aborted, so the tests never reach the internet. Page errors are collected for the test to check.
 * The service worker is kept out unless asked for: it is what the offline tests test, and in every
 * other context it would only precache the build again for each new context.
 */
export async function newContext(browser: Browser, origin: string, options: { serviceWorkers?: "allow" | "block" } = {}): Promise<{ context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "sv-SE", timezoneId: "Europe/Stockholm", serviceWorkers: options.serviceWorkers ?? "block" });
  const errors: string[] = [];
  await context.route(
    (url) => url.origin !== origin,
    (route) => route.abort(),
  );
  context.on("page", (page) => page.on("pageerror", (error) => errors.push(error.message)));
  return { context, errors };
}

/** Waits until the page reports the count of the current selection, and returns it. */
export async function waitForCount(page: Page): Promise<number> {
  const count = page.locator('[data-testid="activity-count"][data-count]:not([aria-busy])');
  await count.waitFor();
  return Number(await count.getAttribute("data-count"));
}

const AXE = fs.readFileSync(path.join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");

/** Runs axe-core with the WCAG 2.1 A and AA rules and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  // Evaluated through the DevTools protocol, so the page's Content Security Policy does not block it.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(ctx: Document, options: unknown): Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> }> } }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 5)
          .join(", ")}`,
    );
  });
  expect(violations, `axe violations on ${what}`).toEqual([]);
}

/** The demo users' password (DEMO_PASSWORD's default). */
const DEMO_USER_PASSWORD = "jokkmokk";

/** Polls for up to ten seconds: a busy CI machine renders slowly. */
export const POLL = { timeout: 10_000, interval: 100 };

/** What `read` gives once it has stopped changing: the same value twice, a quarter second apart. */
export async function settled<T>(page: Page, read: () => Promise<T>): Promise<T> {
  let last: T | undefined;
  let text = "";
  await expect
    .poll(async () => {
      const before = text;
      await page.waitForTimeout(250);
      last = await read();
      text = JSON.stringify(last);
      return text === before;
    }, POLL)
    .toBe(true);
  return last as T;
}

/**
 * The open popup once its content has loaded (`button`, one of its actions, is there) and it has
 * stopped moving (the map pans to fit it).
 */
export async function settledPopup(page: Page, button: string): Promise<Locator> {
  const popup = page.locator(".leaflet-popup");
  await popup.getByRole("button", { name: button }).waitFor();
  await settled(page, () => popup.boundingBox());
  return popup;
}

/**
 * When a test of the suite fails, each of its pages leaves a screenshot in test/artifacts and a
 * line in the log with its address, the open dialog and popup: what CI shows of a failure.
 */
export function describePagesOnFailure(pages: () => Array<Page | undefined>): void {
  beforeEach(() => {
    onTestFailed(async ({ task }) => {
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      const slug = task.name.replace(/[^a-z0-9]+/gi, "-").slice(0, 60);
      for (const [i, page] of pages().entries()) {
        if (!page || page.isClosed()) continue;
        const state = await page
          .evaluate(() => {
            const text = (selector: string) => document.querySelector(selector)?.textContent?.replace(/\s+/g, " ").trim().slice(0, 300) ?? null;
            return { dialog: text("dialog[open]"), popup: text(".leaflet-popup"), focus: document.activeElement?.outerHTML.slice(0, 120) ?? null };
          })
          .catch((error: Error) => ({ error: error.message }));
        console.log(`[failure] ${task.name}: page ${i} at ${page.url()}: ${JSON.stringify(state)}`);
        await page.screenshot({ path: path.join(ARTIFACTS, `failure-${slug}-${i}.png`) }).catch(() => undefined);
      }
    });
  });
}

/** A fresh browser context at `size`, signed in as `username` through the sign-in page, typing like a person. */
export async function signInThroughForm(app: BrowserApp, username: string, size: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
  const { context, errors } = await newContext(app.browser, app.server.url);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.setViewportSize({ width: size.width, height: size.height });
  await page.goto(`${app.server.url}/logga-in`, { waitUntil: "domcontentloaded" });
  await page.getByLabel("Användarnamn").pressSequentially(username);
  await page.getByLabel("Lösenord").pressSequentially(DEMO_USER_PASSWORD);
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => url.pathname === "/");
  return { page, errors };
}

/** Yesterday in Stockholm as the form writes it (2026-12-02) and its year: planned work there may be marked done. */
export function yesterday(): { day: string; year: number } {
  const date = new Date(Date.now() - 86_400_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return { day: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`, year: date.getFullYear() };
}

/** The years a selection in the URL names. */
export function urlParam(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}

/** The real outline when the shared geo folder is beside the project; otherwise a made-up one. */
export async function boundaryFile(): Promise<string> {
  const real = path.resolve(ROOT, "../shared/geo/swedish_municipalities.geojson");
  if (fs.existsSync(real)) return real;
  const ring = [
    [17.2, 67.0],
    [18.4, 67.6],
    [19.6, 67.1],
    [21.0, 66.5],
    [20.5, 66.0],
    [19.6, 66.05],
    [18.6, 66.5],
    [17.2, 67.0],
  ];
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "lofteskartan-geo-")), "outline.geojson");
  fs.writeFileSync(file, JSON.stringify({ type: "FeatureCollection", features: [{ type: "Feature", properties: { id: "2510" }, geometry: { type: "Polygon", coordinates: [ring] } }] }));
  return file;
}

/** The app in Chromium: the API on the demo data with the municipal boundary, the built web, one page. */
export interface BrowserApp {
  server: TestServer;
  browser: Browser;
  context: BrowserContext;
  /** Page errors so far (see `newContext`). */
  errors: string[];
  page: Page;
  close(): Promise<void>;
}

/** Signs the app's browser context in as `username` (by the API's session cookie, not the sign-in page); the client for the API too. */
export async function signInContext(app: BrowserApp, username: string): Promise<GqlClient> {
  const client = await app.server.as(username);
  const [name, value] = client.cookie!.split("=");
  await app.context.addCookies([{ name, value, url: app.server.url }]);
  return client;
}

/** The web built once per test process, shared by its files (they share their worker's modules). */
let sharedWeb: { dir: string; built: Promise<void> } | null = null;

/**
 * The folder the web is built into, once per process: the build starts at the first call, and the
 * folder is removed when the process ends. The server reads the web's files when they are asked
 * for, so it can start while Vite builds them; it serves a folder only when it holds an index.html
 * at start, hence the placeholder until the built one replaces it. A failed build is tried again
 * by the next file.
 */
function webBuild(): { dir: string; built: Promise<void> } {
  if (sharedWeb) return sharedWeb;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lofteskartan-web-"));
  fs.writeFileSync(path.join(dir, "index.html"), "");
  process.once("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
  const web = {
    dir,
    built: buildWeb(dir).catch((error: unknown) => {
      sharedWeb = null;
      throw error;
    }),
  };
  sharedWeb = web;
  return web;
}

/**
 * Starts the API, builds the web (once per process) and opens Chromium, side by side; `dbProxy`
 * puts a link the test can cut between the API and its database.
 */
export async function startBrowserApp(options: { dbProxy?: boolean; serviceWorkers?: "allow" | "block" } = {}): Promise<BrowserApp> {
  const web = webBuild();
  // Tiles from a local path that answers nothing useful: the map must do without them.
  const starting = startTestServer({ template: "demo", webDir: web.dir, env: { TILE_URL: "/tiles/{z}/{x}/{y}.png" }, dbProxy: options.dbProxy });
  const [, browser, server] = await Promise.all([web.built, launchBrowser(), starting]);
  await importBoundary(server.dataSource, await boundaryFile(), "2510");
  const { context, errors } = await newContext(browser, server.url, { serviceWorkers: options.serviceWorkers });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return {
    server,
    browser,
    context,
    errors,
    page,
    async close() {
      await context.close();
      await browser.close();
      await server.close();
    },
  };
}

/** A little south of Porjus, on the E45. */
export const NEAR_PORJUS = { latitude: 66.947, longitude: 19.82 };

/** The app on a phone (390×844) signed in as `username`, its position granted and set to `position`. */
export async function startPhoneApp(username: string, position: { latitude: number; longitude: number } = NEAR_PORJUS, serviceWorkers: "allow" | "block" = "block"): Promise<BrowserApp> {
  const app = await startBrowserApp({ serviceWorkers });
  await signInContext(app, username);
  await app.context.grantPermissions(["geolocation"], { origin: app.server.url });
  await app.context.setGeolocation(position);
  app.page.setDefaultTimeout(30_000);
  await app.page.setViewportSize({ width: 390, height: 844 });
  return app;
}
