import type { DataSource } from "typeorm";
import type { AuthUser, RequestContext } from "../common/context.type";
import { ActivityKind, Organisation, PlaceKind, Role, Zone } from "../common/enums";
import type { Place } from "../places/place.entity";
import { applyCadence, cadenceYears, secondHalfBegun } from "../planning/cadence-result";
import type { PlaceService } from "../places/place.service";
import type { PromisePeriod } from "../promises/promise-period.entity";
import type { CitizenPromise } from "../promises/promise.entity";
import { PromiseMeasure } from "../promises/promise-target.entity";
import type { PromiseService } from "../promises/promise.service";
import { actualOf, checkFollowUpYear, explanations, statusOf, targetsToMeasure, yearState, type MeasuredTarget, type YearState } from "./follow-up-result";
import { aggregateYears, type SplitCount, type TimeSpent, type YearFigures } from "./follow-up.sql";
import { asOfDay, endOfDay, forecastOf, formatDay, paceStatus, type LocalDay } from "./forecast";
import { FollowUp, FollowUpYear, PromiseResult } from "./follow-up.types";
import { PublicFollowUp, PublicPromiseResult, type PublicVillage, type PublicYearTotals } from "./public-follow-up.types";

/**
 * Villages with fewer inhabitants than this (or none recorded) are shown in the public follow-up
 * as reached or not, without a count: in a hamlet of twenty, a count says too much about a few.
 */
export const SMALL_VILLAGE_LIMIT = 50;

/**
 * The reader of the public follow-up: nobody is signed in, so the most restrictive visibility (a
 * VIEWER's) applies. Only its role is ever used.
 */
export const PUBLIC_READER: AuthUser = { id: 0, username: "allmänheten", displayName: "Allmänheten", role: Role.VIEWER };

/** A promise with one of the targets it is followed up by. */
interface PromiseTargetPair {
  promise: CitizenPromise;
  target: MeasuredTarget;
}

/** How many years before the running one tell how a year's activities spread over its months. */
export const HISTORY_YEARS = 3;

/** What the pace of a running year is read against: the day counted to, and per target the earlier years' months. */
interface Pace {
  asOf: LocalDay;
  /** By the index of the target: its counts per month summed over the earlier years, or null when they hold none. */
  history: (number[] | null)[];
}

/** Whether `year` is over, running or to come on the day `asOf` (counted to its end: on 31 December the year is over). */
function yearStateOn(year: number, asOf: LocalDay): YearState {
  if (year < asOf.year || (year === asOf.year && asOf.month === 12 && asOf.day === 31)) return "past";
  return year === asOf.year ? "current" : "future";
}

/** Per target, its counts per month summed over `years` (those in `figures`); null for a target they hold none of. */
function historyOf(figures: Map<number, YearFigures>, years: number[], targets: number): (number[] | null)[] {
  return Array.from({ length: targets }, (_, i) => {
    const sum = Array.from({ length: 12 }, () => 0);
    for (const year of years) figures.get(year)?.measures[i].byMonth.forEach((n, m) => (sum[m] += n));
    return sum.some((n) => n > 0) ? sum : null;
  });
}

/** Totals of one year, from a chosen side of the split counts (all, or without targeted operations). */
function totalOf(counts: Map<unknown, SplitCount>, side: keyof SplitCount): number {
  let sum = 0;
  for (const c of counts.values()) sum += c[side];
  return sum;
}

/** The public totals of a year: parts that add up to the total (targeted operations apart, unplaced). */
function publicTotals(f: YearFigures): PublicYearTotals {
  const zone = (z: Zone) => f.byZone.get(z)?.withoutTargeted ?? 0;
  const [inTown, inVillages, elsewhere] = [zone(Zone.TOWN), zone(Zone.VILLAGE), zone(Zone.RURAL)];
  const targetedOperations = f.byKind.get(ActivityKind.TARGETED_OPERATION) ?? 0;
  return { year: f.year, total: totalOf(f.byZone, "all"), inTown, inVillages, elsewhere, outsideTown: inVillages + elsewhere, targetedOperations };
}

/** The yearly follow-up for staff, and the public one, computed from the same aggregate. */
export class FollowUpService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly promises: PromiseService,
    private readonly places: PlaceService,
  ) {}

  /**
   * The follow-up of `year` for the signed-in reader: every target of the period's promises, the
   * totals, the villages, and the same for the year before. DONE activities the reader may see,
   * only, of `organisations` when given (every figure alike), as the year stood on `asOf`
   * (YYYY-MM-DD; by default today, or a past year's last day): the activities that started by
   * the end of that day. While the year runs on that day, each target has a forecast read
   * against the spread of the three years before. A constant number of statements: the promise
   * catalog (3), the places (1) and one aggregate for all the years.
   */
  async followUp(ctx: RequestContext, user: AuthUser, year: number, organisations: Organisation[] | null = null, now: Date = new Date(), asOfText: string | null = null): Promise<FollowUp> {
    checkFollowUpYear(year, now);
    const asOf = asOfDay(asOfText, year, now);
    const { period, pairs } = await this.targetsOfYear(ctx, year);
    // The running year, when it is this one or the one before, is forecast from the years before it.
    const running = [year, year - 1].find((y) => yearStateOn(y, asOf) === "current") ?? null;
    const earlier = running === null ? [] : Array.from({ length: HISTORY_YEARS }, (_, i) => running - 1 - i);
    const years = [...new Set([year, year - 1, ...earlier])];
    const targets = pairs.map((p) => p.target);
    const asOfEnd = endOfDay(asOf);
    const [figures, places, cadence] = await Promise.all([
      aggregateYears(
        this.dataSource,
        user,
        years,
        pairs.map((p) => ({ ...p.target, countTargeted: true })),
        organisations,
        formatDay(asOf),
      ),
      this.places.all(ctx),
      cadenceYears(this.dataSource, user, [year, year - 1], targets, organisations, asOfEnd),
    ]);
    const villages = places.filter((p) => p.kind === PlaceKind.VILLAGE);
    const pace: Pace = { asOf, history: historyOf(figures, earlier, pairs.length) };
    const build = (y: number): FollowUpYear => {
      const state = yearStateOn(y, asOf);
      const figuresOfYear = this.yearOf(figures.get(y)!, pairs, villages, state, y === running ? pace : null);
      applyCadence(figuresOfYear.promises, cadence.get(y), targets, state, secondHalfBegun(y, asOfEnd));
      return figuresOfYear;
    };
    return Object.assign(new FollowUp(), build(year), { period, inProgress: yearStateOn(year, asOf) !== "past", asOf: formatDay(asOf), previous: build(year - 1) });
  }

  /**
   * The public follow-up of `year` (no reader): DONE activities only, per promise, kind, month and
   * village, with the year before beside it (one aggregate for both years); targeted operations
   * only in yearly counts; small villages without counts.
   */
  async publicFollowUp(ctx: RequestContext, year: number, now: Date = new Date()): Promise<PublicFollowUp> {
    checkFollowUpYear(year, now);
    const { period, pairs } = await this.targetsOfYear(ctx, year);
    // A targeted operation may count where only its yearly number shows: in a count with no place condition.
    const specs = pairs.map(({ target }) => ({
      ...target,
      countTargeted: target.measure === PromiseMeasure.COUNT_PER_YEAR && target.placeKind === null && target.schoolLevel === null,
    }));
    const targets = pairs.map((p) => p.target);
    const [figures, places, cadence] = await Promise.all([
      aggregateYears(this.dataSource, PUBLIC_READER, [year, year - 1], specs),
      this.places.all(ctx),
      cadenceYears(this.dataSource, PUBLIC_READER, [year, year - 1], targets, null, now),
    ]);
    const f = figures.get(year)!;
    const before = figures.get(year - 1)!;
    const state = yearState(year, now);
    const results = pairs.map(({ promise, target }, i) => this.resultOf(promise, target, f.measures[i], state));
    const previousResults = pairs.map(({ promise, target }, i) => this.resultOf(promise, target, before.measures[i], yearState(year - 1, now)));
    applyCadence(results, cadence.get(year), targets, state, secondHalfBegun(year, now));
    applyCadence(previousResults, cadence.get(year - 1), targets, "past", true);
    return {
      ...publicTotals(f),
      periodName: period?.name ?? null,
      inProgress: state !== "past",
      promises: pairs.map(({ promise }, i) => {
        const result = results[i];
        return Object.assign(new PublicPromiseResult(), {
          number: promise.number,
          promiseTitle: promise.title,
          organisation: promise.organisation,
          priorityArea: promise.priorityArea,
          label: result.label,
          measure: result.measure,
          actual: result.actual,
          target: result.target,
          status: result.status,
          sentences: result.sentences,
          previousActual: previousResults[i].actual,
        });
      }),
      byKind: Object.values(ActivityKind).map((kind) => ({ kind, count: f.byKind.get(kind) ?? 0 })),
      byMonth: this.months(f, "withoutTargeted"),
      previous: publicTotals(before),
      villages: places
        .filter((p) => p.kind === PlaceKind.VILLAGE)
        .sort((a, b) => a.name.localeCompare(b.name, "sv"))
        .map((p): PublicVillage => {
          const count = f.byPlace.get(p.id)?.withoutTargeted ?? 0;
          const previousCount = before.byPlace.get(p.id)?.withoutTargeted ?? 0;
          const small = p.population === null || p.population < SMALL_VILLAGE_LIMIT;
          return {
            name: p.name,
            samiName: p.samiName,
            lat: p.lat,
            lng: p.lng,
            reached: count > 0,
            count: small ? null : count,
            previousReached: previousCount > 0,
            previousCount: small ? null : previousCount,
          };
        }),
      smallVillageLimit: SMALL_VILLAGE_LIMIT,
    };
  }

  /** The period covering `year` and its promises' targets, by promise number. */
  private async targetsOfYear(ctx: RequestContext, year: number): Promise<{ period: PromisePeriod | null; pairs: PromiseTargetPair[] }> {
    const period = await this.promises.periodForYear(ctx, year);
    if (!period) return { period: null, pairs: [] };
    const pairs: PromiseTargetPair[] = [];
    for (const promise of await this.promises.promisesOf(ctx, period.id)) {
      for (const target of targetsToMeasure(promise, await this.promises.targetsOf(ctx, promise.id))) pairs.push({ promise, target });
    }
    return { period, pairs };
  }

  /** One promise target's result; with `pace` (the year runs), its forecast and a status by it. */
  private resultOf(
    promise: CitizenPromise,
    target: MeasuredTarget,
    measured: YearFigures["measures"][number],
    state: YearState,
    pace: { asOf: LocalDay; history: number[] | null } | null = null,
  ): PromiseResult {
    const actual = actualOf(target.measure, measured);
    const forecast = pace ? forecastOf(target.measure, measured, pace.history, pace.asOf) : null;
    return Object.assign(new PromiseResult(), {
      promise,
      targetId: target.targetId,
      label: target.label,
      measure: target.measure,
      actual,
      target: target.target,
      status: forecast === null ? statusOf(target.measure, actual, target.target, state) : paceStatus(target.measure, actual, forecast, target.target),
      sentences: explanations(target, measured, state),
      activityCount: measured.count,
      forecast,
      hours: measured.hours,
      activitiesWithoutEnd: measured.withoutEnd,
    });
  }

  /** Months 1–12 with their counts. */
  private months(f: YearFigures, side: keyof SplitCount): { month: number; count: number }[] {
    return Array.from({ length: 12 }, (_, i) => ({ month: i + 1, count: f.byMonth.get(i + 1)?.[side] ?? 0 }));
  }

  /** A year's figures for staff; with `pace` (the year runs on its day), the targets' forecasts. */
  private yearOf(f: YearFigures, pairs: PromiseTargetPair[], villages: Place[], state: YearState, pace: Pace | null): FollowUpYear {
    const total = totalOf(f.byZone, "all");
    const reached = villages.filter((v) => (f.byPlace.get(v.id)?.all ?? 0) > 0);
    const none: TimeSpent = { hours: 0, withoutEnd: 0 };
    const byKind = Object.values(ActivityKind).map((kind) => ({ kind, ...(f.timeByKind.get(kind) ?? none) }));
    return {
      year: f.year,
      promises: pairs.map(({ promise, target }, i) => this.resultOf(promise, target, f.measures[i], state, pace && { asOf: pace.asOf, history: pace.history[i] })),
      total,
      byKind: Object.values(ActivityKind).map((kind) => ({ kind, count: f.byKind.get(kind) ?? 0 })),
      byZone: Object.values(Zone).map((zone) => {
        const count = f.byZone.get(zone)?.all ?? 0;
        return { zone, count, share: total === 0 ? 0 : count / total };
      }),
      byMonth: this.months(f, "all"),
      villagesReached: reached.map((place) => ({ place, count: f.byPlace.get(place.id)!.all })).sort((a, b) => b.count - a.count || a.place.name.localeCompare(b.place.name, "sv")),
      villagesNotReached: villages.filter((v) => !reached.includes(v)).sort((a, b) => a.name.localeCompare(b.name, "sv")),
      timeSpent: {
        hours: byKind.reduce((sum, k) => sum + k.hours, 0),
        withoutEnd: byKind.reduce((sum, k) => sum + k.withoutEnd, 0),
        byKind,
        byOrganisation: Object.values(Organisation).map((organisation) => ({ organisation, ...(f.timeByOrganisation.get(organisation) ?? none) })),
      },
    };
  }
}
