import { useI18n } from "../i18n/i18n";

/**
 * Steps through single years for the meeting. From a range, "next" starts at its first year and
 * "previous" at its last, so a meeting can walk a period year by year; a button returns to the
 * whole promise period.
 */
export function YearStepper({ years, selectable, period, onChange }: { years: readonly number[]; selectable: readonly number[]; period: readonly number[]; onChange(years: number[]): void }) {
  const { t } = useI18n();
  const min = selectable[0];
  const max = selectable[selectable.length - 1];
  const single = years.length === 1 ? years[0] : null;
  const previous = single !== null ? (single > min ? single - 1 : null) : years.length ? years[years.length - 1] : max;
  const next = single !== null ? (single < max ? single + 1 : null) : years.length ? years[0] : min;
  const label = single !== null ? String(single) : years.length ? t("meeting.allYears", { from: years[0], to: years[years.length - 1] }) : "–";
  const isPeriod = years.length === period.length && period.every((y) => years.includes(y));
  return (
    <div className="year-stepper" role="group" aria-labelledby="year-stepper-label">
      <span id="year-stepper-label" className="visually-hidden">
        {t("meeting.year")}
      </span>
      <button type="button" className="stepper-button" disabled={previous === null} onClick={() => previous !== null && onChange([previous])} aria-label={t("meeting.previousYear")}>
        <span aria-hidden="true">◀</span>
      </button>
      <output className="stepper-value" aria-live="polite" data-testid="meeting-year">
        {label}
      </output>
      <button type="button" className="stepper-button" disabled={next === null} onClick={() => next !== null && onChange([next])} aria-label={t("meeting.nextYear")}>
        <span aria-hidden="true">▶</span>
      </button>
      {!isPeriod ? (
        <button type="button" className="button-secondary stepper-period" onClick={() => onChange([...period])}>
          {t("filters.period", { from: period[0], to: period[period.length - 1] })}
        </button>
      ) : null}
    </div>
  );
}
