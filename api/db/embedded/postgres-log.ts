/**
 * Where the embedded PostgreSQL's log goes: it is written out as it comes (to stderr in `npm start`)
 * and not kept, except a ring of the last lines for diagnostics (a failed start quotes them).
 * A warning or error that repeats word for word within a window is written once and then counted:
 * when the window closes one line says how many more times it came. Everything is bounded: the ring, the
 * length of a line, and the number of distinct entries being counted.
 */

/** The `log_line_prefix` the embedded server is started with: time and process id. */
export const LOG_LINE_PREFIX = "%m [%p] ";

/** Options of a PostgresLog. */
export interface PostgresLogOptions {
  /** Where lines are written (already prefixed); nothing is written when omitted. */
  write?: (line: string) => void;
  /** How many of the last lines are kept for diagnostics. */
  keep?: number;
  /** How long an entry is counted rather than written again after it was written. */
  repeatWindowMs?: number;
  /** Longer lines are cut (a failing bulk INSERT would otherwise log megabytes). */
  maxLineLength?: number;
  /** How many distinct entries may be counted at once; the oldest is closed first. */
  maxTracked?: number;
  /** The clock (tests). */
  now?: () => number;
}

/** An entry being counted: when its window closes and how often it came back meanwhile. */
interface Tracked {
  until: number;
  repeats: number;
  firstLine: string;
}

// "2026-12-03 10:00:00.123 UTC [4711] ERROR:  message": the prefix, then the severity.
const PREFIXED = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ \[\d+\] ([A-Z]+\d?): {2}/;
const CONTINUATION = new Set(["DETAIL", "HINT", "CONTEXT", "STATEMENT", "QUERY", "LOCATION"]);
/** What is counted when it repeats: problems (and unprefixed output); LOG lines are the server's story and always told. */
const COUNTED = new Set(["WARNING", "ERROR", "FATAL", "PANIC"]);

/** The ring, the writer and the repeat counter of one embedded server's log. */
export class PostgresLog {
  private readonly write: (line: string) => void;
  private readonly keep: number;
  private readonly windowMs: number;
  private readonly maxLineLength: number;
  private readonly maxTracked: number;
  private readonly now: () => number;
  private readonly ring: string[] = [];
  private ringStart = 0;
  private partial = "";
  private entry: string[] = [];
  private readonly tracked = new Map<string, Tracked>();
  private suppressedTotal = 0;

  constructor(options: PostgresLogOptions = {}) {
    this.write = options.write ?? (() => {});
    this.keep = options.keep ?? 200;
    this.windowMs = options.repeatWindowMs ?? 60_000;
    this.maxLineLength = options.maxLineLength ?? 2_000;
    this.maxTracked = options.maxTracked ?? 200;
    this.now = options.now ?? Date.now;
  }

  /**
   * Takes output of the server as it comes (a chunk may hold several lines or part of one). The
   * server writes each entry (a message and its DETAIL, HINT, STATEMENT lines) in one go, so what a
   * chunk ends with is a whole entry and is written at once.
   */
  push(chunk: string | Buffer): void {
    const text = this.partial + chunk.toString();
    const lines = text.split("\n");
    this.partial = this.cut(lines.pop() ?? "");
    for (const raw of lines) this.line(this.cut(raw.replace(/\r$/, "")));
    this.endEntry();
    this.closeWindows(false);
  }

  /** Records a line of our own about the server (a start that failed, an exit), written as is. */
  note(line: string): void {
    this.remember(line);
    this.write(`postgres: ${line}`);
  }

  /** The last lines, oldest first. */
  recent(count = this.keep): string[] {
    const ordered = [...this.ring.slice(this.ringStart), ...this.ring.slice(0, this.ringStart)];
    return ordered.slice(-count);
  }

  /** How many entries were counted rather than written, since the start. */
  get suppressed(): number {
    return this.suppressedTotal;
  }

  /** Writes what is pending: a partial line, and the counts of windows that have closed (all of them when `final`). */
  flush(final = false): void {
    if (final && this.partial) {
      this.line(this.partial);
      this.partial = "";
    }
    this.endEntry();
    this.closeWindows(final);
  }

  private cut(line: string): string {
    return line.length > this.maxLineLength ? `${line.slice(0, this.maxLineLength)}… (${line.length - this.maxLineLength} more characters)` : line;
  }

  private remember(line: string): void {
    if (this.ring.length < this.keep) {
      this.ring.push(line);
      return;
    }
    this.ring[this.ringStart] = line;
    this.ringStart = (this.ringStart + 1) % this.keep;
  }

  /** One line of output: a new entry starts unless it continues the one before. */
  private line(line: string): void {
    if (line === "") return;
    this.remember(line);
    const severity = PREFIXED.exec(line)?.[1];
    const continues = severity === undefined ? this.entry.length > 0 : CONTINUATION.has(severity);
    if (!continues) this.endEntry();
    this.entry.push(line);
  }

  /** Writes the entry just read, or counts it when the same entry was written within the window. */
  private endEntry(): void {
    if (this.entry.length === 0) return;
    const lines = this.entry;
    this.entry = [];
    const severity = PREFIXED.exec(lines[0])?.[1];
    if (severity !== undefined && !COUNTED.has(severity)) {
      for (const l of lines) this.write(`postgres: ${l}`);
      return;
    }
    // The same entry at another time or from another backend is the same entry.
    const key = lines.map((l) => l.replace(PREFIXED, "$1:  ")).join("\n");
    const seen = this.tracked.get(key);
    if (seen && seen.until > this.now()) {
      seen.repeats++;
      this.suppressedTotal++;
      return;
    }
    if (seen) this.close(key, seen);
    if (this.tracked.size >= this.maxTracked) {
      const [oldestKey, oldest] = this.tracked.entries().next().value as [string, Tracked];
      this.close(oldestKey, oldest);
    }
    for (const l of lines) this.write(`postgres: ${l}`);
    this.tracked.set(key, { until: this.now() + this.windowMs, repeats: 0, firstLine: lines[0].replace(PREFIXED, "$1:  ") });
  }

  /** Ends the windows that have closed (in the order they opened, which is the order they close). */
  private closeWindows(all: boolean): void {
    const now = this.now();
    for (const [key, tracked] of this.tracked) {
      if (!all && tracked.until > now) break;
      this.close(key, tracked);
    }
  }

  private close(key: string, tracked: Tracked): void {
    this.tracked.delete(key);
    if (tracked.repeats === 0) return;
    const seconds = Math.round(this.windowMs / 1000);
    this.write(`postgres: (the same came ${tracked.repeats} more time${tracked.repeats === 1 ? "" : "s"} within ${seconds} s: ${tracked.firstLine.slice(0, 200)})`);
  }
}
