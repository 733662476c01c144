/**
 * Performance marks the browser tests and the web benchmark read: `lk:app-start` when the script
 * runs, `lk:markers-drawn` when activity markers first show on the map (time from navigation start);
 * each time, `lk:filter-change` when a filter is changed and `lk:map-drawn` when the map's
 * activities or clusters are painted (`test/bench/web-bench.ts` times one to the next).
 */
export function markOnce(name: string): void {
  if (typeof performance === "undefined" || performance.getEntriesByName(name, "mark").length > 0) return;
  performance.mark(name);
}

/** Sets a mark each time (a few per filter change: the browser keeps them until the page goes). */
export function mark(name: string): void {
  if (typeof performance !== "undefined") performance.mark(name);
}
