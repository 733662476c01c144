import { useEffect, useId, useRef, type ReactNode } from "react";

/**
 * A modal question with two answers, as a native `<dialog>`: the browser keeps the focus inside,
 * Escape cancels, and the focus goes back to what opened it. The safe answer takes the focus.
 */
export function ConfirmDialog({ title, children, confirm, cancel, onConfirm, onCancel }: { title: string; children: ReactNode; confirm: string; cancel: string; onConfirm(): void; onCancel(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const textId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => opener?.focus();
  }, []);
  return (
    <dialog
      ref={ref}
      className="queue-dialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div id={textId}>{children}</div>
      <div className="queue-dialog-actions">
        <button type="button" className="button-secondary" autoFocus onClick={onCancel}>
          {cancel}
        </button>
        <button type="button" className="button-danger" onClick={onConfirm}>
          {confirm}
        </button>
      </div>
    </dialog>
  );
}
