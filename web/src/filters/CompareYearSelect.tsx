import { useId } from "react";
import { useI18n } from "../i18n/i18n";

/**
 * "Jämför med": the year the map sets against the selection's year (written to the URL as
 * `jamfor`), or none. The selection's own year is not offered.
 */
export function CompareYearSelect({ value, year, years, onChange }: { value: number | null; year: number; years: readonly number[]; onChange(year: number | null): void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="compare-select">
      <label htmlFor={id}>{t("compare.with", { year })}</label>
      <select id={id} value={value === null ? "" : String(value)} onChange={(e) => onChange(e.currentTarget.value === "" ? null : Number(e.currentTarget.value))}>
        <option value="">{t("compare.noComparison")}</option>
        {years
          .filter((y) => y !== year)
          .map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
      </select>
    </div>
  );
}
