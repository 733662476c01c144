import type { PlaceKind, PriorityArea, PromiseMeasure, PromiseStatus, Zone } from "../gql/graphql";

/** A promise's result against one target, as the follow-up gives it. */
export interface StoryResult {
  status: PromiseStatus;
  explanation: string;
  /** While the year runs: the value at year end at the pace so far. */
  forecast?: number | null;
  measure?: PromiseMeasure;
  promise: { priorityArea: PriorityArea };
}

/** The coverage of the year's done activities in the selection. */
export interface StoryCoverage {
  total: number;
  byZone: ReadonlyArray<{ zone: Zone; count: number }>;
  places: ReadonlyArray<{ count: number; place: { name: string; kind: PlaceKind } }>;
}

/** What the year's sentences say, in figures. */
export interface StoryFacts {
  activities: { total: number } & Record<Zone, number>;
  /** Null when no promise period covers the year. */
  targets: { met: number; total: number; open: number } | null;
  /** What each missed target reached, in the follow-up's own sentence. */
  missed: string[];
  /** The targets that will not be met at the pace so far, first in the story: the sentence and the forecast. */
  atRisk: Array<{ explanation: string; forecast: number | null; measure: PromiseMeasure }>;
  villages: { reached: number; total: number; notReached: string[] };
}

/**
 * The figures of a year for the meeting: the follow-up's targets (only those of `areas` when
 * chosen; results without a promised number are not targets) and, from the coverage of the
 * year's done work, the split by zone and the villages reached.
 */
export function storyFacts(results: readonly StoryResult[] | null, coverage: StoryCoverage, areas: readonly PriorityArea[] | null): StoryFacts {
  const zone = (z: Zone) => coverage.byZone.find((b) => b.zone === z)?.count ?? 0;
  const villages = coverage.places.filter((p) => p.place.kind === "VILLAGE");
  const notReached = villages
    .filter((p) => p.count === 0)
    .map((p) => p.place.name)
    .sort((a, b) => a.localeCompare(b, "sv"));
  const measured = (results ?? []).filter((r) => r.status !== "NO_TARGET" && (areas === null || areas.includes(r.promise.priorityArea)));
  const count = (status: PromiseStatus) => measured.filter((r) => r.status === status).length;
  return {
    activities: { total: coverage.total, TOWN: zone("TOWN"), VILLAGE: zone("VILLAGE"), RURAL: zone("RURAL") },
    targets: results === null ? null : { met: count("MET"), total: measured.length, open: count("IN_PROGRESS") + count("ON_TRACK") + count("AT_RISK") },
    missed: measured.filter((r) => r.status === "NOT_MET").map((r) => r.explanation),
    atRisk: measured.filter((r) => r.status === "AT_RISK").map((r) => ({ explanation: r.explanation, forecast: r.forecast ?? null, measure: r.measure ?? "COUNT_PER_YEAR" })),
    villages: { reached: villages.length - notReached.length, total: villages.length, notReached },
  };
}
