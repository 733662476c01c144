import type { ErrorLike } from "@apollo/client";
import { useEffect, useRef, useState, type InputHTMLAttributes } from "react";
import { described, Field } from "../ui/Field";
import { readWriteError, type FieldErrors } from "../editing/write-errors";
import type { MessageKey } from "../i18n/sv";

/** A broken rule the form finds before sending: the field and the message's key. */
export type Breach = [field: string, key: MessageKey];

/**
 * The errors of an admin form, each beside its field: the form's own checks and the API's
 * (BAD_USER_INPUT naming a field, read as the activity form reads them). After each failed attempt
 * the first invalid field in the form takes the focus, so its message is read out with it. An API
 * error that names no field of this form is `other`, for an `ErrorNotice`.
 */
export function useFormErrors(idOf: (field: string) => string) {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [other, setOther] = useState<ErrorLike | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);
  const show = (found: FieldErrors) => {
    setErrors(found);
    setOther(null);
    setAttempt((n) => n + 1);
  };
  const inForm = (field: string) => Boolean(formRef.current?.querySelector(`#${CSS.escape(idOf(field))}`));
  return {
    formRef,
    errors,
    other,
    /** Shows the form's own findings; true when there are none (and the old errors are cleared). */
    passes(found: FieldErrors): boolean {
      if (Object.keys(found).length > 0) {
        show(found);
        return false;
      }
      setErrors({});
      setOther(null);
      return true;
    },
    /** Shows a failed write: beside the fields it names, else as another error. */
    fail(error: ErrorLike): void {
      const problem = readWriteError(error);
      if (problem.kind === "fields" && Object.keys(problem.errors).some(inForm)) show(problem.errors);
      else {
        setErrors({});
        setOther(error);
      }
    },
  };
}

/** The messages of the breaches found, the first per field. */
export function breachMessages(breaches: readonly Breach[], t: (key: MessageKey) => string): FieldErrors {
  const found: FieldErrors = {};
  for (const [field, key] of breaches) found[field] ??= t(key);
  return found;
}

/** A number typed in Swedish or English style ("66,61" or "66.61"); null when empty, NaN when not a number. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, "").replace(",", ".");
  if (trimmed === "") return null;
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(trimmed) ? Number(trimmed) : NaN;
}

/** The breach of a number field: not a number, or (with `integer`) not a whole number. */
export function numberBreach(field: string, text: string, integer = false): Breach[] {
  const value = parseNumber(text);
  if (value === null) return [];
  if (Number.isNaN(value)) return [[field, integer ? "admin.field.integer" : "admin.field.number"]];
  return integer && !Number.isInteger(value) ? [[field, "admin.field.integer"]] : [];
}

/** A labelled text input with its error beside it (`aria-invalid`, `aria-describedby`). */
export function TextField({
  id,
  label,
  error,
  value,
  onValue,
  ...props
}: { id: string; label: string; error?: string; value: string; onValue(value: string): void } & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "value" | "onChange">) {
  return (
    <Field id={id} label={label} error={error}>
      <input {...props} {...described(id, error)} value={value} onChange={(e) => onValue(e.currentTarget.value)} />
    </Field>
  );
}

/** A labelled select of `[value, text]` options with its error beside it. */
export function SelectField({
  id,
  label,
  error,
  value,
  onValue,
  options,
}: {
  id: string;
  label: string;
  error?: string;
  value: string;
  onValue(value: string): void;
  options: ReadonlyArray<readonly [string, string]>;
}) {
  return (
    <Field id={id} label={label} error={error}>
      <select {...described(id, error)} value={value} onChange={(e) => onValue(e.currentTarget.value)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** The kinds of place and the school levels, in the order the forms list them. */
