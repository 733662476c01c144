import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { dayTrips, DEFAULT_TRIP_LIMITS } from "../../../domain/day-trips";
import { useActivityEditor } from "../editing/ActivityEditor";
import { PlanVisitButton } from "../editing/PlanVisitButton";
import { graphql } from "../gql";
import type { PlanningDueQuery } from "../gql/graphql";
import { useI18n, type I18n } from "../i18n/i18n";
import { ScrollRegion } from "../ui/ScrollRegion";
import { ErrorNotice } from "../ui/ErrorNotice";
import { HiddenColumn } from "../ui/Field";
import "./planning.css";

export const PlanningDue = graphql(`
  query PlanningDueQuery($asOf: DateTime) {
    planningDue(asOf: $asOf) {
      asOf
      periodStart
      periodEnd
      cadence {
        id
        label
        target
        cadencePeriod
      }
      start {
        id
        name
        lat
        lng
      }
      villages {
        place {
          id
          name
          lat
          lng
        }
        visitsPerPeriod
        visitsInPeriod
        lastVisitAt
        daysSince
        dueAt
        daysUntilDue
        overdue
        nextPlannedAt
      }
    }
  }
`);

type Due = PlanningDueQuery["planningDue"];
type DueRow = Due["villages"][number];

/** How many villages show before "show all". */
const FIRST = 8;

/** The choices of how far ahead trips take villages in, in days. */
const HORIZONS = [14, 30, 60, 90] as const;

/** Today in the device's time as YYYY-MM-DD (what a date field holds). */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

/** "försenad 12 dagar", "i dag", "om 19 dagar" — or why there is no due day. */
function dueText(i18n: I18n, row: DueRow): string {
  if (row.dueAt === null || row.daysUntilDue === null) return i18n.t("due.notAsked");
  if (row.daysUntilDue < 0) return i18n.tn("due.overdue", -row.daysUntilDue);
  if (row.daysUntilDue === 0) return i18n.t("coverage.today");
  return i18n.tn("coverage.inDays", row.daysUntilDue);
}

/** The day trips of the villages due within `horizon` days, from the start (the town). */
function TripList({ due, horizon }: { due: Due; horizon: number }) {
  const i18n = useI18n();
  const { t, tn, formatNumber } = i18n;
  const start = due.start;
  if (!start) return <p className="muted">{t("due.noStart")}</p>;
  const stops = due.villages.filter((v) => v.daysUntilDue !== null && v.daysUntilDue <= horizon).map((v) => ({ id: v.place.id, lat: v.place.lat, lng: v.place.lng, name: v.place.name, row: v }));
  const trips = dayTrips(start, stops);
  if (trips.length === 0) return <p data-testid="trips-none">{t("due.noneDue", { days: horizon })}</p>;
  return (
    <ol className="day-trips" data-testid="day-trips">
      {trips.map((trip, i) => (
        <li key={trip.stops.map((s) => s.id).join("-")} data-testid="day-trip">
          <h4>{t("due.trip", { n: i + 1, direction: t(`direction.${trip.direction}`), km: formatNumber(Math.round(trip.totalKm)) })}</h4>
          <p>
            {[start.name, ...trip.stops.map((s) => s.name), start.name].join(" → ")}
            <span className="muted"> · {tn("due.tripVillages", trip.stops.length)}</span>
          </p>
        </li>
      ))}
    </ol>
  );
}

/**
 * "Planera": the villages by how urgent a visit is under the village cadence (overdue first), as on
 * a chosen day, with their last visit, visits in the period, due day and next planned one, each with
 * a button that opens the form for a village visit there (the role's own organisation, planned); on
 * request the due villages grouped into day trips from the police station in the town, by
 * straight-line distance and bearing. Shown only to those who may plan.
 */
export function PlanningPanel() {
  const i18n = useI18n();
  const { t, tn, formatDate } = i18n;
  const open = useActivityEditor();
  const [day, setDay] = useState(today);
  const [all, setAll] = useState(false);
  const [trips, setTrips] = useState(false);
  const [horizon, setHorizon] = useState<number>(30);
  const asOf = day === today() || day === "" ? null : new Date(`${day}T12:00:00`).toISOString();
  const { data, previousData, error, refetch } = useQuery(PlanningDue, { variables: { asOf } });
  if (!open) return null;
  const due = (data ?? previousData)?.planningDue ?? null;
  const rows = due?.villages ?? [];
  const shown = all ? rows : rows.slice(0, FIRST);
  const cadence = due?.cadence ?? null;
  return (
    <section className="planning panel due-panel" aria-labelledby="planning-title" data-testid="planning">
      <h2 id="planning-title">{t("plan.title")}</h2>
      <p className="field-note">{t("plan.caption")}</p>
      <div className="due-controls">
        <label htmlFor="due-as-of">{t("due.asOf")}</label>
        <input id="due-as-of" type="date" value={day} onChange={(e) => setDay(e.currentTarget.value)} />
      </div>
      {error ? <ErrorNotice error={error} retry={() => void refetch()} /> : null}
      {due === null ? (
        <p aria-busy="true">{t("app.loading")}</p>
      ) : (
        <>
          <p className="field-note" data-testid="due-caption">
            {cadence
              ? t("due.caption", {
                  label: cadence.label,
                  visits: cadence.target ?? 0,
                  period: t(`cadence.per.${cadence.cadencePeriod ?? "YEAR"}`),
                  overdue: rows.filter((r) => r.overdue).length,
                })
              : t("due.noCadence")}
          </p>
          <ScrollRegion labelledBy="planning-title">
            <table className="data-table planning-table due-table">
              <thead>
                <tr>
                  <th scope="col">{t("due.village")}</th>
                  <th scope="col">{t("due.lastVisit")}</th>
                  <th scope="col">{t("due.visits")}</th>
                  <th scope="col">{t("due.dueAt")}</th>
                  <th scope="col">{t("coverage.nextPlanned")}</th>
                  <HiddenColumn label={t("plan.action")} />
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => (
                  <tr key={row.place.id} data-overdue={row.overdue || undefined} data-village={row.place.name}>
                    <th scope="row">{row.place.name}</th>
                    <td data-label={t("due.lastVisit")} data-days={row.daysSince ?? undefined}>
                      {row.lastVisitAt === null || row.daysSince === null ? (
                        <strong>{t("due.never")}</strong>
                      ) : (
                        <>
                          <time dateTime={row.lastVisitAt}>{formatDate(row.lastVisitAt)}</time>{" "}
                          <span className="time-relative">{row.daysSince === 0 ? t("coverage.today") : tn("coverage.daysAgo", row.daysSince)}</span>
                        </>
                      )}
                    </td>
                    <td data-label={t("due.visits")}>{t("due.visitsOf", { done: row.visitsInPeriod, quota: row.visitsPerPeriod })}</td>
                    <td data-label={t("due.dueAt")} data-due-days={row.daysUntilDue ?? undefined}>
                      {row.dueAt ? <time dateTime={row.dueAt}>{formatDate(row.dueAt)}</time> : null}{" "}
                      {row.overdue ? <strong className="due-overdue">{dueText(i18n, row)}</strong> : <span className="time-relative">{dueText(i18n, row)}</span>}
                    </td>
                    <td data-label={t("coverage.nextPlanned")}>
                      {row.nextPlannedAt ? <time dateTime={row.nextPlannedAt}>{formatDate(row.nextPlannedAt)}</time> : <span className="muted">{t("coverage.nonePlanned")}</span>}
                    </td>
                    <td className="due-action">
                      <PlanVisitButton placeId={row.place.id} label={t("plan.actionIn", { place: row.place.name })} text={t("plan.action")} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          {rows.length > FIRST ? (
            <button type="button" className="button-link" aria-expanded={all} onClick={() => setAll(!all)}>
              {all ? t("plan.showFewer") : t("due.showAll", { count: rows.length })}
            </button>
          ) : null}
          <div className="due-trips">
            <button type="button" className="button-secondary" aria-pressed={trips} onClick={() => setTrips(!trips)}>
              {t("due.tripsToggle")}
            </button>
            {trips ? (
              <>
                <div className="due-controls">
                  <label htmlFor="due-horizon">{t("due.horizon")}</label>
                  <select id="due-horizon" value={horizon} onChange={(e) => setHorizon(Number(e.currentTarget.value))}>
                    {HORIZONS.map((days) => (
                      <option key={days} value={days}>
                        {tn("due.days", days)}
                      </option>
                    ))}
                  </select>
                </div>
                <p className="field-note" data-testid="trips-note">
                  {t("due.tripsNote", { start: due.start?.name ?? "", km: DEFAULT_TRIP_LIMITS.maxKm, stops: DEFAULT_TRIP_LIMITS.maxStops })}
                </p>
                <TripList due={due} horizon={horizon} />
              </>
            ) : null}
          </div>
        </>
      )}
    </section>
  );
}
