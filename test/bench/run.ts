import "./bench-env";
import "reflect-metadata";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import type { DataSource } from "typeorm";
import { Activity } from "../../api/activities/activity.entity";
import { ClusterService, type ClusterSource } from "../../api/clusters/cluster.service";
import type { AuthUser } from "../../api/common/context.type";
import { createDataSource } from "../../api/db/data-source";
import { seedAll } from "../../seed/seed";
import { seedSynthetic, type SyntheticResult } from "../../seed/synthetic";
import { measure, summarize, timed, type Timing } from "./bench-stats";
import { benchImport, importTable, type ImportBenchResult } from "./import-bench";
import { openBenchDatabase } from "./bench-database";
import { BenchClient, startBenchServer, type BenchServer, type SentStatement } from "./bench-server";

/**
 * `npm run bench`: for each size (10,000, 100,000 and 1,000,000 activities unless `--sizes` or
 * BENCH_SIZES says otherwise) loads synthetic activities, then times each main request over HTTP,
 * signed in, against its raw-SQL floor: the very statements the API sent for it, replayed through
 * `pg`; then imports files of 10,000 and 100,000 rows (`--import-sizes`) through the import's services. Prints a table and writes JSON, a Markdown table and the query plans to test/bench/results/.
 */

const PASSWORD = "bench-lofteskartan";
/** The reader: a municipality user sees all but planned police work, so the visibility test runs. */
const READER = "kommun";
const WARMUP = 5;
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
/** BENCH_ONLY: only the requests whose name holds it, without the save() and grid measures (to compare one request quickly). */
const ONLY = process.env.BENCH_ONLY ?? null;
const SAVE_ROWS = 10_000;
const RESULTS_DIR = path.resolve(__dirname, "../../../test/bench/results");

/** The municipality with a margin, and Porjus village, as map views. */
const MUNICIPALITY_VIEW = { south: 65.9, west: 17.0, north: 67.6, east: 21.2 };
const VILLAGE_VIEW = { south: 66.93, west: 19.74, north: 66.99, east: 19.9 };

/** One request of the benchmark: a GraphQL operation and its variables. */
interface BenchRequest {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** The requests, for the last full year (about a tenth of the activities). */
function requests(year: number): BenchRequest[] {
  const clusters = `query ($filter: ActivityFilter, $bbox: BBoxInput!, $zoom: Int!) {
    activityClusters(filter: $filter, bbox: $bbox, zoom: $zoom) { total clusters { lat lng count activityId byKind { kind count } } }
  }`;
  return [
    {
      name: "coverage (1 year, 1 area)",
      query: `query ($filter: ActivityFilter) { coverage(filter: $filter) {
        total byZone { zone count share }
        places { place { id name } count lastActivityAt daysSinceLast byKind { kind count } }
        unvisited { id name } } }`,
      variables: { filter: { years: [year], priorityAreas: ["TRAFFIC"] } },
    },
    {
      name: "activities first 500 (1 year, 1 area)",
      query: `query ($filter: ActivityFilter, $first: Int) { activities(filter: $filter, first: $first) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { id kind organisation status priorityAreas startsAt endsAt lat lng zone title } } } }`,
      variables: { filter: { years: [year], priorityAreas: ["TRAFFIC"] }, first: 500 },
    },
    { name: "clusters municipality (1 year, z8)", query: clusters, variables: { filter: { years: [year] }, bbox: MUNICIPALITY_VIEW, zoom: 8 } },
    { name: "clusters village (1 year, z14)", query: clusters, variables: { filter: { years: [year] }, bbox: VILLAGE_VIEW, zoom: 14 } },
    { name: "clusters municipality (10 years, z8)", query: clusters, variables: { filter: null, bbox: MUNICIPALITY_VIEW, zoom: 8 } },
  ];
}

/** What one request measured at one size. */
interface RequestResult {
  name: string;
  api: Timing;
  floor: Timing;
  ratio: number;
  /** SQL statements of most runs of the request. */
  statements: number;
  /** The most of any run (one more when the session's last-seen time is refreshed, once a minute). */
  statementsMax: number;
}

/** The map grid at one size: its size, what keeping it costs per written row, and what it saves. */
interface GridResult {
  rows: number;
  mb: number;
  activityMb: number;
  /** Rebuilding it from all rows (what a bulk load does at its end). */
  rebuildMs: number;
  rebuildUsPerRow: number;
  /** The triggers' time per row in one INSERT of many rows, one UPDATE of many rows, and single-row INSERTs and UPDATEs. */
  upkeepUsPerRow: { bulkInsert: number; bulkUpdate: number; singleInsert: number; singleUpdate: number };
  /** The ten-year clusters computed in-process from the raw rows (before the grid) and with it. */
  tenYears: { rows: Timing; grid: Timing };
}

/** What one size measured. */
interface SizeResult {
  size: number;
  import: SyntheticResult;
  /** Not measured with BENCH_ONLY. */
  grid: GridResult | null;
  requests: RequestResult[];
  peakRssMb: number;
  loadAverage: number[];
}

/** The SQL statements of `sent` that read activities (or their grid): what the floor replays. */
function activityStatements(sent: SentStatement[]): SentStatement[] {
  return sent.filter((s) => /\bFROM activity(_grid)? [ag]\b/.test(s.sql));
}

/** Times the request over HTTP and its statements through raw `pg`, run at once as the API runs them. */
async function benchRequest(server: BenchServer, client: BenchClient, floorClients: Client[], req: BenchRequest): Promise<{ result: RequestResult; sql: SentStatement[] }> {
  await client.request(req.query, req.variables);
  server.takeStatements();
  await client.request(req.query, req.variables);
  const sent = server.takeStatements();
  const sql = activityStatements(sent);
  const counts: number[] = [];
  const api = await measure(
    async () => {
      await client.request(req.query, req.variables);
      counts.push(server.takeStatements().length);
    },
    WARMUP,
    RUNS,
  );
  const floor = await measure(() => Promise.all(sql.map((s, i) => floorClients[i % floorClients.length].query(s.sql, s.parameters))), WARMUP, RUNS);
  const statements = summarize(counts).median;
  return { result: { name: req.name, api, floor, ratio: api.median / floor.median, statements, statementsMax: Math.max(...counts) }, sql };
}

/** TypeORM `save()` of `rows` copies of stored activities, one by one: the slow path, for comparison. */
async function saveOneByOne(ds: DataSource, rows: number): Promise<{ rows: number; ms: number; rowsPerSecond: number }> {
  const repo = ds.getRepository(Activity);
  const samples = await repo.find({ take: rows, order: { rowId: "ASC" } });
  const [{ max }] = (await ds.query(`SELECT max(id)::text AS max FROM activity`)) as Array<{ max: string }>;
  const ms = await timed(async () => {
    for (const sample of samples) {
      const { rowId: _rowId, id: _id, ...copy } = sample;
      await repo.save(repo.create(copy));
    }
  });
  await ds.query(`DELETE FROM activity WHERE id > $1`, [max]);
  return { rows: samples.length, ms, rowsPerSecond: Math.round((samples.length / ms) * 1000) };
}

/** Rows a bulk statement of the upkeep measure writes, and single-row statements it times. */
const UPKEEP_BULK_ROWS = 20_000;
const UPKEEP_SINGLE_ROWS = 200;
/** Copies of stored activities (the columns a write sets), for the upkeep measure. */
const COPY_SQL = `INSERT INTO activity (kind, organisation, status, priority_areas, starts_at, ends_at, place_id, place_picked, lat, lng, zone, title, is_demo)
  SELECT kind, organisation, status, priority_areas, starts_at, ends_at, place_id, place_picked, lat, lng, zone, title, true FROM activity`;

/** Milliseconds the grid's triggers took in one write, run for real under `EXPLAIN ANALYZE` (which times each trigger apart). */
async function gridTriggerMs(ds: DataSource, sql: string, parameters: unknown[] = []): Promise<number> {
  const [row] = (await ds.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, parameters)) as Array<{ "QUERY PLAN": Array<{ Triggers?: Array<{ "Trigger Name": string; Time: number }> }> }>;
  return (row["QUERY PLAN"][0].Triggers ?? []).filter((t) => t["Trigger Name"].startsWith("tr_activity_grid_")).reduce((sum, t) => sum + t.Time, 0);
}

/**
 * The grid at this size: rows and megabytes, the time of a rebuild, and its upkeep per written row
 * (the time of its triggers, as EXPLAIN ANALYZE reports it): one INSERT and one UPDATE of many
 * rows, and single-row INSERTs and UPDATEs one after the other; the rows written are removed after.
 */
async function measureGrid(ds: DataSource, reader: AuthUser): Promise<GridResult> {
  const us = (ms: number, rows: number) => Math.round((ms / rows) * 1000 * 10) / 10;
  const [{ max }] = (await ds.query(`SELECT max(id)::text AS max FROM activity`)) as Array<{ max: string }>;
  const bulkInsert = await gridTriggerMs(ds, `${COPY_SQL} ORDER BY id LIMIT ${UPKEEP_BULK_ROWS}`);
  await ds.query(`DELETE FROM activity WHERE id > $1`, [max]);
  const bulkUpdate = await gridTriggerMs(ds, `UPDATE activity SET lat = lat + 0.0001 WHERE id <= ${UPKEEP_BULK_ROWS}`);
  await ds.query(`UPDATE activity SET lat = lat - 0.0001 WHERE id <= ${UPKEEP_BULK_ROWS}`);
  let singleInsert = 0;
  let singleUpdate = 0;
  for (let i = 1; i <= UPKEEP_SINGLE_ROWS; i += 1) {
    singleInsert += await gridTriggerMs(ds, `${COPY_SQL} WHERE id = $1`, [i]);
    singleUpdate += await gridTriggerMs(ds, `UPDATE activity SET lat = lat + 0.0001 WHERE id = $1`, [i]);
  }
  await ds.query(`DELETE FROM activity WHERE id > $1`, [max]);
  await ds.query(`UPDATE activity SET lat = lat - 0.0001 WHERE id <= ${UPKEEP_SINGLE_ROWS}`);
  const [{ live }] = (await ds.query(`SELECT count(*)::int AS live FROM activity WHERE deleted_at IS NULL`)) as Array<{ live: number }>;
  const rebuildMs = await timed(() => ds.query(`SELECT lk_activity_grid_rebuild()`));
  await ds.query(`VACUUM (ANALYZE) activity_grid`);
  const [size] = (await ds.query(
    `SELECT (SELECT count(*)::int FROM activity_grid) AS rows, pg_total_relation_size('activity_grid') AS grid, pg_total_relation_size('activity') AS activity`,
  )) as Array<{ rows: number; grid: string; activity: string }>;
  const service = new ClusterService(ds);
  const tenYears = (source: ClusterSource) => measure(() => service.clusters(reader, null, MUNICIPALITY_VIEW, 8, source), WARMUP, RUNS);
  return {
    rows: size.rows,
    mb: Math.round(Number(size.grid) / 2 ** 20),
    activityMb: Math.round(Number(size.activity) / 2 ** 20),
    rebuildMs: Math.round(rebuildMs),
    rebuildUsPerRow: us(rebuildMs, live),
    upkeepUsPerRow: {
      bulkInsert: us(bulkInsert, UPKEEP_BULK_ROWS),
      bulkUpdate: us(bulkUpdate, UPKEEP_BULK_ROWS),
      singleInsert: us(singleInsert, UPKEEP_SINGLE_ROWS),
      singleUpdate: us(singleUpdate, UPKEEP_SINGLE_ROWS),
    },
    tenYears: { rows: await tenYears("rows"), grid: await tenYears("auto") },
  };
}

/** EXPLAIN ANALYZE of each statement, as text. */
async function plans(pg: Client, sql: SentStatement[]): Promise<string> {
  const out: string[] = [];
  for (const s of sql) {
    const { rows } = await pg.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${s.sql}`, s.parameters);
    out.push(`${s.sql.replace(/\s+/g, " ").trim()}\n  -- parameters: ${JSON.stringify(s.parameters)}\n${rows.map((r) => r["QUERY PLAN"]).join("\n")}\n`);
  }
  return out.join("\n");
}

/** A size as written on the command line: `10000`, `10_000`, `100k`, `1m`, `10M`. */
function parseSize(text: string): number {
  const match = /^([\d_.]+)([km]?)$/i.exec(text.trim());
  if (!match) return NaN;
  const factor = { "": 1, k: 1_000, m: 1_000_000 }[match[2].toLowerCase() as "" | "k" | "m"];
  return Math.round(Number(match[1].replace(/_/g, "")) * factor);
}

/** The sizes to load: `--sizes 100k,1m,10m`, BENCH_SIZES, or the three defaults (10k, 100k, 1m). */
function sizes(): number[] {
  const at = process.argv.indexOf("--sizes");
  const raw = at >= 0 ? process.argv[at + 1] : process.env.BENCH_SIZES;
  const list = (raw ?? "10000,100000,1000000").split(",").map(parseSize);
  if (list.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`Bad sizes: ${raw}`);
  return list;
}

/** The sizes of the import files: `--import-sizes 10000,100000`, BENCH_IMPORT_SIZES, or those two; `0` for none. */
function importSizes(): number[] {
  const at = process.argv.indexOf("--import-sizes");
  const raw = at >= 0 ? process.argv[at + 1] : process.env.BENCH_IMPORT_SIZES;
  const list = (raw ?? "10000,100000")
    .split(",")
    .map((s) => Number(s.replace(/_/g, "")))
    .filter((n) => n !== 0);
  if (list.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`Bad import sizes: ${raw}`);
  return list;
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));

/** The results as a Markdown table. */
function table(results: SizeResult[], save: { rowsPerSecond: number } | null): string {
  const lines = ["| activities | request | API median ms | API p95 ms | SQL floor median ms | floor p95 ms | ratio | statements |", "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |"];
  for (const r of results) {
    for (const q of r.requests) {
      lines.push(
        `| ${r.size.toLocaleString("en-US")} | ${q.name} | ${fmt(q.api.median)} | ${fmt(q.api.p95)} | ${fmt(q.floor.median)} | ${fmt(q.floor.p95)} | ${q.ratio.toFixed(2)} | ${q.statements} |`,
      );
    }
  }
  lines.push("", "| activities | import rows/s | × save() | peak RSS MB | load average (1 min) |", "| ---: | ---: | ---: | ---: | ---: |");
  for (const r of results) {
    const times = save ? (r.import.rowsPerSecond / save.rowsPerSecond).toFixed(0) : "–";
    lines.push(`| ${r.size.toLocaleString("en-US")} | ${r.import.rowsPerSecond.toLocaleString("en-US")} | ${times} | ${r.peakRssMb} | ${r.loadAverage.map((l) => l.toFixed(2)).join(" → ")} |`);
  }
  lines.push(
    "",
    "| activities | grid rows | grid MB (activity MB) | rebuild s (µs/row) | upkeep µs/row: INSERT of 20,000 / UPDATE of 20,000 / single INSERT / single UPDATE | 10 years z8 in-process, raw rows → grid, median / p95 ms |",
    "| ---: | ---: | ---: | ---: | ---: | ---: |",
  );
  for (const r of results) {
    const g = r.grid;
    if (!g) continue;
    const u = g.upkeepUsPerRow;
    lines.push(
      `| ${r.size.toLocaleString("en-US")} | ${g.rows.toLocaleString("en-US")} | ${g.mb} (${g.activityMb}) | ${(g.rebuildMs / 1000).toFixed(1)} (${g.rebuildUsPerRow}) | ${u.bulkInsert} / ${u.bulkUpdate} / ${u.singleInsert} / ${u.singleUpdate} | ${fmt(g.tenYears.rows.median)} / ${fmt(g.tenYears.rows.p95)} → ${fmt(g.tenYears.grid.median)} / ${fmt(g.tenYears.grid.p95)} |`,
    );
  }
  if (save) lines.push("", `TypeORM save() one by one: ${save.rowsPerSecond.toLocaleString("en-US")} rows/s (${SAVE_ROWS.toLocaleString("en-US")} rows).`);
  return lines.join("\n");
}

async function main(): Promise<void> {
  const started = new Date();
  const database = await openBenchDatabase();
  const loader = createDataSource(database.url, { poolSize: 4 });
  let server: BenchServer | undefined;
  const floorClients = [new Client({ connectionString: database.url }), new Client({ connectionString: database.url })];
  const results: SizeResult[] = [];
  let save: { rows: number; ms: number; rowsPerSecond: number } | null = null;
  const planTexts: Record<string, string> = {};
  let imports: ImportBenchResult[];
  try {
    await loader.initialize();
    await loader.runMigrations({ transaction: "each" });
    await seedAll(loader, { demoUsers: true, demoPassword: PASSWORD });
    server = await startBenchServer(database.url);
    await Promise.all(floorClients.map((c) => c.connect()));
    const [{ version }] = (await loader.query(`SELECT current_setting('server_version') AS version`)) as Array<{ version: string }>;
    const year = new Date().getFullYear() - 1;
    const [reader] = (await loader.query(`SELECT id, username, display_name AS "displayName", role FROM app_user WHERE username = $1`, [READER])) as AuthUser[];
    const readerUser: AuthUser = reader;
    for (const size of sizes()) {
      const loadBefore = os.loadavg()[0];
      await loader.query(`TRUNCATE activity RESTART IDENTITY`);
      const imported = await seedSynthetic(loader, size, { log: (line) => console.log(`  ${line}`) });
      console.log(`${size.toLocaleString("en-US")} activities loaded: ${imported.rowsPerSecond.toLocaleString("en-US")} rows/s`);
      if (save === null && !ONLY) {
        save = await saveOneByOne(loader, SAVE_ROWS);
        console.log(`save() one by one: ${save.rowsPerSecond.toLocaleString("en-US")} rows/s`);
      }
      // Autovacuum would get there: the visibility map and statistics of a settled table.
      await loader.query(`VACUUM (ANALYZE) activity`);
      const grid = ONLY ? null : await measureGrid(loader, readerUser);
      await loader.query(`VACUUM (ANALYZE) activity`);
      if (grid) {
        const u = grid.upkeepUsPerRow;
        console.log(
          `  grid: ${grid.rows.toLocaleString("en-US")} rows, ${grid.mb} MB (activity ${grid.activityMb} MB); rebuild ${grid.rebuildMs} ms (${grid.rebuildUsPerRow} µs/row); upkeep µs/row: bulk INSERT ${u.bulkInsert}, bulk UPDATE ${u.bulkUpdate}, single INSERT ${u.singleInsert}, single UPDATE ${u.singleUpdate}`,
        );
        console.log(`  10 years z8 in-process: raw rows ${fmt(grid.tenYears.rows.median)}/${fmt(grid.tenYears.rows.p95)} ms, grid ${fmt(grid.tenYears.grid.median)}/${fmt(grid.tenYears.grid.p95)} ms`);
      }
      const client = new BenchClient(server.url);
      await client.login(READER, PASSWORD);
      let peakRss = process.memoryUsage().rss;
      const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
      const measured: RequestResult[] = [];
      const planParts: string[] = [];
      for (const req of requests(year).filter((r) => !ONLY || r.name.includes(ONLY))) {
        const { result, sql } = await benchRequest(server, client, floorClients, req);
        measured.push(result);
        console.log(
          `  ${req.name}: API ${fmt(result.api.median)}/${fmt(result.api.p95)} ms, floor ${fmt(result.floor.median)}/${fmt(result.floor.p95)} ms, ×${result.ratio.toFixed(2)}, ${result.statements} statements`,
        );
        planParts.push(`### ${req.name}\n${await plans(floorClients[0], sql)}`);
      }
      clearInterval(sampler);
      planTexts[String(size)] = planParts.join("\n");
      results.push({ size, import: imported, grid, requests: measured, peakRssMb: Math.round(peakRss / 2 ** 20), loadAverage: [loadBefore, os.loadavg()[0]] });
    }
    // The import of files, into the database as the last size left it, as the police planner imports.
    const [importer] = (await loader.query(`SELECT id, username, display_name AS "displayName", role FROM app_user WHERE username = 'polis'`)) as Array<AuthUser>;
    imports = await benchImport(loader, importer, importSizes(), (line) => console.log(line));
    const machine = {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? "unknown",
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      postgres: version,
      database: process.env.DATABASE_URL ? "DATABASE_URL" : "embedded (default settings)",
    };
    const markdown = imports.length ? `${table(results, save)}\n\n${importTable(imports)}` : table(results, save);
    console.log(`\n${markdown}\n`);
    console.log(
      `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}, PostgreSQL ${machine.postgres}, ${machine.database}; ${RUNS} runs after ${WARMUP} warm-up.`,
    );
    await fs.mkdir(RESULTS_DIR, { recursive: true });
    const stamp = started.toISOString().replace(/[:.]/g, "-");
    const json = JSON.stringify({ started: started.toISOString(), machine, runs: RUNS, warmup: WARMUP, reader: READER, save, results, imports }, null, 2);
    await fs.writeFile(path.join(RESULTS_DIR, `bench-${stamp}.json`), json);
    await fs.writeFile(path.join(RESULTS_DIR, "latest.json"), json);
    await fs.writeFile(path.join(RESULTS_DIR, "latest.md"), `${markdown}\n`);
    for (const [size, text] of Object.entries(planTexts)) await fs.writeFile(path.join(RESULTS_DIR, `plans-${size}.txt`), text);
    console.log(`Wrote ${path.relative(process.cwd(), RESULTS_DIR)}/latest.json, latest.md and plans-*.txt`);
  } finally {
    await Promise.all(floorClients.map((c) => c.end().catch(() => {})));
    await server?.close();
    if (loader.isInitialized) await loader.destroy();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
