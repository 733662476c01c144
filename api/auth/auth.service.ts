import { createHash, randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import type { AuditService } from "../audit/audit.service";
import type { AuthUser } from "../common/context.type";
import { errors } from "../common/errors";
import type { Role } from "../common/enums";
import { hashPassword, verifyPassword } from "./password";
import { type SignInThrottle, throttleAddress, throttledError, throttleName } from "./sign-in-throttle";

/** Session lifetimes: idle and absolute. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 8 * 60 * 60 * 1000;
/** How often `last_seen_at` is written at most (saves a write on every request). */
const TOUCH_EVERY_MS = 60 * 1000;

/** The longest user name and password a sign-in accepts (longer ones are refused unchecked). */
export const MAX_USERNAME_LENGTH = 60;
export const MAX_PASSWORD_LENGTH = 200;

/** A verified session: who, and which session row. */
export interface ResolvedSession {
  user: AuthUser;
  sessionId: number;
}

/** SHA-256 of a session token: only the hash is stored. */
function tokenHash(token: string): Buffer {
  return createHash("sha256").update(token).digest();
}

/** Sign-in, sessions in PostgreSQL, sign-out. */
export class AuthService {
  /** What a name that is unknown or inactive is checked against, so it costs one argon2 verification like any other. */
  private readonly dummyHash: Promise<string>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly throttle: SignInThrottle,
  ) {
    this.dummyHash = hashPassword(randomBytes(24).toString("base64url"));
    this.dummyHash.catch(() => undefined);
  }

  /**
   * Checks the credentials and starts a session. Returns the user and the raw token for the cookie.
   *
   * The throttle decides and counts the attempt before the password is checked (see
   * `SignInThrottle`). Unknown, inactive and real names take the same path: the same throttle,
   * one argon2 verification each, one audit row, the same answer.
   */
  async login(username: string, password: string, meta: { ip: string | null }): Promise<{ user: AuthUser; token: string }> {
    const name = throttleName(username);
    const address = throttleAddress(meta.ip);
    const refusal = await this.throttle.attempt(name.slice(0, MAX_USERNAME_LENGTH), address);
    if (refusal) throw throttledError(refusal);
    // Junk counts as a failure like any other (above), but is not worth a password check.
    if (name.length > MAX_USERNAME_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
      throw errors.badInput("username", "Användarnamn eller lösenord är för långt.");
    }
    const rows: Array<AuthUser & { passwordHash: string; active: boolean }> = await this.dataSource.query(
      `SELECT id, username, display_name AS "displayName", role, password_hash AS "passwordHash", active
       FROM app_user WHERE lower(username) = lower($1)`,
      [username.trim()],
    );
    const row = rows[0];
    const usable = row?.active === true;
    const matches = await verifyPassword(usable ? row.passwordHash : await this.dummyHash, password);
    if (!usable || !matches) {
      const reason = !row ? "unknown user" : !row.active ? "inactive" : "wrong password";
      const actor = row ? { id: row.id, username: row.username } : null;
      await this.audit.record(actor, "LOGIN_FAILED", "user", row?.id ?? null, { username: username.trim().slice(0, MAX_USERNAME_LENGTH), ip: meta.ip, reason });
      throw badCredentials();
    }
    const token = randomBytes(32).toString("base64url");
    await this.dataSource.transaction(async (m) => {
      await this.throttle.succeeded(m, name, address);
      await m.query(`INSERT INTO user_session (token_hash, user_id, expires_at) VALUES ($1, $2, now() + $3 * interval '1 millisecond')`, [tokenHash(token), row.id, SESSION_ABSOLUTE_MS]);
      await this.audit.record({ id: row.id, username: row.username }, "LOGIN", "user", row.id, { ip: meta.ip }, m);
    });
    return { user: { id: row.id, username: row.username, displayName: row.displayName, role: row.role as Role }, token };
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
