import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../support/test-server";
import { ARTIFACTS, POLL, browserAvailable, describePagesOnFailure, settled, startBrowserApp, waitForCount, type BrowserApp } from "./browser";

const run = browserAvailable();

interface Box { text: string; left: number; top: number; right: number; bottom: number }

/** The visible place labels' boxes on the screen. */
const labelBoxes = (page: Page) =>
  page.locator(".leaflet-tooltip.place-label").evaluateAll((els) =>
    els
      .filter((el) => getComputedStyle(el).visibility !== "hidden" && getComputedStyle(el).display !== "none" && Number(getComputedStyle(el).opacity) > 0)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.querySelector(".place-name")?.textContent ?? "", left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      }),
  );

function overlaps(boxes: Box[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top)) out.push(`${a.text} × ${b.text}`);
    }
  return out;
}

describe.skipIf(!run)("place labels on the map in Chromium", () => {
  let app: BrowserApp;
  let server: TestServer;
  let page: Page;

  beforeAll(async () => {
    app = await startBrowserApp();
    ({ server, page } = app);
    const mote = await server.as("mote");
    const [name, value] = mote.cookie!.split("=");
    await app.context.addCookies([{ name, value, url: server.url }]);
  });

  afterAll(() => app?.close());
  describePagesOnFailure(() => [page]);

  for (const [label, width, height, meeting] of [["1440", 1440, 900, false], ["390", 390, 844, false], ["720", 720, 450, false], ["meeting", 1920, 1080, true]] as const) {
    it(`labels at ${label}`, async () => {
      await page.setViewportSize({ width, height });
      await page.goto(`${server.url}/${meeting ? "?meeting=1" : ""}`, { waitUntil: "domcontentloaded" });
      await waitForCount(page);
      await page.locator(".leaflet-tooltip.place-label").first().waitFor();
      const boxes = await settled(page, () => labelBoxes(page));
      console.log(label, boxes.length, overlaps(boxes));
      console.log(await page.evaluate(() => {
        const m = Array.from(document.querySelectorAll<HTMLElement>("[data-measure]:not([data-compact])"), (el) => [el.querySelector(".place-name")!.textContent, Math.round(el.getBoundingClientRect().width), Math.round(el.getBoundingClientRect().height)]);
        const r = Array.from(document.querySelectorAll<HTMLElement>(".leaflet-tooltip.place-label:not([data-measure])"), (el) => [el.querySelector(".place-name")!.textContent, Math.round(el.getBoundingClientRect().width), Math.round(el.getBoundingClientRect().height), el.className]);
        return JSON.stringify({ m, r });
      }));
      await page.screenshot({ path: path.join(ARTIFACTS, `labels-${label}.png`) });
    });
  }
});
