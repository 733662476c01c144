import type { DataSource } from "typeorm";
import type { AuthUser } from "../common/context.type";
import { CadencePeriod, type Organisation } from "../common/enums";
import type { YearState } from "../followup/follow-up-result";
import { PromiseStatus, ReportLanguage, type PromiseResult } from "../followup/follow-up.types";
import { PromiseMeasure } from "../promises/promise-target.entity";
import { cadenceCounts, type CadenceCount, type CadenceSpec } from "./cadence-tally.sql";
import { CadenceTally } from "./planning.types";

/** A follow-up target as far as a cadence needs it. */
interface CadenceTarget {
  targetId: string | null;
  measure: PromiseMeasure;
  kinds: readonly string[];
  target: number | null;
  cadencePeriod: CadencePeriod | null;
}

/** The cadence targets among a follow-up's targets, as tally specs. */
function specsOf(targets: readonly CadenceTarget[]): CadenceSpec[] {
  return targets
    .filter((t) => t.measure === PromiseMeasure.VILLAGE_CADENCE && t.targetId !== null)
    .map((t) => ({ id: Number(t.targetId), kinds: t.kinds, target: t.target, cadencePeriod: t.cadencePeriod }));
}

/** The villages that met each cadence target, per year and target id (one statement; none without a cadence). */
export async function cadenceYears(
  dataSource: DataSource,
  reader: AuthUser,
  years: number[],
  targets: readonly CadenceTarget[],
  organisations: Organisation[] | null,
  asOf: Date,
): Promise<Map<number, Map<number, CadenceCount>>> {
  const rows = await cadenceCounts(dataSource, reader, years, specsOf(targets), organisations, asOf);
  return new Map(years.map((year) => [year, new Map(rows.filter((r) => r.year === year).map((r) => [r.targetId, r]))]));
}

/** "12 av 14 byar med minst 2 besök under året" and its English, with the year's state. */
function sentences(count: CadenceCount, visits: number, period: CadencePeriod, state: YearState): Record<ReportLanguage, string> {
  const half = period === CadencePeriod.HALF_YEAR;
  const sv = `${count.met} av ${count.villages} byar med minst ${visits} besök ${half ? "varje halvår" : "under året"}`;
  const en = `${count.met} of ${count.villages} villages with at least ${visits} ${visits === 1 ? "visit" : "visits"} ${half ? "in each half-year" : "in the year"}`;
  const notes = (exceptions: string, current: string, future: string) =>
    [count.exceptions > 0 ? exceptions : null, state === "current" ? current : null, state === "future" ? future : null].filter((n) => n !== null);
  const svNotes = notes(`${count.exceptions} ${count.exceptions === 1 ? "by" : "byar"} med eget antal`, "året pågår", "året har inte börjat");
  const enNotes = notes(count.exceptions === 1 ? "1 village with a number of its own" : `${count.exceptions} villages with a number of their own`, "the year is in progress", "the year has not begun");
  return {
    [ReportLanguage.SV]: svNotes.length > 0 ? `${sv} (${svNotes.join("; ")})` : sv,
    [ReportLanguage.EN]: enNotes.length > 0 ? `${en} (${enNotes.join("; ")})` : en,
  };
}

/**
 * Turns a cadence target's results into villages: the actual is the villages that met their
 * cadence, the target the villages asked for visits. While the year runs a cadence is MET only once
 * every village has its visits and no period is still to begin (a half-year cadence in its first half
 * can still be missed in the second).
 */
export function applyCadence(results: PromiseResult[], counts: Map<number, CadenceCount> | undefined, targets: readonly CadenceTarget[], state: YearState, secondHalfBegun: boolean): void {
  const byId = new Map(targets.map((t) => [t.targetId, t]));
  for (const result of results) {
    const target = byId.get(result.targetId);
    if (result.measure !== PromiseMeasure.VILLAGE_CADENCE || !target) continue;
    const count = counts?.get(Number(result.targetId)) ?? { year: 0, targetId: Number(result.targetId), villages: 0, met: 0, exceptions: 0 };
    const period = target.cadencePeriod ?? CadencePeriod.YEAR;
    const visits = target.target ?? 0;
    const all = count.met >= count.villages;
    result.actual = count.met;
    result.target = count.villages;
    // Villages are not a count that grows at a pace: no forecast.
    result.forecast = null;
    result.status =
      count.villages === 0
        ? PromiseStatus.NO_TARGET
        : state === "past"
          ? all
            ? PromiseStatus.MET
            : PromiseStatus.NOT_MET
          : state === "current" && all && (period === CadencePeriod.YEAR || secondHalfBegun)
            ? PromiseStatus.MET
            : PromiseStatus.IN_PROGRESS;
    result.sentences = sentences(count, visits, period, state);
    result.cadence = Object.assign(new CadenceTally(), {
      villages: count.villages,
      met: count.met,
      visitsPerPeriod: visits,
      period,
      exceptions: count.exceptions,
      share: count.villages === 0 ? 0 : count.met / count.villages,
    });
  }
}

/** Whether the second half of `year` has begun at `asOf` (Europe/Stockholm). */
export function secondHalfBegun(year: number, asOf: Date): boolean {
  const local = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit" }).format(asOf);
  return local >= `${year}-07`;
}
