import { useQuery } from "@apollo/client/react";
import { useEffect } from "react";
import { ErrorNotice } from "../ui/ErrorNotice";
import { LanguageSwitch } from "../ui/LanguageSwitch";
import { SIGN_IN_PATH, navigate } from "../ui/router";
import { MonthChart } from "../followup/charts";
import "../followup/followup.css";
import { publicFollowUpPath, yearsUpTo } from "../followup/paths";
import { PromiseCard, StatusBadge } from "../followup/PromiseCard";
import { YearSelect } from "../followup/YearSelect";
import { currentYear } from "../filters/promise-periods";
import { graphql, useFragment, type FragmentType } from "../gql";
import type { PublicFollowUpRouteQuery as PublicFollowUpRouteResult } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";
import "./public.css";
import { PublicVillageMap } from "./PublicVillageMap";

export const PublicFollowUpRouteQuery = graphql(`
  query PublicFollowUpRouteQuery($year: Int!) {
    publicFollowUp(year: $year) {
      year
      ...PublicTotalsParts
      periodName
      inProgress
      smallVillageLimit
      previous {
        year
        ...PublicTotalsParts
      }
      promises {
        number
        promiseTitle
        label
        measure
        actual
        target
        status
        explanation
        explanationEn: explanation(language: EN)
        previousActual
      }
      byMonth {
        month
        count
      }
      villages {
        name
        samiName
        lat
        lng
        reached
        count
        previousReached
        previousCount
      }
    }
  }
`);

/** A year's total and the named parts it is made of, as `TotalsTable` shows them. */
export const PublicTotalsParts = graphql(`
  fragment PublicTotalsParts on PublicTotals {
    year
    total
    inTown
    inVillages
    elsewhere
    targetedOperations
  }
`);

type PublicFollowUp = PublicFollowUpRouteResult["publicFollowUp"];

/**
 * The published follow-up of a year for citizens, at /uppfoljning/:year, without signing in:
 * what a citizen promise is; the year's total in named parts that add up; the promises with their
 * results; each village reached or not (with a count where the village is large enough) on a map
 * and in a table; the year by month; the year before beside each figure. Fits a phone (320 px).
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

type Totals = FragmentType<typeof PublicTotalsParts>;

/** The parts of a year's total, in the order shown; together they are the total. */
const PARTS = ["inTown", "inVillages", "elsewhere", "targetedOperations"] as const;

/** What a medborgarlöfte is, in a few plain sentences. */
function WhatIsAPromise() {
  const { t } = useI18n();
  return (
    <section className="panel followup-section public-explainer" aria-labelledby="what-title">
      <h2 id="what-title">{t("public.whatTitle")}</h2>
      <p>{t("public.what1")}</p>
      <p>{t("public.what2")}</p>
    </section>
  );
}

/** The year's total as the sum of its named parts, with the year before in the next column. */
function TotalsTable(props: { current: Totals; previous: Totals }) {
  const { t, formatNumber } = useI18n();
  const current = useFragment(PublicTotalsParts, props.current);
  const previous = useFragment(PublicTotalsParts, props.previous);
  return (
    <section className="panel followup-section" aria-labelledby="totals-title">
      <h2 id="totals-title">{t("public.totalsTitle", { year: current.year })}</h2>
      <table className="data-table public-totals-table" data-testid="public-totals">
        <caption>{t("public.totalsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("public.part")}</th>
            <th scope="col">{current.year}</th>
            <th scope="col">{t("public.yearBefore", { year: previous.year })}</th>
          </tr>
        </thead>
        <tbody>
          {PARTS.map((part) => (
            <tr key={part} data-part={part}>
              <th scope="row">{t(`public.part.${part}`)}</th>
              <td data-year="current">{formatNumber(current[part])}</td>
              <td data-year="previous">{formatNumber(previous[part])}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-part="total">
            <th scope="row">{t("followUp.totalRow")}</th>
            <td data-year="current">{formatNumber(current.total)}</td>
            <td data-year="previous">{formatNumber(previous.total)}</td>
          </tr>
        </tfoot>
      </table>
      <p className="muted">{t("public.targetedNote")}</p>
    </section>
  );
}

/** A village's mark in one year: reached or not in words, and the count where one is published. */
function VillageYear({ reached, count }: { reached: boolean; count: number | null }) {
  const { t, tn } = useI18n();
  return (
    <>
      <StatusBadge status={reached ? "MET" : "NOT_MET"} label={t(reached ? "followUp.reached" : "followUp.notReached")} />
      {count !== null && reached ? <span className="village-count"> {tn("followUp.activities", count)}</span> : null}
    </>
  );
}

function PublicReport({ followUp }: { followUp: PublicFollowUp }) {
  const { t } = useI18n();
  const { year, previous } = followUp;
  return (
    <>
      {followUp.periodName ? <p className="report-period">{followUp.periodName}</p> : <p className="notice">{t("public.noPeriod", { year })}</p>}
      <p>{t("public.intro", { year })}</p>
      {followUp.inProgress ? (
        <p className="notice" role="note">
          {t("followUp.inProgress")}
        </p>
      ) : null}
      <WhatIsAPromise />
      <TotalsTable current={followUp} previous={previous} />
      {followUp.promises.length ? (
        <section className="panel followup-section" aria-labelledby="promises-title">
          <h2 id="promises-title">{t("followUp.promises")}</h2>
          <div className="promise-grid">
            {followUp.promises.map((r) => (
              <PromiseCard key={`${r.number}:${r.label}`} number={r.number} title={r.promiseTitle} figure={r} previous={{ year: previous.year, measure: r.measure, actual: r.previousActual }} />
            ))}
          </div>
        </section>
      ) : null}
      <section className="panel followup-section" aria-labelledby="villages-title">
        <h2 id="villages-title">{t("followUp.villagesTitle")}</h2>
        <p className="muted">{t("public.villagesIntro", { limit: followUp.smallVillageLimit })}</p>
        <div className="public-villages-layout">
          <PublicVillageMap year={year} villages={followUp.villages} />
          <table className="data-table village-table" data-testid="public-villages">
            <caption className="visually-hidden">{t("followUp.villagesTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("public.village")}</th>
                <th scope="col">{year}</th>
                <th scope="col">{t("public.yearBefore", { year: previous.year })}</th>
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
                  <td data-year="current">
                    <VillageYear reached={v.reached} count={v.count} />
                  </td>
                  <td data-year="previous">
                    <VillageYear reached={v.previousReached} count={v.previousCount} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <MonthChart year={year} byMonth={followUp.byMonth} />
      <p className="report-source">{t("public.source")}</p>
    </>
  );
}
