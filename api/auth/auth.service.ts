import { createHash, randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import type { AuditService } from "../audit/audit.service";
import type { AuthUser } from "../common/context.type";
import { errors } from "../common/errors";
import type { Role } from "../common/enums";
import { hashPassword, verifyPassword } from "./password";

/** Session lifetimes: idle and absolute. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 8 * 60 * 60 * 1000;
/** How often `last_seen_at` is written at most (saves a write on every request). */
const TOUCH_EVERY_MS = 60 * 1000;

/** Failed sign-ins within this window count towards the lock. */
export const LOCK_WINDOW_MS = 15 * 60 * 1000;
/** Failed sign-ins within the window that lock the account. */
export const LOCK_THRESHOLD = 5;
/** Failed sign-ins from one address within the window after which that address is refused. */
export const ADDRESS_THRESHOLD = 20;

/** A verified session: who, and which session row. */
export interface ResolvedSession {
  user: AuthUser;
  sessionId: number;
}

/** SHA-256 of a session token: only the hash is stored. */
function tokenHash(token: string): Buffer {
  return createHash("sha256").update(token).digest();
}

/** Hashed once at start so an unknown username costs as much as a wrong password. */
let dummyHash: Promise<string> | undefined;

/** Sign-in, sessions in PostgreSQL, sign-out. */
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Checks the credentials and starts a session. Returns the user and the raw token for the cookie.
   * Five failures within 15 minutes lock the account with a delay that grows with each further failure.
   */
  async login(username: string, password: string, meta: { ip: string | null }): Promise<{ user: AuthUser; token: string }> {
    if (meta.ip) {
      // Per address, on top of the per-account lock: many accounts tried from one place.
      const [{ failures }]: Array<{ failures: number }> = await this.dataSource.query(
        `SELECT count(*)::int AS failures FROM audit_event
         WHERE action = 'LOGIN_FAILED' AND at >= now() - $2 * interval '1 millisecond' AND details->>'ip' = $1`,
        [meta.ip, LOCK_WINDOW_MS],
      );
      if (failures >= ADDRESS_THRESHOLD) {
        throw errors.rateLimited("För många misslyckade inloggningar från din adress. Vänta en stund och försök igen.", LOCK_WINDOW_MS / 1000);
      }
    }
    const rows: Array<AuthUser & { passwordHash: string; active: boolean; failedLogins: number; lockedUntil: Date | null }> =
      await this.dataSource.query(
        `SELECT id, username, display_name AS "displayName", role, password_hash AS "passwordHash", active,
                failed_logins AS "failedLogins", locked_until AS "lockedUntil"
         FROM app_user WHERE lower(username) = lower($1)`,
        [username],
      );
    const row = rows[0];
    if (!row) {
      dummyHash ??= hashPassword("not-a-real-password");
      await verifyPassword(await dummyHash, password);
      await this.audit.record(null, "LOGIN_FAILED", "user", null, { username: username.slice(0, 60), ip: meta.ip, reason: "unknown user" });
      throw badCredentials();
    }
    if (row.lockedUntil && row.lockedUntil.getTime() > Date.now()) {
      const seconds = Math.ceil((row.lockedUntil.getTime() - Date.now()) / 1000);
      await this.audit.record({ id: row.id, username: row.username }, "LOGIN_FAILED", "user", row.id, { ip: meta.ip, reason: "locked" });
      throw errors.rateLimited(`Kontot är tillfälligt låst efter för många misslyckade inloggningar. Försök igen om ${seconds} sekunder.`, seconds);
    }
    const ok = row.active && (await verifyPassword(row.passwordHash, password));
    if (!ok) {
      await this.registerFailure(row.id, row.username, meta.ip, row.active ? "wrong password" : "inactive");
      throw badCredentials();
    }
    const token = randomBytes(32).toString("base64url");
    await this.dataSource.transaction(async (m) => {
      await m.query(`UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = $1`, [row.id]);
      await m.query(`INSERT INTO user_session (token_hash, user_id, expires_at) VALUES ($1, $2, now() + $3 * interval '1 millisecond')`, [
        tokenHash(token),
        row.id,
        SESSION_ABSOLUTE_MS,
      ]);
      await this.audit.record({ id: row.id, username: row.username }, "LOGIN", "user", row.id, { ip: meta.ip }, m);
    });
    return { user: { id: row.id, username: row.username, displayName: row.displayName, role: row.role as Role }, token };
  }

  /** Counts a failed sign-in and locks the account once the threshold is reached within the window. */
  private async registerFailure(userId: number, username: string, ip: string | null, reason: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const windowStart = new Date(Date.now() - LOCK_WINDOW_MS);
      const [{ failures }]: Array<{ failures: number }> = await m.query(
        `SELECT count(*)::int AS failures FROM audit_event
         WHERE action = 'LOGIN_FAILED' AND entity = 'user' AND entity_id = $1 AND at >= $2`,
        [String(userId), windowStart],
      );
      const total = failures + 1;
      // From the fifth failure on: locked 1, 2, 4, 8 … minutes (at most an hour).
      const lockMinutes = total >= LOCK_THRESHOLD ? Math.min(60, 2 ** (total - LOCK_THRESHOLD)) : 0;
      await m.query(
        `UPDATE app_user SET failed_logins = $2,
           locked_until = CASE WHEN $3::int > 0 THEN now() + $3::int * interval '1 minute' ELSE locked_until END
         WHERE id = $1`,
        [userId, total, lockMinutes],
      );
      await this.audit.record({ id: userId, username }, "LOGIN_FAILED", "user", userId, { ip, reason }, m);
    });
  }

  /** Finds the live session behind a cookie token and refreshes its idle clock. */
  async resolveSession(token: string | undefined): Promise<ResolvedSession | null> {
    if (!token || token.length > 100) return null;
    const rows: Array<AuthUser & { sessionId: number; lastSeenAt: Date }> = await this.dataSource.query(
      `SELECT s.id AS "sessionId", s.last_seen_at AS "lastSeenAt",
              u.id, u.username, u.display_name AS "displayName", u.role
       FROM user_session s JOIN app_user u ON u.id = s.user_id
       WHERE s.token_hash = $1 AND s.ended_at IS NULL AND s.expires_at > now()
         AND s.last_seen_at > now() - $2 * interval '1 millisecond' AND u.active`,
      [tokenHash(token), SESSION_IDLE_MS],
    );
    const row = rows[0];
    if (!row) return null;
    if (Date.now() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await this.dataSource.query(`UPDATE user_session SET last_seen_at = now() WHERE id = $1`, [row.sessionId]);
    }
    return { sessionId: row.sessionId, user: { id: row.id, username: row.username, displayName: row.displayName, role: row.role } };
  }

  /** Ends a session (sign-out). */
  async logout(sessionId: number, user: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await m.query(`UPDATE user_session SET ended_at = now() WHERE id = $1 AND ended_at IS NULL`, [sessionId]);
      await this.audit.record({ id: user.id, username: user.username }, "LOGOUT", "user", user.id, {}, m);
    });
  }
}

/** The one message for every wrong username or password, so neither is revealed. */
function badCredentials() {
  return errors.unauthenticatedWith("Fel användarnamn eller lösenord.");
}
