import { performance } from "node:perf_hooks";
import { print, type DocumentNode } from "graphql";
import { ActivityClustersQueryDocument, CoverageQueryDocument, FollowUpRouteQueryDocument, MapActivitiesQueryDocument, MapRouteQueryDocument } from "../../web/src/gql/graphql";
import type { SoakApp, SoakUser } from "./soak-app";
import { latencies, loops, tally, type Answer, type PartResult } from "./soak-http";

/** One read of the mix: the web's own operation and the variables a screen sends. */
export interface Read {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** The readers: a police officer, a municipal officer and the meeting screen. */
export const READERS: readonly SoakUser[] = ["polis", "kommun", "mote"];

const MUNICIPALITY_VIEW = { south: 65.9, west: 17.0, north: 67.6, east: 21.2 };
const VILLAGE_VIEW = { south: 66.93, west: 19.74, north: 66.99, east: 19.9 };

/**
 * The mixed reads, as the map and follow-up pages send them (the web's generated documents): the
 * map page (places, boundary), a page of map activities, clusters at two zooms, coverage and the
 * follow-up of last year.
 */
export function readMix(now = new Date()): Read[] {
  const year = now.getFullYear();
  const selection = { years: [year], onwardFromYear: year + 1 };
  const q = (doc: DocumentNode) => print(doc);
  return [
    { name: "map page (places, boundary)", query: q(MapRouteQueryDocument), variables: {} },
    { name: "map activities (first 500)", query: q(MapActivitiesQueryDocument), variables: { filter: selection, first: 500 } },
    { name: "clusters municipality z8", query: q(ActivityClustersQueryDocument), variables: { filter: selection, bbox: MUNICIPALITY_VIEW, zoom: 8 } },
    { name: "clusters village z14", query: q(ActivityClustersQueryDocument), variables: { filter: { years: [year - 1] }, bbox: VILLAGE_VIEW, zoom: 14 } },
    { name: "coverage", query: q(CoverageQueryDocument), variables: { filter: { years: [year - 1] } } },
    { name: "follow-up", query: q(FollowUpRouteQueryDocument), variables: { year: year - 1, organisations: null } },
  ];
}

/** One read sent by one worker: the worker's reader and the next read of the mix. */
export function sendRead(app: SoakApp, mix: readonly Read[], worker: number, n: number): Promise<Answer> {
  const read = mix[(worker + n) % mix.length];
  return app.http.post(read.query, read.variables, app.cookies[READERS[worker % READERS.length]]);
}

/** Part 1: `connections` workers send the mix back to back for `seconds`; requests/s, p50/p99, errors. */
export async function soakReads(app: SoakApp, connections: number, seconds: number): Promise<PartResult> {
  const mix = readMix();
  // Kept small: a page of 500 activities is not kept for each of thousands of answers.
  const answers: Array<{ read: string; ms: number; ok: boolean; code: string | null; note: string }> = [];
  const rssBefore = app.rssMb();
  let peakRss = rssBefore ?? 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, app.rssMb() ?? 0)), 1000);
  const started = performance.now();
  const end = started + seconds * 1000;
  const counts = new Array<number>(connections).fill(0);
  await loops(
    connections,
    () => performance.now() < end,
    async (worker) => {
      const n = counts[worker]++;
      const answer = await sendRead(app, mix, worker, n);
      answers.push({ read: mix[(worker + n) % mix.length].name, ms: answer.ms, ok: answer.ok, code: answer.code, note: answer.ok ? "" : `${answer.status} ${answer.text.slice(0, 200)}` });
    },
  );
  clearInterval(sampler);
  const elapsed = (performance.now() - started) / 1000;
  const failed = answers.filter((a) => !a.ok);
  const all = latencies(answers.map((a) => a.ms));
  const problems = failed.slice(0, 5).map((a) => `${a.read}: ${a.note}`);
  const perRead = mix.map((r) => `    ${r.name}: ${latencies(answers.filter((a) => a.read === r.name).map((a) => a.ms)).text}`);
  const figures =
    `${answers.length} requests in ${elapsed.toFixed(1)} s = ${(answers.length / elapsed).toFixed(1)} requests/s, ${all.text}, ` +
    `errors ${failed.length}${failed.length ? ` (${tally(failed.map((a) => a.code))})` : ""}; app RSS ${rssBefore ?? "?"} → peak ${peakRss || "?"} MB\n${perRead.join("\n")}`;
  return { name: `Reads: ${connections} connections × ${seconds} s`, figures, pass: failed.length === 0 && answers.length > 0, problems };
}
