import type { EntityManager } from "typeorm";
import { hashPassword } from "../api/auth/password";
import { Role } from "../api/common/enums";

/** A demo account: one per role, all sharing the demo password. */
export interface DemoUser {
  username: string;
  role: Role;
  displayName: string;
}

/** The demo accounts seeded on the embedded database. */
export const DEMO_USERS: readonly DemoUser[] = [
  { username: "polis", role: Role.POLICE, displayName: "Polisen, LPO Norra Lappland" },
  { username: "kommun", role: Role.MUNICIPALITY, displayName: "Trygghetssamordnare" },
  { username: "mote", role: Role.VIEWER, displayName: "Samverkansmöte" },
  { username: "admin", role: Role.ADMIN, displayName: "Administratör" },
];

/**
 * Upserts the demo accounts (matched on the lower-cased username) with argon2id hashes of
 * `password`, active. Returns how many accounts were written.
 */
export async function seedDemoUsers(manager: EntityManager, password: string): Promise<number> {
  const hashes = await Promise.all(DEMO_USERS.map(() => hashPassword(password)));
  const rows: { id: number }[] = await manager.query(
    `INSERT INTO app_user (username, display_name, role, password_hash)
     SELECT t.username, t.display_name, t.role::user_role, t.password_hash
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t (username, display_name, role, password_hash)
     ON CONFLICT (lower(username)) DO UPDATE SET
       display_name = EXCLUDED.display_name, role = EXCLUDED.role, password_hash = EXCLUDED.password_hash,
       active = true, updated_at = now()
     RETURNING id`,
    [DEMO_USERS.map((u) => u.username), DEMO_USERS.map((u) => u.displayName), DEMO_USERS.map((u) => u.role), hashes],
  );
  return rows.length;
}
