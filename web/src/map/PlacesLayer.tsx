import type L from "leaflet";
import { useMemo, useState } from "react";
import { CircleMarker, Tooltip, useMap, useMapEvents } from "react-leaflet";
import { graphql } from "../gql";
import type { PlacesLayerPlaceFragment } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";
import { OUTLINE, UNVISITED } from "./colours";
import { layoutLabels, type LabelPlacement } from "./label-layout";

export const PlacesLayerPlace = graphql(`
  fragment PlacesLayerPlace on Place {
    id
    name
    samiName
    kind
    lat
    lng
    population
  }
`);

/** A place as the map draws it. */
export type MapPlace = PlacesLayerPlaceFragment;

/**
 * A place's name is a permanent label, not a tooltip that describes something else: Leaflet's
 * `role="tooltip"` is taken off as the label is added (before React has filled it).
 */
const LABEL_EVENTS: L.LeafletEventHandlerFnMap = {
  add: (event) => (event.target as L.Tooltip).getElement()?.removeAttribute("role"),
};

/** Draw style of a place mark: the town large and dark, villages smaller, unvisited ones ringed red. */
export function placeStyle(kind: MapPlace["kind"], unvisited: boolean, selected: boolean, large: boolean) {
  const scale = large ? 1.5 : 1;
  if (unvisited) {
    return { radius: 7 * scale, color: UNVISITED, weight: 3, dashArray: "4 3", fillColor: "#FFFFFF", fillOpacity: 1 };
  }
  return {
    radius: (kind === "TOWN" ? 7 : 4.5) * scale,
    color: selected ? "#000000" : "#FFFFFF",
    weight: selected ? 3 : 1.5,
    fillColor: OUTLINE,
    fillOpacity: 1,
  };
}

/**
 * The town and the villages, labelled with their Swedish and Sami names; villages with no activity
 * in the selection are ringed and labelled as such (not by colour alone).
 */
export function PlacesLayer(props: { places: readonly MapPlace[]; unvisitedIds: ReadonlySet<string>; selectedPlaceId: string | null; large: boolean; activityPoints: readonly { lat: number; lng: number }[] }) {
  const { places, unvisitedIds, selectedPlaceId, large, activityPoints } = props;
  const { t } = useI18n();
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const gap = large ? 20 : 14;
  const placements = useMemo(() => {
    const scale = large ? 2 : 1;
    // Where activities are, one obstacle per occupied cell of the size of a cluster: labels keep
    // clear of the clusters drawn there.
    const cells = new Map<string, { x: number; y: number }>();
    for (const a of activityPoints) {
      const p = map.project([a.lat, a.lng], zoom);
      const key = `${Math.round(p.x / gap)}:${Math.round(p.y / gap)}`;
      if (!cells.has(key)) cells.set(key, { x: Math.round(p.x / gap) * gap, y: Math.round(p.y / gap) * gap });
    }
    // The town first, then by population, so the larger places get the best spots.
    const ordered = [...places].sort((a, b) => Number(b.kind === "TOWN") - Number(a.kind === "TOWN") || (b.population ?? 0) - (a.population ?? 0));
    return layoutLabels(
      ordered.map((p) => {
        const point = map.project([p.lat, p.lng], zoom);
        const chars = p.name.length * 7.2 + (p.samiName ? p.samiName.length * 6.4 + 6 : 0);
        return { id: p.id, x: point.x, y: point.y, width: (chars + 12) * scale, height: (unvisitedIds.has(p.id) ? 34 : 19) * scale };
      }),
      gap,
      [...cells.values()],
    );
  }, [places, unvisitedIds, zoom, large, map, gap, activityPoints]);
  return (
    <>
      {places.map((place) => {
        const unvisited = unvisitedIds.has(place.id);
        const selected = place.id === selectedPlaceId;
        const style = placeStyle(place.kind, unvisited, selected, large);
        const placement: LabelPlacement = placements.get(place.id) ?? { direction: "right", offset: [gap, 0] };
        return (
          <CircleMarker key={`${place.id}-${unvisited}-${selected}-${large}`} center={[place.lat, place.lng]} pathOptions={style} radius={style.radius} pane="places" interactive={false}>
            <Tooltip
              key={`${placement.direction}${placement.offset.join(",")}`}
              // The labels' own pane (see ActivityMap): above places, below clusters.
              pane="placeLabels"
              eventHandlers={LABEL_EVENTS}
              permanent
              direction={placement.direction}
              offset={placement.offset}
              className={`place-label${place.kind === "TOWN" ? " place-label-town" : ""}${unvisited ? " place-label-unvisited" : ""}${selected ? " place-label-selected" : ""}`}
            >
              <span className="place-name">{place.name}</span>
              {place.samiName ? (
                <span className="place-sami" lang="smj">
                  {place.samiName}
                </span>
              ) : null}
              {unvisited ? <span className="place-unvisited">{t("coverage.unvisited")}</span> : null}
            </Tooltip>
          </CircleMarker>
        );
      })}
    </>
  );
}
