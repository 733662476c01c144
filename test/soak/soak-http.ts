import http from "node:http";
import { performance } from "node:perf_hooks";
import type { AnswerBody } from "../support/generated-inputs";
import { percentile } from "../bench/bench-stats";

/** One answer of the API as the soak records it. */
export interface Answer {
  /** HTTP status; 0 when no answer came (the connection failed). */
  status: number;
  text: string;
  body: AnswerBody | null;
  /** The first error's `extensions.code`; "NETWORK" when no answer came, null when there is no error. */
  code: string | null;
  /** Answered 200 without errors. */
  ok: boolean;
  /** When the request was sent and answered, ms on `performance.now()`'s clock. */
  sentAt: number;
  answeredAt: number;
  ms: number;
}

/**
 * A GraphQL client over at most `connections` kept-alive loopback connections (node:http with an
 * agent of that many sockets, so "50 connections" means 50), sending each request with the
 * session cookie it is given.
 */
export class SoakHttp {
  private readonly agent: http.Agent;

  constructor(
    readonly baseUrl: string,
    connections: number,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  }

  /** Posts one operation; never throws (a failed connection is status 0, code NETWORK). */
  post(query: string, variables: Record<string, unknown> = {}, cookie?: string): Promise<Answer & { setCookie?: string }> {
    const payload = JSON.stringify({ query, variables });
    const sentAt = performance.now();
    return new Promise((resolve) => {
      const done = (status: number, text: string, setCookie?: string) => {
        const answeredAt = performance.now();
        let body: AnswerBody | null;
        try {
          body = JSON.parse(text) as AnswerBody;
        } catch {
          body = null;
        }
        const first = body?.errors?.[0];
        const code = status === 0 ? "NETWORK" : first ? String(first.extensions?.code ?? "NO_CODE") : status === 200 ? null : `HTTP_${status}`;
        resolve({ status, text, body, code, ok: status === 200 && code === null, sentAt, answeredAt, ms: answeredAt - sentAt, setCookie });
      };
      const req = http.request(
        `${this.baseUrl}/graphql`,
        {
          method: "POST",
          agent: this.agent,
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload), ...(cookie ? { cookie } : {}) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => done(res.statusCode ?? 0, Buffer.concat(chunks).toString("utf8"), res.headers["set-cookie"]?.[0]?.split(";")[0]));
          res.on("error", (e) => done(0, String(e)));
        },
      );
      req.on("error", (e) => done(0, String(e)));
      req.end(payload);
    });
  }

  /** Signs in and gives the session cookie. */
  async login(username: string, password: string): Promise<string> {
    const res = await this.post(`mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { id } }`, { u: username, p: password });
    if (!res.ok || !res.setCookie) throw new Error(`Sign-in as ${username} failed: ${res.status} ${res.text.slice(0, 300)}`);
    return res.setCookie;
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Runs `body` in `workers` loops at once until `more()` says stop; `body` gets the worker's number. */
export async function loops(workers: number, more: () => boolean, body: (worker: number) => Promise<void>): Promise<void> {
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      while (more()) await body(worker);
    }),
  );
}

/** p50 and p99 of a series of ms, as "p50 12 ms, p99 80 ms". */
export function latencies(ms: readonly number[]): { p50: number; p99: number; text: string } {
  const sorted = [...ms].sort((a, b) => a - b);
  const p50 = sorted.length ? percentile(sorted, 0.5) : 0;
  const p99 = sorted.length ? percentile(sorted, 0.99) : 0;
  return { p50, p99, text: `p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms` };
}

/** How often each code came, as "CONFLICT × 19, OK × 1". */
export function tally(codes: ReadonlyArray<string | null>): string {
  const counts = new Map<string, number>();
  for (const c of codes) counts.set(c ?? "OK", (counts.get(c ?? "OK") ?? 0) + 1);
  return (
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([c, n]) => `${c} × ${n}`)
      .join(", ") || "none"
  );
}

/** The result of one part of the soak: its figures in a line, whether it passed, and what went wrong. */
export interface PartResult {
  name: string;
  figures: string;
  pass: boolean;
  problems: string[];
}
