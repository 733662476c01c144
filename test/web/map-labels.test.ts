import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql";
import type { GqlClient, TestServer } from "../support/test-server";
import { ARTIFACTS, POLL, browserAvailable, describePagesOnFailure, settled, signInContext, startBrowserApp, waitForCount, type BrowserApp } from "./browser";

const run = browserAvailable();

const UNVISITED = graphql(`
  query MapLabelsUnvisitedTest($filter: ActivityFilter) {
    coverage(filter: $filter) {
      unvisited {
        name
      }
    }
  }
`);
const PLACES = graphql(`
  query MapLabelsPlacesTest {
    places(kinds: [TOWN, VILLAGE]) {
      id
    }
  }
`);
/** The default selection at sign-in: this year and the work planned ahead. */
const THIS_YEAR = Number(new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Europe/Stockholm" }).format(new Date()));
const DEFAULT_FILTER = { years: [THIS_YEAR], onwardFromYear: THIS_YEAR + 1 };

interface Box {
  name: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
  fontSize: number;
}

/** The place labels on the screen (Leaflet's tooltips), with their boxes and type size. */
const labelBoxes = (page: Page): Promise<Box[]> =>
  page.locator(".leaflet-pane .leaflet-tooltip.place-label").evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { name: el.querySelector(".place-name")?.textContent ?? "", left: r.left, top: r.top, right: r.right, bottom: r.bottom, fontSize: parseFloat(getComputedStyle(el).fontSize) };
    }),
  );

/** The box of each element `selector` matches. */
const boxes = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as { left: number; top: number; right: number; bottom: number }));

const intersects = (a: Omit<Box, "name" | "fontSize">, b: Omit<Box, "name" | "fontSize">) =>
  Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);

/** Pairs of labels whose boxes intersect. */
function overlapping(labels: Box[]): string[] {
  const pairs: string[] = [];
  labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => intersects(a, b) && pairs.push(`${a.name} × ${b.name}`)));
  return pairs;
}

/** Labels not wholly inside the map, or over something drawn above it (`over`: selectors). */
async function misplaced(page: Page, labels: Box[], over: string[]): Promise<string[]> {
  const [map] = await boxes(page, ".leaflet-container");
  const bad = labels.filter((l) => l.left < map.left || l.right > map.right || l.top < map.top || l.bottom > map.bottom).map((l) => `${l.name} cut off`);
  for (const selector of over) {
    const covers = await boxes(page, selector);
    for (const l of labels) if (covers.some((c) => intersects(l, c))) bad.push(`${l.name} under ${selector}`);
  }
  return bad;
}

describe.skipIf(!run)("place labels on the map in Chromium", () => {
  let app: BrowserApp;
  let server: TestServer;
  let page: Page;
  let mote: GqlClient;
  let unvisited: string[];
  let placeCount: number;

  beforeAll(async () => {
    app = await startBrowserApp();
    ({ server, page } = app);
    mote = await signInContext(app, "mote");
    unvisited = (await mote.ok(UNVISITED, { filter: DEFAULT_FILTER })).coverage.unvisited.map((p) => p.name);
    placeCount = (await mote.ok(PLACES)).places.length;
  });

  afterAll(() => app?.close());
  describePagesOnFailure(() => [page]);

  /** Opens the map at a size and waits until the labels have stopped moving. */
  async function openMap(width: number, height: number, meeting = false): Promise<Box[]> {
    await page.setViewportSize({ width, height });
    await page.goto(`${server.url}/${meeting ? "?meeting=1" : ""}`, { waitUntil: "domcontentloaded" });
    await waitForCount(page);
    // The first page of a cold browser on a busy machine takes its time.
    await page.locator(".leaflet-pane .place-label").first().waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator(".activity-cluster").count(), POLL).toBeGreaterThan(0);
    return settled(page, () => labelBoxes(page));
  }

  it("draws a village without activity, mark and label, over the clusters beside it (1440×900)", async () => {
    expect(unvisited.length).toBeGreaterThan(0);
    await openMap(1440, 900);
    await page.screenshot({ path: path.join(ARTIFACTS, "labels-1440.png") });
    // Labels and marks let clicks through to the map: to ask what is on top at a point, the test
    // makes them answer hit tests.
    await page.addStyleTag({ content: ".leaflet-pane, .leaflet-pane .place-label, .leaflet-pane .place-label *, .leaflet-pane path { pointer-events: auto !important; }" });

    const onTop = await page.evaluate(() => {
      const result: Array<{ name: string; label: boolean; mark: boolean; clusterNear: boolean }> = [];
      const clusters = Array.from(document.querySelectorAll(".activity-cluster"), (el) => el.getBoundingClientRect());
      const labels = Array.from(document.querySelectorAll<HTMLElement>(".leaflet-pane .place-label-unvisited"));
      const marks = Array.from(document.querySelectorAll<SVGPathElement>(".leaflet-pane path.place-mark-unvisited"));
      for (const label of labels) {
        const r = label.getBoundingClientRect();
        // The label's centre and a point inside each corner, and the words "no activity".
        const note = label.querySelector(".place-unvisited")!.getBoundingClientRect();
        const probes = [
          [(r.left + r.right) / 2, (r.top + r.bottom) / 2],
          [r.left + 3, r.top + 3],
          [r.right - 3, r.top + 3],
          [r.left + 3, r.bottom - 3],
          [r.right - 3, r.bottom - 3],
          [(note.left + note.right) / 2, (note.top + note.bottom) / 2],
        ];
        const labelOnTop = probes.every(([x, y]) => label.contains(document.elementFromPoint(x, y)));
        result.push({ name: label.querySelector(".place-name")!.textContent!, label: labelOnTop, mark: false, clusterNear: false });
      }
      // Each mark: at its centre, nothing of an activity (a cluster or a single mark) lies above the
      // mark. The stack at the point is read whole: an empty SVG layer of another pane (which the
      // style above makes hittable) may be topmost without hiding anything.
      const activity = (el: Element) => el.closest(".activity-cluster, .activity-marker, .leaflet-marker-icon") !== null;
      for (const mark of marks) {
        const r = mark.getBoundingClientRect();
        const [x, y] = [(r.left + r.right) / 2, (r.top + r.bottom) / 2];
        const stack = document.elementsFromPoint(x, y);
        const at = stack.indexOf(mark);
        const onTop = at >= 0 && !stack.slice(0, at).some(activity);
        const near = clusters.some((c) => Math.hypot((c.left + c.right) / 2 - x, (c.top + c.bottom) / 2 - y) < 60);
        const own = result.find((entry) => entry.name === mark.dataset.place);
        if (own) Object.assign(own, { mark: onTop, clusterNear: near });
        else result.push({ name: `mark ${mark.dataset.place}`, label: false, mark: onTop, clusterNear: near });
      }
      return result;
    });
    expect(onTop.map((e) => e.name).sort()).toEqual([...unvisited].sort());
    expect(onTop).toEqual(onTop.map((e) => ({ ...e, label: true, mark: true })));
    // The case that went wrong is among them: a village with clusters drawn right beside it.
    expect(onTop.some((e) => e.clusterNear)).toBe(true);
  });

  // A desk, a phone, and the desk at 200 % zoom (720×450 CSS pixels).
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
    [720, 450],
  ] as const) {
    it(`labels do not overlap, nor leave the map or run under its controls, at ${width}×${height}`, async () => {
      const labels = await openMap(width, height);
      await page.screenshot({ path: path.join(ARTIFACTS, `labels-${width}.png`) });
      expect(overlapping(labels)).toEqual([]);
      expect(await misplaced(page, labels, [".leaflet-control", ".legend"])).toEqual([]);
      // Every village without activity keeps its label; the others shown, or counted as left out.
      for (const name of unvisited) expect(labels.map((l) => l.name)).toContain(name);
      const hidden = Number(await page.locator(".leaflet-container").getAttribute("data-hidden-labels"));
      expect(labels.length + hidden).toBe(placeCount);
      expect(labels.length).toBeGreaterThanOrEqual(width > 1000 ? 18 : 8);
      expect(await page.locator(".place-label-measure").count()).toBe(0);

      // Closer in, the names left out come back, still apart.
      await page.getByRole("button", { name: "Zooma in", exact: true }).click();
      await page.getByRole("button", { name: "Zooma in", exact: true }).click();
      const closer = await settled(page, () => labelBoxes(page));
      expect(overlapping(closer)).toEqual([]);
      expect(await misplaced(page, closer, [".leaflet-control", ".legend"])).toEqual([]);
    });
  }

  it("meeting mode at 1920×1080: labels of at least 24 px, apart, beside the side column and the legend, not cut off", async () => {
    const labels = await openMap(1920, 1080, true);
    await page.screenshot({ path: path.join(ARTIFACTS, "labels-meeting-1920.png") });
    expect(labels.length).toBeGreaterThanOrEqual(15);
    for (const l of labels) expect(l.fontSize, l.name).toBeGreaterThanOrEqual(24);
    expect(overlapping(labels)).toEqual([]);
    expect(await misplaced(page, labels, [".leaflet-control", ".meeting-panel", ".meeting-legend"])).toEqual([]);
    for (const name of unvisited) expect(labels.map((l) => l.name)).toContain(name);
  });
});
