import { performance } from "node:perf_hooks";
import fc from "fast-check";
import {
  CALLERS,
  RUNS,
  answerProblem,
  changedTables,
  committedSchema,
  comparesRows,
  generatedOperations,
  idPools,
  seedOf,
  sendsAs,
  tableChecksums,
  type Caller,
  type RunQuery,
} from "../support/generated-inputs";
import type { SoakApp } from "./soak-app";
import { tally, type PartResult } from "./soak-http";

/**
 * Part 5: generated inputs (the arbitraries of test/api/generated-inputs.test.ts, `scale` times
 * as many, rounded) over every query and mutation, as an anonymous caller, the police officer and the
 * administrator, one after another: no 5xx, every error coded and not a masked internal error,
 * and the per-table checksums unchanged by every refused write. Every input is sent (no stop at
 * the first failure, no shrinking), so the figures count them all.
 */
export async function soakGenerated(app: SoakApp, scale: number, seed: number, minInputs: number): Promise<PartResult> {
  const query: RunQuery = async (sql) => (await app.pg.query(sql)).rows;
  const operations = generatedOperations(committedSchema(), await idPools(query));
  const cookies: Record<Caller, string | undefined> = { anonymous: undefined, polis: app.cookies.polis, admin: app.cookies.admin };
  const problems: string[] = [];
  const codes: Array<string | null> = [];
  let sent = 0;
  let fivexx = 0;
  let badErrors = 0;
  let refusedWrites = 0;
  let changedByRefusal = 0;
  const started = performance.now();
  // The checksums after the last write, while nothing else has written since: one per write.
  let afterLastWrite: Record<string, string> | null = null;
  // Queries first (some write audit rows), then the mutations, as the test does.
  for (const op of operations) {
    for (const caller of CALLERS) {
      if (!sendsAs(op.name, caller)) continue;
      const inputs = fc.sample(op.variables, { numRuns: Math.round(RUNS[caller] * scale), seed: seedOf(seed, op.name, caller) });
      for (const variables of inputs) {
        const compare = comparesRows(op.kind, op.name);
        const before = compare ? (afterLastWrite ?? (await tableChecksums(query))) : null;
        afterLastWrite = null;
        const answer = await app.http.post(op.document, variables, cookies[caller]);
        sent += 1;
        const { problem, body } = answerProblem(answer.status, answer.text);
        codes.push(answer.code);
        const what = () => `${caller} ${op.name} ${JSON.stringify(variables).slice(0, 300)} → ${answer.status} ${answer.text.slice(0, 300)}`;
        if (problem) {
          if (answer.status >= 500) fivexx += 1;
          else badErrors += 1;
          if (problems.length < 10) problems.push(`${problem}: ${what()}`);
        }
        if (!before) continue;
        afterLastWrite = await tableChecksums(query);
        if (!body?.errors?.length) continue;
        refusedWrites += 1;
        const changed = changedTables(before, afterLastWrite);
        if (changed.length) {
          changedByRefusal += 1;
          if (problems.length < 10) problems.push(`a refused write changed ${changed.join(", ")}: ${what()}`);
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
