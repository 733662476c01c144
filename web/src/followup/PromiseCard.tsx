import type { PromiseMeasure, PromiseStatus } from "../gql/graphql";
import { useI18n, type I18n } from "../i18n/i18n";

/** What a card shows of a result: the same fields in the signed-in and the public follow-up. */
export interface PromiseFigure {
  label: string;
  measure: PromiseMeasure;
  actual: number;
  target: number | null;
  status: PromiseStatus;
  explanation: string;
}

/** A status's mark beside its word (the word carries the meaning; the mark and colour repeat it). */
const STATUS_MARK: Record<PromiseStatus, string> = { MET: "✓", NOT_MET: "✗", IN_PROGRESS: "…", NO_TARGET: "–" };

/** The target in words, e.g. "minst 1 per år". */
export function formatTarget(i18n: I18n, measure: PromiseMeasure, target: number | null): string {
  const { t, formatNumber, formatPercent } = i18n;
  if (target === null) return t("followUp.noTarget");
  if (measure === "MONTHS_COVERED") return t("followUp.targetMonths", { n: formatNumber(target) });
  if (measure === "SHARE_OUTSIDE_TOWN") return t("followUp.targetShare", { share: formatPercent(target) });
  return t("followUp.targetCount", { n: formatNumber(target) });
}

/** The result in its unit: a count, a number of months, or a share. */
export function formatActual(i18n: I18n, measure: PromiseMeasure, actual: number): string {
  const { t, formatNumber, formatPercent } = i18n;
  if (measure === "MONTHS_COVERED") return t("followUp.resultMonths", { n: formatNumber(actual) });
  if (measure === "SHARE_OUTSIDE_TOWN") return t("followUp.resultShare", { share: formatPercent(actual) });
  return formatNumber(actual);
}

/** A status in words with its mark; the colour comes from the `status-*` class. `label` replaces the status's own word. */
export function StatusBadge({ status, label }: { status: PromiseStatus; label?: string }) {
  const { t } = useI18n();
  return (
    <span className={`status-badge status-${status}`} data-status={status}>
      <span aria-hidden="true">{STATUS_MARK[status]} </span>
      {label ?? t(`followUp.statusShort.${status}`)}
    </span>
  );
}

/**
 * One promise's result against one of its targets: the promise, what is measured, target,
 * result and status (in words, with a mark and a colour), and the API's Swedish explanation.
 */
export function PromiseCard({ number, title, figure, previous }: { number: number; title: string; figure: PromiseFigure; previous?: { year: number; figure: PromiseFigure } | null }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <article className={`promise-card status-${figure.status}`} data-testid="promise-card" data-promise={number} data-status={figure.status}>
      <h3>
        <span className="promise-number">{t("followUp.promiseNumber", { number })}</span> {title}
      </h3>
      <p className="promise-label">{figure.label}</p>
      <dl className="promise-figures">
        <div>
          <dt>{t("followUp.target")}</dt>
          <dd>{formatTarget(i18n, figure.measure, figure.target)}</dd>
        </div>
        <div>
          <dt>{t("followUp.result")}</dt>
          <dd className="promise-actual">{formatActual(i18n, figure.measure, figure.actual)}</dd>
        </div>
        <div>
          <dt>{t("followUp.status")}</dt>
          <dd>
            <StatusBadge status={figure.status} />
          </dd>
        </div>
      </dl>
      <p className="promise-explanation" lang="sv">
        {figure.explanation}
      </p>
      {previous ? (
        <p className="promise-previous muted">
          {t("followUp.previous", { year: previous.year, result: formatActual(i18n, previous.figure.measure, previous.figure.actual) })}
        </p>
      ) : null}
    </article>
  );
}
