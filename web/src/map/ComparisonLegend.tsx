import { CHANGES, CHANGE_MARKS, changeOf, type Comparison } from "../coverage/comparison";
import { useI18n } from "../i18n/i18n";

/** A list of village names, or "none". */
function Villages({ title, places, testId }: { title: string; places: ReadonlyArray<{ id: string; name: string }>; testId: string }) {
  const { t } = useI18n();
  return (
    <div className="compare-villages" data-testid={testId}>
      <h4>{title}</h4>
      {places.length ? (
        <ul>
          {places.map((p) => (
            <li key={p.id}>{p.name}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("compare.noVillages")}</p>
      )}
    </div>
  );
}

/** What the comparison's marks mean, with how many villages each, and the villages gained and lost by name. */
export function ComparisonLegend({ comparison }: { comparison: Comparison }) {
  const { t, formatNumber } = useI18n();
  const { yearA, yearB } = comparison;
  const counts = new Map<string, number>();
  for (const p of comparison.places) if (p.place.kind === "VILLAGE") counts.set(changeOf(p.countA, p.countB), (counts.get(changeOf(p.countA, p.countB)) ?? 0) + 1);
  return (
    <section className="legend compare-legend" aria-labelledby="compare-legend-title" data-testid="compare-legend">
      <h3 id="compare-legend-title" className="legend-heading">
        {t("compare.legendTitle", { yearA, yearB })}
      </h3>
      <ul className="legend-list">
        {CHANGES.map((change) => (
          <li key={change} className="legend-item">
            <span className="compare-mark-glyph" aria-hidden="true" style={{ background: CHANGE_MARKS[change].fill, color: CHANGE_MARKS[change].ink }}>
              {CHANGE_MARKS[change].glyph}
            </span>
            <span className="legend-label">{t(`compare.change.${change}`, { yearA, yearB })}</span>
            <span className="legend-count">{formatNumber(counts.get(change) ?? 0)}</span>
          </li>
        ))}
      </ul>
      <Villages title={t("compare.gained", { yearA, yearB })} places={comparison.onlyInB} testId="compare-gained" />
      <Villages title={t("compare.lost", { yearA, yearB })} places={comparison.onlyInA} testId="compare-lost" />
    </section>
  );
}
