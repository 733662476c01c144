import { canWriteActivity as roleMayWrite } from "../../domain/access";
import type { AuthUser } from "../common/context.type";
import type { Organisation } from "../common/enums";

/** True when `user` may create, edit or delete activities of `organisation` (the rule is in domain/). */
export function canWriteActivity(user: AuthUser, organisation: Organisation): boolean {
  return roleMayWrite(user.role, organisation);
}
