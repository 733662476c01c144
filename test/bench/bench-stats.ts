/** Median and 95th percentile of a series of timings, in milliseconds. */
export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

/** The value below which `p` (0–1) of the sorted samples lie (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/** Median and p95 of `samples`. */
export function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), runs: sorted.length };
}

/** Milliseconds `fn` takes. */
export async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times measured, one after the other. */
export async function measure(fn: () => Promise<unknown>, warmup: number, runs: number): Promise<Timing> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) samples.push(await timed(fn));
  return summarize(samples);
}
