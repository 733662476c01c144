import type { ErrorLike } from "@apollo/client";
import { ErrorNotice } from "../app/ErrorNotice";
import type { ActivityFilter, CoverageQueryQuery } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";
import type { PopupTarget } from "../map/ActivityPopup";
import { PlaceActivities } from "./PlaceActivities";
import { PlaceCoverageTable } from "./PlaceCoverageTable";
import { ZoneSplit } from "./ZoneSplit";

/** Props of `CoveragePanel`. */
export interface CoveragePanelProps {
  coverage: CoverageQueryQuery["coverage"] | null;
  error: ErrorLike | undefined;
  retry(): void;
  unvisitedIds: ReadonlySet<string>;
  filter: ActivityFilter;
  selectedPlaceId: string | null;
  onSelectPlace(placeId: string | null): void;
  /** Opens an activity's popup on the map. */
  onShowActivity(activity: PopupTarget): void;
}

/** Where the work in the selection went: town, villages, elsewhere, and place by place. */
export function CoveragePanel({ coverage, error, retry, unvisitedIds, filter, selectedPlaceId, onSelectPlace, onShowActivity }: CoveragePanelProps) {
  const { t, tn } = useI18n();
  const selected = coverage?.places.find((p) => p.place.id === selectedPlaceId)?.place ?? null;
  const unvisitedVillages = coverage?.unvisited.length ?? 0;
  return (
    <section className="coverage panel" aria-labelledby="coverage-title">
      <h2 id="coverage-title">{t("coverage.title")}</h2>
      {error ? <ErrorNotice error={error} retry={retry} /> : null}
      {coverage ? (
        <>
          <ZoneSplit byZone={coverage.byZone} total={coverage.total} />
          <p className="unvisited-summary" data-testid="unvisited-summary">
            {tn("coverage.unvisitedCount", unvisitedVillages)}
          </p>
          {selected ? <PlaceActivities place={selected} filter={filter} onClear={() => onSelectPlace(null)} onShow={onShowActivity} /> : null}
          <PlaceCoverageTable places={coverage.places} unvisitedIds={unvisitedIds} selectedPlaceId={selectedPlaceId} onSelect={onSelectPlace} />
        </>
      ) : !error ? (
        <p aria-busy="true">{t("app.loading")}</p>
      ) : null}
    </section>
  );
}
