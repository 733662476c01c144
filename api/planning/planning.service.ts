import type { DataSource } from "typeorm";
import { MIN_YEAR } from "../activities/activity-filter.sql";
import type { AuthUser, RequestContext } from "../common/context.type";
import { CadencePeriod, PlaceKind } from "../common/enums";
import { errors } from "../common/errors";
import { parseId } from "../common/parse-id";
import { stockholmYear } from "../followup/follow-up-result";
import type { PlaceService } from "../places/place.service";
import { PromiseMeasure, type PromiseTarget } from "../promises/promise-target.entity";
import type { PromiseService } from "../promises/promise.service";
import { dueVillages } from "./planning-due.sql";
import { PlanningDue } from "./planning.types";

/** How far ahead a due list may be asked for. */
const MAX_YEARS_AHEAD = 10;

/** The due list: which villages the cadence wants visited next, from one statement. */
export class PlanningService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly promises: PromiseService,
    private readonly places: PlaceService,
  ) {}

  /**
   * Every village by urgency at `asOf`, under the cadence `targetId` or, without it, the first
   * cadence target of the period that holds `asOf` (or of the latest period before it, whose promises
   * stand until new ones are made). With no cadence no village falls due; the last visits of any
   * kind are still listed.
   */
  async planningDue(ctx: RequestContext, user: AuthUser, asOf: Date, targetId: string | null = null): Promise<PlanningDue> {
    if (Number.isNaN(asOf.getTime())) throw errors.badInput("asOf", "Ogiltigt datum.");
    const year = stockholmYear(asOf);
    const max = stockholmYear() + MAX_YEARS_AHEAD;
    if (year < MIN_YEAR || year > max) throw errors.badInput("asOf", `Datumet måste ligga mellan ${MIN_YEAR} och ${max}.`);
    const cadence = await this.cadenceOf(ctx, year, targetId);
    const [rows, byId, places] = await Promise.all([
      dueVillages(this.dataSource, user, cadence && { targetId: cadence.id, visits: cadence.target ?? 0, period: cadence.cadencePeriod ?? CadencePeriod.YEAR, kinds: cadence.kinds }, asOf),
      this.places.byId(ctx),
      this.places.all(ctx),
    ]);
    return Object.assign(new PlanningDue(), {
      asOf,
      cadence,
      periodStart: cadence ? (rows[0]?.periodStart ?? null) : null,
      periodEnd: cadence ? (rows[0]?.periodEnd ?? null) : null,
      start: places.find((p) => p.kind === PlaceKind.TOWN) ?? null,
      villages: rows.map((r) => ({
        place: byId.get(r.placeId)!,
        visitsPerPeriod: r.quota,
        visitsInPeriod: r.visitsInPeriod,
        lastVisitAt: r.lastVisitAt,
        daysSince: r.daysSince,
        dueAt: r.dueAt,
        daysUntilDue: r.daysUntilDue,
        overdue: r.overdue,
        nextPlannedAt: r.nextPlannedAt,
      })),
    });
  }

  /** The cadence target asked for (NOT_FOUND or BAD_USER_INPUT when it is none), or the year's first. */
  private async cadenceOf(ctx: RequestContext, year: number, targetId: string | null): Promise<PromiseTarget | null> {
    if (targetId === null) return (await this.promises.targetsOfMeasure(ctx, year, PromiseMeasure.VILLAGE_CADENCE))[0]?.target ?? null;
    const id = parseId(targetId, "Målet");
    const catalog = await this.promises.catalog(ctx);
    const target = [...catalog.targetsByPromise.values()].flat().find((t) => t.id === id);
    if (!target) throw errors.notFound("Målet");
    if (target.measure !== PromiseMeasure.VILLAGE_CADENCE) throw errors.badInput("targetId", "Målet är ingen besöksrytm.");
    return target;
  }
}
