import { useId, useState } from "react";
import { useI18n } from "../i18n/i18n";

/** A day written YYYY-MM-DD, as the date field and the API write it. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The `asOf` of the address when it is a day, else null (then the follow-up counts to today or the year's end). */
export function asOfParam(value: string | null): string | null {
  return value !== null && DAY.test(value) ? value : null;
}

/** Today in Europe/Stockholm, YYYY-MM-DD. */
export function stockholmToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/**
 * "Som den": the day the follow-up is counted to, within the chosen year and not after today.
 * A whole day typed or picked applies at once; an emptied field goes back to the default.
 */
export function AsOfField({ year, asOf, onChange }: { year: number; asOf: string | null; onChange(asOf: string | null): void }) {
  const { t } = useI18n();
  const id = useId();
  const today = stockholmToday();
  const last = `${year}-12-31`;
  const [value, setValue] = useState(asOf ?? "");
  // Follow the address when it changes from elsewhere (a year switched, a link opened).
  const [shown, setShown] = useState(asOf);
  if (shown !== asOf) {
    setShown(asOf);
    setValue(asOf ?? "");
  }
  return (
    <div className="as-of-field">
      <label htmlFor={id} className="year-select">
        {t("followUp.asOf")}
      </label>
      <input
        id={id}
        type="date"
        value={value}
        min={`${year}-01-01`}
        max={last < today ? last : today}
        aria-describedby={`${id}-hint`}
        data-testid="as-of"
        onChange={(e) => {
          const next = e.currentTarget.value;
          setValue(next);
          if (next === "") onChange(null);
          else if (DAY.test(next)) onChange(next);
        }}
      />
      <span id={`${id}-hint`} className="as-of-hint muted">
        {t("followUp.asOfHint")}
      </span>
    </div>
  );
}
