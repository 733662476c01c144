import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { readMix, sendRead } from "./reads";
import type { SoakApp } from "./soak-app";
import { loops, tally, type Answer, type PartResult } from "./soak-http";
import { checkStored, sendCreate } from "./writes";

/** Seconds within which the first good answer must come once the database is back. */
export const RECOVERY_LIMIT_S = 10;

/**
 * Part 4: readers and writers keep going while the database goes away and comes back (the TCP
 * proxy between the app and PostgreSQL drops every connection and refuses new ones, then lets
 * them through again): no acknowledged write is lost, every refusal while it is away is a 503
 * SERVICE_UNAVAILABLE, and a good answer comes within RECOVERY_LIMIT_S of its return.
 */
export async function soakOutage(app: SoakApp, options: { writers: number; readers: number; beforeS: number; downS: number; afterS: number }): Promise<PartResult> {
  const prefix = "soak:outage:";
  const mix = readMix();
  const acknowledged = new Map<string, string>();
  const answers: Array<Pick<Answer, "ok" | "code" | "status" | "sentAt" | "answeredAt"> & { write: boolean; note: string }> = [];
  let stop = false;
  let writes = 0;
  const record = (answer: Answer, write: boolean) =>
    answers.push({
      ok: answer.ok,
      code: answer.code,
      status: answer.status,
      sentAt: answer.sentAt,
      answeredAt: answer.answeredAt,
      write,
      note: answer.ok ? "" : `${answer.status} ${answer.text.slice(0, 160)}`,
    });
  let readsSent = 0;
  const load = loops(
    options.writers + options.readers,
    () => !stop,
    async (worker) => {
      if (worker < options.writers) {
        const n = writes++;
        const title = `${prefix}${n}`;
        const { answer, id } = await sendCreate(app, n, title);
        record(answer, true);
        if (id) acknowledged.set(id, title);
      } else {
        record(await sendRead(app, mix, worker, readsSent++), false);
      }
      // A refusal comes at once: pace the loops so the outage is not a busy loop.
      if (!answers[answers.length - 1].ok) await sleep(20);
    },
  );

  await sleep(options.beforeS * 1000);
  const downAt = performance.now();
  await app.proxy.down();
  await sleep(options.downS * 1000);
  await app.proxy.up();
  const upAt = performance.now();
  // Until the first good answer after the return, and `afterS` more (at most the limit and that).
  const deadline = upAt + (RECOVERY_LIMIT_S + options.afterS) * 1000;
  let firstGood: number | null = null;
  while (performance.now() < deadline) {
    firstGood ??= answers.find((a) => a.ok && a.answeredAt > upAt)?.answeredAt ?? null;
    if (firstGood !== null && performance.now() > firstGood + options.afterS * 1000) break;
    await sleep(50);
  }
  stop = true;
  await load;
  firstGood ??= answers.find((a) => a.ok && a.answeredAt > upAt)?.answeredAt ?? null;

  const { missing } = await checkStored(app, prefix, acknowledged);
  const { rows } = await app.pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM activity WHERE title LIKE $1 || '%'`, [prefix]);
  const storedUnacknowledged = rows[0].n - (acknowledged.size - missing.length);
  // While away: sent after the cut and answered before the return.
  const during = answers.filter((a) => a.sentAt >= downAt && a.answeredAt <= upAt);
  const refusals = answers.filter((a) => !a.ok);
  const wrongRefusals = refusals.filter((a) => a.status !== 503 || a.code !== "SERVICE_UNAVAILABLE");
  // Once a good answer has come, no request sent a second later should fail.
  const lateFailures = firstGood === null ? [] : answers.filter((a) => !a.ok && a.sentAt > firstGood! + 1000);
  const recoveryS = firstGood === null ? null : (firstGood - upAt) / 1000;
  const problems = [
    ...missing.slice(0, 5).map((id) => `acknowledged but not stored: ${id}`),
    ...wrongRefusals.slice(0, 5).map((a) => `a refusal that is not 503 SERVICE_UNAVAILABLE: ${a.note}`),
    ...lateFailures.slice(0, 5).map((a) => `failed after the recovery: ${a.note}`),
    ...(recoveryS === null ? ["no good answer after the database came back"] : []),
  ];
  const figures =
    `${answers.length} requests (${answers.filter((a) => a.write).length} creates), database away ${options.downS} s: ` +
    `${acknowledged.size} creates acknowledged, lost ${missing.length}, ${storedUnacknowledged} stored unacknowledged; ` +
    `while away ${tally(during.map((a) => (a.ok ? null : `${a.status} ${a.code}`)))}; refusals not 503 SERVICE_UNAVAILABLE ${wrongRefusals.length}; ` +
    `first good answer ${recoveryS === null ? "never" : `${recoveryS.toFixed(2)} s`} after the database was back (limit ${RECOVERY_LIMIT_S} s); failures after that ${lateFailures.length}`;
  const pass = missing.length === 0 && wrongRefusals.length === 0 && lateFailures.length === 0 && recoveryS !== null && recoveryS <= RECOVERY_LIMIT_S;
  return { name: "Database stop and start under load (TCP proxy cut)", figures, pass, problems };
}
