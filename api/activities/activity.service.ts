import type { DataSource } from "typeorm";
import type { AuthUser } from "../common/context.type";
import { connection, pageOf, pageSize } from "../common/connection";
import { errors } from "../common/errors";
import { isBigintId } from "../common/parse-id";
import { CursorKey, type CursorSealer } from "../common/sealed-cursor";
import { SqlParams } from "../common/sql-params";
import { ActivityConnection, ActivityOrder, ActivitySortField, SortDirection } from "./activity-connection.type";
import { ActivityFilter } from "./activity-filter.input";
import { activityWhere, gridCounts, gridWhere } from "./activity-filter.sql";
import type { AuditService } from "../audit/audit.service";
import { auditPlannedPoliceRead } from "./activity-read-audit";
import { visibilitySql } from "./activity-visibility";
import { isActivityId } from "./activity-id";
import { Activity } from "./activity.entity";
import { ACTIVITY_COLUMNS } from "./activity-columns";

/** Page size when `first` is not given, and the most one page may hold. */
export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 500;

/** Turns a raw row into an `Activity` (so computed fields like `outcome` work). */
export function toActivity(row: Record<string, unknown>): Activity {
  return Object.assign(new Activity(), row);
}

const SORT_SQL: Record<ActivitySortField, string> = {
  [ActivitySortField.STARTS_AT]: "a.starts_at",
  [ActivitySortField.KIND]: "a.kind::text",
  [ActivitySortField.ORGANISATION]: "a.organisation::text",
  [ActivitySortField.STATUS]: "a.status::text",
  [ActivitySortField.ZONE]: "a.zone::text",
  [ActivitySortField.PLACE]: "p.name",
};

/** A decoded cursor: a keyset position in the default order, or an offset in any other. */
type Cursor = { k: [string, string] } | { o: number };

/** What a cursor's seal authenticates: a cursor of another list is no cursor here. */
const CURSOR_PURPOSE = "activities";

function encodeCursor(sealer: CursorSealer, cursor: Cursor): string {
  return sealer.seal(JSON.stringify(cursor));
}

/** An instant exactly as `Date#toISOString` writes it, the only form the API hands out. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** True for a keyset position the API could have written: a real instant and an id that fits. */
function isKeyset(value: unknown): value is { k: [string, string] } {
  const k = (value as { k?: unknown } | null)?.k;
  if (!Array.isArray(k) || k.length !== 2 || typeof k[0] !== "string" || typeof k[1] !== "string") return false;
  return ISO_INSTANT.test(k[0]) && new Date(k[0]).toISOString() === k[0] && isBigintId(k[1]);
}

/** True for an offset the API could have written: a whole number JavaScript counts exactly. */
function isOffset(value: unknown): value is { o: number } {
  const o = (value as { o?: unknown } | null)?.o;
  return typeof o === "number" && Number.isSafeInteger(o) && o >= 0;
}

/** Opens a sealed cursor and reads it strictly: anything the API did not write, or changed, is BAD_USER_INPUT on `after`. */
function decodeCursor(sealer: CursorSealer, text: string): Cursor {
  let value: unknown = null;
  try {
    value = JSON.parse(sealer.open(text) ?? "null");
  } catch {
    // not JSON: refused below
  }
  if (isKeyset(value)) return { k: value.k };
  if (isOffset(value)) return { o: value.o };
  throw errors.badInput("after", "Ogiltig sidmarkör (after): använd endCursor från föregående sida.");
}

/** Reads activities under the visibility rules. */
export class ActivityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Seals the cursors: they hold internal ids, which must not leave the server readable. */
  private readonly cursorKey = new CursorKey(this.dataSource);

  /**
   * One page of the activities that match `filter`, newest first unless `orderBy` says otherwise,
   * with the total (from the map grid where it counts the filter exactly). Two statements whatever
   * the page size.
   */
  async list(
    user: AuthUser,
    filter: ActivityFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
    orderBy?: ActivityOrder | null,
  ): Promise<ActivityConnection> {
    const size = pageSize(first, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const sealer = await this.cursorKey.sealer(CURSOR_PURPOSE);
    const cursor = after ? decodeCursor(sealer, after) : null;
    const keyset = !orderBy || (orderBy.field === ActivitySortField.STARTS_AT && orderBy.direction === SortDirection.DESC);

    // The total from the map grid where it counts the filter exactly (a few ten thousand rows
    // however many activities), else from the rows.
    const countParams = new SqlParams();
    const countSql = gridCounts(filter)
      ? `SELECT coalesce(sum(g.n), 0)::int AS count FROM activity_grid g WHERE ${gridWhere(filter, user, countParams)}`
      : `SELECT count(*)::int AS count FROM activity a WHERE ${activityWhere(filter, user, countParams)}`;
    const params = new SqlParams();
    let where = activityWhere(filter, user, params);
    let order = "a.starts_at DESC, a.id DESC";
    let offset = 0;
    if (keyset) {
      if (cursor && "k" in cursor) {
        where += ` AND (a.starts_at, a.id) < (${params.add(cursor.k[0], "timestamptz")}, ${params.add(cursor.k[1], "bigint")})`;
      } else if (cursor) {
        throw errors.badInput("after", "Sidmarkören hör till en annan sortering.");
      }
    } else {
      const dir = orderBy!.direction === SortDirection.ASC ? "ASC" : "DESC";
      order = `${SORT_SQL[orderBy!.field]} ${dir} NULLS LAST, a.starts_at DESC, a.id DESC`;
      if (cursor && "o" in cursor) offset = cursor.o;
      else if (cursor) throw errors.badInput("after", "Sidmarkören hör till en annan sortering.");
    }
    const join = !keyset && orderBy!.field === ActivitySortField.PLACE ? "LEFT JOIN place p ON p.id = a.place_id" : "";
    const [rows, [{ count }]] = await Promise.all([
      this.dataSource.query(`SELECT ${ACTIVITY_COLUMNS} FROM activity a ${join} WHERE ${where} ORDER BY ${order} LIMIT ${size + 1} OFFSET ${offset}`, params.values) as Promise<
        Record<string, unknown>[]
      >,
      this.dataSource.query(countSql, countParams.values) as Promise<Array<{ count: number }>>,
    ]);
    const { page: pageRows, hasNextPage } = pageOf(rows, size);
    const page = pageRows.map(toActivity);
    await auditPlannedPoliceRead(this.audit, user, page, { filter: filter ?? null, after: after ?? null });
    // Each edge seals its cursor only when it is asked for (most readers ask for endCursor alone).
    return connection(page, hasNextPage, count, (node, i) => ({
      node,
      get cursor() {
        return encodeCursor(sealer, keyset ? { k: [node.startsAt.toISOString(), node.rowId] } : { o: offset + i + 1 });
      },
    }));
  }

  /** One activity by id, or null when it does not exist or the reader may not see it. */
  async get(user: AuthUser, id: string): Promise<Activity | null> {
    if (!isActivityId(id)) return null;
    const rows: Record<string, unknown>[] = await this.dataSource.query(`SELECT ${ACTIVITY_COLUMNS} FROM activity a WHERE a.public_id = $1::uuid AND ${visibilitySql(user)}`, [id]);
    if (!rows[0]) return null;
    const activity = toActivity(rows[0]);
    await auditPlannedPoliceRead(this.audit, user, [activity], { id });
    return activity;
  }

  /** The most recently deleted activities, for an administrator to restore (at most `limit`). */
  async listDeleted(limit = 200): Promise<Activity[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(`SELECT ${ACTIVITY_COLUMNS} FROM activity a WHERE a.deleted_at IS NOT NULL ORDER BY a.deleted_at DESC, a.id DESC LIMIT $1`, [
      limit,
    ]);
    return rows.map(toActivity);
  }
}
