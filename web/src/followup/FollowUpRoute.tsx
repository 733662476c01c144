import { skipToken, useQuery } from "@apollo/client/react";
import { useEffect, useMemo, type ReactNode } from "react";
import { ACTIVITY_KINDS } from "../../../domain/enums";
import { ErrorNotice } from "../ui/ErrorNotice";
import { PageLoading } from "../ui/PageLoading";
import { navigate, useLocation } from "../ui/router";
import { useSessionUser } from "../auth/session";
import { currentYear, defaultPeriod } from "../filters/promise-periods";
import { graphql, useFragment } from "../gql";
import type { FollowUpRouteQuery as FollowUpRouteResult, Organisation } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";
import { KindTrendChart, MonthChart, ZoneShareChart } from "./charts";
import { CreatePeriodForm } from "./CreatePeriodForm";
import { FollowUpCsvButton } from "./csv-export";
import "./followup.css";
import { OrganisationSelect, organisationParam } from "./OrganisationSelect";
import { FOLLOW_UP_PATH, yearsUpTo } from "./paths";
import { PromiseCard, type PromiseFigure } from "./PromiseCard";
import { AsOfField, asOfParam } from "./AsOfField";
import { TimeSpentSection } from "./TimeSpentSection";
import { useFollowUpTrend } from "./useFollowUpTrend";
import { VillageMap } from "./VillageMap";
import { YearSelect } from "./YearSelect";

export const FollowUpPeriodsQuery = graphql(`
  query FollowUpPeriodsQuery {
    promisePeriods {
      id
      name
      startYear
      endYear
    }
  }
`);

/** A promise's result against one target, as a card shows it and as last year's is paired with it. */
export const FollowUpResult = graphql(`
  fragment FollowUpResult on PromiseResult {
    targetId
    label
    measure
    actual
    target
    status
    explanation
    explanationEn: explanation(language: EN)
    forecast
    cadence {
      met
      villages
      visitsPerPeriod
      period
      exceptions
    }
    promise {
      id
      number
      title
    }
  }
`);

export const FollowUpRouteQuery = graphql(`
  query FollowUpRouteQuery($year: Int!, $organisations: [Organisation!], $asOf: String) {
    followUp(year: $year, organisations: $organisations, asOf: $asOf) {
      year
      inProgress
      asOf
      total
      period {
        id
        name
        startYear
        endYear
      }
      promises {
        ...FollowUpResult
        label
        hours
        activitiesWithoutEnd
        promise {
          number
          title
        }
      }
      timeSpent {
        ...TimeSpentSection
      }
      byMonth {
        month
        count
      }
      villagesReached {
        count
        place {
          id
          name
          lat
          lng
          ...PlacesLayerPlace
        }
      }
      villagesNotReached {
        id
        name
        lat
        lng
        ...PlacesLayerPlace
      }
      previous {
        year
        promises {
          ...FollowUpResult
        }
      }
    }
  }
`);

type FollowUpData = FollowUpRouteResult["followUp"];

/** Pairs a result with last year's result of the same promise and target. */
const resultKey = (r: { targetId: string | null; promise: { number: number } }) => `${r.promise.number}:${r.targetId ?? ""}`;

/** The follow-up's address for a year, an organisation (none: all) and the day counted to (none: today or the year's end). */
function followUpUrl(year: number, organisation: Organisation | null, asOf: string | null = null): string {
  return `${FOLLOW_UP_PATH}?year=${year}${organisation ? `&org=${organisation}` : ""}${asOf ? `&asOf=${asOf}` : ""}`;
}

/** The year to open: the one in the URL, else this year while a period holds it, else the last year of the latest period. */
function defaultYear(periods: ReadonlyArray<{ startYear: number; endYear: number }>): number {
  const now = currentYear();
  if (periods.length === 0) return now;
  const period = defaultPeriod(
    now,
    periods.map((p) => ({ from: p.startYear, to: p.endYear })),
  );
  return Math.min(now, period.to);
}

/**
 * "Uppföljning": the yearly follow-up for signed-in readers. A year and an organisation to
 * choose (every figure counts the chosen organisation's work); a card per promise and target; the
 * trend by kind and the town/villages share from 2020 to the chosen year; by month; the villages
 * reached and not, listed and on a small map; CSV export and a print stylesheet (A4).
 */
export function FollowUpRoute({ header }: { header: ReactNode }) {
  const { t, formatDate } = useI18n();
  const { search } = useLocation();
  const periods = useQuery(FollowUpPeriodsQuery);
  const asked = Number(search.get("year"));
  const thisYear = currentYear();
  const years = useMemo(() => yearsUpTo(thisYear), [thisYear]);
  const year = years.includes(asked) ? asked : periods.data ? defaultYear(periods.data.promisePeriods) : null;
  const organisation = organisationParam(search.get("org"));
  const organisations = organisation ? [organisation] : null;
  const asOf = asOfParam(search.get("asOf"));
  const route = useQuery(FollowUpRouteQuery, year === null ? skipToken : { variables: { year, organisations, asOf } });
  // The trend up to the chosen year: a year's report says nothing of the years after it.
  const trendYears = useMemo(() => yearsUpTo(year ?? thisYear), [year, thisYear]);
  const trend = useFollowUpTrend(trendYears, organisation, asOf);

  useEffect(() => {
    if (year !== null) document.title = `${t("followUp.title", { year })} – ${t("app.title")}`;
  }, [t, year]);

  if (periods.error) {
    return (
      <main id="main" className="page-message">
        <ErrorNotice error={periods.error} retry={() => void periods.refetch()} />
      </main>
    );
  }
  if (year === null) return <PageLoading />;
  const followUp = route.data?.followUp ?? null;

  return (
    <div className="app-shell followup-page">
      <nav className="skip-links no-print" aria-label={t("app.skipToMain")}>
        <a href="#main">{t("app.skipToMain")}</a>
      </nav>
      {header}
      <main id="main" className="followup-main" tabIndex={-1}>
        <header className="report-head">
          <p className="report-brand print-only">
            {t("app.title")} · {t("app.subtitle")}
          </p>
          <h1>{t("followUp.heading", { year })}</h1>
          {followUp?.period ? <p className="report-period">{t("followUp.period", { name: followUp.period.name, from: followUp.period.startYear, to: followUp.period.endYear })}</p> : null}
          <p className="report-date muted">{t("followUp.compiled", { date: formatDate(new Date().toISOString()) })}</p>
        </header>
        <div className="panel followup-toolbar no-print">
          <YearSelect years={years} year={year} label={t("followUp.year")} onChange={(y) => navigate(followUpUrl(y, organisation), { replace: true })} />
          <OrganisationSelect organisation={organisation} onChange={(o) => navigate(followUpUrl(year, o, asOf), { replace: true })} />
          <AsOfField year={year} asOf={asOf} onChange={(day) => navigate(followUpUrl(year, organisation, day), { replace: true })} />
          <button type="button" className="button-secondary" onClick={() => window.print()}>
            {t("followUp.print")}
          </button>
          <FollowUpCsvButton year={year} organisation={organisation} asOf={asOf} />
        </div>
        {asOf && followUp ? (
          <p className="notice" role="note" data-testid="as-of-note">
            {t("followUp.asOfNote", { date: followUp.asOf })}
          </p>
        ) : null}
        {organisation ? (
          <p className="notice" role="note" data-testid="organisation-note">
            {t("followUp.organisationNote", { organisation: t(`organisation.${organisation}`) })}
          </p>
        ) : null}
        {route.error ? <ErrorNotice error={route.error} retry={() => void route.refetch()} /> : null}
        {followUp ? <FollowUpReport followUp={followUp} /> : route.loading ? <p aria-busy="true">{t("app.loading")}</p> : null}
        {trend.error ? <ErrorNotice error={trend.error} /> : null}
        {trend.years ? (
          <>
            <KindTrendChart years={trend.years} kinds={ACTIVITY_KINDS} />
            <ZoneShareChart years={trend.years} />
          </>
        ) : (
          <p aria-busy="true" className="no-print">
            {t("followUp.trendLoading")}
          </p>
        )}
        {followUp ? <VillagesSection followUp={followUp} /> : null}
        {followUp ? (
          <TimeSpentSection timeSpent={followUp.timeSpent} promises={followUp.promises}>
            <FollowUpCsvButton year={year} organisation={organisation} asOf={asOf} time />
          </TimeSpentSection>
        ) : null}
        <SourceNote />
      </main>
    </div>
  );
}

/** The year's promises (or the note that no period covers the year) and the figures by month. */
function FollowUpReport({ followUp }: { followUp: FollowUpData }) {
  const { t } = useI18n();
  const user = useSessionUser();
  const promises = useFragment(FollowUpResult, followUp.promises);
  const previousResults = useFragment(FollowUpResult, followUp.previous.promises);
  const previous = useMemo(() => new Map<string, PromiseFigure>(previousResults.map((r) => [resultKey(r), r])), [previousResults]);
  return (
    <>
      {!followUp.period ? (
        <div className="notice" role="note" data-testid="no-period">
          <p>{t("followUp.noPeriod", { year: followUp.year })}</p>
          <p>{t(user.role === "ADMIN" ? "followUp.noPeriodAdmin" : "followUp.noPeriodOthers")}</p>
        </div>
      ) : null}
      {!followUp.period && user.role === "ADMIN" ? <CreatePeriodForm year={followUp.year} /> : null}
      {followUp.inProgress ? (
        <p className="notice" role="note">
          {t("followUp.inProgress")}
        </p>
      ) : null}
      <p className="report-total">{t("followUp.total", { count: followUp.total, year: followUp.year })}</p>
      {followUp.period ? (
        <section className="panel followup-section" aria-labelledby="promises-title">
          <h2 id="promises-title">{t("followUp.promises")}</h2>
          <p className="muted">{t("followUp.promisesIntro")}</p>
          {promises.length === 0 ? <p>{t("followUp.noPromises")}</p> : null}
          <div className="promise-grid">
            {promises.map((r) => {
              const before = previous.get(resultKey(r));
              return (
                <PromiseCard
                  key={resultKey(r)}
                  number={r.promise.number}
                  title={r.promise.title}
                  figure={r}
                  previous={before ? { year: followUp.previous.year, measure: before.measure, actual: before.actual } : null}
                />
              );
            })}
          </div>
        </section>
      ) : null}
      <MonthChart year={followUp.year} byMonth={followUp.byMonth} />
    </>
  );
}

/** The villages reached (with counts) and not reached, in lists and on a small map. */
function VillagesSection({ followUp }: { followUp: FollowUpData }) {
  const { t, tn } = useI18n();
  const villages = useMemo(() => [...followUp.villagesReached.map((v) => v.place), ...followUp.villagesNotReached], [followUp]);
  const notReached = useMemo(() => new Set(followUp.villagesNotReached.map((p) => p.id)), [followUp.villagesNotReached]);
  return (
    <section className="panel followup-section villages" aria-labelledby="villages-title">
      <h2 id="villages-title">{t("followUp.villagesTitle")}</h2>
      <div className="villages-layout">
        <div className="village-lists">
          <h3>{t("followUp.villagesReached", { count: followUp.villagesReached.length })}</h3>
          {followUp.villagesReached.length ? (
            <ul className="village-list" data-testid="villages-reached">
              {followUp.villagesReached.map((v) => (
                <li key={v.place.id}>
                  {v.place.name} <span className="muted">({tn("followUp.activities", v.count)})</span>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("followUp.villagesNone")}</p>
          )}
          <h3>{t("followUp.villagesNotReached", { count: followUp.villagesNotReached.length })}</h3>
          {followUp.villagesNotReached.length ? (
            <ul className="village-list village-list-not-reached" data-testid="villages-not-reached">
              {followUp.villagesNotReached.map((p) => (
                <li key={p.id}>{p.name}</li>
              ))}
            </ul>
          ) : (
            <p>{t("followUp.villagesNone")}</p>
          )}
        </div>
        <VillageMap year={followUp.year} villages={villages} notReachedIds={notReached} />
      </div>
    </section>
  );
}

/** Where the figures come from, and for which role they were counted. */
function SourceNote() {
  const { t } = useI18n();
  const user = useSessionUser();
  return <p className="report-source">{t("followUp.source", { role: t(`role.${user.role}`) })}</p>;
}
