import "./bench-env";
import "reflect-metadata";
import os from "node:os";
import { Client } from "pg";
import { ACTIVITY_COLUMN_MAP, ACTIVITY_COLUMNS, type ActivityColumn } from "../../api/activities/activity-columns";
import { createDataSource } from "../../api/db/data-source";
import { seedAll } from "../../seed/seed";
import { seedSynthetic } from "../../seed/synthetic";
import { summarize } from "./bench-stats";
import { openBenchDatabase } from "./bench-database";

/**
 * `node dist/test/bench/page-json-bench.js [N]`: the activities page's read as the API does it
 * (plain rows, parsed by `pg` value by value) against the same page built as JSON inside
 * PostgreSQL (`json_agg` of `json_build_object`, or of the rows themselves) and parsed once,
 * and plain rows of only the columns the bench's query selects (and those its cursor and audit
 * need), at N synthetic activities (100,000 unless told). Each is timed to objects with Dates in Node,
 * the variants taking turns so that a loaded machine weighs on all alike.
 */

const SIZE = Number(process.argv[2] ?? 100_000);
const WARMUP = 10;
const RUNS = 60;

/** The bench's page: one year and one area, as the municipality reads it, 500 and one more. */
const WHERE = `a.deleted_at IS NULL AND NOT (a.organisation = 'POLICE' AND a.status <> 'DONE')
  AND a.starts_at >= make_timestamptz(${new Date().getFullYear() - 1}, 1, 1, 0, 0, 0, 'Europe/Stockholm')
  AND a.starts_at < make_timestamptz(${new Date().getFullYear()}, 1, 1, 0, 0, 0, 'Europe/Stockholm') AND a.priority_areas && '{TRAFFIC}'`;
const ORDER = "a.starts_at DESC, a.id DESC";
const PAGE = `SELECT a.* FROM activity a WHERE ${WHERE} ORDER BY ${ORDER} LIMIT 501`;

/** A column as JSON: times as epoch milliseconds (what a Date is made of), the rest as read. */
function jsonValue({ column, readAs, cast }: ActivityColumn): string {
  return cast === "timestamptz" ? `floor(extract(epoch FROM a.${column}) * 1000)` : `a.${column}${readAs ? `::${readAs}` : ""}`;
}
const COLUMNS = ACTIVITY_COLUMN_MAP as readonly ActivityColumn[];
const BUILD_OBJECT = `json_build_object(${COLUMNS.map((c) => `'${c.property}', ${jsonValue(c)}`).join(", ")})`;
const ROW_COLUMNS = COLUMNS.map((c) => `${jsonValue(c)} AS "${c.property}"`).join(", ");

/** What the bench's page query selects of each activity, with what the cursor and the audit read. */
const BENCH_SELECTION = new Set(["id", "rowId", "kind", "organisation", "status", "priorityAreas", "startsAt", "endsAt", "lat", "lng", "zone", "title"]);
const SELECTED_COLUMNS = COLUMNS.filter((c) => BENCH_SELECTION.has(c.property))
  .map(({ property, column, readAs }) => `a.${column}${readAs ? `::${readAs}` : ""} AS "${property}"`)
  .join(", ");

const VARIANTS: Record<string, string> = {
  "plain rows, all columns (the API)": `SELECT ${ACTIVITY_COLUMNS} FROM activity a WHERE ${WHERE} ORDER BY ${ORDER} LIMIT 501`,
  "plain rows, the selected columns only": `SELECT ${SELECTED_COLUMNS} FROM activity a WHERE ${WHERE} ORDER BY ${ORDER} LIMIT 501`,
  "json_agg(json_build_object(…))": `SELECT coalesce(json_agg(${BUILD_OBJECT} ORDER BY ${ORDER}), '[]') AS page FROM (${PAGE}) a`,
  "json_agg(row), times as text": `SELECT json_agg(r) AS page FROM (SELECT ${ACTIVITY_COLUMNS} FROM (${PAGE}) a ORDER BY ${ORDER}) r`,
  "json_agg(row), times as epoch ms": `SELECT json_agg(r) AS page FROM (SELECT ${ROW_COLUMNS} FROM (${PAGE}) a ORDER BY ${ORDER}) r`,
};

/** The rows of a result as the page uses them: objects whose times are Dates. */
function objects(rows: Array<Record<string, unknown>>): Array<Record<string, unknown>> {
  const page = (rows[0]?.page as Array<Record<string, unknown>> | undefined) ?? rows;
  for (const row of page) {
    if (!(row.startsAt instanceof Date)) row.startsAt = new Date(row.startsAt as string | number);
    if (row.endsAt != null && !(row.endsAt instanceof Date)) row.endsAt = new Date(row.endsAt as string | number);
  }
  return page;
}

async function main(): Promise<void> {
  const database = await openBenchDatabase();
  const ds = createDataSource(database.url, { poolSize: 2 });
  const pg = new Client({ connectionString: database.url });
  try {
    await ds.initialize();
    await ds.runMigrations({ transaction: "each" });
    await seedAll(ds, { demoUsers: false, demoPassword: "unused" });
    await seedSynthetic(ds, SIZE, { log: () => {} });
    await ds.query(`VACUUM (ANALYZE) activity`);
    await pg.connect();
    const loadBefore = os.loadavg()[0];
    const times: Record<string, number[]> = Object.fromEntries(Object.keys(VARIANTS).map((name) => [name, []]));
    for (let i = 0; i < WARMUP + RUNS; i += 1) {
      for (const [name, sql] of Object.entries(VARIANTS)) {
        const started = performance.now();
        objects((await pg.query(sql)).rows);
        if (i >= WARMUP) times[name].push(performance.now() - started);
      }
    }
    console.log(`${SIZE.toLocaleString("en-US")} activities, ${RUNS} runs each, load average ${loadBefore.toFixed(2)} → ${os.loadavg()[0].toFixed(2)}`);
    for (const [name, list] of Object.entries(times)) {
      const { median, p95 } = summarize(list);
      console.log(`  ${name}: median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms`);
    }
  } finally {
    await pg.end().catch(() => {});
    if (ds.isInitialized) await ds.destroy();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
