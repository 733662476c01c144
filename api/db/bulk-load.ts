import type { DataSource, QueryRunner } from "typeorm";

/** Advisory lock held for the whole of a bulk load, so only one runs and nobody restores under it. */
const BULK_LOAD_LOCK = 0x6c6b6275;

/** One index or foreign key of activity, or the map grid's upkeep, set aside by a bulk load. */
interface SetAside {
  kind: "INDEX" | "FOREIGN_KEY" | "GRID";
  name: string;
  definition: string;
}

/**
 * The secondary indexes and foreign keys of activity, as the statements that create them, and the
 * map grid's triggers (turned off for the load; the grid is rebuilt once from all rows after).
 * Sparse indexes (partial on `column IS NOT NULL`, as the import batch's and the device's record
 * id) stay: a row outside them costs one test of the predicate, while building one again costs a
 * scan of the whole table.
 */
const SET_ASIDE_SQL = `
  SELECT 'INDEX' AS kind, c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
  FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
  WHERE i.indrelid = 'activity'::regclass AND NOT i.indisprimary
    AND coalesce(pg_get_expr(i.indpred, i.indrelid), '') !~ '^\\(\\w+ IS NOT NULL\\)$'
  UNION ALL
  SELECT 'FOREIGN_KEY', conname, pg_get_constraintdef(oid)
  FROM pg_constraint WHERE conrelid = 'activity'::regclass AND contype = 'f'
  UNION ALL
  SELECT 'GRID', tgname, 'SELECT lk_activity_grid_rebuild()'
  FROM pg_trigger WHERE tgrelid = 'activity'::regclass AND tgname LIKE 'tr_activity_grid_%'
  ORDER BY 1, 2`;

/** Turning a set-aside item off, and back on. */
function dropSql(item: SetAside): string {
  if (item.kind === "INDEX") return `DROP INDEX ${ident(item.name)}`;
  if (item.kind === "FOREIGN_KEY") return `ALTER TABLE activity DROP CONSTRAINT ${ident(item.name)}`;
  return `ALTER TABLE activity DISABLE TRIGGER ${ident(item.name)}`;
}

/** A name from the catalogue, quoted for SQL. */
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Sessions that put back what a load set aside, side by side (each index build keeps one core busy). */
const PUT_BACK_SESSIONS = 2;

/** The statement that puts one set-aside item back; idempotent, so a restore may run it again. */
async function putBackItem(runner: QueryRunner, item: SetAside): Promise<void> {
  if (item.kind === "INDEX") {
    await runner.query(item.definition.replace(/^CREATE (UNIQUE )?INDEX /, "CREATE $1INDEX IF NOT EXISTS "));
  } else if (item.kind === "GRID") {
    await runner.query(`SELECT lk_activity_grid_rebuild()`);
  } else {
    const [{ exists }] = await runner.query(`SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'activity'::regclass AND conname = $1) AS exists`, [item.name]);
    if (!exists) await runner.query(`ALTER TABLE activity ADD CONSTRAINT ${ident(item.name)} ${item.definition}`);
  }
}

/**
 * Puts back what a bulk load set aside: the grid's triggers on first (so no write after this point
 * is missed), then over two sessions side by side the indexes (each built at once over all rows,
 * with more sort memory than the default), one rebuild of the grid from all rows, and the foreign
 * keys (each checked by one join over the table, not once per row; PostgreSQL's locks order them
 * after the index builds). Each item commits by itself and every statement is idempotent, so the
 * list in activity_set_aside is cleared only once all are back: a put-back that fails or dies
 * midway is finished by the next one. What exists already is left as it is.
 */
async function putBack(dataSource: DataSource, runner: QueryRunner, log: (line: string) => void): Promise<number> {
  const rows: Array<SetAside & { position: number }> = await runner.query(`SELECT position, kind, name, definition FROM activity_set_aside ORDER BY position`);
  if (rows.length === 0) return 0;
  const started = Date.now();
  const triggers = rows.filter((row) => row.kind === "GRID");
  const jobs: SetAside[] = [...rows.filter((row) => row.kind === "INDEX"), ...triggers.slice(0, 1), ...rows.filter((row) => row.kind === "FOREIGN_KEY")];
  try {
    for (const trigger of triggers) await runner.query(`ALTER TABLE activity ENABLE TRIGGER ${ident(trigger.name)}`);
    let next = 0;
    const worker = async (session: QueryRunner): Promise<void> => {
      await session.query(`SET maintenance_work_mem = '256MB'`);
      await session.query(`SET max_parallel_maintenance_workers = 0`);
      try {
        for (let job = next++; job < jobs.length; job = next++) await putBackItem(session, jobs[job]);
      } finally {
        await session.query(`RESET maintenance_work_mem`);
        await session.query(`RESET max_parallel_maintenance_workers`);
      }
    };
    const others = Array.from({ length: Math.min(PUT_BACK_SESSIONS, jobs.length) - 1 }, () => dataSource.createQueryRunner());
    try {
      const results = await Promise.allSettled([runner, ...others].map(worker));
      const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
      if (failed) throw failed.reason;
    } finally {
      await Promise.all(others.map((other) => other.release()));
    }
    await runner.query(`DELETE FROM activity_set_aside`);
  } catch (error) {
    throw new Error(`Could not put back the indexes and foreign keys of activity (they stay listed in activity_set_aside): ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  await runner.query(`ANALYZE activity`);
  if (triggers.length > 0) await runner.query(`ANALYZE activity_grid`);
  log(`Put back ${rows.length} indexes, foreign keys and grid triggers of activity in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return rows.length;
}

/** Records the secondary indexes and foreign keys of activity in activity_set_aside and drops them, in one transaction. */
async function setAside(runner: QueryRunner): Promise<void> {
  await runner.startTransaction();
  try {
    const items: SetAside[] = await runner.query(SET_ASIDE_SQL);
    for (const [position, item] of items.entries()) {
      await runner.query(`INSERT INTO activity_set_aside (position, kind, name, definition) VALUES ($1, $2, $3, $4)`, [position, item.kind, item.name, item.definition]);
      await runner.query(dropSql(item));
    }
    await runner.commitTransaction();
  } catch (error) {
    await runner.rollbackTransaction();
    throw error;
  }
}

/**
 * Runs `load` (inserts into activity, over any number of sessions) with the table's secondary
 * indexes and foreign keys set aside, then puts them back: the way PostgreSQL's manual advises to
 * populate a table ("Populating a Database"), several times faster for a load that is large next to
 * what the table holds. What was set aside is listed in activity_set_aside first, so a load that
 * dies midway is mended by `restoreActivitySetAside` (run when the database is opened). Nothing
 * else may write activities meanwhile: a bulk load is for seeding, not for a database in use.
 */
export async function withActivityBulkLoad<T>(dataSource: DataSource, load: () => Promise<T>, log: (line: string) => void = () => {}): Promise<T> {
  const runner = dataSource.createQueryRunner();
  try {
    const [{ locked }] = await runner.query(`SELECT pg_try_advisory_lock($1) AS locked`, [BULK_LOAD_LOCK]);
    if (!locked) throw new Error("Another bulk load of activities is running on this database.");
    await putBack(dataSource, runner, log);
    await setAside(runner);
    let result: T;
    try {
      result = await load();
    } catch (loadError) {
      // Put back all the same; if that fails too, its error says so and carries the load's.
      await putBack(dataSource, runner, log).catch((error: Error) => {
        throw new Error(error.message, { cause: loadError });
      });
      throw loadError;
    }
    await putBack(dataSource, runner, log);
    return result;
  } finally {
    await runner.query(`SELECT pg_advisory_unlock($1)`, [BULK_LOAD_LOCK]).catch(() => undefined);
    await runner.release();
  }
}

/**
 * Puts back what an interrupted bulk load set aside; does nothing while a bulk load is running.
 * Returns how many indexes and foreign keys it recreated.
 */
export async function restoreActivitySetAside(dataSource: DataSource, log: (line: string) => void = () => {}): Promise<number> {
  const runner = dataSource.createQueryRunner();
  try {
    const [{ locked }] = await runner.query(`SELECT pg_try_advisory_lock($1) AS locked`, [BULK_LOAD_LOCK]);
    if (!locked) return 0;
    try {
      return await putBack(dataSource, runner, log);
    } finally {
      await runner.query(`SELECT pg_advisory_unlock($1)`, [BULK_LOAD_LOCK]);
    }
  } finally {
    await runner.release();
  }
}
