import type { ReactNode } from "react";

/** A labelled field with its error (announced with the field through `aria-describedby`). */
export function Field({ id, label, error, note, children }: { id: string; label: string; error?: string; note?: string; children: ReactNode }) {
  return (
    <div className={`form-field${error ? " form-field-invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {note ? (
        <p className="field-note" id={`${id}-note`}>
          {note}
        </p>
      ) : null}
      {children}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** `aria-*` of an input with an optional note and error. */
export function described(id: string, error: string | undefined, note = false) {
  const ids = [note ? `${id}-note` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return { id, "aria-invalid": error ? true : undefined, "aria-describedby": ids || undefined };
}

/** A form's save button (disabled while busy) and, with `onCancel`, its cancel button. */
export function FormActions({ save, busy, cancel, onCancel }: { save: string; busy: boolean; cancel?: string; onCancel?: () => void }) {
  return (
    <div className="form-actions">
      <button type="submit" className="button-primary" disabled={busy}>
        {save}
      </button>
      {onCancel ? (
        <button type="button" className="button-secondary" onClick={onCancel}>
          {cancel}
        </button>
      ) : null}
    </div>
  );
}

/** A table column heading that only screen readers read (a column of buttons). */
export function HiddenColumn({ label }: { label: string }) {
  return (
    <th scope="col">
      <span className="visually-hidden">{label}</span>
    </th>
  );
}
