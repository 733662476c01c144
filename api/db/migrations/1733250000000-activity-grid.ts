import { MigrationInterface, QueryRunner } from "typeorm";

/** Fine cells across the world in each direction (2^14: 64-pixel cells at zoom 12, about 1 km in Jokkmokk). */
const GRID_CELLS = 16384;

/**
 * The grid key of an activity row `r`: its local (Europe/Stockholm) year, its fine cell and every
 * column a filter or the visibility rule tests (no place is 0, as ids start at 1). Written once
 * here for both the trigger and the rebuild, so a row lands in the same grid row either way.
 */
const KEY = `extract(year FROM r.starts_at AT TIME ZONE 'Europe/Stockholm')::smallint,
  floor(lk_mercator_x(r.lng) * ${GRID_CELLS})::int, floor(lk_mercator_y(r.lat) * ${GRID_CELLS})::int,
  r.kind, r.organisation, r.status, r.zone, coalesce(r.place_id, 0), r.priority_areas`;
const KEY_COLUMNS = "year, cx, cy, kind, organisation, status, zone, place_id, priority_areas";
const GROUP = "1, 2, 3, 4, 5, 6, 7, 8, 9";
/** Positions are summed as whole units of 1e-10 degree (about 10 µm): integers add and subtract exactly, and fast. */
const lat = (r: string) => `(${r}.lat * 1e10::float8)::bigint`;
const lng = (r: string) => `(${r}.lng * 1e10::float8)::bigint`;

/** The grouped change of one statement: +1 for each live row it leaves, −1 for each live row it replaces. */
const delta = (sources: Array<{ table: string; sign: 1 | -1 }>, returning = true) => `
  INSERT INTO activity_grid AS g (${KEY_COLUMNS}, n, sum_lat_e10, sum_lng_e10, sum_id)
  SELECT ${KEY}, sum(r.sign)::int, sum(r.sign * ${lat("r")}), sum(r.sign * ${lng("r")}), sum(r.sign * r.id)::bigint
  FROM (${sources.map((s) => `SELECT ${s.sign} AS sign, x.* FROM ${s.table} x WHERE x.deleted_at IS NULL`).join(" UNION ALL ")}) r
  GROUP BY ${GROUP}
  HAVING sum(r.sign) <> 0 OR sum(r.sign * ${lat("r")}) <> 0 OR sum(r.sign * ${lng("r")}) <> 0 OR sum(r.sign * r.id) <> 0
  ORDER BY ${GROUP}
  ON CONFLICT ON CONSTRAINT pk_activity_grid DO UPDATE
    SET n = g.n + excluded.n, sum_lat_e10 = g.sum_lat_e10 + excluded.sum_lat_e10, sum_lng_e10 = g.sum_lng_e10 + excluded.sum_lng_e10, sum_id = g.sum_id + excluded.sum_id
  ${returning ? "RETURNING g.*" : ""}`;

/**
 * The pre-aggregated map grid: per local year, fine Web Mercator cell, kind, organisation, status,
 * zone, place and set of priority areas, the number of live (not deleted) activities and the sums
 * of their latitudes, longitudes (in whole 1e-10 degrees) and ids. Sums, so that a delete or an
 * edit subtracts; of integers, so that subtracting leaves no rounding behind (the grid always
 * equals a rebuild from the rows); a cell of one gives its activity's id back. Organisation and status are part of the key, so the
 * work the visibility rule hides from some roles (planned and cancelled police work) is always
 * its own slice, never mixed into a count others may read.
 *
 * Kept in the transaction of every write by statement-level triggers with transition tables: one
 * grouped upsert per statement, whatever its number of rows (soft deletes and restores count as
 * leaving and entering, as `deleted_at IS NULL` does in every read). A bulk load turns the triggers
 * off and rebuilds the grid at the end (`lk_activity_grid_rebuild`), as it does with the indexes.
 * `lk_mercator_x` / `lk_mercator_y` are the one Web Mercator formula the grid and the clusters share.
 */
export class ActivityGrid1733250000000 implements MigrationInterface {
  name = "ActivityGrid1733250000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION lk_mercator_x(lng double precision) RETURNS double precision
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT (lng + 180) / 360 $$;
      CREATE FUNCTION lk_mercator_y(lat double precision) RETURNS double precision
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT (1 - asinh(tan(radians(greatest(-85.0511287798, least(85.0511287798, lat))))) / pi()) / 2 $$;

      CREATE TABLE activity_grid (
        year smallint NOT NULL,
        cx integer NOT NULL,
        cy integer NOT NULL,
        kind activity_kind NOT NULL,
        organisation organisation NOT NULL,
        status activity_status NOT NULL,
        zone zone NOT NULL,
        place_id integer NOT NULL,
        priority_areas priority_area[] NOT NULL,
        n integer NOT NULL,
        sum_lat_e10 numeric NOT NULL,
        sum_lng_e10 numeric NOT NULL,
        sum_id bigint NOT NULL,
        CONSTRAINT pk_activity_grid PRIMARY KEY (${KEY_COLUMNS})
      );

      CREATE FUNCTION lk_activity_grid_upkeep() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE
        emptied activity_grid[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${delta([{ table: "new_rows", sign: 1 }], false)};
        ELSIF TG_OP = 'UPDATE' THEN
          WITH up AS (${delta([
            { table: "new_rows", sign: 1 },
            { table: "old_rows", sign: -1 },
          ])})
          SELECT array_agg(ROW(up.*)::activity_grid) INTO emptied FROM up WHERE up.n = 0;
        ELSE
          WITH up AS (${delta([{ table: "old_rows", sign: -1 }])})
          SELECT array_agg(ROW(up.*)::activity_grid) INTO emptied FROM up WHERE up.n = 0;
        END IF;
        -- A grid row whose last activity left holds nothing (its sums are exactly zero): drop it.
        IF emptied IS NOT NULL THEN
          DELETE FROM activity_grid g USING unnest(emptied) e
          WHERE (g.year, g.cx, g.cy, g.kind, g.organisation, g.status, g.zone, g.place_id, g.priority_areas)
              = (e.year, e.cx, e.cy, e.kind, e.organisation, e.status, e.zone, e.place_id, e.priority_areas);
        END IF;
        RETURN NULL;
      END
      $fn$;

      CREATE FUNCTION lk_activity_grid_truncate() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        TRUNCATE activity_grid;
        RETURN NULL;
      END
      $fn$;

      -- Enough memory to group in one hash table rather than sort every row to disk.
      CREATE FUNCTION lk_activity_grid_rebuild() RETURNS void LANGUAGE sql SET work_mem = '256MB' AS $fn$
        TRUNCATE activity_grid;
        INSERT INTO activity_grid (${KEY_COLUMNS}, n, sum_lat_e10, sum_lng_e10, sum_id)
        SELECT ${KEY}, count(*), sum(${lat("r")}), sum(${lng("r")}), sum(r.id)
        FROM activity r WHERE r.deleted_at IS NULL
        GROUP BY ${GROUP};
      $fn$;

      CREATE TRIGGER tr_activity_grid_insert AFTER INSERT ON activity REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION lk_activity_grid_upkeep();
      CREATE TRIGGER tr_activity_grid_update AFTER UPDATE ON activity REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION lk_activity_grid_upkeep();
      CREATE TRIGGER tr_activity_grid_delete AFTER DELETE ON activity REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION lk_activity_grid_upkeep();
      CREATE TRIGGER tr_activity_grid_truncate AFTER TRUNCATE ON activity
        FOR EACH STATEMENT EXECUTE FUNCTION lk_activity_grid_truncate();

      -- A bulk load lists the grid among what it sets aside (its triggers off, rebuilt at the end).
      ALTER TABLE activity_set_aside DROP CONSTRAINT activity_set_aside_kind_check;
      ALTER TABLE activity_set_aside ADD CONSTRAINT activity_set_aside_kind_check CHECK (kind IN ('INDEX', 'FOREIGN_KEY', 'GRID'));

      SELECT lk_activity_grid_rebuild();
      ANALYZE activity_grid;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM activity_set_aside WHERE kind = 'GRID';
      ALTER TABLE activity_set_aside DROP CONSTRAINT activity_set_aside_kind_check;
      ALTER TABLE activity_set_aside ADD CONSTRAINT activity_set_aside_kind_check CHECK (kind IN ('INDEX', 'FOREIGN_KEY'));
      DROP TRIGGER IF EXISTS tr_activity_grid_insert ON activity;
      DROP TRIGGER IF EXISTS tr_activity_grid_update ON activity;
      DROP TRIGGER IF EXISTS tr_activity_grid_delete ON activity;
      DROP TRIGGER IF EXISTS tr_activity_grid_truncate ON activity;
      DROP FUNCTION IF EXISTS lk_activity_grid_rebuild();
      DROP FUNCTION IF EXISTS lk_activity_grid_truncate();
      DROP FUNCTION IF EXISTS lk_activity_grid_upkeep();
      DROP TABLE IF EXISTS activity_grid;
      DROP FUNCTION IF EXISTS lk_mercator_y(double precision);
      DROP FUNCTION IF EXISTS lk_mercator_x(double precision);
    `);
  }
}
