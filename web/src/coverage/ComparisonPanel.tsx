import type { ErrorLike } from "@apollo/client";
import { ZONES } from "../../../domain/enums";
import { useI18n } from "../i18n/i18n";
import { ScrollRegion } from "../ui/ScrollRegion";
import { ErrorNotice } from "../ui/ErrorNotice";
import { CHANGE_MARKS, changeOf, type Comparison } from "./comparison";

/** A change as a signed number: "+3", "−2", "0". */
function signed(n: number, format: (n: number) => string): string {
  return n > 0 ? `+${format(n)}` : n < 0 ? `−${format(-n)}` : format(0);
}

/** The head of a comparison table: what the rows are, the two years, the change (and a last column). */
function CompareHead({ first, yearA, yearB, last }: { first: string; yearA: number; yearB: number; last?: string }) {
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {[String(yearA), String(yearB), t("compare.change")].map((label) => (
          <th key={label} scope="col" className="numeric">
            {label}
          </th>
        ))}
        {last ? <th scope="col">{last}</th> : null}
      </tr>
    </thead>
  );
}

/**
 * The coverage of the selection in two years, as two columns: town, villages and elsewhere with
 * their shares, then every town and village (and any other place with work) with the count in each
 * year and the change, largest change first, and the change in words.
 */
export function ComparisonPanel({ comparison, error, retry }: { comparison: Comparison | null; error: ErrorLike | undefined; retry(): void }) {
  const { t, formatNumber, formatPercent } = useI18n();
  if (error) return <ErrorNotice error={error} retry={retry} />;
  if (!comparison) return <p aria-busy="true">{t("app.loading")}</p>;
  const { yearA, yearB } = comparison;
  const format = (n: number) => formatNumber(n);
  return (
    <div className="compare-panel" data-testid="compare-panel">
      <h3>{t("compare.title", { yearA, yearB })}</h3>
      <ScrollRegion labelledBy="compare-zones-caption">
        <table className="data-table compare-zones" data-testid="compare-zones">
          <caption id="compare-zones-caption">
            <span className="caption-title">{t("compare.zonesCaption", { yearA, yearB })}</span>
          </caption>
          <CompareHead first={t("compare.zone")} yearA={yearA} yearB={yearB} />
          <tbody>
            {ZONES.map((zone) => {
              const z = comparison.byZone.find((x) => x.zone === zone)!;
              return (
                <tr key={zone} data-zone={zone}>
                  <th scope="row">{t(`zone.${zone}`)}</th>
                  <td className="numeric">
                    {format(z.countA)} ({formatPercent(z.shareA)})
                  </td>
                  <td className="numeric">
                    {format(z.countB)} ({formatPercent(z.shareB)})
                  </td>
                  <td className="numeric">{signed(z.change, format)}</td>
                </tr>
              );
            })}
            <tr>
              <th scope="row">{t("compare.total")}</th>
              <td className="numeric">{format(comparison.totalA)}</td>
              <td className="numeric">{format(comparison.totalB)}</td>
              <td className="numeric">{signed(comparison.totalB - comparison.totalA, format)}</td>
            </tr>
          </tbody>
        </table>
      </ScrollRegion>
      <ScrollRegion labelledBy="compare-places-caption">
        <table className="data-table compare-places" data-testid="compare-table">
          <caption id="compare-places-caption">
            <span className="caption-title">{t("compare.places", { yearA, yearB })}</span>
          </caption>
          <CompareHead first={t("coverage.place")} yearA={yearA} yearB={yearB} last={t("compare.what")} />
          <tbody>
            {comparison.places.map((p) => {
              const change = changeOf(p.countA, p.countB);
              return (
                <tr key={p.place.id} data-place={p.place.name} data-change={change}>
                  <th scope="row">
                    {p.place.name}
                    <span className="muted"> · {t(`placeKind.${p.place.kind}`)}</span>
                  </th>
                  <td className="numeric">{format(p.countA)}</td>
                  <td className="numeric">{format(p.countB)}</td>
                  <td className="numeric">{signed(p.change, format)}</td>
                  <td>
                    {change === "none" ? (
                      <span className="muted">{t("compare.change.none")}</span>
                    ) : (
                      <>
                        <span className="compare-mark-glyph compare-mark-small" aria-hidden="true" style={{ background: CHANGE_MARKS[change].fill, color: CHANGE_MARKS[change].ink }}>
                          {CHANGE_MARKS[change].glyph}
                        </span>{" "}
                        {t(`compare.change.${change}`, { yearA, yearB })}
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
