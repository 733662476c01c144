import { DataSource, type Logger } from "typeorm";
import { Activity } from "../activities/activity.entity";
import { AuditEvent } from "../audit/audit-event.entity";
import { Session } from "../auth/session.entity";
import { User } from "../auth/user.entity";
import { Municipality } from "../municipality/municipality.entity";
import { Place } from "../places/place.entity";
import { PromisePeriod } from "../promises/promise-period.entity";
import { CitizenPromise } from "../promises/promise.entity";
import { PromiseTarget } from "../promises/promise-target.entity";
import { PromiseTargetVillage } from "../promises/promise-target-village.entity";
import { Initial1732400000000 } from "./migrations/1732400000000-initial";
import { AuditLoginIndex1732500000000 } from "./migrations/1732500000000-audit-login-index";
import { ActivityCoveringIndex1732600000000 } from "./migrations/1732600000000-activity-covering-index";
import { ActivityIndexDiet1732700000000 } from "./migrations/1732700000000-activity-index-diet";
import { ActivityPlaceCoveringIndex1732810000000 } from "./migrations/1732810000000-activity-place-covering-index";
import { ActivityPublicId1732900000000 } from "./migrations/1732900000000-activity-public-id";
import { ActivityClientId1733000000000 } from "./migrations/1733000000000-activity-client-id";
import { SignInThrottle1732930000000 } from "./migrations/1732930000000-sign-in-throttle";
import { ImportBatch1733100000000 } from "./migrations/1733100000000-import-batch";
import { Meeting1733214000000 } from "./migrations/1733214000000-meeting";
import { Meeting } from "../meetings/meeting.entity";
import { ActivityGrid1733250000000 } from "./migrations/1733250000000-activity-grid";
import { VillageCadence1733216000000 } from "./migrations/1733216000000-village-cadence";

/** Every entity, listed explicitly (no globs, so the build output and tests see the same). */
export const ENTITIES = [Activity, AuditEvent, Session, User, Municipality, Place, PromisePeriod, CitizenPromise, PromiseTarget, PromiseTargetVillage, Meeting];

/** Every migration in the order they apply. */
export const MIGRATIONS = [
  Initial1732400000000,
  AuditLoginIndex1732500000000,
  ActivityCoveringIndex1732600000000,
  ActivityIndexDiet1732700000000,
  ActivityPlaceCoveringIndex1732810000000,
  ActivityPublicId1732900000000,
  SignInThrottle1732930000000,
  ActivityClientId1733000000000,
  ImportBatch1733100000000,
  Meeting1733214000000,
  VillageCadence1733216000000,
  ActivityGrid1733250000000,
];

/** A TypeORM logger that only reports each statement to `onQuery` (tests and the benchmark count them). */
function countingLogger(onQuery: (sql: string, parameters?: unknown[]) => void): Logger {
  return {
    logQuery: (sql, parameters) => onQuery(sql, Array.isArray(parameters) ? parameters : undefined),
    logQueryError: () => {},
    logQuerySlow: () => {},
    logSchemaBuild: () => {},
    logMigration: () => {},
    log: () => {},
  };
}

/** A TypeORM data source for `url`; schema changes only through migrations (all of them, or the first few: a restore). */
export function createDataSource(
  url: string,
  options: { poolSize?: number; logging?: boolean; onQuery?: (sql: string, parameters?: unknown[]) => void; migrations?: typeof MIGRATIONS } = {},
): DataSource {
  return new DataSource({
    ...(options.onQuery ? { logger: countingLogger(options.onQuery) } : {}),
    type: "postgres",
    url,
    entities: ENTITIES,
    migrations: options.migrations ?? MIGRATIONS,
    migrationsTableName: "schema_migrations",
    synchronize: false,
    logging: options.logging ?? false,
    poolSize: options.poolSize ?? 10,
  });
}
