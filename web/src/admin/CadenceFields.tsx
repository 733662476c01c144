import { CADENCE_PERIODS, type CadencePeriod } from "../../../domain/enums";
import { useI18n } from "../i18n/i18n";
import { SelectField, TextField } from "./admin-form";

/** One exception as the form holds it: the village and the visits as typed. */
export interface ExceptionValue {
  placeId: string;
  visits: string;
}

/** A village to choose for an exception. */
export interface VillageOption {
  id: string;
  name: string;
}

/**
 * The cadence part of a target form: the period the visits count over, and the villages with a
 * number of their own (a row each: the village, its visits, a remove button; and a button to add one).
 */
export function CadenceFields({
  fieldId,
  errors,
  period,
  onPeriod,
  exceptions,
  onExceptions,
  villages,
}: {
  fieldId(field: string): string;
  errors: Record<string, string | undefined>;
  period: CadencePeriod;
  onPeriod(period: CadencePeriod): void;
  exceptions: ExceptionValue[];
  onExceptions(exceptions: ExceptionValue[]): void;
  villages: readonly VillageOption[];
}) {
  const { t } = useI18n();
  const taken = new Set(exceptions.map((e) => e.placeId));
  const free = villages.find((v) => !taken.has(v.id));
  const change = (i: number, value: Partial<ExceptionValue>) => onExceptions(exceptions.map((e, j) => (j === i ? { ...e, ...value } : e)));
  const nameOf = (id: string) => villages.find((v) => v.id === id)?.name ?? id;
  return (
    <>
      <div className="form-grid">
        <SelectField
          id={fieldId("cadencePeriod")}
          label={t("cadence.period")}
          error={errors.cadencePeriod}
          value={period}
          onValue={(value) => onPeriod(value as CadencePeriod)}
          options={CADENCE_PERIODS.map((p) => [p, t(`cadence.period.${p}`)])}
        />
      </div>
      <fieldset
        className="form-group cadence-exceptions"
        id={fieldId("villageExceptions")}
        tabIndex={-1}
        aria-describedby={errors.villageExceptions ? `${fieldId("villageExceptions")}-error` : undefined}
      >
        <legend>{t("cadence.exceptions")}</legend>
        <p className="field-note">{t("cadence.exceptionsNote")}</p>
        {exceptions.map((e, i) => (
          <div className="cadence-exception" key={i}>
            <SelectField
              id={fieldId(`exception-${i}-place`)}
              label={t("cadence.village")}
              value={e.placeId}
              onValue={(placeId) => change(i, { placeId })}
              options={villages.filter((v) => v.id === e.placeId || !taken.has(v.id)).map((v) => [v.id, v.name])}
            />
            <TextField
              id={fieldId(`exception-${i}-visits`)}
              label={t("cadence.visits")}
              inputMode="numeric"
              autoComplete="off"
              error={errors[`exception-${i}-visits`]}
              value={e.visits}
              onValue={(visits) => change(i, { visits })}
            />
            <button
              type="button"
              className="button-danger button-small"
              aria-label={t("cadence.removeException", { village: nameOf(e.placeId) })}
              onClick={() => onExceptions(exceptions.filter((_, j) => j !== i))}
            >
              {t("cadence.remove")}
            </button>
          </div>
        ))}
        {free ? (
          <button type="button" className="button-secondary button-small" onClick={() => onExceptions([...exceptions, { placeId: free.id, visits: "1" }])}>
            {t("cadence.addException")}
          </button>
        ) : null}
        {errors.villageExceptions ? (
          <p className="field-error" id={`${fieldId("villageExceptions")}-error`}>
            {errors.villageExceptions}
          </p>
        ) : null}
      </fieldset>
    </>
  );
}
