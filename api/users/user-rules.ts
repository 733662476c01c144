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

/** A new user's name, display name and password, checked; the names trimmed. */
export function checkNewUser(input: UserInput): { username: string; displayName: string } {
  const username = input.username.trim();
  if (!USERNAME.test(username)) throw errors.badInput("username", "Användarnamnet får ha 2–60 bokstäver (a–z), siffror, punkter, bindestreck eller understreck.");
  const displayName = checkDisplayName(input.displayName);
  checkPassword(input.password);
  return { username, displayName };
}

/**
 * A change to user `userId` by `actor`, checked: an administrator cannot lock themself out
 * (deactivate or demote their own account). The display name is trimmed, or null when unchanged.
 */
export function checkUserUpdate(actor: AuthUser, userId: number, input: UserUpdateInput): { displayName: string | null } {
  if (userId === actor.id && input.active === false) throw errors.badInput("active", "Du kan inte inaktivera ditt eget konto.");
  if (userId === actor.id && input.role && input.role !== Role.ADMIN) throw errors.badInput("role", "Du kan inte ta bort din egen administratörsroll.");
  const displayName = input.displayName === undefined || input.displayName === null ? null : checkDisplayName(input.displayName);
  if (input.password) checkPassword(input.password);
  return { displayName };
}
