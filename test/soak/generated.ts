import { performance } from "node:perf_hooks";
import fc from "fast-check";
import { CALLERS, InputChecker, RUNS, committedSchema, generatedOperations, idPools, seedOf, sendsAs, type Caller, type RunQuery } from "../support/generated-inputs";
import type { SoakApp } from "./soak-app";
import { tally, type PartResult } from "./soak-http";

/**
 * Part 5: generated inputs (the arbitraries of test/api/generated-inputs.test.ts, `scale` times
 * as many, rounded) over every query and mutation, as an anonymous caller, the police officer and
 * the administrator, one after another: no 5xx, every error coded and not a masked internal
 * error, and the per-table checksums unchanged by every refused write. Every input is sent (no
 * stop at the first failure, no shrinking), so the figures count them all.
 */
export async function soakGenerated(app: SoakApp, scale: number, seed: number, minInputs: number): Promise<PartResult> {
  const query: RunQuery = async (sql) => (await app.pg.query(sql)).rows;
  const operations = generatedOperations(committedSchema(), await idPools(query));
  const cookies: Record<Caller, string | undefined> = { anonymous: undefined, polis: app.cookies.polis, admin: app.cookies.admin };
  const codes: Array<string | null> = [];
  const checker = new InputChecker(query, async (document, variables, caller) => {
    const answer = await app.http.post(document, variables, cookies[caller]);
    codes.push(answer.code);
    return answer;
  });
  const problems: string[] = [];
  let sent = 0;
  let fivexx = 0;
  let badErrors = 0;
  let refusedWrites = 0;
  let changedByRefusal = 0;
  const started = performance.now();
  // Queries first (some write audit rows), then the mutations, as the test does.
  for (const op of operations) {
    for (const caller of CALLERS) {
      if (!sendsAs(op.name, caller)) continue;
      for (const variables of fc.sample(op.variables, { numRuns: Math.round(RUNS[caller] * scale), seed: seedOf(seed, op.name, caller) })) {
        const outcome = await checker.check(op, caller, variables);
        sent += 1;
        const what = `${caller} ${op.name} ${JSON.stringify(variables).slice(0, 300)} → ${outcome.status} ${outcome.text.slice(0, 300)}`;
        if (outcome.problem) {
          if (outcome.status >= 500) fivexx += 1;
          else badErrors += 1;
          if (problems.length < 10) problems.push(`${outcome.problem}: ${what}`);
        }
        if (outcome.refusedWrite) refusedWrites += 1;
        if (outcome.changed.length) {
          changedByRefusal += 1;
          if (problems.length < 10) problems.push(`a refused write changed ${outcome.changed.join(", ")}: ${what}`);
        }
      }
    }
  }
  const elapsed = (performance.now() - started) / 1000;
  const top = tally(codes).split(", ").slice(0, 6).join(", ");
  const figures =
    `${sent} inputs (at least ${minInputs}) over ${operations.length} operations in ${elapsed.toFixed(0)} s (seed ${seed}): 5xx ${fivexx}, uncoded or internal errors ${badErrors}, ` +
    `${refusedWrites} refused writes of which changed rows ${changedByRefusal}; answers: ${top}, …`;
  const pass = sent >= minInputs && fivexx === 0 && badErrors === 0 && changedByRefusal === 0;
  return { name: "Generated inputs (fast-check) over every query and mutation", figures, pass, problems };
}
