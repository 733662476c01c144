import type { ErrorLike } from "@apollo/client";
import { useEffect, useRef, useState } from "react";
import { ErrorNotice } from "../ui/ErrorNotice";
import { useLatest } from "../ui/useLatest";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/sv";
import { useUndoDeleteActivity } from "./useActivityMutations";

/** What the editor tells after it closed: the message, and the activity a delete may be undone for. */
export interface EditorOutcome {
  message: MessageKey;
  /** A deleted activity: the notice offers "Ångra". */
  deletedId?: string;
}

/** How long a notice stays when nobody points at it or focuses it. */
const SHOWN_MS = 15_000;

/** Props of `EditorToast`. */
export interface EditorToastProps {
  /** The latest outcome (a new object shows the notice again); null: none yet. */
  outcome: EditorOutcome | null;
  /** Focus moves to the notice when it appears (after a delete, whose opener is gone). */
  takeFocus: boolean;
  /** The notice was closed, by its button, Escape or its time: where focus should go on. */
  onDismiss(hadFocus: boolean): void;
}

/**
 * The visible confirmation of a save or a delete, in a live region (read out when it changes): it
 * stays 15 s, longer while pointed at or focused, closes with its button or Escape, and after a
 * delete offers "Ångra", which brings the activity back (the deleter may, for a while).
 */
export function EditorToast({ outcome, takeFocus, onDismiss }: EditorToastProps) {
  const { t } = useI18n();
  const [undo, undoing] = useUndoDeleteActivity();
  const [shown, setShown] = useState<EditorOutcome | null>(outcome);
  const [undoError, setUndoError] = useState<ErrorLike | null>(null);
  const [held, setHeld] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  // A new outcome replaces what is shown (a render-time update, as React advises for derived state).
  const [seen, setSeen] = useState(outcome);
  if (seen !== outcome) {
    setSeen(outcome);
    setShown(outcome);
    setUndoError(null);
  }
  const hasFocus = () => box.current?.contains(document.activeElement) ?? false;
  const dismiss = () => {
    const hadFocus = hasFocus();
    setShown(null);
    onDismiss(hadFocus);
  };
  const latestDismiss = useLatest(dismiss);
  useEffect(() => {
    if (!shown || held) return;
    const timer = window.setTimeout(() => latestDismiss.current(), SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [shown, held, latestDismiss]);
  useEffect(() => {
    if (shown && takeFocus) box.current?.querySelector<HTMLElement>("button")?.focus();
  }, [shown, takeFocus]);

  const undoDelete = (id: string) => {
    setUndoError(null);
    undo(id).then(
      () => {
        setShown({ message: "edit.undone" });
        // The undo button is gone: its neighbour keeps the focus in the notice.
        requestAnimationFrame(() => box.current?.querySelector<HTMLElement>(".toast-close")?.focus());
      },
      (error: ErrorLike) => setUndoError(error),
    );
  };
  return (
    <div
      ref={box}
      className={shown ? "editor-toast" : "visually-hidden"}
      data-testid="editor-toast"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={(e) => setHeld(box.current?.contains(e.relatedTarget as Node | null) ?? false)}
      onKeyDown={(e) => {
        if (e.key === "Escape" && shown) {
          e.stopPropagation();
          dismiss();
        }
      }}
    >
      {/* Always there, so the live region exists before its message does. */}
      <p role="status" data-testid="editor-status">
        {shown ? t(shown.message) : ""}
      </p>
      {undoError ? <ErrorNotice error={undoError} /> : null}
      {shown ? (
        <div className="toast-actions">
          {shown.deletedId ? (
            <button type="button" className="button-secondary" disabled={undoing.loading} onClick={() => undoDelete(shown.deletedId!)}>
              {undoing.loading ? t("edit.undoing") : t("edit.undo")}
            </button>
          ) : null}
          <button type="button" className="button-link toast-close" aria-label={t("edit.dismiss")} onClick={dismiss}>
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
