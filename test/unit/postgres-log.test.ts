import { describe, expect, it } from "vitest";
import { PostgresLog } from "../../api/db/embedded/postgres-log";

/** A log with a hand-moved clock that collects what it writes. */
function setup(options: { keep?: number; repeatWindowMs?: number; maxLineLength?: number; maxTracked?: number } = {}) {
  const clock = { t: 1_000_000 };
  const written: string[] = [];
  const log = new PostgresLog({ ...options, write: (line) => written.push(line), now: () => clock.t });
  return { log, written, clock };
}

const at = (pid: number, severity: string, message: string, time = "2026-12-03 10:00:00.123 UTC") => `${time} [${pid}] ${severity}:  ${message}\n`;

describe("PostgresLog", () => {
  it("writes each line out as it comes, prefixed", () => {
    const { log, written } = setup();
    log.push(at(10, "LOG", "starting PostgreSQL 18.4") + at(10, "LOG", "database system is ready to accept connections"));
    expect(written).toEqual([
      "postgres: 2026-12-03 10:00:00.123 UTC [10] LOG:  starting PostgreSQL 18.4",
      "postgres: 2026-12-03 10:00:00.123 UTC [10] LOG:  database system is ready to accept connections",
    ]);
  });

  it("keeps only the last N lines, however many came", () => {
    const { log } = setup({ keep: 50 });
    for (let i = 0; i < 10_000; i++) log.push(at(10, "LOG", `line ${i}`));
    const recent = log.recent();
    expect(recent).toHaveLength(50);
    expect(recent[0]).toContain("line 9950");
    expect(recent[49]).toContain("line 9999");
    expect(log.recent(3).map((l) => l.slice(-9))).toEqual(["line 9997", "line 9998", "line 9999"]);
  });

  it("writes a repeated identical error once and then counts it, whatever its time and backend", () => {
    const { log, written, clock } = setup({ repeatWindowMs: 60_000 });
    const entry = (pid: number, time: string) => at(pid, "ERROR", 'relation "nope" does not exist at character 15', time) + at(pid, "STATEMENT", "SELECT * FROM nope", time);
    for (let i = 0; i < 1_000; i++) {
      clock.t += 10;
      log.push(entry(100 + (i % 7), `2026-12-03 10:00:${String(i % 60).padStart(2, "0")}.${i} UTC`));
    }
    // The first in full (the error and its statement), the other 999 counted.
    expect(written).toHaveLength(2);
    expect(written[0]).toContain('ERROR:  relation "nope" does not exist');
    expect(written[1]).toContain("STATEMENT:  SELECT * FROM nope");
    expect(log.suppressed).toBe(999);
    // When the window has closed, one line says how many more came.
    clock.t += 60_000;
    log.flush();
    expect(written).toHaveLength(3);
    expect(written[2]).toBe('postgres: (the same came 999 more times within 60 s: ERROR:  relation "nope" does not exist at character 15)');
    // After that, the next one is written in full again.
    log.push(entry(100, "2026-12-03 10:02:00.000 UTC"));
    expect(written).toHaveLength(5);
  });

  it("writes different errors, and an error with another statement, each in full", () => {
    const { log, written } = setup();
    log.push(at(1, "ERROR", 'duplicate key value violates unique constraint "uq_place_name"') + at(1, "DETAIL", "Key (municipality_id, name)=(1, Porjus) already exists."));
    log.push(at(2, "ERROR", 'duplicate key value violates unique constraint "uq_place_name"') + at(2, "DETAIL", "Key (municipality_id, name)=(1, Vuollerim) already exists."));
    log.push(at(3, "ERROR", "division by zero"));
    expect(written).toHaveLength(5);
    expect(log.suppressed).toBe(0);
  });

  it("tells every LOG line (starts, stops, checkpoints), repeated or not", () => {
    const { log, written } = setup();
    for (let i = 0; i < 3; i++) log.push(at(1, "LOG", "database system is ready to accept connections"));
    expect(written).toHaveLength(3);
    expect(log.suppressed).toBe(0);
  });

  it("puts a line split across chunks back together", () => {
    const { log, written } = setup();
    const line = at(5, "WARNING", "there is no transaction in progress");
    log.push(line.slice(0, 20));
    expect(written).toEqual([]);
    log.push(line.slice(20));
    expect(written).toEqual([`postgres: ${line.trimEnd()}`]);
  });

  it("cuts very long lines, in what it writes and in what it keeps", () => {
    const { log, written } = setup({ maxLineLength: 100 });
    log.push(at(5, "ERROR", "value too long") + at(5, "STATEMENT", `INSERT INTO activity VALUES ${"(1, 'x'), ".repeat(100_000)}`));
    expect(written[1].length).toBeLessThan(200);
    expect(written[1]).toMatch(/… \(\d+ more characters\)$/);
    expect(log.recent().every((l) => l.length < 200)).toBe(true);
  });

  it("counts a bounded number of distinct entries: the oldest window is closed first", () => {
    const { log, written } = setup({ maxTracked: 3 });
    const push = (n: number) => log.push(at(1, "ERROR", `error ${n}`));
    push(1);
    push(1);
    push(2);
    push(3);
    push(4); // a fourth distinct entry closes the window of the first, with its count
    expect(written).toEqual([
      expect.stringContaining("error 1"),
      expect.stringContaining("error 2"),
      expect.stringContaining("error 3"),
      "postgres: (the same came 1 more time within 60 s: ERROR:  error 1)",
      expect.stringContaining("error 4"),
    ]);
    push(1); // its window was closed: written in full again
    expect(written.at(-1)).toContain("error 1");
  });

  it("on a final flush, writes the counts still open and a partial last line", () => {
    const { log, written } = setup();
    log.push(at(1, "FATAL", "terminating connection due to administrator command"));
    log.push(at(2, "FATAL", "terminating connection due to administrator command"));
    log.push("2026-12-03 10:00:00.123 UTC [1] LOG:  database system is shut down");
    log.flush(true);
    expect(written).toEqual([
      expect.stringContaining("FATAL:  terminating connection"),
      expect.stringContaining("database system is shut down"),
      "postgres: (the same came 1 more time within 60 s: FATAL:  terminating connection due to administrator command)",
    ]);
  });

  it("keeps and writes notes of its own", () => {
    const { log, written } = setup();
    log.note("exited with signal SIGTERM");
    expect(written).toEqual(["postgres: exited with signal SIGTERM"]);
    expect(log.recent()).toEqual(["exited with signal SIGTERM"]);
  });
});
