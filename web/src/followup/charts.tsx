import type { ReactNode } from "react";
import { ZONES } from "../../../domain/enums";
import type { ActivityKind, Zone } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";
import { ZONE_COLOURS } from "../activities/colours";

/** A count with a bar whose length is its share of `max` (the bar is decoration: the number is the content). */
function BarCell({ value, max, vertical = false }: { value: number; max: number; vertical?: boolean }) {
  const { formatNumber } = useI18n();
  const size = `${max > 0 ? Math.round((value / max) * 100) : 0}%`;
  return (
    <td className={vertical ? "bar-cell bar-cell-vertical" : "bar-cell"}>
      <span className="bar-pair">
        <span className="bar-track" aria-hidden="true">
          <span className="bar" style={vertical ? { height: size } : { width: size }} />
        </span>
        <span className="bar-value">{formatNumber(value)}</span>
      </span>
    </td>
  );
}

/**
 * A chart that is a table: a caption, column headers and rows whose cells draw bars. The section
 * is named by its heading, the scrolling box inside it by the table's caption: two landmarks, two
 * names.
 */
function ChartTable({ id, title, caption, head, children, className }: { id: string; title: string; caption: string; head: ReactNode; children: ReactNode; className?: string }) {
  return (
    <section className="panel followup-section chart" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <div className="chart-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className={`data-table chart-table ${className ?? ""}`}>
          <caption id={`${id}-caption`}>{caption}</caption>
          <thead>{head}</thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </section>
  );
}

/** The year's figures the trend charts need. */
export interface YearFigures {
  year: number;
  total: number;
  byKind: ReadonlyArray<{ kind: ActivityKind; count: number }>;
  byZone: ReadonlyArray<{ zone: Zone; count: number; share: number }>;
}

/** Done activities per kind (rows) and year (columns), each cell a number and a bar; kinds never done are left out. */
export function KindTrendChart({ years, kinds }: { years: readonly YearFigures[]; kinds: readonly ActivityKind[] }) {
  const { t } = useI18n();
  const count = (y: YearFigures, kind: ActivityKind) => y.byKind.find((k) => k.kind === kind)?.count ?? 0;
  const shown = kinds.filter((kind) => years.some((y) => count(y, kind) > 0));
  const max = Math.max(0, ...years.flatMap((y) => shown.map((kind) => count(y, kind))));
  const first = years[0]?.year;
  const last = years[years.length - 1]?.year;
  return (
    <ChartTable
      id="kind-trend-title"
      title={t("followUp.byKindTitle")}
      caption={t("followUp.byKindCaption", { from: first ?? "", to: last ?? "" })}
      className="kind-trend"
      head={
        <tr>
          <th scope="col">{t("followUp.kind")}</th>
          {years.map((y) => (
            <th scope="col" key={y.year}>
              {y.year}
            </th>
          ))}
        </tr>
      }
    >
      {shown.map((kind) => (
        <tr key={kind} data-kind={kind}>
          <th scope="row">{t(`kind.${kind}`)}</th>
          {years.map((y) => (
            <BarCell key={y.year} value={count(y, kind)} max={max} />
          ))}
        </tr>
      ))}
      <tr className="total-row">
        <th scope="row">{t("followUp.totalRow")}</th>
        {years.map((y) => (
          <td key={y.year} className="bar-value">
            {y.total}
          </td>
        ))}
      </tr>
    </ChartTable>
  );
}

/** The share of each year's activities in the town, the villages and elsewhere: figures in text, a stacked bar beside. */
export function ZoneShareChart({ years }: { years: readonly YearFigures[] }) {
  const { t, formatNumber, formatPercent } = useI18n();
  return (
    <ChartTable
      id="zone-trend-title"
      title={t("followUp.zoneTitle")}
      caption={t("followUp.zoneCaption")}
      className="zone-trend"
      head={
        <tr>
          <th scope="col">{t("followUp.zoneYear")}</th>
          <th scope="col">{t("followUp.zoneTotal")}</th>
          {ZONES.map((zone) => (
            <th scope="col" key={zone}>
              <span className="swatch" style={{ background: ZONE_COLOURS[zone] }} aria-hidden="true" />
              {t(`zone.${zone}`)}
            </th>
          ))}
          <th scope="col">{t("followUp.zoneBar")}</th>
        </tr>
      }
    >
      {years.map((y) => {
        const zone = (z: Zone) => y.byZone.find((b) => b.zone === z) ?? { zone: z, count: 0, share: 0 };
        return (
          <tr key={y.year}>
            <th scope="row">{y.year}</th>
            <td>{formatNumber(y.total)}</td>
            {ZONES.map((z) => (
              <td key={z}>{formatPercent(zone(z).share)}</td>
            ))}
            <td className="zone-bar-cell">
              <span className="zone-bar" aria-hidden="true">
                {ZONES.map((z) => (zone(z).count > 0 ? <span key={z} className="zone-bar-segment" style={{ flexGrow: zone(z).count, background: ZONE_COLOURS[z] }} /> : null))}
              </span>
            </td>
          </tr>
        );
      })}
    </ChartTable>
  );
}

/** Done activities per month of one year, as a column chart that is a table (months as columns). */
export function MonthChart({ year, byMonth }: { year: number; byMonth: ReadonlyArray<{ month: number; count: number }> }) {
  const { t, lang } = useI18n();
  const name = new Intl.DateTimeFormat(lang === "sv" ? "sv-SE" : "en-GB", { month: "short", timeZone: "UTC" });
  const max = Math.max(0, ...byMonth.map((m) => m.count));
  return (
    <ChartTable
      id="month-title"
      title={t("followUp.monthTitle")}
      caption={t("followUp.monthCaption", { year })}
      className="month-chart"
      head={
        <tr>
          <th scope="col">{t("followUp.month")}</th>
          {byMonth.map((m) => (
            <th scope="col" key={m.month}>
              {name.format(Date.UTC(year, m.month - 1, 1))}
            </th>
          ))}
        </tr>
      }
    >
      <tr>
        <th scope="row">{t("followUp.count")}</th>
        {byMonth.map((m) => (
          <BarCell key={m.month} value={m.count} max={max} vertical />
        ))}
      </tr>
    </ChartTable>
  );
}
