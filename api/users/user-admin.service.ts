import type { DataSource } from "typeorm";
import type { AuditService } from "../audit/audit.service";
import { hashPassword } from "../auth/password";
import { type SignInThrottle, throttleName } from "../auth/sign-in-throttle";
import { User } from "../auth/user.entity";
import type { AuthUser } from "../common/context.type";
import { Role } from "../common/enums";
import { errors } from "../common/errors";
import type { UserInput, UserUpdateInput } from "./user.input";

const USERNAME = /^[A-Za-z0-9._-]{2,60}$/;
/** Shortest password an administrator may set. */
export const MIN_PASSWORD = 10;

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD || password.length > 200) {
    throw errors.badInput("password", `Lösenordet måste ha ${MIN_PASSWORD}–200 tecken.`);
  }
}

function checkDisplayName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > 120) throw errors.badInput("displayName", "Namnet måste ha 1–120 tecken.");
  return trimmed;
}

/** Users for the administrator: list, create, change; every change audited, no password ever logged. */
export class UserAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly throttle: SignInThrottle,
  ) {}

  /** Every user, by username. */
  list(): Promise<User[]> {
    return this.dataSource.getRepository(User).find({ order: { username: "ASC" } });
  }

  /** Creates a user with an argon2id hash of the password. */
  async create(actor: AuthUser, input: UserInput): Promise<User> {
    const username = input.username.trim();
    if (!USERNAME.test(username)) throw errors.badInput("username", "Användarnamnet får ha 2–60 bokstäver (a–z), siffror, punkter, bindestreck eller understreck.");
    const displayName = checkDisplayName(input.displayName);
    checkPassword(input.password);
    const hash = await hashPassword(input.password);
    return this.dataSource.transaction(async (m) => {
      const rows: Array<{ id: number }> = await m.query(
        `INSERT INTO app_user (username, display_name, role, password_hash) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING id`,
        [username, displayName, input.role, hash],
      );
      if (rows.length === 0) throw errors.badInput("username", `Användarnamnet ${username} är upptaget.`);
      await this.audit.record(actor, "CREATE", "user", rows[0].id, { username, displayName, role: input.role }, m);
      return m.getRepository(User).findOneByOrFail({ id: rows[0].id });
    });
  }

  /** Changes a user. An administrator cannot lock themself out (deactivate or demote their own account). */
  async update(actor: AuthUser, id: string, input: UserUpdateInput): Promise<User> {
    if (!/^\d{1,9}$/.test(id)) throw errors.notFound("Användaren");
    const userId = Number(id);
    if (userId === actor.id && input.active === false) throw errors.badInput("active", "Du kan inte inaktivera ditt eget konto.");
    if (userId === actor.id && input.role && input.role !== Role.ADMIN) throw errors.badInput("role", "Du kan inte ta bort din egen administratörsroll.");
    const displayName = input.displayName === undefined || input.displayName === null ? null : checkDisplayName(input.displayName);
    if (input.password) checkPassword(input.password);
    const hash = input.password ? await hashPassword(input.password) : null;
    return this.dataSource.transaction(async (m) => {
      const before = await m.getRepository(User).findOne({ where: { id: userId }, lock: { mode: "pessimistic_write" } });
      if (!before) throw errors.notFound("Användaren");
      await m.query(
        `UPDATE app_user SET display_name = COALESCE($2, display_name), role = COALESCE($3, role), active = COALESCE($4, active),
           password_hash = COALESCE($5, password_hash), updated_at = now()
         WHERE id = $1`,
        [userId, displayName, input.role ?? null, input.active ?? null, hash],
      );
      // A deactivated user or a new password ends every open session of that user.
      if (input.active === false || hash) await m.query(`UPDATE user_session SET ended_at = now() WHERE user_id = $1 AND ended_at IS NULL`, [userId]);
      // A new password also lifts the sign-in throttle of the name.
      if (hash) await this.throttle.forgetName(m, throttleName(before.username));
      const after = await m.getRepository(User).findOneByOrFail({ id: userId });
      const changed = {
        ...(displayName !== null && displayName !== before.displayName ? { displayName: [before.displayName, after.displayName] } : {}),
        ...(input.role && input.role !== before.role ? { role: [before.role, after.role] } : {}),
        ...(input.active !== undefined && input.active !== null && input.active !== before.active ? { active: [before.active, after.active] } : {}),
        ...(hash ? { password: "changed" } : {}),
      };
      await this.audit.record(actor, "UPDATE", "user", userId, { username: after.username, changed }, m);
      return after;
    });
  }
}
