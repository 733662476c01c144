import type { ReactNode } from "react";
import { graphql, useFragment, type FragmentType } from "../gql";
import { useI18n } from "../i18n/i18n";
import { promiseText } from "./promise-text";

/** The year's hours on site, as the section shows them. */
export const TimeSpentSectionDoc = graphql(`
  fragment TimeSpentSection on TimeSpent {
    hours
    withoutEnd
    byKind {
      kind
      hours
      withoutEnd
    }
    byOrganisation {
      organisation
      hours
      withoutEnd
    }
  }
`);

/** A promise target's hours, as the section lists them. */
interface PromiseHours {
  label: string;
  hours: number;
  activitiesWithoutEnd: number;
  promise: { number: number };
}

/** Hours with one decimal. */
function useHours(): (hours: number) => string {
  const { lang } = useI18n();
  const format = new Intl.NumberFormat(lang === "en" ? "en-GB" : "sv-SE", { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  return (hours) => format.format(hours);
}

/** One table of hours: a name per row, the hours, and how many had no end time. */
function HoursTable({ id, caption, head, rows }: { id: string; caption: string; head: string; rows: Array<{ key: string; name: string; lang?: string; hours: number; withoutEnd: number }> }) {
  const { t, formatNumber } = useI18n();
  const hours = useHours();
  return (
    <div className="chart-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="data-table">
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            <th scope="col">{t("followUp.hours")}</th>
            <th scope="col">{t("followUp.withoutEnd")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row" lang={r.lang}>
                {r.name}
              </th>
              <td>{hours(r.hours)}</td>
              <td>{formatNumber(r.withoutEnd)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * "Tid på plats": hours from start to end of the year's done activities, per promise target, kind
 * and organisation, and how many activities have no end time (they are not counted, not as zero);
 * `children` (the time's CSV download) below the tables.
 */
export function TimeSpentSection({ promises, children, ...props }: { timeSpent: FragmentType<typeof TimeSpentSectionDoc>; promises: readonly PromiseHours[]; children?: ReactNode }) {
  const timeSpent = useFragment(TimeSpentSectionDoc, props.timeSpent);
  const { t, tn, lang } = useI18n();
  const hours = useHours();
  const kinds = timeSpent.byKind.filter((k) => k.hours > 0 || k.withoutEnd > 0);
  return (
    <section className="panel followup-section" aria-labelledby="time-title" data-testid="time-spent">
      <h2 id="time-title">{t("followUp.timeTitle")}</h2>
      <p>{t("followUp.timeIntro", { hours: hours(timeSpent.hours) })}</p>
      {timeSpent.withoutEnd > 0 ? (
        <p className="notice" role="note" data-testid="time-without-end">
          {tn("followUp.timeWithoutEnd", timeSpent.withoutEnd)}
        </p>
      ) : null}
      <div className="time-tables">
        {promises.length > 0 ? (
          <HoursTable
            id="time-by-promise"
            caption={t("followUp.timeByPromise")}
            head={t("followUp.promises")}
            rows={promises.map((p, i) => {
              const label = promiseText(p.label, lang);
              return { key: String(i), name: `${p.promise.number}. ${label.text}`, lang: label.lang, hours: p.hours, withoutEnd: p.activitiesWithoutEnd };
            })}
          />
        ) : null}
        <HoursTable
          id="time-by-kind"
          caption={t("followUp.timeByKind")}
          head={t("followUp.kind")}
          rows={kinds.map((k) => ({ key: k.kind, name: t(`kind.${k.kind}`), hours: k.hours, withoutEnd: k.withoutEnd }))}
        />
        <HoursTable
          id="time-by-organisation"
          caption={t("followUp.timeByOrganisation")}
          head={t("followUp.organisation")}
          rows={timeSpent.byOrganisation.map((o) => ({ key: o.organisation, name: t(`organisation.${o.organisation}`), hours: o.hours, withoutEnd: o.withoutEnd }))}
        />
      </div>
      {children}
    </section>
  );
}
