import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CALLERS, InputChecker, RUNS, committedSchema, generatedOperations, idPools, seedOf, sendsAs, type Caller, type GeneratedOperation, type IdPools } from "../support/generated-inputs";
import { startTestServer, type GqlClient, type TestServer } from "../support/test-server";

/**
 * Generated inputs (fast-check) over every query and mutation of the committed schema, as an
 * anonymous caller, a police officer and an administrator: never a 5xx, never an error without a
 * code or a masked internal error, and a refused write changes no row of any table. The soak
 * (`npm run soak`) sends a thousand and more of the same.
 */

const SCHEMA = committedSchema();
/** GENERATED_RUNS multiplies the runs; a fixed seed per operation and caller makes a failure repeatable. */
const SCALE = Number(process.env.GENERATED_RUNS ?? 1);
const SEED = Number(process.env.GENERATED_SEED ?? 20261203);

let server: TestServer;
let clients: Record<Caller, GqlClient>;
let pools: IdPools = { realIds: [], otherUserIds: [] };
let checker: InputChecker;

beforeAll(async () => {
  server = await startTestServer({ template: "demo" });
  const [polis, admin] = await Promise.all([server.as("polis"), server.as("admin")]);
  clients = { anonymous: server.client(), polis, admin };
  const query = (sql: string) => server.dataSource.query(sql);
  pools = await idPools(query);
  checker = new InputChecker(query, async (document, variables, caller) => {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(clients[caller].cookie ? { cookie: clients[caller].cookie! } : {}) },
      body: JSON.stringify({ query: document, variables }),
    });
    return { status: res.status, text: await res.text() };
  });
});
/** GENERATED_STATS=1 prints how often each operation and caller got which answer (to see how deep the inputs reach). */
const STATS = new Map<string, number>();
afterAll(async () => {
  if (process.env.GENERATED_STATS)
    console.log(
      [...STATS]
        .sort()
        .map(([k, v]) => `${v}\t${k}`)
        .join("\n"),
    );
  await server?.close();
});

/** The operations, made once the id pools are read. */
let made: GeneratedOperation[] | undefined;
const operations = () => (made ??= generatedOperations(SCHEMA, pools));

/** Sends one operation and checks the answer; for a refused write, that no row changed. */
async function check(op: GeneratedOperation, caller: Caller, variables: Record<string, unknown>): Promise<void> {
  const outcome = await checker.check(op, caller, variables);
  const what = `${caller} ${op.name} ${JSON.stringify(variables).slice(0, 600)} → ${outcome.status} ${outcome.text.slice(0, 400)}`;
  expect(outcome.problem, what).toBeNull();
  const first = outcome.body?.errors?.[0];
  const k = `${op.name} ${caller} ${first ? `${String(first.extensions?.code)} ${String(first.message).slice(0, 60)}` : "ok"}`;
  STATS.set(k, (STATS.get(k) ?? 0) + 1);
  expect(outcome.changed, `a refused write changed rows: ${what}`).toEqual([]);
}

for (const kind of ["query", "mutation"] as const) {
  describe(`generated inputs: every ${kind}`, () => {
    // The arbitraries draw on the id pools, which exist once the server runs.
    const names = Object.keys((kind === "query" ? SCHEMA.getQueryType() : SCHEMA.getMutationType())!.getFields());
    for (const name of names) {
      it(name, async () => {
        const op = operations().find((o) => o.kind === kind && o.name === name)!;
        for (const caller of CALLERS) {
          if (!sendsAs(name, caller)) continue;
          await fc.assert(
            fc.asyncProperty(op.variables, (vars) => check(op, caller, vars)),
            { numRuns: RUNS[caller] * SCALE, seed: seedOf(SEED, name, caller), endOnFailure: true },
          );
        }
      });
    }
  });
}
