import { useQuery } from "@apollo/client/react";
import { useEffect } from "react";
import { ErrorNotice } from "../app/ErrorNotice";
import { LanguageSwitch } from "../app/LanguageSwitch";
import { SIGN_IN_PATH, navigate } from "../app/router";
import { MonthChart } from "../followup/charts";
import "../followup/followup.css";
import { publicFollowUpPath, yearsUpTo } from "../followup/paths";
import { PromiseCard, StatusBadge } from "../followup/PromiseCard";
import { YearSelect } from "../followup/YearSelect";
import { currentYear } from "../filters/promise-periods";
import { graphql } from "../gql";
import type { PublicFollowUpRouteQueryQuery } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";
import { ScrollRegion } from "../table/ScrollRegion";

export const PublicFollowUpRouteQuery = graphql(`
  query PublicFollowUpRouteQuery($year: Int!) {
    publicFollowUp(year: $year) {
      year
      periodName
      inProgress
      total
      inTown
      outsideTown
      smallVillageLimit
      promises {
        number
        promiseTitle
        label
        measure
        actual
        target
        status
        explanation
      }
      byMonth {
        month
        count
      }
      villages {
        name
        samiName
        reached
        count
      }
    }
  }
`);

type PublicFollowUp = PublicFollowUpRouteQueryQuery["publicFollowUp"];

/**
 * The published follow-up of a year for citizens, at /uppfoljning/:year, without signing in:
 * the promises with their results, the town and the rest, each village reached or not (with a
 * count where the village is large enough), and the year by month.
 */
export function PublicFollowUpRoute({ year }: { year: number }) {
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(PublicFollowUpRouteQuery, { variables: { year } });
  useEffect(() => {
    document.title = `${t("public.title", { year })} – ${t("app.title")}`;
  }, [t, year]);
  const followUp = data?.publicFollowUp;
  return (
    <div className="public-page">
      <header className="app-header public-header">
        <div className="brand">
          <span className="brand-title">{t("app.title")}</span>
          <span className="brand-subtitle">{t("app.subtitle")}</span>
        </div>
        <div className="header-actions no-print">
          <LanguageSwitch />
          <a href={SIGN_IN_PATH}>{t("public.signIn")}</a>
        </div>
      </header>
      <main id="main" className="followup-main public-main">
        <h1>{t("public.title", { year })}</h1>
        <div className="panel followup-toolbar no-print">
          <YearSelect years={yearsUpTo(currentYear())} year={year} label={t("public.year")} onChange={(y) => navigate(publicFollowUpPath(y))} />
        </div>
        {error ? <ErrorNotice error={error} retry={() => void refetch()} /> : null}
        {followUp ? <PublicReport followUp={followUp} /> : error ? null : <p aria-busy="true">{t("app.loading")}</p>}
      </main>
    </div>
  );
}

function PublicReport({ followUp }: { followUp: PublicFollowUp }) {
  const { t, formatNumber } = useI18n();
  const { year } = followUp;
  return (
    <>
      {followUp.periodName ? <p className="report-period">{followUp.periodName}</p> : <p className="notice">{t("public.noPeriod", { year })}</p>}
      <p>{t("public.intro", { year })}</p>
      {followUp.inProgress ? (
        <p className="notice" role="note">
          {t("followUp.inProgress")}
        </p>
      ) : null}
      <dl className="public-totals">
        <div>
          <dt>{t("followUp.totalRow")}</dt>
          <dd>{formatNumber(followUp.total)}</dd>
        </div>
        <div>
          <dt>{t("public.inTown")}</dt>
          <dd>{formatNumber(followUp.inTown)}</dd>
        </div>
        <div>
          <dt>{t("public.outsideTown")}</dt>
          <dd>{formatNumber(followUp.outsideTown)}</dd>
        </div>
      </dl>
      {followUp.promises.length ? (
        <section className="panel followup-section" aria-labelledby="promises-title">
          <h2 id="promises-title">{t("followUp.promises")}</h2>
          <div className="promise-grid">
            {followUp.promises.map((r) => (
              <PromiseCard key={`${r.number}:${r.label}`} number={r.number} title={r.promiseTitle} figure={r} />
            ))}
          </div>
        </section>
      ) : null}
      <section className="panel followup-section" aria-labelledby="villages-title">
        <h2 id="villages-title">{t("followUp.villagesTitle")}</h2>
        <p className="muted">{t("public.villagesIntro", { limit: followUp.smallVillageLimit })}</p>
        <ScrollRegion labelledBy="villages-title">
        <table className="data-table village-table" data-testid="public-villages">
          <caption className="visually-hidden">{t("followUp.villagesTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("public.village")}</th>
              <th scope="col">{t("followUp.status")}</th>
              <th scope="col">{t("public.result")}</th>
            </tr>
          </thead>
          <tbody>
            {followUp.villages.map((v) => (
              <tr key={v.name} data-reached={v.reached}>
                <th scope="row">
                  {v.name}
                  {v.samiName ? (
                    <span className="muted" lang="smj">
                      {" "}
                      ({v.samiName})
                    </span>
                  ) : null}
                </th>
                <td>
                  <StatusBadge status={v.reached ? "MET" : "NOT_MET"} label={t(v.reached ? "followUp.reached" : "followUp.notReached")} />
                </td>
                <td>{v.count === null ? "–" : formatNumber(v.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </ScrollRegion>
      </section>
      <MonthChart year={year} byMonth={followUp.byMonth} />
      <p className="report-source">{t("public.source")}</p>
    </>
  );
}
