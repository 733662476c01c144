import type { DataSource } from "typeorm";
import { seedDemoActivities } from "./demo-activities";
import { seedDemoUsers } from "./demo-users";
import { seedGazetteer } from "./gazetteer";
import { seedPromises } from "./promises";

/** What `seedAll` is asked to do. */
export interface SeedOptions {
  /** Write the demo accounts (only on the embedded development database). */
  demoUsers: boolean;
  /** Password of the demo accounts. */
  demoPassword: string;
  /** The moment the demo activities are generated around; defaults to the current time. */
  now?: Date;
  /** Receives one line per step. */
  log?: (line: string) => void;
}

/** Rows in each seeded table after seeding (the whole table, not only what the seed wrote). */
export interface SeedSummary {
  municipalities: number;
  places: number;
  promisePeriods: number;
  promises: number;
  promiseTargets: number;
  users: number;
  activities: { done: number; planned: number; cancelled: number; demo: number };
}

/**
 * Seeds the gazetteer, the promises, the demo activities and (when asked) the demo accounts in
 * one transaction, and returns the table counts. Running it again gives the same counts.
 */
export async function seedAll(dataSource: DataSource, options: SeedOptions): Promise<SeedSummary> {
  const log = options.log ?? (() => {});
  const now = options.now ?? new Date();
  return dataSource.transaction(async (manager) => {
    const gazetteer = await seedGazetteer(manager);
    log(`Gazetteer: municipality ${gazetteer.municipalityId}, ${gazetteer.placesWritten} places inserted or changed`);
    const promises = await seedPromises(manager, gazetteer.municipalityId);
    log(`Promises: ${promises.periods} periods, ${promises.promises} promises, ${promises.targets} targets`);
    const activities = await seedDemoActivities(manager, now);
    log(`Demo activities: ${activities} generated around ${now.toISOString()}`);
    if (options.demoUsers) {
      const users = await seedDemoUsers(manager, options.demoPassword);
      log(`Demo users: ${users}`);
    }
    const counts: SeedCountsRow[] = await manager.query(
      `SELECT (SELECT count(*) FROM municipality)::int AS municipalities,
              (SELECT count(*) FROM place)::int AS places,
              (SELECT count(*) FROM promise_period)::int AS promise_periods,
              (SELECT count(*) FROM promise)::int AS promises,
              (SELECT count(*) FROM promise_target)::int AS promise_targets,
              (SELECT count(*) FROM app_user)::int AS users,
              count(*) FILTER (WHERE a.status = 'DONE')::int AS done,
              count(*) FILTER (WHERE a.status = 'PLANNED')::int AS planned,
              count(*) FILTER (WHERE a.status = 'CANCELLED')::int AS cancelled,
              count(*) FILTER (WHERE a.is_demo)::int AS demo
       FROM activity a WHERE a.deleted_at IS NULL`,
    );
    const c = counts[0];
    return {
      municipalities: c.municipalities,
      places: c.places,
      promisePeriods: c.promise_periods,
      promises: c.promises,
      promiseTargets: c.promise_targets,
      users: c.users,
      activities: { done: c.done, planned: c.planned, cancelled: c.cancelled, demo: c.demo },
    };
  });
}

/** The row of the counting query. */
interface SeedCountsRow {
  municipalities: number;
  places: number;
  promise_periods: number;
  promises: number;
  promise_targets: number;
  users: number;
  done: number;
  planned: number;
  cancelled: number;
  demo: number;
}
