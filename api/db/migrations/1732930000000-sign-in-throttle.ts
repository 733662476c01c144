import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Sign-in throttling in a table of its own, counted before the password is checked.
 *
 * One row per (user name, address) pair, per user name and per address, each with a window of
 * failures. `lk_sign_in_attempt` decides and counts an attempt in one statement: it locks the
 * address's row first (so the attempts from one address are decided one at a time), refuses when
 * the pair is blocked, when the address or the name has used up its window (a pair that signed in
 * before is exempt from those two), and otherwise counts the attempt as a failure up front — a
 * success gives it back. So of any burst only the allowed number reach the password check.
 * Rows carry `expires_at` and are deleted once it has passed.
 *
 * The account's own lock (`app_user.failed_logins`, `locked_until`) and the audit index it was
 * counted with go: anyone could lock anyone out with them.
 */
export class SignInThrottle1732930000000 implements MigrationInterface {
  name = "SignInThrottle1732930000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sign_in_throttle (
        scope text NOT NULL CHECK (scope IN ('pair', 'name', 'address')),
        name text NOT NULL,
        address text NOT NULL,
        failures integer NOT NULL DEFAULT 0,
        window_start timestamptz NOT NULL DEFAULT now(),
        blocked_until timestamptz,
        trusted_until timestamptz,
        expires_at timestamptz NOT NULL,
        CONSTRAINT pk_sign_in_throttle PRIMARY KEY (scope, name, address)
      );
      CREATE INDEX ix_sign_in_throttle_expires_at ON sign_in_throttle (expires_at);

      -- Decides one sign-in attempt and, when it may go on to the password check, counts it as a
      -- failure. refused_by: NULL (go on), 'pair', 'name' or 'address'; retry_after in seconds.
      CREATE FUNCTION lk_sign_in_attempt(
        p_name text, p_address text,
        p_pair_free integer, p_pair_first_block_s integer, p_pair_max_block_s integer, p_pair_window_s integer,
        p_name_limit integer, p_name_window_s integer,
        p_address_limit integer, p_address_window_s integer,
        OUT refused_by text, OUT retry_after integer)
      LANGUAGE plpgsql AS $$
      DECLARE
        addr sign_in_throttle;
        pair sign_in_throttle;
        pair_found boolean;
        addr_failures integer;
        pair_failures integer;
        trusted boolean;
        name_counted boolean;
        block_s integer;
      BEGIN
        -- Decided twice: first without a lock, so that a refusal (most of a flood) writes nothing and
        -- waits for no one; then under the address's row lock, held until the statement ends, so
        -- that the attempts from one address that may go on are decided and counted one at a time.
        FOR pass IN 1..2 LOOP
          IF pass = 1 THEN
            SELECT * INTO addr FROM sign_in_throttle WHERE scope = 'address' AND name = '' AND address = p_address;
          ELSE
            LOOP
              SELECT * INTO addr FROM sign_in_throttle WHERE scope = 'address' AND name = '' AND address = p_address FOR UPDATE;
              EXIT WHEN FOUND;
              INSERT INTO sign_in_throttle (scope, name, address, expires_at)
              VALUES ('address', '', p_address, now() + make_interval(secs => p_address_window_s))
              ON CONFLICT DO NOTHING;
            END LOOP;
          END IF;
          addr_failures := CASE WHEN addr.window_start + make_interval(secs => p_address_window_s) > now() THEN addr.failures ELSE 0 END;

          -- The pair's row needs no lock of its own: the address's lock already serialises it.
          SELECT * INTO pair FROM sign_in_throttle WHERE scope = 'pair' AND name = p_name AND address = p_address;
          pair_found := FOUND;
          IF pair_found AND pair.blocked_until > now() THEN
            refused_by := 'pair';
            retry_after := ceil(extract(epoch FROM pair.blocked_until - now()));
            RETURN;
          END IF;
          pair_failures := CASE WHEN pair_found AND pair.window_start + make_interval(secs => p_pair_window_s) > now() THEN pair.failures ELSE 0 END;
          trusted := pair_found AND pair.trusted_until > now();

          IF NOT trusted AND addr_failures >= p_address_limit THEN
            refused_by := 'address';
            retry_after := ceil(extract(epoch FROM addr.window_start + make_interval(secs => p_address_window_s) - now()));
            RETURN;
          END IF;

          -- The name's limit: read here first; decided for good by the upsert below.
          IF pass = 1 AND NOT trusted THEN
            SELECT CASE WHEN n.failures >= p_name_limit THEN ceil(extract(epoch FROM n.window_start + make_interval(secs => p_name_window_s) - now())) END
            INTO retry_after
            FROM sign_in_throttle n
            WHERE n.scope = 'name' AND n.name = p_name AND n.address = '' AND n.window_start + make_interval(secs => p_name_window_s) > now();
            IF retry_after IS NOT NULL THEN
              refused_by := 'name';
              RETURN;
            END IF;
          END IF;
        END LOOP;

        -- The name's count, decided and raised in one upsert (attempts from many addresses meet here).
        INSERT INTO sign_in_throttle AS t (scope, name, address, failures, expires_at)
        VALUES ('name', p_name, '', 1, now() + make_interval(secs => p_name_window_s))
        ON CONFLICT (scope, name, address) DO UPDATE SET
          failures = CASE WHEN t.window_start + make_interval(secs => p_name_window_s) > now() THEN t.failures + 1 ELSE 1 END,
          window_start = CASE WHEN t.window_start + make_interval(secs => p_name_window_s) > now() THEN t.window_start ELSE now() END,
          expires_at = CASE WHEN t.window_start + make_interval(secs => p_name_window_s) > now() THEN t.expires_at
                            ELSE now() + make_interval(secs => p_name_window_s) END
        WHERE trusted OR t.window_start + make_interval(secs => p_name_window_s) <= now() OR t.failures < p_name_limit
        RETURNING true INTO name_counted;
        IF name_counted IS NULL THEN
          refused_by := 'name';
          SELECT ceil(extract(epoch FROM window_start + make_interval(secs => p_name_window_s) - now())) INTO retry_after
          FROM sign_in_throttle WHERE scope = 'name' AND name = p_name AND address = '';
          RETURN;
        END IF;

        UPDATE sign_in_throttle SET
          failures = addr_failures + 1,
          window_start = CASE WHEN addr_failures = 0 THEN now() ELSE window_start END,
          expires_at = CASE WHEN addr_failures = 0 THEN now() + make_interval(secs => p_address_window_s) ELSE expires_at END
        WHERE scope = 'address' AND name = '' AND address = p_address;

        -- From the pair's p_pair_free-th failure on it waits, twice as long each time, up to the cap.
        pair_failures := pair_failures + 1;
        block_s := CASE WHEN pair_failures >= p_pair_free
                        THEN least(p_pair_max_block_s::numeric, p_pair_first_block_s * power(2::numeric, least(pair_failures - p_pair_free, 30)))::integer END;
        INSERT INTO sign_in_throttle AS t (scope, name, address, failures, window_start, blocked_until, expires_at)
        VALUES ('pair', p_name, p_address, pair_failures, now(), now() + make_interval(secs => block_s),
                greatest(now() + make_interval(secs => p_pair_window_s), now() + make_interval(secs => block_s)))
        ON CONFLICT (scope, name, address) DO UPDATE SET
          failures = pair_failures,
          window_start = CASE WHEN pair_failures = 1 THEN now() ELSE t.window_start END,
          blocked_until = now() + make_interval(secs => block_s),
          expires_at = greatest(CASE WHEN pair_failures = 1 THEN now() ELSE t.window_start END + make_interval(secs => p_pair_window_s),
                                now() + make_interval(secs => block_s), t.trusted_until);
      END
      $$;
    `);
    await q.query(`DROP INDEX IF EXISTS ix_audit_event_login_failed`);
    await q.query(`ALTER TABLE app_user DROP COLUMN failed_logins, DROP COLUMN locked_until`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN failed_logins integer NOT NULL DEFAULT 0, ADD COLUMN locked_until timestamptz`);
    await q.query(`CREATE INDEX ix_audit_event_login_failed ON audit_event (at) WHERE action = 'LOGIN_FAILED'`);
    await q.query(`
      DROP FUNCTION IF EXISTS lk_sign_in_attempt(text, text, integer, integer, integer, integer, integer, integer, integer, integer);
      DROP TABLE IF EXISTS sign_in_throttle;
    `);
  }
}
