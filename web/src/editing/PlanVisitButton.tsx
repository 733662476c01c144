import { defaultOrganisation } from "../../../domain/access";
import { useSessionUser } from "../auth/session";
import { useActivityEditor } from "./ActivityEditor";

/** A small button that opens the form for a planned village visit at a place, by the role's own organisation. */
export function PlanVisitButton({ placeId, label, text }: { placeId: string; label: string; text: string }) {
  const user = useSessionUser();
  const open = useActivityEditor();
  if (!open) return null;
  return (
    <button
      type="button"
      className="button-secondary button-small"
      aria-label={label}
      onClick={() => open({ mode: "new", known: { kind: "VILLAGE_VISIT", status: "PLANNED", placeId, organisation: defaultOrganisation(user.role) } })}
    >
      {text}
    </button>
  );
}
