import { useI18n } from "../i18n/i18n";
import { Stepper } from "./Stepper";

/**
 * The years one step back and on from `years`: from a single year the one before and after (null
 * at the ends of `selectable`); from a range, "next" starts at its first year and "previous" at its
 * last, so a meeting can walk a period year by year.
 */
export function yearSteps(years: readonly number[], selectable: readonly number[]): { previous: number | null; next: number | null } {
  const min = selectable[0];
  const max = selectable[selectable.length - 1];
  if (years.length === 1) return { previous: years[0] > min ? years[0] - 1 : null, next: years[0] < max ? years[0] + 1 : null };
  return { previous: years.length ? years[years.length - 1] : max, next: years.length ? years[0] : min };
}

/** Steps through single years for the meeting; a button returns to the whole promise period. */
export function YearStepper({ years, selectable, period, onChange }: { years: readonly number[]; selectable: readonly number[]; period: readonly number[]; onChange(years: number[]): void }) {
  const { t } = useI18n();
  const { previous, next } = yearSteps(years, selectable);
  const label = years.length === 1 ? String(years[0]) : years.length ? t("meeting.allYears", { from: years[0], to: years[years.length - 1] }) : "–";
  const isPeriod = years.length === period.length && period.every((y) => years.includes(y));
  return (
    <Stepper
      id="year-stepper"
      label={t("meeting.year")}
      value={label}
      testId="meeting-year"
      arrows={["◀", "▶"]}
      previous={{ label: t("meeting.previousYear"), go: previous === null ? null : () => onChange([previous]) }}
      next={{ label: t("meeting.nextYear"), go: next === null ? null : () => onChange([next]) }}
    >
      {!isPeriod ? (
        <button type="button" className="button-secondary stepper-period" onClick={() => onChange([...period])}>
          {t("filters.period", { from: period[0], to: period[period.length - 1] })}
        </button>
      ) : null}
    </Stepper>
  );
}
