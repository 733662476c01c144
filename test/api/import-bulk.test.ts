import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApi, removeBuild, runCli } from "../support/built-app";
import { bulkActivityCsv } from "../support/import-csv";
import { startTestServer, type GqlClient, type TestServer } from "../support/test-server";

/**
 * Rows of the large file. 100,000 go through the same path in `npm run bench`; here fewer, so the
 * suite stays quick on a loaded machine, and still four slices of the write and many progress lines.
 */
const ROWS = 20_000;

let server: TestServer;
let build: string;
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "lk-import-bulk-"));
  [build, server] = await Promise.all([buildApi("import-bulk"), startTestServer({ template: "demo" })]);
}, 180_000);
afterAll(async () => {
  await server?.close();
  await removeBuild(build);
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

type Line = { progress?: { phase: string; done: number; total: number | null }; data?: Record<string, Record<string, unknown>>; errors?: Array<{ extensions: { code: string } }> };

/** Posts a file to the import endpoint asking for the streamed answer; answers its lines. */
async function post(client: GqlClient, mode: "preview" | "import", file: Buffer, name = "stor.csv"): Promise<Line[]> {
  const res = await fetch(`${server.url}/import/activities?mode=${mode}&name=${name}`, {
    method: "POST",
    headers: { "x-lk-import": "1", accept: "application/x-ndjson", cookie: client.cookie! },
    body: new Uint8Array(file),
  });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
  const text = await res.text();
  expect(text.endsWith("\n")).toBe(true);
  return text
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Line);
}

const stored = async (from: string, to: string) =>
  (await server.dataSource.query(`SELECT count(*)::int AS n FROM activity WHERE deleted_at IS NULL AND starts_at >= $1 AND starts_at < $2`, [from, to]))[0].n as number;

describe("a large import through the bulk path", () => {
  it(`streams progress and writes ${ROWS.toLocaleString("en-US")} rows in one batch, each audited; the same file or the same rows again add nothing`, async () => {
    const polis = await server.as("polis");
    const file = bulkActivityCsv(ROWS);
    const lines = await post(polis, "import", file);
    const last = lines.at(-1)!;
    expect(last.data?.result).toMatchObject({ inserted: ROWS, duplicates: 0, refused: 0 });
    // Progress: reading (without a total while reading), checking, writing, each step rising to its end.
    const progress = lines.slice(0, -1).map((l) => l.progress!);
    expect(progress.every(Boolean)).toBe(true);
    expect([...new Set(progress.map((p) => p.phase))]).toEqual(["read", "check", "write"]);
    for (const phase of ["read", "check", "write"]) {
      const done = progress.filter((p) => p.phase === phase).map((p) => p.done);
      expect(done.length, phase).toBeGreaterThan(2);
      expect(done, phase).toEqual([...done].sort((a, b) => a - b));
      expect(done.at(-1), phase).toBe(ROWS);
    }
    expect(progress.find((p) => p.phase === "write")).toEqual({ phase: "write", done: 5_000, total: ROWS });

    const batchId = Number(last.data!.result.batchId);
    const [batch] = await server.dataSource.query(
      `SELECT b.inserted_count AS inserted, (SELECT count(*)::int FROM activity a WHERE a.import_batch_id = b.id) AS activities,
              (SELECT count(*)::int FROM audit_event e WHERE e.action = 'CREATE' AND e.entity = 'activity' AND (e.details->>'importBatch')::int = b.id) AS audited
       FROM import_batch b WHERE b.id = $1`,
      [batchId],
    );
    expect(batch).toEqual({ inserted: ROWS, activities: ROWS, audited: ROWS });
    expect(await stored("2012-01-01", "2013-01-01")).toBeGreaterThan(0);

    // The same file again: every row is a duplicate, nothing is written, no batch is made.
    const again = (await post(polis, "import", file)).at(-1)!;
    expect(again.data?.result).toEqual({ batchId: null, inserted: 0, duplicates: ROWS, refused: 0 });
    // The same rows in another file (UTF-8, `,`): a preview finds them all stored.
    const same = (await post(polis, "preview", bulkActivityCsv(ROWS, { swedishExcel: false }), "samma.csv")).at(-1)!;
    expect(same.data?.preview.counts).toEqual({ READY: 0, DUPLICATE: ROWS, REFUSED: 0 });
    const [{ n }] = await server.dataSource.query(`SELECT count(*)::int AS n FROM activity WHERE import_batch_id IS NOT NULL AND deleted_at IS NULL`);
    expect(n).toBe(ROWS);
  }, 300_000);

  it("two runs of one file at once write it once", async () => {
    // Two sessions of the same user, as two tabs.
    const [polis, other] = await Promise.all([server.as("polis"), server.as("polis")]);
    const file = bulkActivityCsv(600, { from: new Date(Date.UTC(2016, 0, 4, 6, 0)) });
    const [a, b] = await Promise.all([post(polis, "import", file, "a.csv"), post(other, "import", file, "b.csv")]);
    const results = [a.at(-1)!.data!.result, b.at(-1)!.data!.result] as Array<{ inserted: number; duplicates: number }>;
    expect(results.map((r) => r.inserted).sort((x, y) => x - y)).toEqual([0, 600]);
    expect(results.map((r) => r.duplicates).sort((x, y) => x - y)).toEqual([0, 600]);
    expect(await stored("2016-01-01", "2017-01-01")).toBe(600);
  }, 120_000);

  it("lists every refused row with its cells, however many (the others up to a thousand)", async () => {
    const polis = await server.as("polis");
    const good = bulkActivityCsv(1_500, { from: new Date(Date.UTC(2017, 0, 2, 6, 0)) })
      .toString("latin1")
      .trim()
      .split("\r\n");
    // Every other row of a kind nobody knows.
    const csv = good.map((line, i) => (i > 0 && i % 2 === 0 ? line.replace(/;[^;]+;/, ";Glassbil;") : line)).join("\r\n");
    const preview = (await post(polis, "preview", Buffer.from(csv, "latin1"))).at(-1)!.data!.preview as { counts: Record<string, number>; rows: Array<{ status: string; values?: string[] }> };
    expect(preview.counts).toEqual({ READY: 750, DUPLICATE: 0, REFUSED: 750 });
    const refused = preview.rows.filter((r) => r.status === "REFUSED");
    expect(refused).toHaveLength(750);
    expect(refused.every((r) => r.values?.[1] === "Glassbil")).toBe(true);
    expect(preview.rows.filter((r) => r.status === "READY")).toHaveLength(750);
  }, 120_000);

  it("npm run import:activities prints progress lines as it reads, checks and writes; run again it adds nothing", async () => {
    const file = path.join(dir, "cli.csv");
    await fs.writeFile(file, bulkActivityCsv(6_000, { from: new Date(Date.UTC(2018, 0, 2, 6, 0)) }));
    const url = (server.dataSource.options as { url?: string }).url!;
    const first = await runCli(build, "import-activities", [file, "--as", "polis"], { DATABASE_URL: url });
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    const lines = first.stdout.trim().split("\n");
    expect(lines.filter((l) => /^(Read|Checked|Written) /.test(l))).toEqual([
      "Read 5,000 rows",
      "Read 6,000 rows",
      "Checked 5,000 of 6,000 rows",
      "Checked 6,000 of 6,000 rows",
      "Written 5,000 of 6,000 rows",
      "Written 6,000 of 6,000 rows",
    ]);
    expect(lines.at(-1)).toMatch(/^Batch \d+: 6000 activities imported, 0 duplicates skipped, 0 refused\.$/);
    const second = await runCli(build, "import-activities", [file, "--as", "polis"], { DATABASE_URL: url });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("cli.csv: 6000 rows — 0 ready, 6000 duplicates, 0 refused");
    expect(second.stdout.trim().split("\n").at(-1)).toBe("Nothing new to import.");
    expect(await stored("2018-01-01", "2019-01-01")).toBe(6_000);
  }, 180_000);
});
