import { useSessionUser } from "../auth/session";
import type { ActivityDetailsFragment } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";
import { useActivityEditor } from "./ActivityEditor";
import { canWriteActivity } from "./activity-rules";

/** The popup's edit, mark-done and delete buttons, for a user who may write the activity's organisation. */
export function ActivityPopupActions({ activity }: { activity: Pick<ActivityDetailsFragment, "id" | "organisation" | "status"> }) {
  const { t } = useI18n();
  const user = useSessionUser();
  const open = useActivityEditor();
  if (!open || !canWriteActivity(user.role, activity.organisation)) return null;
  const { id } = activity;
  return (
    <div className="popup-actions">
      <button type="button" className="button-secondary" onClick={() => open({ mode: "edit", id })}>
        {t("edit.edit")}
      </button>
      {activity.status !== "DONE" ? (
        <button type="button" className="button-primary" onClick={() => open({ mode: "done", id })}>
          {t("edit.markDone")}
        </button>
      ) : null}
      <button type="button" className="button-danger" onClick={() => open({ mode: "delete", id })}>
        {t("edit.delete")}
      </button>
    </div>
  );
}
