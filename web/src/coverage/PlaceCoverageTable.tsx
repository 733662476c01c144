import { useMemo } from "react";
import { ACTIVITY_KINDS } from "../../../domain/enums";
import { graphql, useFragment, type FragmentType } from "../gql";
import type { PlaceCoverageRowFragment } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";
import { ScrollRegion } from "../ui/ScrollRegion";
import { LastDone, NextPlanned } from "./PlaceTimes";

/** What a row of the table shows of a place's coverage. */
export const PlaceCoverageRow = graphql(`
  fragment PlaceCoverageRow on PlaceCoverage {
    count
    lastDoneAt
    daysSinceLastDone
    nextPlannedAt
    daysUntilNextPlanned
    byKind {
      kind
      count
    }
    place {
      id
      name
      samiName
      kind
    }
  }
`);

type PlaceRow = PlaceCoverageRowFragment;

/** Unvisited towns and villages first (by name), then the API's order (most activities first). */
export function orderPlaces(places: readonly PlaceRow[], unvisitedIds: ReadonlySet<string>): PlaceRow[] {
  const unvisited = places.filter((p) => unvisitedIds.has(p.place.id)).sort((a, b) => a.place.name.localeCompare(b.place.name, "sv"));
  return [...unvisited, ...places.filter((p) => !unvisitedIds.has(p.place.id))];
}

/**
 * Places with their number of activities and the numbers by kind in the selection, and, of all
 * time, the last done activity (days since) and the next planned one (days until); villages with
 * none in the selection are marked in words and listed first. Choosing a place zooms the map to it
 * and lists its activities.
 */
export function PlaceCoverageTable({
  places,
  unvisitedIds,
  selectedPlaceId,
  onSelect,
}: {
  places: ReadonlyArray<FragmentType<typeof PlaceCoverageRow>>;
  unvisitedIds: ReadonlySet<string>;
  selectedPlaceId: string | null;
  onSelect(placeId: string | null): void;
}) {
  const { t, formatNumber } = useI18n();
  const read = useFragment(PlaceCoverageRow, places);
  const rows = useMemo(() => orderPlaces(read, unvisitedIds), [read, unvisitedIds]);
  return (
    <ScrollRegion labelledBy="coverage-places-caption">
      <table className="data-table place-table" data-testid="coverage-table">
        <caption id="coverage-places-caption">
          <span className="caption-title">{t("coverage.places")}</span>
          <span className="caption-note">{t("coverage.placesCaption")}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("coverage.place")}</th>
            <th scope="col">{t("coverage.placeKind")}</th>
            <th scope="col" className="numeric">
              {t("coverage.count")}
            </th>
            <th scope="col">{t("coverage.byKind")}</th>
            <th scope="col">{t("coverage.lastDone")}</th>
            <th scope="col">{t("coverage.nextPlanned")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const unvisited = unvisitedIds.has(row.place.id);
            const selected = row.place.id === selectedPlaceId;
            const byKind = ACTIVITY_KINDS.map((k) => row.byKind.find((b) => b.kind === k)).filter((b) => b && b.count > 0);
            return (
              <tr
                key={row.place.id}
                data-place-id={row.place.id}
                data-count={row.count}
                data-unvisited={unvisited || undefined}
                className={`${unvisited ? "row-unvisited" : ""}${selected ? " row-selected" : ""}`}
              >
                <th scope="row">
                  <button
                    type="button"
                    className="button-link place-button"
                    aria-pressed={selected}
                    aria-label={t("coverage.select", { place: row.place.name })}
                    onClick={() => onSelect(selected ? null : row.place.id)}
                  >
                    {row.place.name}
                  </button>
                  {row.place.samiName ? (
                    <span className="sami-name" lang="smj">
                      {row.place.samiName}
                    </span>
                  ) : null}
                  {unvisited ? <span className="badge badge-unvisited">{t("coverage.unvisited")}</span> : null}
                </th>
                <td>{t(`placeKind.${row.place.kind}`)}</td>
                <td className="numeric">{formatNumber(row.count)}</td>
                <td className="place-by-kind">
                  {byKind.length ? (
                    <ul className="inline-list">
                      {byKind.map((b) => (
                        <li key={b!.kind}>
                          {t(`kind.${b!.kind}`)} {formatNumber(b!.count)}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    "–"
                  )}
                </td>
                <td className="place-time" data-testid="last-done" data-days={row.daysSinceLastDone ?? undefined}>
                  <LastDone times={row} />
                </td>
                <td className="place-time" data-testid="next-planned" data-days={row.daysUntilNextPlanned ?? undefined}>
                  <NextPlanned times={row} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
