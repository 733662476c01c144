import type { AuthUser } from "../common/context.type";
import { Organisation, Role } from "../common/enums";

/** Which roles may create and edit activities of each organisation. */
const WRITERS: Record<Organisation, ReadonlySet<Role>> = {
  [Organisation.POLICE]: new Set([Role.POLICE, Role.ADMIN]),
  [Organisation.MUNICIPALITY]: new Set([Role.MUNICIPALITY, Role.ADMIN]),
  [Organisation.JOINT]: new Set([Role.MUNICIPALITY, Role.POLICE, Role.ADMIN]),
};

/** True when `user` may create, edit or delete activities of `organisation`. */
export function canWriteActivity(user: AuthUser, organisation: Organisation): boolean {
  return WRITERS[organisation].has(user.role);
}

/** The organisations `user` may write, for the web's forms. */
export function writableOrganisations(user: AuthUser): Organisation[] {
  return Object.values(Organisation).filter((o) => canWriteActivity(user, o));
}
