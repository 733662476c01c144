import { MigrationInterface, QueryRunner } from "typeorm";

/** The whole first schema: enums, tables, indexes, the locating function and the append-only audit log. */
export class Initial1732400000000 implements MigrationInterface {
  name = "Initial1732400000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TYPE priority_area AS ENUM ('VIOLENCE', 'ALCOHOL_DRUGS', 'TRAFFIC', 'FLEXIBLE');
      CREATE TYPE activity_kind AS ENUM ('FOOT_PATROL', 'TRAFFIC_CHECK', 'VILLAGE_VISIT', 'SCHOOL_VISIT',
        'SCHOOL_INFORMATION', 'DRUG_DOG_SEARCH', 'PUB_VISIT', 'YOUTH_VISIT', 'RESIDENTIAL_PATROL',
        'TARGETED_OPERATION', 'JOINT_COMMUNICATION', 'CITIZEN_DIALOGUE');
      CREATE TYPE organisation AS ENUM ('POLICE', 'MUNICIPALITY', 'JOINT');
      CREATE TYPE activity_status AS ENUM ('PLANNED', 'DONE', 'CANCELLED');
      CREATE TYPE place_kind AS ENUM ('TOWN', 'VILLAGE', 'SCHOOL', 'VENUE');
      CREATE TYPE zone AS ENUM ('TOWN', 'VILLAGE', 'RURAL');
      CREATE TYPE user_role AS ENUM ('VIEWER', 'MUNICIPALITY', 'POLICE', 'ADMIN');
      CREATE TYPE school_level AS ENUM ('PRIMARY', 'LOWER_SECONDARY', 'UPPER_SECONDARY', 'ADULT');
      CREATE TYPE promise_measure AS ENUM ('COUNT_PER_YEAR', 'MONTHS_COVERED', 'SHARE_OUTSIDE_TOWN');

      CREATE TABLE municipality (
        id serial PRIMARY KEY,
        code varchar(4) NOT NULL,
        name varchar(100) NOT NULL,
        sami_name varchar(200),
        center_lat double precision NOT NULL,
        center_lng double precision NOT NULL,
        boundary jsonb,
        boundary_source varchar(500),
        boundary_imported_at timestamptz,
        CONSTRAINT uq_municipality_code UNIQUE (code)
      );

      CREATE TABLE place (
        id serial PRIMARY KEY,
        municipality_id integer NOT NULL REFERENCES municipality (id),
        name varchar(100) NOT NULL,
        sami_name varchar(200),
        kind place_kind NOT NULL,
        school_level school_level,
        lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
        lng double precision NOT NULL CHECK (lng BETWEEN -180 AND 180),
        radius_m integer NOT NULL CHECK (radius_m > 0),
        population integer CHECK (population >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_place_name UNIQUE (municipality_id, name)
      );
      CREATE INDEX ix_place_kind ON place (kind);

      CREATE TABLE app_user (
        id serial PRIMARY KEY,
        username varchar(60) NOT NULL,
        display_name varchar(120) NOT NULL,
        role user_role NOT NULL,
        password_hash varchar(200) NOT NULL,
        active boolean NOT NULL DEFAULT true,
        failed_logins integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX uq_app_user_username ON app_user (lower(username));

      CREATE TABLE user_session (
        id serial PRIMARY KEY,
        token_hash bytea NOT NULL,
        user_id integer NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ended_at timestamptz,
        CONSTRAINT uq_user_session_token UNIQUE (token_hash)
      );
      CREATE INDEX ix_user_session_user ON user_session (user_id);

      CREATE TABLE activity (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind activity_kind NOT NULL,
        organisation organisation NOT NULL,
        status activity_status NOT NULL,
        priority_areas priority_area[] NOT NULL CHECK (cardinality(priority_areas) > 0),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz,
        place_id integer REFERENCES place (id),
        place_picked boolean NOT NULL DEFAULT false,
        lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
        lng double precision NOT NULL CHECK (lng BETWEEN -180 AND 180),
        zone zone NOT NULL,
        title varchar(200),
        notes varchar(4000),
        vehicles_checked integer CHECK (vehicles_checked >= 0),
        breath_tests integer CHECK (breath_tests >= 0),
        suspected_drunk_driving integer CHECK (suspected_drunk_driving >= 0),
        suspected_drug_driving integer CHECK (suspected_drug_driving >= 0),
        people_reached integer CHECK (people_reached >= 0),
        findings varchar(2000),
        is_demo boolean NOT NULL DEFAULT false,
        created_by integer REFERENCES app_user (id),
        updated_by integer REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT ck_activity_ends_after_start CHECK (ends_at IS NULL OR ends_at >= starts_at)
      );
      CREATE INDEX ix_activity_starts_at ON activity (starts_at DESC, id DESC) WHERE deleted_at IS NULL;
      CREATE INDEX ix_activity_priority_areas ON activity USING gin (priority_areas) WHERE deleted_at IS NULL;
      CREATE INDEX ix_activity_kind_starts_at ON activity (kind, starts_at) WHERE deleted_at IS NULL;
      CREATE INDEX ix_activity_organisation_status ON activity (organisation, status) WHERE deleted_at IS NULL;
      CREATE INDEX ix_activity_zone_starts_at ON activity (zone, starts_at) WHERE deleted_at IS NULL;
      CREATE INDEX ix_activity_place_starts_at ON activity (place_id, starts_at) WHERE deleted_at IS NULL;
      CREATE INDEX ix_activity_lat_lng ON activity (lat, lng) WHERE deleted_at IS NULL;

      CREATE TABLE promise_period (
        id serial PRIMARY KEY,
        municipality_id integer NOT NULL REFERENCES municipality (id),
        name varchar(100) NOT NULL,
        start_year integer NOT NULL,
        end_year integer NOT NULL,
        CONSTRAINT ck_promise_period_years CHECK (end_year >= start_year),
        CONSTRAINT uq_promise_period_years UNIQUE (municipality_id, start_year)
      );

      CREATE TABLE promise (
        id serial PRIMARY KEY,
        period_id integer NOT NULL REFERENCES promise_period (id) ON DELETE CASCADE,
        number integer NOT NULL,
        title varchar(300) NOT NULL,
        description text NOT NULL,
        organisation organisation NOT NULL,
        priority_area priority_area NOT NULL,
        CONSTRAINT uq_promise_number UNIQUE (period_id, number)
      );

      CREATE TABLE promise_target (
        id serial PRIMARY KEY,
        promise_id integer NOT NULL REFERENCES promise (id) ON DELETE CASCADE,
        measure promise_measure NOT NULL,
        kinds activity_kind[] NOT NULL DEFAULT '{}',
        priority_areas priority_area[] NOT NULL DEFAULT '{}',
        place_kind place_kind,
        school_level school_level,
        target double precision,
        label varchar(200) NOT NULL,
        CONSTRAINT uq_promise_target UNIQUE NULLS NOT DISTINCT (promise_id, measure, school_level)
      );

      CREATE TABLE audit_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id integer REFERENCES app_user (id),
        actor_username varchar(60),
        action varchar(40) NOT NULL,
        entity varchar(40) NOT NULL,
        entity_id varchar(60),
        details jsonb NOT NULL DEFAULT '{}'
      );
      CREATE INDEX ix_audit_event_at ON audit_event (at DESC, id DESC);
      CREATE INDEX ix_audit_event_entity ON audit_event (entity, entity_id);

      -- The audit log is append-only: no UPDATE, DELETE or TRUNCATE gets through.
      CREATE FUNCTION lk_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only';
      END $$;
      CREATE TRIGGER tr_audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION lk_audit_append_only();
      CREATE TRIGGER tr_audit_event_no_truncate BEFORE TRUNCATE ON audit_event
        FOR EACH STATEMENT EXECUTE FUNCTION lk_audit_append_only();

      -- Great-circle distance in metres (haversine, mean earth radius).
      CREATE FUNCTION lk_distance_m(lat1 double precision, lng1 double precision,
                                    lat2 double precision, lng2 double precision)
      RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT 2 * 6371008.8 * asin(sqrt(
          power(sin(radians(lat2 - lat1) / 2), 2)
          + cos(radians(lat1)) * cos(radians(lat2)) * power(sin(radians(lng2 - lng1) / 2), 2)))
      $$;

      -- The town or village whose radius holds a point (the nearest when several do).
      CREATE FUNCTION lk_locate(p_lat double precision, p_lng double precision)
      RETURNS TABLE (place_id integer, zone zone) LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT p.id, CASE WHEN p.kind = 'TOWN' THEN 'TOWN'::zone ELSE 'VILLAGE'::zone END
        FROM place p
        WHERE p.kind IN ('TOWN', 'VILLAGE')
          AND abs(p.lat - p_lat) < p.radius_m / 111000.0 + 0.01
          AND lk_distance_m(p.lat, p.lng, p_lat, p_lng) <= p.radius_m
        ORDER BY lk_distance_m(p.lat, p.lng, p_lat, p_lng)
        LIMIT 1
      $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION IF EXISTS lk_locate(double precision, double precision);
      DROP FUNCTION IF EXISTS lk_distance_m(double precision, double precision, double precision, double precision);
      DROP TABLE IF EXISTS audit_event, promise_target, promise, promise_period, activity, user_session, app_user, place, municipality;
      DROP FUNCTION IF EXISTS lk_audit_append_only();
      DROP TYPE IF EXISTS promise_measure, school_level, user_role, zone, place_kind, activity_status, organisation, activity_kind, priority_area;
    `);
  }
}
