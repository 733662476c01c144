import { useQuery } from "@apollo/client/react";
import { useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { ACTIVITY_KINDS, PRIORITY_AREAS, STATUSES } from "../../../domain/enums";
import { useSessionUser } from "../auth/session";
import { graphql } from "../gql";
import type { ActivityInput, PriorityArea, Role } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";
import { writableOrganisations } from "../../../domain/access";
import { OUTCOME_FIELDS, checkActivity, type OutcomeField } from "../../../domain/activity-rules";
import type { ActivityFormValues } from "./form-values";
import { toActivityInput } from "./form-values";
import { useDraft } from "../ui/form-draft";
import type { FieldErrors } from "./write-errors";
import { Field, FormActions, described } from "../ui/Field";

const EditingPlacesQuery = graphql(`
  query EditingPlacesQuery {
    places {
      id
      name
      kind
    }
  }
`);

/** The DOM id of the input the API field names ("outcome.peopleReached" → "activity-outcome-peopleReached"). */
export function fieldId(field: string): string {
  return `activity-${field.replace(/\./g, "-")}`;
}

/** Props of `ActivityForm`. */
export interface ActivityFormProps {
  initial: ActivityFormValues;
  /** Where the form's draft is kept (see `useDraft`): the same key starts again from what was typed. */
  draftKey: string;
  /** Marking as done: the outcome comes first in focus. */
  focusOutcome?: boolean;
  /** Errors from the last attempt to save (the API's, by field). */
  serverErrors: FieldErrors;
  busy: boolean;
  /** Above the buttons: a conflict or another error. */
  notice?: ReactNode;
  onSubmit(input: ActivityInput): void;
  onCancel(): void;
}

/**
 * The activity form: kind, organisation (those the role may write), status, areas, times, place or
 * position, title, notes and the outcome fields of the kind. Checks the server's rules before
 * sending; each broken rule, the client's or the API's, stands beside its field.
 */
export function ActivityForm({ initial, draftKey, focusOutcome = false, serverErrors, busy, notice, onSubmit, onCancel }: ActivityFormProps) {
  const { t, formatFullDateTime } = useI18n();
  const user = useSessionUser();
  const places = useQuery(EditingPlacesQuery).data?.places ?? [];
  const [values, change] = useDraft(draftKey, initial);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [shownServerErrors, setShownServerErrors] = useState(serverErrors);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryId = useId();
  // Newer server errors replace the client's (a render-time update, as React advises for derived state).
  if (shownServerErrors !== serverErrors) {
    setShownServerErrors(serverErrors);
    setClientErrors({});
  }
  const errors: FieldErrors = { ...serverErrors, ...clientErrors };
  // Every handler reads the event's value first and passes plain values on (see `useDraft`).
  const set = <K extends keyof ActivityFormValues>(key: K, value: ActivityFormValues[K]) => change((v) => ({ ...v, [key]: value }));
  const organisations = writableOrganisations(user.role as Role);
  // An activity of an organisation the role may not write is never opened here; keep it listed anyway.
  if (!organisations.includes(values.organisation)) organisations.push(values.organisation);
  const outcomeFields = OUTCOME_FIELDS[values.kind];
  // The date fields show the browser's format, whatever the page's language: the note says what
  // they hold in words, in the page's.
  const dateNote = (value: string) => {
    const date = new Date(value);
    return value && !Number.isNaN(date.getTime()) ? t("edit.dateChosen", { date: formatFullDateTime(date) }) : t("edit.dateHint");
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = toActivityInput(values);
    const breaches = checkActivity(input, user.role);
    const found: FieldErrors = {};
    for (const b of breaches) found[b.field] ??= t(b.key, b.params);
    setClientErrors(found);
    if (breaches.length) {
      focusField(formRef.current, breaches[0].field);
      return;
    }
    onSubmit(input);
  }

  const text = (key: "title" | "notes", label: string, multiline: boolean, note?: string) => {
    const id = fieldId(key);
    const props = { ...described(id, errors[key], Boolean(note)), name: key, value: values[key], onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value) };
    return (
      <Field id={id} label={label} error={errors[key]} note={note}>
        {multiline ? <textarea {...props} rows={4} /> : <input {...props} type="text" />}
      </Field>
    );
  };
  const outcomeInput = (field: OutcomeField, autoFocus: boolean) => {
    const id = fieldId(`outcome.${field}`);
    const error = errors[`outcome.${field}`];
    const common = {
      ...described(id, error),
      name: field,
      value: values.outcome[field],
      autoFocus,
      "data-autofocus": autoFocus || undefined,
      onChange: (e: { currentTarget: { value: string } }) => {
        const value = e.currentTarget.value;
        change((v) => ({ ...v, outcome: { ...v.outcome, [field]: value } }));
      },
    };
    return (
      <Field key={field} id={id} label={t(`edit.${field}`)} error={error}>
        {field === "findings" ? <textarea {...common} rows={2} /> : <input {...common} type="number" inputMode="numeric" min={0} step={1} />}
      </Field>
    );
  };

  const areasError = errors.priorityAreas;
  const positionError = errors.lat ?? errors.lng;
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <form ref={formRef} className="activity-form" onSubmit={submit} noValidate aria-describedby={hasErrors ? summaryId : undefined}>
      {hasErrors ? (
        <p className="error-notice form-summary" role="alert" id={summaryId}>
          {t("edit.invalid")}
        </p>
      ) : null}
      <div className="form-grid">
        <Field id={fieldId("kind")} label={t("edit.kind")} error={errors.kind}>
          <select
            {...described(fieldId("kind"), errors.kind)}
            value={values.kind}
            autoFocus={!focusOutcome}
            data-autofocus={!focusOutcome || undefined}
            onChange={(e) => set("kind", e.currentTarget.value as ActivityFormValues["kind"])}
          >
            {ACTIVITY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={fieldId("organisation")} label={t("edit.organisation")} error={errors.organisation}>
          <select
            {...described(fieldId("organisation"), errors.organisation)}
            value={values.organisation}
            onChange={(e) => set("organisation", e.currentTarget.value as ActivityFormValues["organisation"])}
          >
            {organisations.map((o) => (
              <option key={o} value={o}>
                {t(`organisation.${o}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={fieldId("status")} label={t("edit.status")} error={errors.status}>
          <select {...described(fieldId("status"), errors.status)} value={values.status} onChange={(e) => set("status", e.currentTarget.value as ActivityFormValues["status"])}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>

      <fieldset
        className={`form-group${areasError ? " form-field-invalid" : ""}`}
        id={fieldId("priorityAreas")}
        tabIndex={-1}
        aria-describedby={areasError ? `${fieldId("priorityAreas")}-error` : undefined}
      >
        <legend>{t("edit.priorityAreas")}</legend>
        <ul className="checkbox-list">
          {PRIORITY_AREAS.map((area: PriorityArea) => {
            const id = `${fieldId("priorityAreas")}-${area}`;
            return (
              <li key={area}>
                <input
                  type="checkbox"
                  id={id}
                  checked={values.priorityAreas.includes(area)}
                  onChange={(e) => {
                    const checked = e.currentTarget.checked;
                    change((v) => ({ ...v, priorityAreas: checked ? [...v.priorityAreas, area] : v.priorityAreas.filter((a) => a !== area) }));
                  }}
                />
                <label htmlFor={id}>{t(`area.${area}`)}</label>
              </li>
            );
          })}
        </ul>
        {areasError ? (
          <p className="field-error" id={`${fieldId("priorityAreas")}-error`}>
            {areasError}
          </p>
        ) : null}
      </fieldset>

      <div className="form-grid">
        <Field id={fieldId("startsAt")} label={t("edit.startsAt")} error={errors.startsAt} note={dateNote(values.startsAt)}>
          <input {...described(fieldId("startsAt"), errors.startsAt, true)} type="datetime-local" required value={values.startsAt} onChange={(e) => set("startsAt", e.currentTarget.value)} />
        </Field>
        <Field id={fieldId("endsAt")} label={t("edit.endsAt")} error={errors.endsAt} note={dateNote(values.endsAt)}>
          <input {...described(fieldId("endsAt"), errors.endsAt, true)} type="datetime-local" value={values.endsAt} onChange={(e) => set("endsAt", e.currentTarget.value)} />
        </Field>
      </div>

      <Field id={fieldId("placeId")} label={t("edit.place")} error={errors.placeId}>
        <select
          {...described(fieldId("placeId"), errors.placeId)}
          value={values.placeId}
          // A place chosen by name brings its own position.
          onChange={(e) => {
            const placeId = e.currentTarget.value;
            change((v) => ({ ...v, placeId, ...(placeId ? { lat: "", lng: "" } : {}) }));
          }}
        >
          <option value="">{t("edit.placeAuto")}</option>
          {values.placeId && !places.some((p) => p.id === values.placeId) ? <option value={values.placeId}>{t("edit.placeLoading")}</option> : null}
          {places.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({t(`placeKind.${p.kind}`)})
            </option>
          ))}
        </select>
      </Field>
      <fieldset className={`form-group${positionError ? " form-field-invalid" : ""}`} aria-describedby={[`${fieldId("lat")}-note`, positionError ? `${fieldId("lat")}-error` : ""].join(" ").trim()}>
        <legend>{t("edit.position")}</legend>
        <p className="field-note" id={`${fieldId("lat")}-note`}>
          {t(values.placeId ? "edit.positionNote" : "edit.positionNoteNoPlace")}
        </p>
        <div className="form-grid">
          <div className="form-field">
            <label htmlFor={fieldId("lat")}>{t("edit.lat")}</label>
            <input id={fieldId("lat")} aria-invalid={positionError ? true : undefined} inputMode="decimal" value={values.lat} onChange={(e) => set("lat", e.currentTarget.value)} />
          </div>
          <div className="form-field">
            <label htmlFor={fieldId("lng")}>{t("edit.lng")}</label>
            <input id={fieldId("lng")} aria-invalid={positionError ? true : undefined} inputMode="decimal" value={values.lng} onChange={(e) => set("lng", e.currentTarget.value)} />
          </div>
        </div>
        {positionError ? (
          <p className="field-error" id={`${fieldId("lat")}-error`}>
            {positionError}
          </p>
        ) : null}
      </fieldset>

      {text("title", t("edit.title"), false)}
      {text("notes", t("edit.notes"), true, t("edit.notesNote"))}

      {values.status === "DONE" || focusOutcome ? (
        <fieldset className="form-group">
          <legend>{t("edit.outcome")}</legend>
          <p className="field-note">{t("edit.outcomeNote")}</p>
          <div className="form-grid">{outcomeFields.map((field, i) => outcomeInput(field, focusOutcome && i === 0))}</div>
        </fieldset>
      ) : null}

      {notice}
      <FormActions save={busy ? t("edit.saving") : t("edit.save")} busy={busy} cancel={t("edit.cancel")} onCancel={onCancel} />
    </form>
  );
}

/** Moves focus to the input of an API field (or its group). */
export function focusField(form: HTMLElement | null, field: string): void {
  const target = form?.querySelector<HTMLElement>(`#${CSS.escape(fieldId(field === "lng" ? "lat" : field))}`);
  target?.focus();
}
