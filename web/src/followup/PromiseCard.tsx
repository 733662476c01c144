import type { CadencePeriod, PromiseMeasure, PromiseStatus } from "../gql/graphql";
import { useI18n, type I18n } from "../i18n/i18n";
import { promiseText } from "./promise-text";

/** What a card shows of a result: the same fields in the signed-in and the public follow-up. */
export interface PromiseFigure {
  label: string;
  measure: PromiseMeasure;
  actual: number;
  target: number | null;
  status: PromiseStatus;
  /** The result in a Swedish sentence, and in English (the API writes both; the card shows the page's language). */
  explanation: string;
  explanationEn: string;
  /** While the year runs (signed-in follow-up only): the value at year end at the pace so far. */
  forecast?: number | null;
  /** A village cadence: how many villages met it (the signed-in follow-up asks for it). */
  cadence?: { met: number; villages: number; visitsPerPeriod: number; period: CadencePeriod; exceptions: number } | null;
}

/** A status's mark beside its word (the word carries the meaning; the mark and colour repeat it). */
const STATUS_MARK: Record<PromiseStatus, string> = { MET: "✓", NOT_MET: "✗", IN_PROGRESS: "…", NO_TARGET: "–", ON_TRACK: "→", AT_RISK: "!" };

/** The target in words, e.g. "minst 1 per år". */
export function formatTarget(i18n: I18n, measure: PromiseMeasure, target: number | null): string {
  const { t, formatNumber, formatPercent } = i18n;
  if (target === null) return t("followUp.noTarget");
  if (measure === "MONTHS_COVERED") return t("followUp.targetMonths", { n: formatNumber(target) });
  if (measure === "SHARE_OUTSIDE_TOWN") return t("followUp.targetShare", { share: formatPercent(target) });
  if (measure === "VILLAGE_CADENCE") return t("cadence.targetVillages", { n: formatNumber(target) });
  return t("followUp.targetCount", { n: formatNumber(target) });
}

/** The result in its unit: a count, a number of months, or a share. */
export function formatActual(i18n: I18n, measure: PromiseMeasure, actual: number): string {
  const { t, formatNumber, formatPercent } = i18n;
  if (measure === "MONTHS_COVERED") return t("followUp.resultMonths", { n: formatNumber(actual) });
  if (measure === "SHARE_OUTSIDE_TOWN") return t("followUp.resultShare", { share: formatPercent(actual) });
  if (measure === "VILLAGE_CADENCE") return i18n.tn("cadence.resultVillages", actual);
  return formatNumber(actual);
}

/** A forecast in the unit of its measure; a count rounded to a whole number ("about 14"). */
export function formatForecast(i18n: I18n, measure: PromiseMeasure, forecast: number): string {
  if (measure === "COUNT_PER_YEAR") return i18n.t("followUp.forecastAbout", { n: i18n.formatNumber(Math.round(forecast)) });
  return formatActual(i18n, measure, forecast);
}

/** A status in words with its mark; the colour comes from the `status-*` class. `label` replaces the status's own word. */
export function StatusBadge({ status, label }: { status: PromiseStatus; label?: string }) {
  const { t } = useI18n();
  return (
    <span className={`status-badge status-${status}`} data-status={status}>
      {/* A no-break space: the mark stays with the word when a narrow column wraps the badge. */}
      <span aria-hidden="true">
        {STATUS_MARK[status]}
        {"\u00a0"}
      </span>
      {label ?? t(`followUp.statusShort.${status}`)}
    </span>
  );
}

/** The previous year's result of a card, in the unit of the card's measure. */
export interface PreviousFigure {
  year: number;
  measure: PromiseMeasure;
  actual: number;
}

/**
 * One promise's result against one of its targets: the promise, what is measured, target,
 * result and status (in words, with a mark and a colour), the API's sentence in the page's
 * language, and the year before's result when given.
 */
export function PromiseCard({ number, title, figure, previous }: { number: number; title: string; figure: PromiseFigure; previous?: PreviousFigure | null }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const heading = promiseText(title, lang);
  const label = promiseText(figure.label, lang);
  return (
    <article className={`promise-card status-${figure.status}`} data-testid="promise-card" data-promise={number} data-status={figure.status}>
      <h3>
        <span className="promise-number">{t("followUp.promiseNumber", { number })}</span> <span lang={heading.lang}>{heading.text}</span>
      </h3>
      <p className="promise-label" lang={label.lang}>
        {label.text}
      </p>
      <dl className="promise-figures">
        <div>
          <dt>{t("followUp.target")}</dt>
          <dd>{formatTarget(i18n, figure.measure, figure.target)}</dd>
        </div>
        <div>
          <dt>{t("followUp.result")}</dt>
          <dd className="promise-actual">{formatActual(i18n, figure.measure, figure.actual)}</dd>
        </div>
        {figure.forecast != null ? (
          <div>
            <dt>{t("followUp.forecast")}</dt>
            <dd className="promise-forecast" data-testid="promise-forecast">
              {formatForecast(i18n, figure.measure, figure.forecast)}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t("followUp.status")}</dt>
          <dd>
            <StatusBadge status={figure.status} />
          </dd>
        </div>
      </dl>
      {figure.cadence ? (
        <p className="promise-cadence" data-testid="promise-cadence">
          {t("cadence.card", {
            met: figure.cadence.met,
            villages: figure.cadence.villages,
            visits: figure.cadence.visitsPerPeriod,
            period: t(`cadence.per.${figure.cadence.period}`),
            share: i18n.formatPercent(figure.cadence.villages === 0 ? 0 : figure.cadence.met / figure.cadence.villages),
          })}
          {figure.cadence.exceptions > 0 ? ` ${i18n.tn("cadence.cardExceptions", figure.cadence.exceptions)}` : null}
        </p>
      ) : null}
      <p className="promise-explanation" data-testid="promise-explanation">
        {lang === "en" ? figure.explanationEn : figure.explanation}
      </p>
      {previous ? (
        <p className="promise-previous muted" data-testid="promise-previous">
          {t("followUp.previous", { year: previous.year, result: formatActual(i18n, previous.measure, previous.actual) })}
        </p>
      ) : null}
    </article>
  );
}
