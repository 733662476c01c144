import type { AuditService } from "../audit/audit.service";
import type { AuthUser } from "../common/context.type";
import { ActivityStatus, Organisation } from "../common/enums";

/**
 * Every read that hands out planned (or cancelled) police activities is audited: who, which
 * filter, id or export, and which activities. One statement, only when there are such rows.
 */
export async function auditPlannedPoliceRead(
  audit: AuditService,
  user: AuthUser,
  activities: ReadonlyArray<{ id: string; organisation: Organisation; status: ActivityStatus }>,
  what: Record<string, unknown>,
): Promise<void> {
  const ids = activities.filter((a) => a.organisation === Organisation.POLICE && a.status !== ActivityStatus.DONE).map((a) => a.id);
  if (ids.length === 0) return;
  await audit.record(user, "READ_PLANNED_POLICE", "activity", ids.length === 1 ? ids[0] : null, { ...what, ids });
}
