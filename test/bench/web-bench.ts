import "./bench-env";
import "reflect-metadata";
import fs from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { chromium, type Page, type Request } from "playwright-core";
import { Services } from "../../api/app/container";
import { createHttpApp } from "../../api/app/http-app";
import { loadConfig } from "../../api/config/config";
import { createDataSource } from "../../api/db/data-source";
import { importBoundary } from "../../api/municipality/boundary-import";
import { seedAll } from "../../seed/seed";
import { seedSynthetic } from "../../seed/synthetic";
import { openBenchDatabase } from "./bench-database";
import { summarize, type Timing } from "./bench-stats";

/**
 * The web half of the benchmark : in Chromium, with about 100,000 activities in
 * the filter, the time from a filter change to the map drawn (the web's `lk:filter-change` and
 * `lk:map-drawn` performance marks), and the gzip size of the JavaScript the built app loads first.
 *
 *   npm run build:api && node dist/test/bench/web-bench.js [--activities 100000] [--changes 13]
 *
 * Builds the web with Vite into a temporary folder, loads synthetic activities into a database of
 * its own (embedded in a temporary folder, or a new one on DATABASE_URL's server), serves both from
 * the real API in this process (tiles from a local path that answers 404), signs in as `mote`, opens
 * the map on every selectable year and ticks filter checkboxes one at a time: each change leads to
 * a selection not seen before (no Apollo cache hit), and every selection keeps most activities.
 * Prints a table and writes test/bench/results/web-latest.json. With WEB_BENCH_PROFILE=<folder> the
 * web is built unminified and each change's CPU profile (click to drawn) is written there.
 */

const ROOT = path.resolve(__dirname, "../../..");
const RESULTS_DIR = path.join(ROOT, "test/bench/results");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const PASSWORD = "bench-lofteskartan";
const USER = "mote";
const TIMEOUT_MS = 60_000;
/** Checkboxes (ids `<param>-<value>`) that take few activities away: unticked two at most at a time. */
const TOGGLES = [
  "statuses-CANCELLED",
  "kinds-DRUG_DOG_SEARCH",
  "statuses-PLANNED",
  "kinds-PUB_VISIT",
  "kinds-SCHOOL_INFORMATION",
  "kinds-JOINT_COMMUNICATION",
  "kinds-CITIZEN_DIALOGUE",
  "kinds-TARGETED_OPERATION",
  "kinds-YOUTH_VISIT",
];
/** Changes not timed first: the first request of each kind compiles code and warms PostgreSQL. */
const WARMUP_CHANGES = 2;

function arg(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const raw = at >= 0 ? process.argv[at + 1] : process.env[`WEB_BENCH_${name.toUpperCase()}`];
  const value = raw === undefined ? fallback : Number(raw.replace(/_/g, ""));
  if (!Number.isInteger(value) || value < 1) throw new Error(`Bad --${name}: ${raw}`);
  return value;
}

const gzipAsync = promisify(gzip);

/** What the benchmark reads of a chunk of Vite's build output. */
interface OutputChunk {
  type: "chunk";
  fileName: string;
  imports: string[];
  facadeModuleId: string | null;
}
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Builds the web app into `outDir` as `npm run build:web` does (production React), and returns Rollup's chunks. */
async function buildWeb(outDir: string): Promise<OutputChunk[]> {
  const { build } = await import("vite");
  const result = await build({
    configFile: path.join(ROOT, "web/vite.config.mts"),
    mode: "production",
    logLevel: "error",
    build: { outDir, emptyOutDir: false, sourcemap: false, reportCompressedSize: false, ...(process.env.WEB_BENCH_PROFILE ? { minify: false } : {}) },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as unknown as Array<{ output: Array<OutputChunk | { type: "asset" }> }>;
  return outputs.flatMap((o) => o.output.filter((f): f is OutputChunk => f.type === "chunk"));
}

/** Sizes of the built JavaScript: what index.html loads (its scripts and module preloads), and the map route on top. */
async function bundleSizes(
  webDir: string,
  chunks: OutputChunk[],
): Promise<{ initial: { files: string[]; rawKb: number; gzipKb: number }; mapRoute: { files: string[]; rawKb: number; gzipKb: number } }> {
  const html = await fs.readFile(path.join(webDir, "index.html"), "utf8");
  const initial = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\bsrc="\/?([^"]+\.js)"|<link[^>]*rel="modulepreload"[^>]*href="\/?([^"]+\.js)"/g)) initial.add(m[1] ?? m[2]);
  // Static imports of what index.html names load with it, whether or not they are preloaded.
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const closure = (start: Iterable<string>): Set<string> => {
    const seen = new Set<string>();
    const visit = (f: string) => {
      if (seen.has(f)) return;
      seen.add(f);
      for (const i of byFile.get(f)?.imports ?? []) visit(i);
    };
    for (const f of start) visit(f);
    return seen;
  };
  const initialFiles = closure(initial);
  const mapEntry = chunks.find((c) => c.facadeModuleId?.endsWith("/app/MapRoute.tsx"));
  const mapFiles = mapEntry ? [...closure([mapEntry.fileName])].filter((f) => !initialFiles.has(f)) : [];
  const measure = async (files: string[]) => {
    let raw = 0;
    let zipped = 0;
    for (const f of files) {
      const bytes = await fs.readFile(path.join(webDir, f));
      raw += bytes.length;
      zipped += (await gzipAsync(bytes, { level: 9 })).length;
    }
    return { files, rawKb: kb(raw), gzipKb: kb(zipped) };
  };
  return { initial: await measure([...initialFiles]), mapRoute: await measure(mapFiles) };
}

/**
 * How many synthetic activities to load so that `inFilter` of them fall in the selectable years:
 * `seedSynthetic` spreads them evenly over the ten years before today plus six planned weeks.
 */
function syntheticCount(inFilter: number, firstYear: number, lastYear: number, now = new Date()): number {
  const day = 86_400_000;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const start = Date.UTC(now.getUTCFullYear() - 10, now.getUTCMonth(), now.getUTCDate());
  const end = today + 42 * day;
  const from = Math.max(start, Date.UTC(firstYear, 0, 1));
  const to = Math.min(end, Date.UTC(lastYear + 1, 0, 1));
  return Math.round((inFilter * (end - start)) / Math.max(day, to - from));
}

/** The count the page reports for the current selection, once settled. */
async function shownCount(page: Page): Promise<number> {
  const count = page.locator('[data-testid="activity-count"][data-count]:not([aria-busy])');
  await count.waitFor({ timeout: TIMEOUT_MS });
  return Number(await count.getAttribute("data-count"));
}

/** When a request was sent, its first byte came and its answer was in, in ms from the filter-change mark (the gap from sent to first byte is the server's). */
interface Phases {
  sent: number;
  firstByte: number;
  end: number;
}

/**
 * Clicks a checkbox and returns ms from its `lk:filter-change` mark to the next `lk:map-drawn`, and
 * of that the part until the last `/graphql` answer that came in between (the rest is the browser's).
 */
async function timeChange(page: Page, id: string): Promise<{ ms: number; apiMs: number; requests: number; count: number; operations: Record<string, Phases> }> {
  const timings: Array<{ name: string; timing: ReturnType<Request["timing"]> }> = [];
  const onFinished = (request: Request) => {
    if (!request.url().endsWith("/graphql")) return;
    const name = (request.postDataJSON() as { operationName?: string } | null)?.operationName ?? "?";
    timings.push({ name, timing: request.timing() });
  };
  page.on("requestfinished", onFinished);
  await page.evaluate(() => {
    performance.clearMarks("lk:filter-change");
    performance.clearMarks("lk:map-drawn");
    performance.clearResourceTimings();
  });
  const cdp = process.env.WEB_BENCH_PROFILE ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    await cdp.send("Profiler.start");
  }
  await page.locator(`#${id}`).click();
  const handle = await page.waitForFunction(
    () => {
      const change = performance.getEntriesByName("lk:filter-change", "mark")[0];
      const drawn = change && performance.getEntriesByName("lk:map-drawn", "mark").find((m) => m.startTime >= change.startTime);
      if (!drawn) return null;
      const answers = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter(
        (r) => r.name.endsWith("/graphql") && r.startTime >= change.startTime && r.responseEnd <= drawn.startTime,
      );
      const lastAnswer = Math.max(change.startTime, ...answers.map((r) => r.responseEnd));
      return { ms: drawn.startTime - change.startTime, apiMs: lastAnswer - change.startTime, requests: answers.length, changeAt: performance.timeOrigin + change.startTime };
    },
    undefined,
    { timeout: TIMEOUT_MS, polling: 50 },
  );
  const { changeAt, ...timing } = (await handle.jsonValue()) as { ms: number; apiMs: number; requests: number; changeAt: number };
  if (cdp) {
    const { profile } = await cdp.send("Profiler.stop");
    await fs.writeFile(path.join(process.env.WEB_BENCH_PROFILE!, `${id}-${Date.now()}.cpuprofile`), JSON.stringify({ ...profile, changeAt }));
    await cdp.detach();
  }
  const count = await shownCount(page);
  // Let the table, coverage and a straggling frame finish before the next change.
  await page.waitForLoadState("networkidle");
  page.off("requestfinished", onFinished);
  // Per operation, in ms from the filter-change mark: sent, first byte (the server's time is the gap), answer in.
  const operations: Record<string, Phases> = {};
  for (const { name, timing: t } of timings) {
    const at = (ms: number) => Math.round(t.startTime + ms - changeAt);
    operations[name] = { sent: at(Math.max(0, t.requestStart)), firstByte: at(t.responseStart), end: at(t.responseEnd) };
  }
  return { ...timing, count, operations };
}

/** One checkbox per step, two unticked at most, so each selection is new and stays large. */
function toggleSteps(changes: number): Array<{ id: string; on: boolean }> {
  if (changes > 2 * TOGGLES.length - 1) throw new Error(`At most ${2 * TOGGLES.length - 1} changes lead to new selections.`);
  const steps: Array<{ id: string; on: boolean }> = [{ id: TOGGLES[0], on: false }];
  for (let i = 1; steps.length < changes; i += 1) {
    const k = i % TOGGLES.length;
    const prev = (i - 1) % TOGGLES.length;
    steps.push({ id: TOGGLES[k], on: false });
    if (steps.length < changes) steps.push({ id: TOGGLES[prev], on: true });
  }
  return steps;
}

async function main(): Promise<void> {
  const started = new Date();
  const target = arg("activities", 100_000);
  const changes = arg("changes", 13);
  const loadBefore = os.loadavg();
  const webDir = await fs.mkdtemp(path.join(os.tmpdir(), "lofteskartan-webbench-web-"));
  const database = await openBenchDatabase("lk_webbench");
  const loader = createDataSource(database.url, { poolSize: 4 });
  const api = createDataSource(database.url);
  let server: Server | undefined;
  let stopApollo: (() => Promise<void>) | undefined;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const building = (async () => {
      const t = Date.now();
      const chunks = await buildWeb(webDir);
      console.log(`Web built in ${((Date.now() - t) / 1000).toFixed(1)} s`);
      return chunks;
    })();
    await loader.initialize();
    await loader.runMigrations({ transaction: "each" });
    await seedAll(loader, { demoUsers: true, demoPassword: PASSWORD });
    const boundary = path.resolve(ROOT, "../shared/geo/swedish_municipalities.geojson");
    if (await fs.stat(boundary).catch(() => null)) await importBoundary(loader, boundary, "2510");
    else console.warn(`No boundary at ${boundary}: the map opens without it.`);
    const [{ first, last }] = (await loader.query(`SELECT min(start_year) AS first, max(end_year) AS last FROM promise_period`)) as Array<{ first: number; last: number }>;
    const lastYear = Math.max(last, new Date().getFullYear());
    const years = Array.from({ length: lastYear - first + 1 }, (_, i) => first + i);
    const count = syntheticCount(target, first, lastYear);
    await loader.query(`TRUNCATE activity RESTART IDENTITY`);
    const imported = await seedSynthetic(loader, count, { log: (line) => console.log(`  ${line}`) });
    await loader.query(`VACUUM (ANALYZE) activity`);
    console.log(`${count.toLocaleString("en-US")} activities loaded (${imported.rowsPerSecond.toLocaleString("en-US")} rows/s), aiming at ${target.toLocaleString("en-US")} in ${first}–${lastYear}`);
    const chunks = await building;
    const sizes = await bundleSizes(webDir, chunks);

    const config = loadConfig({ NODE_ENV: "production", DATABASE_URL: database.url, TILE_URL: "/tiles/{z}/{x}/{y}.png" });
    await api.initialize();
    const { app, apollo } = await createHttpApp(new Services(api, config), { webDir, logError: (e) => console.error("[api]", e) });
    stopApollo = () => apollo.stop();
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, "127.0.0.1", () => resolve(s));
    });
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "sv-SE", timezoneId: "Europe/Stockholm" });
    await context.route(
      (url) => url.origin !== origin,
      (route) => route.abort(),
    );
    const errors: string[] = [];
    const page = await context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    page.setDefaultTimeout(TIMEOUT_MS);
    const login = await context.request.post(`${origin}/graphql`, {
      headers: { "content-type": "application/json" },
      data: { query: `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { id } }`, variables: { u: USER, p: PASSWORD } },
    });
    const loginBody = (await login.json()) as { errors?: unknown[] };
    if (loginBody.errors?.length) throw new Error(`Sign-in failed: ${JSON.stringify(loginBody.errors)}`);

    await page.goto(`${origin}/?years=${years.join(",")}`, { waitUntil: "domcontentloaded" });
    const firstDraw = await page.waitForFunction(() => performance.getEntriesByName("lk:markers-drawn", "mark")[0]?.startTime ?? null, undefined, { timeout: TIMEOUT_MS, polling: 50 });
    const firstDrawnMs = (await firstDraw.jsonValue()) as number;
    const initialCount = await shownCount(page);
    const mode = await page.locator(".leaflet-container").getAttribute("data-map-mode");
    await page.waitForLoadState("networkidle");
    console.log(`Map opened on ${years.join(",")}: ${initialCount.toLocaleString("en-US")} activities (${mode ?? "markers"}), first drawn ${firstDrawnMs.toFixed(0)} ms after navigation start`);

    // The kinds are folded away under a summary.
    await page.locator("details.filter-details > summary").click();
    const samples: Array<{ step: string; ms: number; apiMs: number; requests: number; count: number; warmup: boolean; operations: Record<string, Phases> }> = [];
    const steps = toggleSteps(changes + WARMUP_CHANGES);
    for (const [i, step] of steps.entries()) {
      const { ms, apiMs, requests, count: shown, operations } = await timeChange(page, step.id);
      const warmup = i < WARMUP_CHANGES;
      samples.push({ step: `${step.on ? "tick" : "untick"} ${step.id}`, ms, apiMs, requests, count: shown, warmup, operations });
      const answers = Object.entries(operations)
        .map(([name, at]) => `${name.replace(/Query$/, "")} ${at.sent}/${at.firstByte}/${at.end}`)
        .join(", ");
      console.log(
        `  ${warmup ? "(warm-up) " : ""}${step.on ? "tick" : "untick"} ${step.id}: ${ms.toFixed(0)} ms (last of ${requests} API answers at ${apiMs.toFixed(0)} ms), ${shown.toLocaleString("en-US")} activities; requests sent/first byte/in at (ms): ${answers}`,
      );
    }
    if (errors.length) console.warn(`Page errors: ${errors.join(" | ")}`);
    await context.close();

    const timed = samples.filter((s) => !s.warmup);
    const timing: Timing = summarize(timed.map((s) => s.ms));
    const apiTiming: Timing = summarize(timed.map((s) => s.apiMs));
    const counts = timed.map((s) => s.count).sort((a, b) => a - b);
    const loadAfter = os.loadavg();
    const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "unknown", memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, chromium: browser.version() };
    const rows = [
      ["filter change → map drawn, median", `${timing.median.toFixed(0)} ms`, "< 300 ms"],
      ["filter change → map drawn, p95", `${timing.p95.toFixed(0)} ms`, "< 300 ms"],
      ["  of it until the last API answer, median / p95", `${apiTiming.median.toFixed(0)} / ${apiTiming.p95.toFixed(0)} ms`, ""],
      ["activities in the filter (min–max of the changes)", `${counts[0].toLocaleString("en-US")}–${counts[counts.length - 1].toLocaleString("en-US")}`, "≈ 100,000"],
      ["first load: navigation → first map drawn", `${firstDrawnMs.toFixed(0)} ms`, ""],
      [`initial JS (index.html, ${sizes.initial.files.length} files), gzip`, `${sizes.initial.gzipKb} KB (${sizes.initial.rawKb} KB raw)`, "< 350 KB"],
      [`map route JS on top (${sizes.mapRoute.files.length} files), gzip`, `${sizes.mapRoute.gzipKb} KB (${sizes.mapRoute.rawKb} KB raw)`, ""],
      ["initial + map route JS, gzip", `${kb((sizes.initial.gzipKb + sizes.mapRoute.gzipKb) * 1024)} KB`, ""],
    ];
    console.log(`\n| measure | value | goal |\n| --- | ---: | ---: |\n${rows.map((r) => `| ${r.join(" | ")} |`).join("\n")}\n`);
    console.log(`${timed.length} timed changes after ${WARMUP_CHANGES} warm-up, map mode ${mode ?? "markers"}, signed in as ${USER}.`);
    console.log(
      `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}, Chromium ${machine.chromium}; load average ${loadBefore.map((l) => l.toFixed(2)).join(" ")} before, ${loadAfter.map((l) => l.toFixed(2)).join(" ")} after.`,
    );

    await fs.mkdir(RESULTS_DIR, { recursive: true });
    const json = {
      started: started.toISOString(),
      machine,
      loadAverage: { before: loadBefore, after: loadAfter },
      activities: { loaded: count, years, inFilterAtOpen: initialCount, inFilterMin: counts[0], inFilterMax: counts[counts.length - 1] },
      mapMode: mode ?? "markers",
      user: USER,
      firstDrawnMs,
      filterChangeToMapDrawn: timing,
      filterChangeToLastApiAnswer: apiTiming,
      samples,
      bundle: sizes,
      pageErrors: errors,
    };
    await fs.writeFile(path.join(RESULTS_DIR, "web-latest.json"), JSON.stringify(json, null, 2));
    console.log(`Wrote ${path.relative(process.cwd(), path.join(RESULTS_DIR, "web-latest.json"))}`);
  } finally {
    await browser.close();
    if (server) {
      const s = server;
      await new Promise((resolve) => s.close(resolve));
      s.closeAllConnections?.();
    }
    await stopApollo?.();
    if (api.isInitialized) await api.destroy();
    if (loader.isInitialized) await loader.destroy();
    await database.close();
    await fs.rm(webDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
