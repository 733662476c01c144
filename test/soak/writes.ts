import { performance } from "node:perf_hooks";
import { print } from "graphql";
import { CreateActivityMutationDocument, UpdateActivityMutationDocument } from "../../web/src/gql/graphql";
import type { SoakApp, SoakUser } from "./soak-app";
import { latencies, tally, type Answer, type PartResult } from "./soak-http";

export const CREATE = print(CreateActivityMutationDocument);
const UPDATE = print(UpdateActivityMutationDocument);

/** The writers and the organisation each records for. */
export const WRITERS: ReadonlyArray<{ user: SoakUser; organisation: string }> = [
  { user: "polis", organisation: "POLICE" },
  { user: "kommun", organisation: "MUNICIPALITY" },
  { user: "admin", organisation: "JOINT" },
];

/** Jokkmokk, Porjus, Vuollerim and a road between: points inside the municipality. */
const POINTS = [
  { lat: 66.6066, lng: 19.8229 },
  { lat: 66.9565, lng: 19.8165 },
  { lat: 66.4325, lng: 20.6075 },
  { lat: 66.75, lng: 19.9 },
];

/** A valid activity input with `title` (how the checks find the row), done earlier this year. */
export function activityInput(n: number, organisation: string, title: string): Record<string, unknown> {
  const point = POINTS[n % POINTS.length];
  const start = new Date(Date.UTC(new Date().getUTCFullYear(), n % 10, 1 + (n % 27), 8 + (n % 9)));
  return {
    kind: ["FOOT_PATROL", "VILLAGE_VISIT", "CITIZEN_DIALOGUE", "YOUTH_VISIT"][n % 4],
    organisation,
    status: "DONE",
    priorityAreas: [["VIOLENCE"], ["FLEXIBLE"], ["TRAFFIC", "ALCOHOL_DRUGS"]][n % 3],
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
    lat: point.lat + ((n * 37) % 100) / 20_000,
    lng: point.lng + ((n * 53) % 100) / 20_000,
    title,
    notes: `Soak ${n}`,
  };
}

/** A create as one of the writers; gives the acknowledged id, if any. */
export async function sendCreate(app: SoakApp, n: number, title: string): Promise<{ answer: Answer; id: string | null }> {
  const writer = WRITERS[n % WRITERS.length];
  const answer = await app.http.post(CREATE, { input: activityInput(n, writer.organisation, title) }, app.cookies[writer.user]);
  const created = (answer.body?.data as { createActivity?: { id?: string } } | null | undefined)?.createActivity;
  return { answer, id: answer.ok && created?.id ? created.id : null };
}

/**
 * Which acknowledged ids are missing from the database, and which titles are stored more than
 * once (each create has a title of its own), among the activities whose title starts `prefix`.
 */
export async function checkStored(app: SoakApp, prefix: string, acknowledged: ReadonlyMap<string, string>): Promise<{ stored: number; missing: string[]; duplicated: string[] }> {
  const { rows } = await app.pg.query<{ id: string; title: string }>(`SELECT public_id::text AS id, title FROM activity WHERE title LIKE $1 || '%'`, [prefix]);
  const byId = new Map(rows.map((r) => [r.id, r.title]));
  const missing = [...acknowledged].filter(([id, title]) => byId.get(id) !== title).map(([id]) => id);
  const seen = new Map<string, number>();
  for (const r of rows) seen.set(r.title, (seen.get(r.title) ?? 0) + 1);
  return { stored: rows.length, missing, duplicated: [...seen].filter(([, n]) => n > 1).map(([t]) => t) };
}

/** Part 2: `rounds` rounds of `perRound` createActivity at once: every acknowledged id stored, none twice. */
export async function soakCreates(app: SoakApp, rounds: number, perRound: number): Promise<PartResult> {
  const prefix = "soak:create:";
  const acknowledged = new Map<string, string>();
  const answers: Answer[] = [];
  let duplicateIds = 0;
  const started = performance.now();
  for (let round = 0; round < rounds; round += 1) {
    const results = await Promise.all(Array.from({ length: perRound }, (_, i) => sendCreate(app, round * perRound + i, `${prefix}${round}:${i}`)));
    results.forEach(({ answer, id }, i) => {
      answers.push(answer);
      if (!id) return;
      if (acknowledged.has(id)) duplicateIds += 1;
      acknowledged.set(id, `${prefix}${round}:${i}`);
    });
  }
  const elapsed = (performance.now() - started) / 1000;
  const { stored, missing, duplicated } = await checkStored(app, prefix, acknowledged);
  const failed = answers.filter((a) => !a.ok);
  const problems = [
    ...failed.slice(0, 5).map((a) => `refused: ${a.status} ${a.text.slice(0, 200)}`),
    ...missing.slice(0, 5).map((id) => `acknowledged but not stored: ${id}`),
    ...duplicated.slice(0, 5).map((t) => `stored more than once: ${t}`),
  ];
  const figures =
    `${answers.length} creates in ${elapsed.toFixed(1)} s (${(answers.length / elapsed).toFixed(1)}/s, ${latencies(answers.map((a) => a.ms)).text}): ` +
    `${acknowledged.size} acknowledged, ${stored} stored, missing ${missing.length}, stored twice ${duplicated.length}, id handed out twice ${duplicateIds}, errors ${failed.length}` +
    (failed.length ? ` (${tally(failed.map((a) => a.code))})` : "");
  const pass = failed.length === 0 && missing.length === 0 && duplicated.length === 0 && duplicateIds === 0 && stored === acknowledged.size;
  return { name: `Concurrent creates: ${rounds} rounds × ${perRound}`, figures, pass, problems };
}

/**
 * Part 3: `rounds` rounds in which `perRound` updates of one new activity, all with its version 1,
 * are sent at once by the police officer and the administrator: exactly one wins, every other
 * gets CONFLICT, and the stored row is the winner's at version 2.
 */
export async function soakSameVersion(app: SoakApp, rounds: number, perRound: number): Promise<PartResult> {
  const prefix = "soak:same-version:";
  const problems: string[] = [];
  const codes: Array<string | null> = [];
  let good = 0;
  for (let round = 0; round < rounds; round += 1) {
    const base = `${prefix}${round}`;
    const { id } = await sendCreate(app, 0, base);
    if (!id) {
      problems.push(`round ${round}: the activity could not be created`);
      continue;
    }
    const updaters: SoakUser[] = ["polis", "admin"];
    const answers = await Promise.all(
      Array.from({ length: perRound }, (_, i) => app.http.post(UPDATE, { id, version: 1, input: activityInput(i, "POLICE", `${base}:${i}`) }, app.cookies[updaters[i % updaters.length]])),
    );
    codes.push(...answers.map((a) => a.code));
    const winners = answers.map((a, i) => (a.ok ? i : -1)).filter((i) => i >= 0);
    const conflicts = answers.filter((a) => a.code === "CONFLICT").length;
    const { rows } = await app.pg.query<{ title: string; version: number }>(`SELECT title, version FROM activity WHERE public_id = $1`, [id]);
    const row = rows[0];
    const ok = winners.length === 1 && conflicts === perRound - 1 && row?.version === 2 && row.title === `${base}:${winners[0]}`;
    if (ok) good += 1;
    else problems.push(`round ${round}: ${winners.length} won, ${conflicts} CONFLICT (${tally(answers.map((a) => a.code))}); stored version ${row?.version}, title ${row?.title}`);
  }
  const figures = `${good}/${rounds} rounds with exactly one winner and ${perRound - 1} × CONFLICT, the winner's row at version 2; answers: ${tally(codes)}`;
  return { name: `Same-version updates: ${rounds} rounds × ${perRound}`, figures, pass: good === rounds, problems };
}
