import { useEffect, useState } from "react";
import { useLatest } from "../ui/useLatest";
import { SEARCH_MAX_LENGTH, normaliseSearch } from "../filters/view-state";
import { useI18n } from "../i18n/i18n";

/** How long typing may pause before the search is sent (each search reloads the map and the counts). */
const TYPING_PAUSE_MS = 300;

/**
 * The table's search over title and place name: what is typed becomes the selection's `search`
 * (in the URL, so the map and the counts follow it) once typing pauses, or at once on Enter.
 */
export function TableSearch({ value, onChange }: { value: string; onChange(search: string): void }) {
  const { t } = useI18n();
  const [text, setText] = useState(value);
  // The address changed from elsewhere (a reset, back, a link): show what it says, unless that is
  // what is being typed (the address keeps no trailing space, the field must).
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if (normaliseSearch(text) !== value) setText(value);
  }
  const send = useLatest(onChange);
  useEffect(() => {
    const next = normaliseSearch(text);
    if (next === value) return;
    const timer = window.setTimeout(() => send.current(next), TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [text, value, send]);
  return (
    <form
      role="search"
      className="table-search"
      onSubmit={(e) => {
        e.preventDefault();
        const next = normaliseSearch(text);
        if (next !== value) onChange(next);
      }}
    >
      <label htmlFor="activity-search">{t("table.search")}</label>
      <input
        id="activity-search"
        type="search"
        value={text}
        maxLength={SEARCH_MAX_LENGTH}
        autoComplete="off"
        spellCheck={false}
        aria-describedby="activity-search-note"
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <p id="activity-search-note" className="field-note">
        {t("table.searchNote")}
      </p>
    </form>
  );
}
