import { FieldOffer } from "../field/FieldOffer";
import { useQuery } from "@apollo/client/react";
import { memo, useCallback, useDeferredValue, useMemo, useState } from "react";
import { useSessionUser } from "../auth/session";
import { CoveragePanel } from "../coverage/CoveragePanel";
import { useCoverage } from "../coverage/useCoverage";
import { FilterPanel } from "../filters/FilterPanel";
import { ActivitiesCsvButton } from "../followup/csv-export";
import { useView } from "../filters/useView";
import { comparedYear, toActivityFilter, type Filter, type View } from "../filters/view-state";
import { CompareYearSelect } from "../filters/CompareYearSelect";
import { comparedYears, useComparison } from "../coverage/comparison";
import { ComparisonPanel } from "../coverage/ComparisonPanel";
import { ComparisonLayer } from "../map/ComparisonLayer";
import { ComparisonLegend } from "../map/ComparisonLegend";
import { useI18n } from "../i18n/i18n";
import { ActivityMap } from "../map/ActivityMap";
import type { ActivitySelection } from "../map/ActivityMap";
import type { PopupTarget } from "../activities/map-target";
import type { PopupActivity } from "../map/ActivityPopup";
import { Legend, countActivities, countClusters } from "../map/Legend";
import type { ServerClusterResult } from "../map/ServerClusterLayer";
import { useMapActivities } from "../map/useMapActivities";
import { MeetingMode } from "../meeting/MeetingMode";
import { ActivityTable } from "../table/ActivityTable";
import { ActivityEditorProvider } from "../editing/ActivityEditor";
import { ActivityActions } from "../editing/ActivityActions";
import { PlanOnMapClick } from "../editing/PlanOnMapClick";
import { PlanningPanel } from "../planning/PlanningPanel";
import { useActivitiesChanged } from "../activities/activity-events";
import { ErrorNotice } from "../ui/ErrorNotice";
import { MapRouteQuery } from "../map/map-route-query";
import { Header } from "./Header";
import { TwoFingerMap } from "./TwoFingerMap";
import { WaitingLayer } from "../map/WaitingLayer";
import { WaitingList } from "../offline/WaitingList";
import { useLatest } from "../ui/useLatest";

async function enterFullscreen(): Promise<void> {
  try {
    if (!document.fullscreenElement) await document.documentElement.requestFullscreen?.();
  } catch {
    // Not allowed here (e.g. an iframe): meeting mode still fills the window.
  }
}

async function leaveFullscreen(): Promise<void> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
  } catch {
    // already left
  }
}

/**
 * The map page: the selection (in the URL), the map with its legend, the count, the coverage panel
 * and the activity table; or, with `?meeting=1`, the same map in meeting mode.
 */
/** The popup offers what the editing offers on any activity (edit, mark done, delete), for who may write it. */
const popupActions = (activity: PopupActivity) => <ActivityActions activity={activity} />;

// The page's panels, drawn again only when their own props change (a query answer for the map re-renders the page).
const CoverageSection = memo(CoveragePanel);
const TableSection = memo(ActivityTable);
const PlanningSection = memo(PlanningPanel);
const WaitingSection = memo(WaitingList);
const FieldOfferSection = memo(FieldOffer);

export function MapRoute() {
  const { t, tn } = useI18n();
  const user = useSessionUser();
  const route = useQuery(MapRouteQuery);
  const apiPeriods = route.data?.promisePeriods;
  const periods = useMemo(() => apiPeriods?.map((p) => ({ from: p.startYear, to: p.endYear })) ?? null, [apiPeriods]);
  const { view, defaults, setView } = useView(periods);
  // The filter object is rebuilt on each render; its JSON says when its content changed.
  const filterKey = JSON.stringify(view.filter);
  const filter = useMemo(() => toActivityFilter(JSON.parse(filterKey) as Filter), [filterKey]);
  const mapActivities = useMapActivities(filter);
  // A filter change draws the map first: the coverage and the table take the new filter in a render
  // of their own right after, so the map's request leaves without waiting for theirs to be drawn.
  const panelFilter = useDeferredValue(filter);
  const coverage = useCoverage(panelFilter);
  // `?jamfor=` sets another year against the selection's (last) year, the selection's other choices kept.
  const year = comparedYear(view.filter);
  const compared = comparedYears(view.compareYear, year);
  const comparison = useComparison(filter, compared);
  useActivitiesChanged(mapActivities.retry);
  // The same villages in a new answer are the same set, so the map's places are not drawn again.
  const unvisitedKey = (coverage.coverage?.unvisited ?? []).map((p) => p.id).join(",");
  const unvisitedIds = useMemo(() => new Set(unvisitedKey ? unvisitedKey.split(",") : []), [unvisitedKey]);
  const selectedPlace = coverage.coverage?.places.find((p) => p.place.id === view.placeId)?.place ?? null;
  const [selectedActivity, setSelectedActivity] = useState<ActivitySelection | null>(null);
  const [clusters, setClusters] = useState<ServerClusterResult>({ clusters: [], error: null });
  const legendCounts = useMemo(
    () => (mapActivities.clustered ? countClusters(clusters.clusters) : countActivities(mapActivities.activities)),
    [mapActivities.clustered, mapActivities.activities, clusters],
  );
  // Chosen from a list ("Visa på kartan"): the map moves to it, its popup takes the focus and gives
  // it back to the list's button when it closes.
  const showActivity = useCallback((activity: PopupTarget) => {
    const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    setSelectedActivity({ activity, reveal: true, focus: true, returnFocus: opener });
    document.getElementById("map-title")?.scrollIntoView({ block: "start" });
  }, []);
  // Callbacks for the panels that read the view when called, so a new view does not make them new.
  const latestView = useLatest(view);
  const selectPlace = useCallback((placeId: string | null) => setView({ ...latestView.current, placeId }), [latestView, setView]);
  const setSearch = useCallback((search: string) => setView({ ...latestView.current, filter: { ...latestView.current.filter, search } }), [latestView, setView]);
  const setSort = useCallback((sort: View["sort"]) => setView({ ...latestView.current, sort }), [latestView, setView]);
  const sortKey = JSON.stringify(view.sort);
  const sort = useMemo(() => JSON.parse(sortKey) as View["sort"], [sortKey]);
  const refetchCoverage = useLatest(coverage.refetch);
  const retryCoverage = useCallback(() => void refetchCoverage.current(), [refetchCoverage]);
  const refetchComparison = useLatest(comparison.refetch);
  const comparing = compared !== null;
  const comparisonPanel = useMemo(
    () => (comparing ? <ComparisonPanel comparison={comparison.comparison} error={comparison.error} retry={() => void refetchComparison.current()} /> : null),
    [comparing, comparison.comparison, comparison.error, refetchComparison],
  );

  const total = mapActivities.totalCount;
  const summary = (
    <p className="activity-count" role="status" data-testid="activity-count" data-count={total ?? undefined} aria-busy={mapActivities.loading || undefined}>
      {total === null ? t("summary.loading") : tn("summary.count", total)}
      {total !== null && view.filter.search ? <> {t("summary.search", { search: view.filter.search })}</> : null}
      {total !== null && mapActivities.loading ? <span className="muted"> · {t("summary.updating")}</span> : null}
    </p>
  );
  const routeData = route.data;
  const map = routeData ? (
    <ActivityMap
      mapConfig={routeData.mapConfig}
      municipality={routeData.municipality}
      places={routeData.places}
      activities={mapActivities.activities}
      clustered={mapActivities.clustered}
      filter={filter}
      onClusters={setClusters}
      colourBy={view.colourBy}
      unvisitedIds={unvisitedIds}
      selectedPlace={selectedPlace}
      selectedActivity={selectedActivity}
      onSelectActivity={setSelectedActivity}
      popupActions={popupActions}
      large={view.meeting}
    >
      <PlanOnMapClick />
      <WaitingLayer />
      {view.meeting ? null : <TwoFingerMap />}
      {comparison.comparison ? <ComparisonLayer comparison={comparison.comparison} large={view.meeting} /> : null}
    </ActivityMap>
  ) : route.error ? (
    <ErrorNotice error={route.error} retry={() => void route.refetch()} />
  ) : (
    <p className="map-placeholder" aria-busy="true">
      {t("app.loading")}
    </p>
  );
  const legend = (
    <>
      {comparison.comparison ? <ComparisonLegend comparison={comparison.comparison} /> : null}
      <Legend colourBy={view.colourBy} counts={legendCounts} clustered={mapActivities.clustered} large={view.meeting} />
    </>
  );
  const mapError = mapActivities.error ?? (mapActivities.clustered ? clusters.error : null);
  const activitiesError = mapError ? <ErrorNotice error={mapError} retry={mapActivities.retry} /> : null;

  if (view.meeting) {
    return (
      <MeetingMode
        map={map}
        legend={legend}
        summary={
          <>
            {summary}
            {activitiesError}
          </>
        }
        coverage={coverage.coverage}
        filter={filter}
        years={view.filter.years}
        selectableYears={defaults.selectableYears}
        periodYears={defaults.periodYears}
        onYears={(years) => setView({ ...view, filter: { ...view.filter, years, onwardFrom: null } })}
        areas={view.filter.priorityAreas}
        onAreas={(priorityAreas) => setView({ ...view, filter: { ...view.filter, priorityAreas } })}
        since={view.since}
        onSince={(since) => setView({ ...view, since })}
        onExit={() => {
          void leaveFullscreen();
          setView({ ...view, meeting: false }, { push: true });
        }}
      />
    );
  }

  return (
    <ActivityEditorProvider>
      <div className="app-shell">
        <nav className="skip-links" aria-label={t("app.skipToMain")}>
          <a href="#main">{t("app.skipToMain")}</a>
          <a href="#activity-table">{t("app.skipToTable")}</a>
        </nav>
        <Header
          onMeetingMode={() => {
            void enterFullscreen();
            setView({ ...view, meeting: true }, { push: true });
          }}
        />
        <div className="layout">
          <FilterPanel view={view} defaults={defaults} setView={setView} role={user.role} error={mapActivities.error} />
          <main id="main" className="main" tabIndex={-1}>
            <h1 className="visually-hidden">{t("app.title")}</h1>
            <FieldOfferSection />
            <section className="map-section" aria-labelledby="map-title">
              <div className="section-head">
                <h2 id="map-title">{t("map.title")}</h2>
                {summary}
                <ActivitiesCsvButton filter={filter} />
              </div>
              <CompareYearSelect value={view.compareYear} year={year} years={defaults.selectableYears} onChange={(compareYear) => setView({ ...view, compareYear })} />
              {compared && view.filter.years.length > 1 ? <p className="field-note">{t("compare.note", { year, compare: view.compareYear! })}</p> : null}
              {activitiesError}
              <div className="map-with-legend">
                <div className="map-frame" role="region" aria-label={t("map.label")}>
                  {map}
                </div>
                <div className="map-legend">{legend}</div>
              </div>
              <p className="map-touch-hint field-note">{t("map.touchHint")}</p>
              {routeData && !routeData.municipality.boundary ? <p className="muted">{t("map.noBoundary")}</p> : null}
            </section>
            <PlanningSection />
            <CoverageSection
              coverage={coverage.coverage}
              error={coverage.error}
              retry={retryCoverage}
              unvisitedIds={unvisitedIds}
              filter={panelFilter}
              selectedPlaceId={view.placeId}
              onSelectPlace={selectPlace}
              onShowActivity={showActivity}
            >
              {comparisonPanel}
            </CoverageSection>
            <WaitingSection />
            <TableSection filter={panelFilter} search={view.filter.search} onSearch={setSearch} sort={sort} onSort={setSort} onShowOnMap={showActivity} />
          </main>
        </div>
      </div>
    </ActivityEditorProvider>
  );
}
