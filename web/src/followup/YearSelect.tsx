import { useId } from "react";

/** A labelled list of years (newest first); choosing one calls `onChange`. */
export function YearSelect({ years, year, label, onChange }: { years: readonly number[]; year: number; label: string; onChange(year: number): void }) {
  const id = useId();
  return (
    <div className="year-select">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={year} onChange={(e) => onChange(Number(e.target.value))}>
        {[...years].reverse().map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}
