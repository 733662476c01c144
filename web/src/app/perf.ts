/**
 * Performance marks the browser tests read: `lk:app-start` when the script runs,
 * `lk:markers-drawn` when activity markers first show on the map (time from navigation start).
 */
export function markOnce(name: string): void {
  if (typeof performance === "undefined" || performance.getEntriesByName(name, "mark").length > 0) return;
  performance.mark(name);
}
