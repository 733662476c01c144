import { useLayoutEffect, useRef, type RefObject } from "react";
import { useSessionUser } from "../auth/session";
import type { ActivityDetailsFragment } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";
import { useActivityEditor } from "./ActivityEditor";
import { canWriteActivity } from "../../../domain/access";

/** Props of `ActivityActions`. */
export interface ActivityActionsProps {
  activity: Pick<ActivityDetailsFragment, "id" | "organisation" | "status">;
  /** "Visa på kartan" (the table's rows; the popup is on the map already). */
  onShowOnMap?(): void;
  className?: string;
}

/**
 * What can be done with one activity, the same in the map's popup and the table's rows: edit, mark
 * done and delete for a user who may write its organisation, and (where given) show it on the map.
 */
export function ActivityActions({ activity, onShowOnMap, className = "popup-actions" }: ActivityActionsProps) {
  const { t } = useI18n();
  const user = useSessionUser();
  const open = useActivityEditor();
  const box = useRef<HTMLDivElement>(null);
  const writes = open !== null && canWriteActivity(user.role, activity.organisation);
  if (!writes && !onShowOnMap) return null;
  const { id } = activity;
  return (
    <div ref={box} className={className}>
      {onShowOnMap ? (
        <button type="button" className="button-secondary" onClick={onShowOnMap}>
          {t("coverage.showOnMap")}
        </button>
      ) : null}
      {writes ? (
        <>
          <button type="button" className="button-secondary" onClick={() => open({ mode: "edit", id })}>
            {t("edit.edit")}
          </button>
          {activity.status !== "DONE" ? <MarkDoneButton box={box} onClick={() => open({ mode: "done", id })} /> : null}
          <button type="button" className="button-danger" onClick={() => open({ mode: "delete", id })}>
            {t("edit.delete")}
          </button>
        </>
      ) : null}
    </div>
  );
}

/**
 * "Markera som genomförd": gone once the activity is done, so if it has the focus then, the first
 * action beside it takes it (the focus would otherwise fall to the page's start).
 */
function MarkDoneButton({ box, onClick }: { box: RefObject<HTMLDivElement | null>; onClick(): void }) {
  const { t } = useI18n();
  const button = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    const element = button.current;
    const actions = box.current;
    // Runs before React takes the button out of the page.
    return () => {
      if (element && document.activeElement === element) actions?.querySelector<HTMLElement>("button:not(:disabled)")?.focus();
    };
  }, [box]);
  return (
    <button ref={button} type="button" className="button-primary" onClick={onClick}>
      {t("edit.markDone")}
    </button>
  );
}
