import type { AuthUser } from "../common/context.type";
import { seesPlannedPolice } from "../../domain/access";
import { ActivityStatus, Organisation } from "../common/enums";

/**
 * The one visibility rule (who sees what) as a SQL condition on alias `a`.
 * Every read of activities — lists, single fetches, counts, coverage, follow-up — goes through it,
 * so a role can neither see nor infer what it may not see. Deleted activities are never read here.
 * Police activities that are planned or cancelled (i.e. not done) are shown to POLICE and ADMIN only.
 */
export function visibilitySql(user: AuthUser, alias = "a"): string {
  const live = `${alias}.deleted_at IS NULL`;
  const role = roleVisibilitySql(user, alias);
  return role ? `${live} AND ${role}` : live;
}

/**
 * The role's part of the rule alone, deleted activities included (null: the role sees every
 * organisation and status). For telling a write that lost to a delete from one on an activity the
 * user could never see, and for the map grid, which holds live activities only (its organisation
 * and status columns carry the rule): reads of activities always use `visibilitySql`.
 */
export function roleVisibilitySql(user: AuthUser, alias = "a"): string | null {
  if (seesPlannedPolice(user.role)) return null;
  return `NOT (${alias}.organisation = '${Organisation.POLICE}' AND ${alias}.status <> '${ActivityStatus.DONE}')`;
}
