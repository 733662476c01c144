import type { DataSource } from "typeorm";
import { memoize, type RequestContext } from "../common/context.type";
import { PromisePeriod } from "./promise-period.entity";
import { CitizenPromise } from "./promise.entity";
import { PromiseTarget } from "./promise-target.entity";
import { PromiseTargetVillage } from "./promise-target-village.entity";

/** Every period, promise and target, arranged for lookups. They are few (tens of rows). */
export interface PromiseCatalog {
  /** Oldest first. */
  periods: PromisePeriod[];
  /** A period's promises by number. */
  promisesByPeriod: Map<number, CitizenPromise[]>;
  /** A promise's targets, oldest first. */
  targetsByPromise: Map<number, PromiseTarget[]>;
}

/** The memo keys of the catalog and of the cadence exceptions in a request's context. */
const CATALOG_KEY = "promiseCatalog";
const EXCEPTIONS_KEY = "cadenceExceptions";

/** Groups `rows` into lists by `key`, keeping their order. */
function groupBy<T>(rows: T[], key: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/**
 * Reads the promise periods, promises and targets. A request loads the whole catalog once (three
 * statements, however many periods and promises are asked for) and every field shares it.
 */
export class PromiseService {
  constructor(private readonly dataSource: DataSource) {}

  /** The catalog of this request. */
  catalog(ctx: RequestContext): Promise<PromiseCatalog> {
    return memoize(ctx, CATALOG_KEY, async () => {
      const [periods, promises, targets] = await Promise.all([
        this.dataSource.getRepository(PromisePeriod).find({ order: { startYear: "ASC" } }),
        this.dataSource.getRepository(CitizenPromise).find({ order: { periodId: "ASC", number: "ASC" } }),
        this.dataSource.getRepository(PromiseTarget).find({ order: { promiseId: "ASC", id: "ASC" } }),
      ]);
      return { periods, promisesByPeriod: groupBy(promises, (p) => p.periodId), targetsByPromise: groupBy(targets, (t) => t.promiseId) };
    });
  }

  /**
   * Waits for a write, then drops the request's catalog, so the fields of the write's answer (and
   * of any later mutation in the same operation) read the new rows.
   */
  async afterWrite<T>(ctx: RequestContext, write: Promise<T>): Promise<T> {
    const result = await write;
    ctx.memo.delete(CATALOG_KEY);
    ctx.memo.delete(EXCEPTIONS_KEY);
    return result;
  }

  /** Every period, oldest first. */
  async periods(ctx: RequestContext): Promise<PromisePeriod[]> {
    return (await this.catalog(ctx)).periods;
  }

  /** The period that covers `year`, or null (periods do not overlap). */
  async periodForYear(ctx: RequestContext, year: number): Promise<PromisePeriod | null> {
    return (await this.catalog(ctx)).periods.find((p) => p.startYear <= year && year <= p.endYear) ?? null;
  }

  /** A period's promises, by number. */
  async promisesOf(ctx: RequestContext, periodId: number): Promise<CitizenPromise[]> {
    return (await this.catalog(ctx)).promisesByPeriod.get(periodId) ?? [];
  }

  /** A cadence target's village exceptions: every target's in one statement, once a request asks for any. */
  async exceptionsOf(ctx: RequestContext, targetId: number): Promise<PromiseTargetVillage[]> {
    const all = await memoize(ctx, EXCEPTIONS_KEY, async () =>
      groupBy(await this.dataSource.getRepository(PromiseTargetVillage).find({ order: { targetId: "ASC", placeId: "ASC" } }), (e) => e.targetId),
    );
    return all.get(targetId) ?? [];
  }

  /**
   * Every target of `measure` in the period covering `year` or, when none covers it, in the latest
   * period before it (the promises still stand until new ones are made), by promise number.
   */
  async targetsOfMeasure(ctx: RequestContext, year: number, measure: PromiseTarget["measure"]): Promise<Array<{ promise: CitizenPromise; target: PromiseTarget }>> {
    const catalog = await this.catalog(ctx);
    const period = catalog.periods.find((p) => p.startYear <= year && year <= p.endYear) ?? catalog.periods.filter((p) => p.endYear < year).at(-1);
    if (!period) return [];
    return (catalog.promisesByPeriod.get(period.id) ?? []).flatMap((promise) =>
      (catalog.targetsByPromise.get(promise.id) ?? []).filter((t) => t.measure === measure).map((target) => ({ promise, target })),
    );
  }

  /** A promise's targets. */
  async targetsOf(ctx: RequestContext, promiseId: number): Promise<PromiseTarget[]> {
    return (await this.catalog(ctx)).targetsByPromise.get(promiseId) ?? [];
  }
}
