import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { expect } from "vitest";

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
      build: { outDir, emptyOutDir: true, sourcemap: false, reportCompressedSize: false },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

/**
 * A browser context that may only talk to `origin`: anything else (tile servers, fonts) is
 * aborted, so the tests never reach the internet. Page errors are collected for the test to check.
 */
export async function newContext(browser: Browser, origin: string): Promise<{ context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "sv-SE", timezoneId: "Europe/Stockholm" });
  const errors: string[] = [];
  await context.route((url) => url.origin !== origin, (route) => route.abort());
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
    const axe = (window as unknown as { axe: { run(ctx: Document, options: unknown): Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(", ")}`);
  });
  expect(violations, `axe violations on ${what}`).toEqual([]);
}

/** The years a selection in the URL names. */
export function urlParam(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}
