import "./bench-env";
import "reflect-metadata";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import type { DataSource } from "typeorm";
import { Activity } from "../../api/activities/activity.entity";
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

/** What one size measured. */
interface SizeResult {
  size: number;
  import: SyntheticResult;
  requests: RequestResult[];
  peakRssMb: number;
  loadAverage: number[];
}

/** The SQL statements of `sent` that read activities: what the floor replays. */
function activityStatements(sent: SentStatement[]): SentStatement[] {
  return sent.filter((s) => /\bFROM activity a\b/.test(s.sql));
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

/** EXPLAIN ANALYZE of each statement, as text. */
async function plans(pg: Client, sql: SentStatement[]): Promise<string> {
  const out: string[] = [];
  for (const s of sql) {
    const { rows } = await pg.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${s.sql}`, s.parameters);
    out.push(`${s.sql.replace(/\s+/g, " ").trim()}\n  -- parameters: ${JSON.stringify(s.parameters)}\n${rows.map((r) => r["QUERY PLAN"]).join("\n")}\n`);
  }
  return out.join("\n");
}

/** The sizes to load: `--sizes 10000,100000`, BENCH_SIZES, or the three defaults. */
function sizes(): number[] {
  const at = process.argv.indexOf("--sizes");
  const raw = at >= 0 ? process.argv[at + 1] : process.env.BENCH_SIZES;
  const list = (raw ?? "10000,100000,1000000").split(",").map((s) => Number(s.replace(/_/g, "")));
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
    for (const size of sizes()) {
      const loadBefore = os.loadavg()[0];
      await loader.query(`TRUNCATE activity RESTART IDENTITY`);
      const imported = await seedSynthetic(loader, size, { log: (line) => console.log(`  ${line}`) });
      console.log(`${size.toLocaleString("en-US")} activities loaded: ${imported.rowsPerSecond.toLocaleString("en-US")} rows/s`);
      if (save === null) {
        save = await saveOneByOne(loader, SAVE_ROWS);
        console.log(`save() one by one: ${save.rowsPerSecond.toLocaleString("en-US")} rows/s`);
      }
      // Autovacuum would get there: the visibility map and statistics of a settled table.
      await loader.query(`VACUUM (ANALYZE) activity`);
      const client = new BenchClient(server.url);
      await client.login(READER, PASSWORD);
      let peakRss = process.memoryUsage().rss;
      const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
      const measured: RequestResult[] = [];
      const planParts: string[] = [];
      for (const req of requests(year)) {
        const { result, sql } = await benchRequest(server, client, floorClients, req);
        measured.push(result);
        console.log(
          `  ${req.name}: API ${fmt(result.api.median)}/${fmt(result.api.p95)} ms, floor ${fmt(result.floor.median)}/${fmt(result.floor.p95)} ms, ×${result.ratio.toFixed(2)}, ${result.statements} statements`,
        );
        planParts.push(`### ${req.name}\n${await plans(floorClients[0], sql)}`);
      }
      clearInterval(sampler);
      planTexts[String(size)] = planParts.join("\n");
      results.push({ size, import: imported, requests: measured, peakRssMb: Math.round(peakRss / 2 ** 20), loadAverage: [loadBefore, os.loadavg()[0]] });
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
