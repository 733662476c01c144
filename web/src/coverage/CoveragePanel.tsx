import type { ErrorLike } from "@apollo/client";
import type { ReactNode } from "react";
import { ErrorNotice } from "../ui/ErrorNotice";
import type { ActivityFilter, CoverageQuery } from "../gql/graphql";
import { yearRanges } from "../filters/view-state";
import { useI18n, type I18n } from "../i18n/i18n";
import type { PopupTarget } from "../activities/map-target";
import { PlaceActivities } from "./PlaceActivities";
import { PlaceCoverageTable } from "./PlaceCoverageTable";
import { ZoneSplit } from "./ZoneSplit";

/** Props of `CoveragePanel`. */
export interface CoveragePanelProps {
  coverage: CoverageQuery["coverage"] | null;
  error: ErrorLike | undefined;
  retry(): void;
  unvisitedIds: ReadonlySet<string>;
  filter: ActivityFilter;
  selectedPlaceId: string | null;
  onSelectPlace(placeId: string | null): void;
  /** Opens an activity's popup on the map. */
  onShowActivity(activity: PopupTarget): void;
  /** The comparison with another year, when one is chosen: shown beside the selection's own figures. */
  children?: ReactNode;
}

/** What years the counts cover, in words: "2026 och framåt", "2021, 2023–2025". */
export function rangeText({ t }: I18n, filter: ActivityFilter): string {
  const ranges = yearRanges(filter.years ?? [], filter.onwardFromYear);
  if (ranges.length === 0) return t("coverage.rangeNone");
  const years = ranges.map((r) => (r.to === null ? t("filters.onward", { year: r.from }) : r.from === r.to ? String(r.from) : `${r.from}–${r.to}`)).join(", ");
  return t("coverage.range", { years });
}

/** Where the work in the selection went: town, villages, elsewhere, and place by place. */
export function CoveragePanel({ coverage, error, retry, unvisitedIds, filter, selectedPlaceId, onSelectPlace, onShowActivity, children }: CoveragePanelProps) {
  const i18n = useI18n();
  const { t, tn } = i18n;
  const selected = coverage?.places.find((p) => p.place.id === selectedPlaceId) ?? null;
  const unvisitedVillages = coverage?.unvisited.length ?? 0;
  return (
    <section className="coverage panel" aria-labelledby="coverage-title">
      <h2 id="coverage-title">{t("coverage.title")}</h2>
      <p className="field-note coverage-range" data-testid="coverage-range">
        {rangeText(i18n, filter)}
      </p>
      {children}
      {error ? <ErrorNotice error={error} retry={retry} /> : null}
      {coverage ? (
        <>
          <ZoneSplit coverage={coverage} />
          <p className="unvisited-summary" data-testid="unvisited-summary">
            {tn("coverage.unvisitedCount", unvisitedVillages)}
          </p>
          {selected ? <PlaceActivities place={selected.place} times={selected} filter={filter} onClear={() => onSelectPlace(null)} onShow={onShowActivity} /> : null}
          <PlaceCoverageTable places={coverage.places} unvisitedIds={unvisitedIds} selectedPlaceId={selectedPlaceId} onSelect={onSelectPlace} />
        </>
      ) : !error ? (
        <p aria-busy="true">{t("app.loading")}</p>
      ) : null}
    </section>
  );
}
