import type { DataSource } from "typeorm";
import type { AuditService } from "../audit/audit.service";
import { hashPassword } from "../auth/password";
import { type SignInThrottle, throttleName } from "../auth/sign-in-throttle";
import { User } from "../auth/user.entity";
import type { AuthUser } from "../common/context.type";
import { errors } from "../common/errors";
import { parseId } from "../common/parse-id";
import type { UserInput, UserUpdateInput } from "./user.input";
import { checkNewUser, checkUserUpdate } from "./user-rules";

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
    const { username, displayName } = checkNewUser(input);
    const hash = await hashPassword(input.password);
    return this.dataSource.transaction(async (m) => {
      const rows: Array<{ id: number }> = await m.query(`INSERT INTO app_user (username, display_name, role, password_hash) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING id`, [
        username,
        displayName,
        input.role,
        hash,
      ]);
      if (rows.length === 0) throw errors.badInput("username", `Användarnamnet ${username} är upptaget.`);
      await this.audit.record(actor, "CREATE", "user", rows[0].id, { username, displayName, role: input.role }, m);
      return m.getRepository(User).findOneByOrFail({ id: rows[0].id });
    });
  }

  /** Changes a user. An administrator cannot lock themself out (deactivate or demote their own account). */
  async update(actor: AuthUser, id: string, input: UserUpdateInput): Promise<User> {
    const userId = parseId(id, "Användaren");
    const { displayName } = checkUserUpdate(actor, userId, input);
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
