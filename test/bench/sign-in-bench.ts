import "./bench-env";
import "reflect-metadata";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { hashPassword } from "../../api/auth/password";
import { createDataSource } from "../../api/db/data-source";
import { seedAll } from "../../seed/seed";
import { summarize, timed, type Timing } from "./bench-stats";
import { openBenchDatabase } from "./bench-database";

/**
 * `npm run bench:sign-in` (also the end of `npm run bench`): the sign-in throttle under fire,
 * against the API as `npm start` runs it (`dist/server/main.js`, a process of its own, so its memory
 * is the API's alone), reached as through a proxy on loopback (X-Forwarded-For says the client).
 *
 * 1. Timing: real names with a wrong password, inactive names with their right password and
 *    unknown names, interleaved, each attempt from an address of its own (so none is throttled):
 *    the medians must not tell them apart (each costs one argon2 verification).
 * 2. A flood: JUNK sign-ins with made-up names and passwords (a tenth of them over-long) from one
 *    address, as fast as CONCURRENCY connections get answers: how many were checked, how many
 *    refused, requests per second, and the API's resident memory before, at its peak and after.
 */

const PASSWORD = "bench-lofteskartan";
const TIMING_RUNS = Number(process.env.BENCH_SIGN_IN_RUNS ?? 200);
/** Names of each kind in the timing (each takes at most 50 failures an hour). */
const NAMES_PER_KIND = Math.ceil(TIMING_RUNS / 40);
const JUNK = Number(process.env.BENCH_JUNK ?? 24_000);
const FLOOD_ROUNDS = 2;
const CONCURRENCY = 100;
const FLOOD_ADDRESS = "203.0.113.99";
const LOGIN = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { id } }`;
const ROOT = path.resolve(__dirname, "../../..");

/** A free TCP port on loopback. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

/** Resident and peak resident memory of a process, in MB (Linux /proc). */
function memoryMb(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
  return { rss: Math.round(kb("VmRSS") / 1024), peak: Math.round(kb("VmHWM") / 1024) };
}

/** Starts `dist/server/main.js` on `databaseUrl` and waits until it answers /healthz. */
async function startApi(databaseUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, "dist/server/main.js")], {
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, PORT: String(port), HOST: "127.0.0.1", TRUST_PROXY: "loopback" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, child };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the API did not start");
}

/** One sign-in as if from `ip`; the answer's code ("OK" when signed in). */
async function signIn(url: string, u: string, p: string, ip: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": ip },
    body: JSON.stringify({ query: LOGIN, variables: { u, p } }),
  });
  const body = (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
  return body.errors?.[0]?.extensions?.code ?? "OK";
}

async function main(): Promise<void> {
  const db = await openBenchDatabase("lk_bench_signin");
  const ds = createDataSource(db.url);
  await ds.initialize();
  await ds.runMigrations();
  await seedAll(ds, { demoUsers: true, demoPassword: PASSWORD, log: () => undefined });
  const hash = await hashPassword(PASSWORD);
  await ds.query(
    `INSERT INTO app_user (username, display_name, role, password_hash, active)
     SELECT kind || i, kind || i, 'VIEWER', $1, kind = 'aktiv' FROM unnest(ARRAY['aktiv', 'slutat']) AS kind, generate_series(0, $2 - 1) AS i`,
    [hash, NAMES_PER_KIND],
  );
  const api = await startApi(db.url);
  const pid = api.child.pid!;
  try {
    // 1. Unknown, inactive and real names: the same cost each. Several names of each kind, so that
    //    no name reaches its own limit (50 an hour); every attempt from an address of its own.
    const names = (prefix: string) => Array.from({ length: NAMES_PER_KIND }, (_, i) => `${prefix}${i}`);
    const kinds = { "real name, wrong password": names("aktiv"), "inactive name, right password": names("slutat"), "unknown name": names("okand") };
    const samples: Record<string, number[]> = Object.fromEntries(Object.keys(kinds).map((k) => [k, []]));
    let n = 0;
    const address = () => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n++ & 255}`;
    for (let i = 0; i < 3; i++) for (const list of Object.values(kinds)) await signIn(api.url, list[0], "fel", address()); // warm-up
    for (let i = 0; i < TIMING_RUNS; i++) {
      for (const [kind, list] of Object.entries(kinds)) {
        const password = kind.startsWith("inactive") ? PASSWORD : `fel-${i}`;
        let code = "";
        samples[kind].push(await timed(async () => (code = await signIn(api.url, list[i % list.length], password, address()))));
        if (code !== "UNAUTHENTICATED") throw new Error(`${kind}: expected UNAUTHENTICATED, got ${code}`);
      }
    }
    const timing: Record<string, Timing> = Object.fromEntries(Object.entries(samples).map(([k, s]) => [k, summarize(s)]));
    console.log(`\nSign-in answer times, ${TIMING_RUNS} of each kind (${NAMES_PER_KIND} names each), interleaved, one at a time (ms):`);
    console.log("| name | median | p95 |\n| --- | ---: | ---: |");
    for (const [kind, t] of Object.entries(timing)) console.log(`| ${kind} | ${t.median.toFixed(1)} | ${t.p95.toFixed(1)} |`);

    // 2. The flood of junk from one address, twice: memory that stays flat is the same after both.
    await new Promise((r) => setTimeout(r, 500));
    const before = memoryMb(pid);
    console.log(`\nJunk flood: ${FLOOD_ROUNDS} × ${JUNK} sign-ins from one address, ${CONCURRENCY} at a time (API resident memory before: ${before.rss} MB)`);
    console.log(`| round | duration | requests/s | answers | passwords checked (audited attempts) | rows in sign_in_throttle after | API RSS after (peak so far) |`);
    console.log(`| ---: | ---: | ---: | --- | ---: | ---: | ---: |`);
    for (let round = 1; round <= FLOOD_ROUNDS; round++) {
      const codes: Record<string, number> = {};
      let sent = 0;
      const started = process.hrtime.bigint();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (sent < JUNK) {
            const i = sent++;
            const name = i % 10 === 0 ? randomBytes(48).toString("hex") : `junk${randomBytes(6).toString("hex")}`;
            const code = await signIn(api.url, name, randomBytes(9).toString("base64"), FLOOD_ADDRESS);
            codes[code] = (codes[code] ?? 0) + 1;
          }
        }),
      );
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const after = memoryMb(pid);
      const [{ checked }] = await ds.query(`SELECT count(*)::int AS checked FROM audit_event WHERE action IN ('LOGIN', 'LOGIN_FAILED') AND details->>'ip' = $1`, [FLOOD_ADDRESS]);
      const [{ rows }] = await ds.query(`SELECT count(*)::int AS rows FROM sign_in_throttle`);
      const answers = Object.entries(codes)
        .map(([c, k]) => `${c} ${k}`)
        .join(", ");
      console.log(`| ${round} | ${seconds.toFixed(1)} s | ${Math.round(JUNK / seconds)} | ${answers} | ${checked} | ${rows} | ${after.rss} MB (${after.peak} MB) |`);
    }
  } finally {
    api.child.kill("SIGTERM");
    await new Promise((r) => api.child.once("exit", r));
    await ds.destroy();
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
