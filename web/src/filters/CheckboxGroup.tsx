import type { ErrorLike } from "@apollo/client";
import type { ReactNode } from "react";
import { ErrorNotice } from "../ui/ErrorNotice";
import { useI18n } from "../i18n/i18n";

/** One checkbox of a group. */
export interface CheckboxOption<T extends string | number> {
  value: T;
  label: string;
  /** A colour shown beside the label (the label still names the value). */
  swatch?: string;
}

/** Props of `CheckboxGroup`. */
export interface CheckboxGroupProps<T extends string | number> {
  legend: string;
  /** Prefix of the inputs' ids and names. */
  name: string;
  options: readonly CheckboxOption<T>[];
  isChecked(value: T): boolean;
  onToggle(value: T, checked: boolean): void;
  /** Sets every option on or off ("Alla"/"Inga"); left out for short groups. */
  onAll?(checked: boolean): void;
  /** Text under the legend, e.g. what the role is not shown. */
  note?: string;
  /** An API error that blames this filter, shown inside the group. */
  error?: ErrorLike | null;
  /** Extra controls after the checkboxes (e.g. period shortcuts). */
  children?: ReactNode;
}

/** A fieldset of checkboxes with a legend: keyboard and screen-reader friendly by construction. */
export function CheckboxGroup<T extends string | number>(props: CheckboxGroupProps<T>) {
  const { t } = useI18n();
  const { legend, name, options, isChecked, onToggle, onAll, note, error, children } = props;
  const noteId = note ? `${name}-note` : undefined;
  return (
    <fieldset className={`checkbox-group checkbox-group-${name}`} aria-describedby={noteId}>
      <legend>{legend}</legend>
      {note ? (
        <p className="field-note" id={noteId}>
          {note}
        </p>
      ) : null}
      <ul className="checkbox-list">
        {options.map((option) => {
          const id = `${name}-${option.value}`;
          return (
            <li key={option.value}>
              <input type="checkbox" id={id} name={name} value={option.value} checked={isChecked(option.value)} onChange={(e) => onToggle(option.value, e.currentTarget.checked)} />
              <label htmlFor={id}>
                {option.swatch ? <span className="swatch" style={{ background: option.swatch }} aria-hidden="true" /> : null}
                {option.label}
              </label>
            </li>
          );
        })}
      </ul>
      {onAll ? (
        <div className="group-actions">
          <button type="button" className="button-link" onClick={() => onAll(true)}>
            {t("filters.all")}
            <span className="visually-hidden">: {legend}</span>
          </button>
          <button type="button" className="button-link" onClick={() => onAll(false)}>
            {t("filters.none")}
            <span className="visually-hidden">: {legend}</span>
          </button>
        </div>
      ) : null}
      {children}
      {error ? <ErrorNotice error={error} /> : null}
    </fieldset>
  );
}
