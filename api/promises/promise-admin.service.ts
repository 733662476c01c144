import type { DataSource, EntityManager } from "typeorm";
import type { AuditService } from "../audit/audit.service";
import type { AuthUser } from "../common/context.type";
import { errors } from "../common/errors";
import { parseId } from "../common/parse-id";
import { PromisePeriod } from "./promise-period.entity";
import type { PromiseInput, PromisePeriodInput, PromiseTargetInput } from "./promise.input";
import { CitizenPromise } from "./promise.entity";
import { checkExceptions, checkPeriod, checkPromise, checkTarget, type CheckedException } from "./promise-rules";
import { PromiseTarget } from "./promise-target.entity";

/**
 * Promise periods, promises and their targets for the administrator. Each write is checked, done
 * in one transaction and audited with the row before and after.
 */
export class PromiseAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Creates a period; its years may not overlap another period's. */
  createPeriod(actor: AuthUser, input: PromisePeriodInput): Promise<PromisePeriod> {
    return this.writePeriod(actor, null, input);
  }

  /** Renames a period or moves its years; they may not overlap another period's. */
  updatePeriod(actor: AuthUser, id: string, input: PromisePeriodInput): Promise<PromisePeriod> {
    return this.writePeriod(actor, parseId(id, "Perioden"), input);
  }

  /** Adds a promise to a period. */
  async createPromise(actor: AuthUser, periodId: string, input: PromiseInput): Promise<CitizenPromise> {
    const values = checkPromise(input);
    const period = parseId(periodId, "Perioden");
    return this.dataSource.transaction(async (m) => {
      await this.lockPeriod(m, period);
      return this.savePromise(m, actor, period, null, values);
    });
  }

  /** Changes a promise's number, title, description, organisation or area. */
  async updatePromise(actor: AuthUser, id: string, input: PromiseInput): Promise<CitizenPromise> {
    const values = checkPromise(input);
    const promiseId = parseId(id, "Löftet");
    return this.dataSource.transaction(async (m) => {
      const before = await this.lockPromise(m, promiseId);
      await this.lockPeriod(m, before.periodId);
      return this.savePromise(m, actor, before.periodId, before, values);
    });
  }

  /**
   * Sets a target of a promise: replaces the promise's target with the same measure and school
   * level (a promise may have one of each), or adds it. Returns the promise.
   */
  async setTarget(actor: AuthUser, promiseId: string, input: PromiseTargetInput): Promise<CitizenPromise> {
    const values = checkTarget(input);
    const exceptions = checkExceptions(input);
    const id = parseId(promiseId, "Löftet");
    return this.dataSource.transaction(async (m) => {
      const promise = await this.lockPromise(m, id);
      const repo = m.getRepository(PromiseTarget);
      const before = await repo
        .createQueryBuilder("t")
        .where("t.promise_id = :id AND t.measure = :measure AND t.school_level IS NOT DISTINCT FROM :level", { id, measure: values.measure, level: values.schoolLevel })
        .getOne();
      const saved = await repo.save(repo.create({ ...values, promiseId: id, ...(before ? { id: before.id } : {}) }));
      const villages = await this.saveExceptions(m, saved.id, exceptions);
      await this.audit.record(actor, before ? "UPDATE" : "CREATE", "promise_target", saved.id, { promiseId: id, before, after: saved, ...villages }, m);
      return promise;
    });
  }

  /**
   * Changes one target (by id) under the same rules as `setTarget`; its measure and school level may
   * change unless another target of the promise already has them. Returns the promise.
   */
  async updateTarget(actor: AuthUser, targetId: string, input: PromiseTargetInput): Promise<CitizenPromise> {
    const values = checkTarget(input);
    const exceptions = checkExceptions(input);
    const id = parseId(targetId, "Målet");
    return this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(PromiseTarget);
      const before = await repo.findOne({ where: { id }, lock: { mode: "pessimistic_write" } });
      if (!before) throw errors.notFound("Målet");
      const promise = await this.lockPromise(m, before.promiseId);
      const clash: unknown[] = await m.query(`SELECT 1 FROM promise_target WHERE promise_id = $1 AND measure = $2 AND school_level IS NOT DISTINCT FROM $3 AND id <> $4`, [
        before.promiseId,
        values.measure,
        values.schoolLevel,
        id,
      ]);
      if (clash.length > 0) throw errors.badInput("measure", "Löftet har redan ett mål med det måttet och den skolnivån.");
      const after = await repo.save(repo.create({ ...values, promiseId: before.promiseId, id }));
      const villages = await this.saveExceptions(m, id, exceptions);
      await this.audit.record(actor, "UPDATE", "promise_target", id, { promiseId: before.promiseId, before, after, ...villages }, m);
      return promise;
    });
  }

  /** Removes a target from its promise. Returns the promise. */
  async deleteTarget(actor: AuthUser, targetId: string): Promise<CitizenPromise> {
    const id = parseId(targetId, "Målet");
    return this.dataSource.transaction(async (m) => {
      const before = await m.getRepository(PromiseTarget).findOne({ where: { id }, lock: { mode: "pessimistic_write" } });
      if (!before) throw errors.notFound("Målet");
      const promise = await this.lockPromise(m, before.promiseId);
      await m.query(`DELETE FROM promise_target WHERE id = $1`, [id]);
      await this.audit.record(actor, "DELETE", "promise_target", id, { promiseId: before.promiseId, before }, m);
      return promise;
    });
  }

  /**
   * Replaces a target's village exceptions (null: leaves them), after checking that each place is a
   * village; returns them for the audit (nothing when left as they were).
   */
  private async saveExceptions(m: EntityManager, targetId: number, exceptions: CheckedException[] | null): Promise<{ villageExceptions?: CheckedException[] }> {
    if (exceptions === null) return {};
    const ids = exceptions.map((e) => e.placeId);
    const villages: Array<{ id: number }> = await m.query(`SELECT id FROM place WHERE id = ANY($1::int[]) AND kind = 'VILLAGE'`, [ids]);
    const known = new Set(villages.map((v) => v.id));
    const stranger = ids.find((id) => !known.has(id));
    if (stranger !== undefined) throw errors.badInput("villageExceptions", `Platsen med id ${stranger} är ingen by.`);
    await m.query(`DELETE FROM promise_target_village WHERE target_id = $1`, [targetId]);
    await m.query(`INSERT INTO promise_target_village (target_id, place_id, visits) SELECT $1, t.place_id, t.visits FROM unnest($2::int[], $3::int[]) AS t (place_id, visits)`, [
      targetId,
      ids,
      exceptions.map((e) => e.visits),
    ]);
    return { villageExceptions: exceptions };
  }

  /** Inserts or updates a period after checking its fields and that no other period overlaps it. */
  private async writePeriod(actor: AuthUser, id: number | null, input: PromisePeriodInput): Promise<PromisePeriod> {
    const values = checkPeriod(input);
    return this.dataSource.transaction(async (m) => {
      // One period write at a time (reads go on), so two overlapping periods cannot both pass the check.
      await m.query(`LOCK TABLE promise_period IN SHARE ROW EXCLUSIVE MODE`);
      const repo = m.getRepository(PromisePeriod);
      const before = id === null ? null : await repo.findOneBy({ id });
      if (id !== null && !before) throw errors.notFound("Perioden");
      const [municipality]: Array<{ id: number }> = before ? [{ id: before.municipalityId }] : await m.query(`SELECT id FROM municipality ORDER BY id LIMIT 1`);
      if (!municipality) throw errors.notFound("Kommunen");
      const [clash]: Array<{ name: string; startYear: number; endYear: number }> = await m.query(
        `SELECT name, start_year AS "startYear", end_year AS "endYear" FROM promise_period
         WHERE municipality_id = $1 AND start_year <= $3 AND end_year >= $2 AND id IS DISTINCT FROM $4::int
         ORDER BY start_year LIMIT 1`,
        [municipality.id, values.startYear, values.endYear, id],
      );
      if (clash) {
        throw errors.badInput("startYear", `Åren ${values.startYear}–${values.endYear} överlappar perioden ”${clash.name}” (${clash.startYear}–${clash.endYear}).`);
      }
      const after = await repo.save(repo.create({ ...values, municipalityId: municipality.id, ...(id === null ? {} : { id }) }));
      await this.audit.record(actor, before ? "UPDATE" : "CREATE", "promise_period", after.id, { before, after }, m);
      return after;
    });
  }

  /** Inserts (no `before`) or updates a promise of a locked period, with a free number, audited. */
  private async savePromise(m: EntityManager, actor: AuthUser, periodId: number, before: CitizenPromise | null, values: PromiseInput): Promise<CitizenPromise> {
    await this.assertFreeNumber(m, periodId, values.number, before?.id ?? null);
    const repo = m.getRepository(CitizenPromise);
    const after = await repo.save(repo.create({ ...values, periodId, ...(before ? { id: before.id } : {}) }));
    await this.audit.record(actor, before ? "UPDATE" : "CREATE", "promise", after.id, { before, after }, m);
    return after;
  }

  /** Locks a period's row (so its promise numbers stay unique), or NOT_FOUND. */
  private async lockPeriod(m: EntityManager, id: number): Promise<void> {
    const rows: unknown[] = await m.query(`SELECT id FROM promise_period WHERE id = $1 FOR UPDATE`, [id]);
    if (rows.length === 0) throw errors.notFound("Perioden");
  }

  /** Locks a promise's row and returns it, or NOT_FOUND. */
  private async lockPromise(m: EntityManager, id: number): Promise<CitizenPromise> {
    const promise = await m.getRepository(CitizenPromise).findOne({ where: { id }, lock: { mode: "pessimistic_write" } });
    if (!promise) throw errors.notFound("Löftet");
    return promise;
  }

  /** BAD_USER_INPUT when another promise of the period has `number`. */
  private async assertFreeNumber(m: EntityManager, periodId: number, number: number, exceptId: number | null): Promise<void> {
    const rows: unknown[] = await m.query(`SELECT 1 FROM promise WHERE period_id = $1 AND number = $2 AND id IS DISTINCT FROM $3::int`, [periodId, number, exceptId]);
    if (rows.length > 0) throw errors.badInput("number", `Perioden har redan ett löfte nummer ${number}.`);
  }
}
