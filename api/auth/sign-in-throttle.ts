import { isIPv4, isIPv6 } from "node:net";
import type { DataSource, EntityManager } from "typeorm";
import { errors } from "../common/errors";

/**
 * The limits of sign-in guessing (OWASP's advice: throttle, do not hand out lockouts).
 * - A user name from one address: `pairFree` failures, then a wait of `pairFirstBlockS` that
 *   doubles with each further failure up to `pairMaxBlockS`; forgotten `pairWindowS` after the
 *   first failure, or at a successful sign-in.
 * - A user name from anywhere: `nameLimit` failures per `nameWindowS` (far above the pair's, for
 *   guessing spread over many addresses).
 * - An address, whatever the names (unknown ones and junk too): `addressLimit` failures per
 *   `addressWindowS`.
 * A name that signed in from an address within `trustedS` is not held back there by the name's or
 * the address's limit, only by its own pair: a colleague behind the same NAT, or someone guessing
 * the name from elsewhere, does not lock its user out where they usually sign in.
 */
export const SIGN_IN_LIMITS = {
  pairFree: 5,
  pairFirstBlockS: 60,
  pairMaxBlockS: 60 * 60,
  pairWindowS: 24 * 60 * 60,
  nameLimit: 50,
  nameWindowS: 60 * 60,
  addressLimit: 20,
  addressWindowS: 15 * 60,
  trustedS: 30 * 24 * 60 * 60,
} as const;

/** Expired rows are deleted at most this often (per process), a bounded batch at a time. */
const CLEANUP_EVERY_MS = 60 * 1000;
const CLEANUP_BATCH = 10_000;

/** Why an attempt was refused before its password was checked. */
export type ThrottleScope = "pair" | "name" | "address";

/** A refused attempt: which limit, and how long until it lets the next one through. */
export interface ThrottleRefusal {
  scope: ThrottleScope;
  retryAfterSeconds: number;
}

/** The throttle's key for a user name: what the lookup matches on (trimmed, case-insensitive). */
export function throttleName(username: string): string {
  return username.trim().toLowerCase();
}

/**
 * The throttle's key for a client address: IPv4 as it is (an IPv4-mapped IPv6 address as its
 * IPv4), IPv6 by its /64 (one subscriber's network, which holds more addresses than anyone could
 * try), anything else as given.
 */
export function throttleAddress(ip: string | null | undefined): string {
  if (!ip) return "unknown";
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped && isIPv4(mapped[1])) return mapped[1];
  if (!isIPv6(ip)) return ip;
  const [head, tail = ""] = ip.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = ip.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(":")}::/64`;
}

/** A wait as Swedish words: "45 sekunder", "1 minut", "16 minuter". */
export function waitInSwedish(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? "1 sekund" : `${seconds} sekunder`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "1 minut" : `${minutes} minuter`;
}

/** RATE_LIMITED for a refused attempt, with the wait in the message and in `retryAfterSeconds`. */
export function throttledError(refusal: ThrottleRefusal) {
  const wait = waitInSwedish(refusal.retryAfterSeconds);
  const message =
    refusal.scope === "address"
      ? `För många misslyckade inloggningar från din adress. Försök igen om ${wait}.`
      : `För många misslyckade inloggningar med det här användarnamnet. Försök igen om ${wait}.`;
  return errors.rateLimited(message, refusal.retryAfterSeconds, { scope: refusal.scope });
}

/** Counts and limits sign-in attempts in `sign_in_throttle` (see migration SignInThrottle). */
export class SignInThrottle {
  private lastCleanup = 0;

  constructor(private readonly dataSource: DataSource) {}

  /**
   * Decides an attempt before its password is checked, atomically: when it may go on, it is
   * already counted as a failure (`succeeded` gives it back), so a burst cannot outrun the count.
   */
  async attempt(name: string, address: string): Promise<ThrottleRefusal | null> {
    await this.cleanupNowAndThen();
    const L = SIGN_IN_LIMITS;
    const [row]: Array<{ refused_by: ThrottleScope | null; retry_after: number | null }> = await this.dataSource.query(
      `SELECT refused_by, retry_after FROM lk_sign_in_attempt($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [name, address, L.pairFree, L.pairFirstBlockS, L.pairMaxBlockS, L.pairWindowS, L.nameLimit, L.nameWindowS, L.addressLimit, L.addressWindowS],
    );
    return row.refused_by ? { scope: row.refused_by, retryAfterSeconds: Math.max(1, row.retry_after ?? 1) } : null;
  }

  /** A successful sign-in: the pair is cleared and trusted, the name and the address get their count back. */
  async succeeded(manager: EntityManager, name: string, address: string): Promise<void> {
    await manager.query(
      `UPDATE sign_in_throttle SET
         failures = CASE WHEN scope = 'pair' THEN 0 ELSE greatest(failures - 1, 0) END,
         window_start = CASE WHEN scope = 'pair' THEN now() ELSE window_start END,
         blocked_until = CASE WHEN scope = 'pair' THEN NULL ELSE blocked_until END,
         trusted_until = CASE WHEN scope = 'pair' THEN now() + make_interval(secs => $3) ELSE trusted_until END,
         expires_at = CASE WHEN scope = 'pair' THEN greatest(expires_at, now() + make_interval(secs => $3)) ELSE expires_at END
       WHERE (scope, name, address) IN (('pair', $1, $2), ('name', $1, ''), ('address', '', $2))`,
      [name, address, SIGN_IN_LIMITS.trustedS],
    );
  }

  /** Forgets the failures of a user name everywhere (an administrator set a new password). */
  async forgetName(manager: EntityManager, name: string): Promise<void> {
    await manager.query(`UPDATE sign_in_throttle SET failures = 0, blocked_until = NULL WHERE scope IN ('pair', 'name') AND name = $1`, [name]);
  }

  /** Deletes rows whose time has passed (a bounded batch); returns how many. */
  async cleanup(): Promise<number> {
    this.lastCleanup = Date.now();
    const [, deleted]: [unknown, number] = await this.dataSource.query(`DELETE FROM sign_in_throttle WHERE ctid IN (SELECT ctid FROM sign_in_throttle WHERE expires_at < now() LIMIT $1)`, [
      CLEANUP_BATCH,
    ]);
    return deleted;
  }

  private async cleanupNowAndThen(): Promise<void> {
    if (Date.now() - this.lastCleanup < CLEANUP_EVERY_MS) return;
    await this.cleanup();
  }
}
