import { randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import { WRITE_COLUMNS, type ActivityColumn, type WrittenProperty } from "../api/activities/activity-columns";
import { withActivityBulkLoad } from "../api/db/bulk-load";
import { ActivityKind, Organisation, PriorityArea, SchoolLevel } from "../api/common/enums";
import { DemoMap, Dice, Generator, loadDemoPlaces, stockholmDate, type DemoActivityRow, type DemoPlace, type Draft, type LocalDate } from "./demo-activities";

/** How often each kind occurs in the synthetic mix (relative weights, roughly as in 2022–2025). */
export const SYNTHETIC_KIND_WEIGHTS: Readonly<Record<ActivityKind, number>> = {
  [ActivityKind.TRAFFIC_CHECK]: 26,
  [ActivityKind.FOOT_PATROL]: 18,
  [ActivityKind.VILLAGE_VISIT]: 10,
  [ActivityKind.PUB_VISIT]: 8,
  [ActivityKind.YOUTH_VISIT]: 8,
  [ActivityKind.SCHOOL_VISIT]: 6,
  [ActivityKind.RESIDENTIAL_PATROL]: 6,
  [ActivityKind.CITIZEN_DIALOGUE]: 5,
  [ActivityKind.TARGETED_OPERATION]: 4,
  [ActivityKind.JOINT_COMMUNICATION]: 4,
  [ActivityKind.SCHOOL_INFORMATION]: 3,
  [ActivityKind.DRUG_DOG_SEARCH]: 2,
};

/** Share of past activities that were cancelled. */
const CANCELLED_SHARE = 0.04;
/** Days after `now` that still get (planned) activities. */
const PLANNED_DAYS_AHEAD = 42;
/** Rows per INSERT statement. */
const DEFAULT_BATCH_SIZE = 25_000;
/** A load of at least this many rows, and at least as many as the table holds, sets indexes aside. */
const BULK_MIN_ROWS = 100_000;

/** What `seedSynthetic` is asked to do. */
export interface SyntheticOptions {
  /** The end of the ten years; planned activities follow it. Defaults to the current time. */
  now?: Date;
  /** How many years back from `now` the activities spread (default 10). */
  years?: number;
  /** Seed of the random stream (the same seed, count and `now` give the same rows). */
  seed?: number;
  /** Rows per INSERT (default 25,000). */
  batchSize?: number;
  /** Sessions that insert batches at once (default 2, one per core of a small server). */
  connections?: number;
  /**
   * Set activity's secondary indexes and foreign keys aside while loading and put them back after
   * (`withActivityBulkLoad`). Default: for a load of at least 100,000 rows that at least doubles
   * the table. The rate counts the time to put them back.
   */
  bulk?: boolean;
  /** Receives a progress line now and then. */
  log?: (line: string) => void;
}

/** What `seedSynthetic` did, and how fast. */
export interface SyntheticResult {
  inserted: number;
  /** Wall time from the first generated row to the last commit. */
  ms: number;
  rowsPerSecond: number;
}

/** The kinds, for weighted draws. */
const KINDS = Object.keys(SYNTHETIC_KIND_WEIGHTS) as ActivityKind[];

/** One draft of `kind` from the demo generator's builders, with its place drawn at random. */
function draftOf(g: Generator, kind: ActivityKind): Draft {
  const { dice, map } = g;
  const village = (): DemoPlace => g.roadsideVillage();
  const townOrVillage = (townShare: number): DemoPlace | null => (dice.chance(townShare) ? null : village());
  switch (kind) {
    case ActivityKind.TRAFFIC_CHECK:
      return g.trafficCheck(dice.weighted(["town", "village", "rural"] as const, (z) => ({ town: 35, village: 25, rural: 40 })[z]));
    case ActivityKind.FOOT_PATROL:
      return g.footPatrol(townOrVillage(0.7));
    case ActivityKind.VILLAGE_VISIT:
      return g.villageVisit(dice.pick(map.villages));
    case ActivityKind.PUB_VISIT:
      return g.pubVisit(dice.chance(0.75) ? Organisation.POLICE : Organisation.JOINT);
    case ActivityKind.YOUTH_VISIT:
      return g.youthVisit(dice.chance(0.5) ? Organisation.MUNICIPALITY : Organisation.POLICE, townOrVillage(0.6));
    case ActivityKind.SCHOOL_VISIT:
      return g.schoolVisit(dice.pick([SchoolLevel.PRIMARY, SchoolLevel.LOWER_SECONDARY, SchoolLevel.UPPER_SECONDARY]), dice.chance(0.5) ? Organisation.POLICE : Organisation.MUNICIPALITY);
    case ActivityKind.RESIDENTIAL_PATROL:
      return g.residentialPatrol();
    case ActivityKind.CITIZEN_DIALOGUE:
      return g.citizenDialogue(dice.chance(0.6) ? Organisation.MUNICIPALITY : Organisation.JOINT, townOrVillage(0.5));
    case ActivityKind.TARGETED_OPERATION:
      return g.targetedOperation();
    case ActivityKind.JOINT_COMMUNICATION: {
      const spot = dice.chance(0.7) ? g.town(0.2) : g.inVillage(village());
      const area = dice.pick([PriorityArea.VIOLENCE, PriorityArea.ALCOHOL_DRUGS, PriorityArea.TRAFFIC, PriorityArea.FLEXIBLE]);
      return g.jointCommunication(`Gemensam information ${spot.where}`, [area], spot, [20, 400]);
    }
    case ActivityKind.SCHOOL_INFORMATION:
      return g.schoolInformation(dice.chance(0.5) ? SchoolLevel.LOWER_SECONDARY : SchoolLevel.UPPER_SECONDARY);
    case ActivityKind.DRUG_DOG_SEARCH:
      return g.drugDogSearch();
  }
}

/** A winter day (Stockholm is UTC+1) on which drafts are scheduled to learn their local start time. */
const DRAFT_DAY: LocalDate = { year: 2001, month: 1, day: 15 };
const DRAFT_MIDNIGHT_MS = Date.UTC(2001, 0, 15) - 3_600_000;

/**
 * `count` drafts from the demo generator in the weighted kind mix: what, who, which areas, where
 * (a point in the town, a village, on a main road or at a school), title, notes and outcome, and
 * the local start time and length its kind suits. Activities are drawn from these.
 */
export function syntheticDrafts(places: readonly DemoPlace[], count: number, seed = 0x5e7d): DemoActivityRow[] {
  const g = new Generator(new DemoMap(places), new Dice(seed));
  for (let i = 0; i < count; i += 1)
    g.on(
      draftOf(
        g,
        g.dice.weighted(KINDS, (k) => SYNTHETIC_KIND_WEIGHTS[k]),
      ),
      DRAFT_DAY,
    );
  return g.rows;
}

/** Drafts per synthetic activity: each draft is drawn about 50 times, each time moved a little. */
function draftCount(count: number): number {
  return Math.min(20_000, Math.max(200, Math.ceil(count / 50)));
}

/** How far (metres, each axis) a drawn activity may lie from its draft's point. */
const JITTER_M = 150;

/** The written columns drawn for each activity rather than kept from its draft. */
const DRAWN: ReadonlySet<WrittenProperty> = new Set(["status", "startsAt", "endsAt"]);
/** The written columns an activity keeps from its draft only when it is done (what was recorded afterwards). */
const DONE_ONLY: ReadonlySet<WrittenProperty> = new Set(["notes", "vehiclesChecked", "breathTests", "suspectedDrunkDriving", "suspectedDrugDriving", "peopleReached", "findings"]);

/** The written columns a draft carries, from the one activity column map. */
const CARRIED = WRITE_COLUMNS.filter((c) => !DRAWN.has(c.property as WrittenProperty));

/** A carried column as `unnest` takes it (arrays of arrays do not survive it: the areas travel as comma-joined text). */
const arrayType = (c: ActivityColumn) => (c.property === "priorityAreas" ? "text[]" : `${c.cast ?? "text"}[]`);
/** A carried column as the draft table keeps it. */
function kept(c: ActivityColumn): string {
  const value = c.property === "priorityAreas" ? `string_to_array(t.${c.column}, ',')::priority_area[]` : `t.${c.column}`;
  return DONE_ONLY.has(c.property as WrittenProperty) ? `CASE WHEN f.done THEN ${value} END` : value;
}

/** The place and zone `lk_locate` gives each of a run of drafts' points, in their order (as for any activity). */
const LOCATE_SQL = `SELECT l.place_id, COALESCE(l.zone, 'RURAL') AS zone
   FROM unnest($1::float8[], $2::float8[]) WITH ORDINALITY AS t (lat, lng, n)
   LEFT JOIN LATERAL lk_locate(t.lat, t.lng) l ON true ORDER BY t.n`;

/**
 * The drafts of one load, with the place and zone located for each, in a temporary table of the
 * session: each draft twice, keyed by `k` = its number × 2 + 1 as done and × 2 as not done (planned
 * or cancelled, without what only done work records), so that a batch's rows pick their form by
 * the key instead of a CASE per column and row.
 */
const CREATE_DRAFTS_SQL = `CREATE TEMPORARY TABLE synthetic_draft AS
   SELECT (t.n - 1)::int * 2 + f.done::int AS k, ${CARRIED.map((c) => `${kept(c)} AS ${c.column}`).join(", ")},
          CASE WHEN t.place_picked THEN t.place_id ELSE t.located_place_id END AS place_id, t.place_picked, t.located_zone::zone AS zone,
          (CASE WHEN t.place_picked THEN 0 ELSE ${JITTER_M} / 111320.0 END)::float8 AS jitter_lat,
          (CASE WHEN t.place_picked THEN 0 ELSE ${JITTER_M} / (111320.0 * cos(radians(t.lat))) END)::float8 AS jitter_lng,
          make_interval(mins => t.tod) AS tod, make_interval(mins => t.minutes) AS duration
   FROM (VALUES (false), (true)) AS f (done), unnest(${[...CARRIED.map(arrayType), "int[]", "boolean[]", "int[]", "int[]", "int[]", "text[]"].map((type, i) => `$${i + 1}::${type}`).join(", ")})
          WITH ORDINALITY AS t (${CARRIED.map((c) => c.column).join(", ")}, place_id, place_picked, tod, minutes, located_place_id, located_zone, n)`;

/** How a batch fills each written column of an activity from its draft `d`, its draws `h` and its start `s`. */
function drawnValue(property: WrittenProperty, column: string): string {
  switch (property) {
    case "status":
      return "h.status";
    case "startsAt":
      return "s.starts_at";
    case "endsAt":
      return "s.starts_at + d.duration";
    case "lat":
      return "d.lat + h.dy * d.jitter_lat";
    case "lng":
      return "d.lng + h.dx * d.jitter_lng";
    default:
      return `d.${column}`;
  }
}

/** The written columns as the API writes them, then the place and zone `lk_locate` gave the draft. */
const INSERTED = [
  ...WRITE_COLUMNS.map((c) => ({ column: c.column, value: drawnValue(c.property as WrittenProperty, c.column) })),
  { column: "place_id", value: "d.place_id" },
  { column: "place_picked", value: "d.place_picked" },
  { column: "zone", value: "d.zone" },
  { column: "is_demo", value: "true" },
  { column: "public_id", value: "h.public_id" },
];

/** Whether a past row (with draws `r`) was cancelled. */
const CANCELLED = `((r.a >> 20) & 1048575) < ${Math.round(CANCELLED_SHARE * 1048576)}`;

/**
 * One batch: rows $2…$3 of $8, each drawing from hashes of (row, seed $6) a draft, a time (stratified
 * over $4 days from $1, planned from day $5 on), a status and a small move of the position, and its
 * public id from the load's secret key $9.
 */
const INSERT_BATCH_SQL = `INSERT INTO activity (${INSERTED.map((c) => c.column).join(", ")})
   SELECT ${INSERTED.map((c) => c.value).join(", ")}
   FROM (
     SELECT ((r.a & 1048575) % $7) * 2 + (r.t < $5 AND NOT ${CANCELLED})::int AS draft, r.t,
            overlay(overlay(r.m PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid AS public_id,
            least($4 - 1, floor(r.t))::int AS day,
            (CASE WHEN r.t >= $5 THEN 'PLANNED' WHEN ${CANCELLED} THEN 'CANCELLED' ELSE 'DONE' END)::activity_status AS status,
            (r.b & 1048575) / 524288.0::float8 - 1 AS dx, ((r.b >> 20) & 1048575) / 524288.0::float8 - 1 AS dy
     FROM (
       SELECT hashint8extended(i, $6) AS a, hashint8extended(i, $6 + 1) AS b, md5($9 || i) AS m,
              (i + ((hashint8extended(i, $6) >> 40) & 1048575) / 1048576.0::float8) * $4 / $8 AS t
       FROM generate_series($2::bigint, $3::bigint) i
     ) r
   ) h
   JOIN synthetic_draft d ON d.k = h.draft
   CROSS JOIN LATERAL (SELECT ((($1::date + h.day) + d.tod) AT TIME ZONE 'Europe/Stockholm') AS starts_at) s`;

/** The drafts as the column arrays `CREATE_DRAFTS_SQL` takes: the carried columns, the place, the local start time and the length. */
function draftColumns(drafts: readonly DemoActivityRow[]): unknown[][] {
  return [
    ...CARRIED.map((c) => drafts.map((r) => (c.property === "priorityAreas" ? r.priorityAreas.join(",") : r[c.property as keyof DemoActivityRow]))),
    drafts.map((r) => r.placeId),
    drafts.map((r) => r.placePicked),
    drafts.map((r) => Math.round((r.startsAt.getTime() - DRAFT_MIDNIGHT_MS) / 60_000)),
    drafts.map((r) => Math.round((r.endsAt!.getTime() - r.startsAt.getTime()) / 60_000)),
  ];
}

/** How many activities the table holds (all of them: a bulk load pays for every row's indexes). */
async function liveRows(dataSource: DataSource): Promise<number> {
  const [{ n }]: Array<{ n: number }> = await dataSource.query(`SELECT count(*)::int AS n FROM activity`);
  return n;
}

/**
 * Adds `count` synthetic activities (marked as demo data) to a database that holds Jokkmokk's
 * places. Bulk path: the drafts go to a temporary table in one multi-row INSERT of column arrays,
 * where `lk_locate` gives each its place and zone as for any activity; then each batch of activities
 * is one `INSERT … SELECT` in which PostgreSQL draws, for row i, a draft, a day (spread evenly over
 * the `years` before `now`, in time order as real records arrive, plus six weeks of planned ones), a
 * status and a position at most 150 m from the draft's. Town and village drafts lie well inside
 * their radius and road drafts at least 1 km outside every radius, so the moved point keeps the
 * draft's place and zone (the tests check it against `lk_locate`). Batches go over `connections`
 * sessions at once (default 2), since one session keeps only one core busy. A large load sets the
 * table's secondary indexes and foreign keys aside meanwhile (see `bulk`).
 */
export async function seedSynthetic(dataSource: DataSource, count: number, options: SyntheticOptions = {}): Promise<SyntheticResult> {
  if (!Number.isInteger(count) || count < 0) throw new Error(`The number of synthetic activities must be a whole number ≥ 0, not ${count}.`);
  const log = options.log ?? (() => {});
  const now = options.now ?? new Date();
  const seed = options.seed ?? 0x5e7d;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const today = stockholmDate(now);
  const first: LocalDate = { ...today, year: today.year - (options.years ?? 10) };
  const todayIndex = Math.round((Date.UTC(today.year, today.month - 1, today.day) - Date.UTC(first.year, first.month - 1, first.day)) / 86_400_000);
  const totalDays = todayIndex + PLANNED_DAYS_AHEAD;
  const firstDay = `${first.year}-${String(first.month).padStart(2, "0")}-${String(first.day).padStart(2, "0")}`;

  const started = process.hrtime.bigint();
  const drafts = syntheticDrafts(await loadDemoPlaces(dataSource), draftCount(count), seed);
  const columns = draftColumns(drafts);
  // Public ids: the md5 of a random key of this load and the row's number, in UUID version 4's form.
  // As unguessable as gen_random_uuid() without the key (which is never stored), at a third of its
  // cost per row here.
  const idKey = randomBytes(16).toString("hex");
  const batches: Array<[number, number]> = [];
  for (let from = 0; from < count; from += batchSize) batches.push([from, Math.min(count, from + batchSize) - 1]);
  let inserted = 0;
  let next = 0;
  const sessions = Math.max(1, Math.min(options.connections ?? 2, batches.length));
  const insertAll = async (): Promise<void> => {
    const runners = Array.from({ length: sessions }, () => dataSource.createQueryRunner());
    try {
      // Locating is the costly part of the drafts: each session locates its share, and all keep the whole.
      const share = Math.ceil(drafts.length / sessions);
      const parts: Array<Array<{ place_id: number | null; zone: string }>> = await Promise.all(
        runners.map((runner, k) => {
          const part = drafts.slice(k * share, (k + 1) * share);
          return runner.query(LOCATE_SQL, [part.map((d) => d.lat), part.map((d) => d.lng)]);
        }),
      );
      const located = parts.flat();
      const draftTable = [...columns, located.map((l) => l.place_id), located.map((l) => l.zone)];
      await Promise.all(
        runners.map(async (runner) => {
          await runner.query(`DROP TABLE IF EXISTS pg_temp.synthetic_draft`);
          await runner.query(CREATE_DRAFTS_SQL, draftTable);
          await runner.query(`ANALYZE synthetic_draft`);
          // Sessions take the batches in order, so the table fills roughly in time order.
          for (let b = next++; b < batches.length; b = next++) {
            const [from, to] = batches[b];
            const result: { affected?: number } = await runner.query(INSERT_BATCH_SQL, [firstDay, from, to, totalDays, todayIndex, seed, drafts.length, count, idKey], true);
            const before = inserted;
            inserted += result.affected ?? 0;
            if (Math.floor(inserted / 200_000) > Math.floor(before / 200_000)) log(`Synthetic activities: ${inserted} of ${count}`);
          }
          await runner.query(`DROP TABLE IF EXISTS pg_temp.synthetic_draft`);
        }),
      );
    } finally {
      await Promise.all(runners.map((runner) => runner.release()));
    }
  };
  const bulk = options.bulk ?? (count >= BULK_MIN_ROWS && count >= (await liveRows(dataSource)));
  if (bulk) await withActivityBulkLoad(dataSource, insertAll, log);
  else await insertAll();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { inserted, ms, rowsPerSecond: ms > 0 ? Math.round((inserted / ms) * 1000) : 0 };
}
