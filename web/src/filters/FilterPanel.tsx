import type { ErrorLike } from "@apollo/client";
import { useRef, useState, type KeyboardEvent } from "react";
import { describeError } from "../ui/api-errors";
import { mark } from "../ui/perf";
import { seesPlannedPolice } from "../../../domain/access";
import type { ActivityStatus, Role } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/sv";
import { AREA_COLOURS } from "../activities/colours";
import { activeFilterCount } from "./active-filters";
import { CheckboxGroup, type CheckboxOption } from "./CheckboxGroup";
import { periodYears } from "./promise-periods";
import { LIST_FIELDS, defaultFilter, isYearChosen, toggleValue, toggleYear, yearChoices, type ColourBy, type ListField, type View, type ViewDefaults } from "./view-state";

/**
 * On narrow screens (see `.filters-toggle` in styles.css) the filters fold behind a "Filter" button:
 * open or closed, with Escape and a close button that hand focus back to it. On wide screens the
 * panel is always shown and the button is not.
 */
function useFold() {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  // The button is only laid out where the panel folds.
  const folds = () => toggle.current !== null && toggle.current.offsetParent !== null;
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "Escape" || !open || !folds()) return;
    e.preventDefault();
    close();
  };
  return { open, toggle, onToggle: () => setOpen(!open), close, onKeyDown };
}

/** Label prefixes of each list filter's values in the message catalogue. */
const LABEL_PREFIX: Record<ListField, string> = {
  priorityAreas: "area",
  kinds: "kind",
  organisations: "organisation",
  statuses: "status",
  zones: "zone",
};

const LEGEND: Record<ListField, MessageKey> = {
  priorityAreas: "filters.priorityAreas",
  kinds: "filters.kinds",
  organisations: "filters.organisations",
  statuses: "filters.statuses",
  zones: "filters.zones",
};

/** Statuses of police activities that only POLICE and ADMIN are shown. */
const PLANNED_POLICE_STATUSES: readonly ActivityStatus[] = ["PLANNED", "CANCELLED"];

/** Props of `FilterPanel`. */
export interface FilterPanelProps {
  view: View;
  defaults: ViewDefaults;
  setView(next: View): void;
  role: Role;
  /** The error of the selection's main request; shown by the filter it blames. */
  error?: ErrorLike | null;
}

/**
 * The selection: years, priority areas (in their colours), kinds, organisation, status (planned
 * only where the role may see it) and zone, plus the marker colouring. Every change goes straight
 * to the URL, which the map, counts and panels read.
 */
export function FilterPanel({ view, defaults, setView, role, error }: FilterPanelProps) {
  const { t, tn } = useI18n();
  const { filter } = view;
  const fold = useFold();
  const active = activeFilterCount(filter, defaults);
  const blamed = error ? describeError(error).field : null;
  const errorFor = (field: string) => (error && blamed?.startsWith(`filter.${field}`) ? error : null);
  const setFilter = (patch: Partial<View["filter"]>) => {
    mark("lk:filter-change");
    setView({ ...view, filter: { ...filter, ...patch } });
  };

  // Police-only organisation for a role that is never shown planned police work: offer done only.
  const policeOnly = filter.organisations?.length === 1 && filter.organisations[0] === "POLICE";
  const hidePlanned = !seesPlannedPolice(role);

  function listGroup<F extends ListField>(field: F, options?: { hide?: readonly string[]; note?: string; swatches?: Record<string, string> }) {
    const values = LIST_FIELDS[field].values as readonly string[];
    const shown: CheckboxOption<string>[] = values
      .filter((v) => !options?.hide?.includes(v))
      .map((v) => ({ value: v, label: t(`${LABEL_PREFIX[field]}.${v}` as MessageKey), swatch: options?.swatches?.[v] }));
    const current = filter[field] as string[] | null;
    return (
      <CheckboxGroup
        legend={t(LEGEND[field])}
        name={LIST_FIELDS[field].param}
        options={shown}
        isChecked={(v) => current === null || current.includes(v)}
        onToggle={(v, on) => setFilter({ [field]: toggleValue(current, values, v, on) } as Partial<View["filter"]>)}
        onAll={values.length > 3 ? (on) => setFilter({ [field]: on ? null : [] } as Partial<View["filter"]>) : undefined}
        note={options?.note}
        error={errorFor(field)}
      />
    );
  }

  const yearOptions = yearChoices(defaults).map((y) => ({ value: y, label: y === defaults.onwardFrom ? t("filters.onward", { year: y }) : String(y) }));
  return (
    <aside className={`filters${fold.open ? " filters-open" : ""}`} aria-labelledby="filters-title" onKeyDown={fold.onKeyDown}>
      <div className="filters-head">
        <h2 id="filters-title">{t("filters.title")}</h2>
        <button ref={fold.toggle} type="button" className="button-secondary filters-toggle" aria-expanded={fold.open} aria-controls="filter-body" onClick={fold.onToggle}>
          {t("filters.toggle")}
          {active > 0 ? <span className="filters-active"> {tn("filters.activeCount", active)}</span> : null}
        </button>
      </div>
      <div id="filter-body" className="filter-body">
        <form className="filter-form" onSubmit={(e) => e.preventDefault()}>
          <CheckboxGroup
            legend={t("filters.years")}
            name="years"
            options={yearOptions}
            isChecked={(y) => isYearChosen(filter, defaults, y)}
            onToggle={(y, on) => setFilter(toggleYear(filter, defaults, y, on))}
            error={errorFor("years")}
          >
            <div className="group-actions">
              <button type="button" className="button-link" onClick={() => setFilter({ years: defaults.years, onwardFrom: defaults.onwardFrom })}>
                {t("filters.thisYearOnward")}
              </button>
              {defaults.periods.map((p) => (
                <button key={p.from} type="button" className="button-link" onClick={() => setFilter({ years: periodYears(p), onwardFrom: null })}>
                  {t("filters.period", { from: p.from, to: p.to })}
                </button>
              ))}
            </div>
          </CheckboxGroup>
          {listGroup("priorityAreas", { swatches: AREA_COLOURS })}
          {listGroup("organisations")}
          {listGroup("statuses", {
            hide: hidePlanned && policeOnly ? PLANNED_POLICE_STATUSES : undefined,
            note: hidePlanned ? t("filters.plannedPoliceHidden") : undefined,
          })}
          {listGroup("zones")}
          <details className="filter-details">
            <summary>
              {t("filters.kinds")}{" "}
              <span className="summary-count">({t("filters.selectedCount", { count: filter.kinds?.length ?? LIST_FIELDS.kinds.values.length, total: LIST_FIELDS.kinds.values.length })})</span>
            </summary>
            {listGroup("kinds")}
          </details>
          <fieldset className="radio-group">
            <legend>{t("filters.colourBy")}</legend>
            {(["kind", "area"] as const satisfies readonly ColourBy[]).map((value) => (
              <div key={value} className="radio">
                <input type="radio" id={`colour-${value}`} name="colour" value={value} checked={view.colourBy === value} onChange={() => setView({ ...view, colourBy: value })} />
                <label htmlFor={`colour-${value}`}>{t(value === "kind" ? "filters.colourByKind" : "filters.colourByArea")}</label>
              </div>
            ))}
          </fieldset>
          <button type="button" className="button-secondary" onClick={() => setView({ ...view, placeId: null, filter: defaultFilter(defaults) })}>
            {t("filters.reset")}
          </button>
        </form>
        <button type="button" className="button-primary filters-close" onClick={fold.close}>
          {t("filters.close")}
        </button>
      </div>
    </aside>
  );
}
