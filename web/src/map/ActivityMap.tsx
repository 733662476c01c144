import "leaflet/dist/leaflet.css";
import "leaflet.markercluster/dist/MarkerCluster.css";
import type { GeoJsonObject } from "geojson";
import L from "leaflet";
import { useEffect, useMemo, type ReactNode } from "react";
import { MapContainer, Pane, ScaleControl, TileLayer, ZoomControl, useMapEvents } from "react-leaflet";
import type { ActivityFilter, MapRouteQuery } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";
import { ActivityLayer } from "./ActivityLayer";
import type { MapActivity } from "./useMapActivities";
import { ActivityPopup, type ActivitySelection, type PopupActions } from "./ActivityPopup";
import { ACTIVITY_PANE, type MarkerOpen } from "./activity-marker";
import { BoundaryLayer } from "./BoundaryLayer";
import { MapFocus, SizeWatcher } from "./MapFocus";
import { PlacesLayer } from "./PlacesLayer";
import { ServerClusterLayer, type ServerClusterResult } from "./ServerClusterLayer";
import type { ColourBy } from "../filters/view-state";

export type { ActivitySelection } from "./ActivityPopup";

/** Names a popup's close button `label`. */
function nameCloseButton(popup: L.Popup, label: string) {
  popup.getElement()?.querySelector(".leaflet-popup-close-button")?.setAttribute("aria-label", label);
}

/** Names the close button of every popup on the map in the page's language (Leaflet's is "Close popup"). */
function PopupCloseLabel() {
  const { t } = useI18n();
  const label = t("map.closePopup");
  // Bound once per language: a popup opened in the same commit as a new binding would miss it.
  const handlers = useMemo<L.LeafletEventHandlerFnMap>(() => ({ popupopen: (event) => nameCloseButton((event as L.PopupEvent).popup, label) }), [label]);
  const map = useMapEvents(handlers);
  // A popup open while the language changes is named again.
  useEffect(() => {
    map.eachLayer((layer) => {
      if (layer instanceof L.Popup) nameCloseButton(layer, label);
    });
  }, [map, label]);
  return null;
}

/** Props of `ActivityMap`. */
export interface ActivityMapProps {
  mapConfig: MapRouteQuery["mapConfig"];
  municipality: MapRouteQuery["municipality"];
  /** The town and villages: where they are, and what the places layer draws of them. */
  places: MapRouteQuery["places"];
  activities: readonly MapActivity[];
  /** Too many activities to draw one by one: the server groups them per view (`activities` is then empty). */
  clustered: boolean;
  /** The selection, for the server's clusters. */
  filter: ActivityFilter;
  /** Receives the server's clusters in view (for the legend), or the error that kept them away. */
  onClusters(result: ServerClusterResult): void;
  colourBy: ColourBy;
  unvisitedIds: ReadonlySet<string>;
  /** The place chosen in the coverage table (any kind): the map zooms to it and rings it. */
  selectedPlace: { id: string; lat: number; lng: number } | null;
  /** The activity whose popup is open, and whether the map should move to it (chosen from a list). */
  selectedActivity: ActivitySelection | null;
  onSelectActivity(selection: ActivitySelection | null): void;
  /** What the popup offers to do with its activity (the page decides who may write). */
  popupActions?: PopupActions;
  /** Larger marks and labels for the meeting's big screen. */
  large?: boolean;
  /** More layers or map behaviour (e.g. click to plan), rendered inside the map. */
  children?: ReactNode;
}

/** Pixels on the map's left that meeting mode's side column covers (meeting.css keeps the column within them). */
const MEETING_SIDE = 460;
/** Room on the big map's right for the labels of the easternmost villages (the legend has its own column beyond). */
const MEETING_LABEL_ROOM = 120;

/** The selection of an activity by its mark: by keyboard the popup takes the focus, and gives it back to the mark. */
function fromMark(activity: ActivitySelection["activity"], how: MarkerOpen): ActivitySelection {
  return { activity, reveal: false, focus: how.keyboard, returnFocus: how.element };
}

/** Where the map starts: the boundary's extent, else the places', else the centre. */
export function initialBounds(municipality: ActivityMapProps["municipality"], places: readonly { lat: number; lng: number }[]): L.LatLngBounds {
  if (municipality.boundary) {
    const bounds = L.geoJSON(municipality.boundary as GeoJsonObject).getBounds();
    if (bounds.isValid()) return bounds;
  }
  if (places.length > 1) return L.latLngBounds(places.map((p) => [p.lat, p.lng] as [number, number]));
  const { lat, lng } = municipality.center;
  return L.latLngBounds([lat - 0.8, lng - 1.5], [lat + 0.8, lng + 1.5]);
}

/**
 * The map of the municipality (the one module that loads Leaflet's CSS): base tiles from the
 * server's configuration, the boundary, the town and villages, and the activities clustered where
 * dense. Canvas drawing keeps a few thousand markers fast; with no tiles reachable the plain
 * background still shows everything else.
 */
export function ActivityMap(props: ActivityMapProps) {
  const { t } = useI18n();
  const { mapConfig, municipality, places, activities, clustered, filter, onClusters, colourBy, unvisitedIds, selectedPlace, selectedActivity, onSelectActivity, popupActions, large = false } = props;
  const bounds = useMemo(() => initialBounds(municipality, places), [municipality, places]);
  // In meeting mode the side column covers the left of the screen: fit the municipality beside it.
  const fit = useMemo<L.FitBoundsOptions>(() => (large ? { paddingTopLeft: [MEETING_SIDE, 16], paddingBottomRight: [MEETING_LABEL_ROOM, 16] } : { padding: [12, 12] }), [large]);
  return (
    <MapContainer className={`leaflet-map${large ? " leaflet-map-large" : ""}`} bounds={bounds} boundsOptions={fit} preferCanvas zoomControl={false} minZoom={5} maxZoom={17} zoomSnap={0.25}>
      <ZoomControl position="topright" zoomInTitle={t("map.zoomIn")} zoomOutTitle={t("map.zoomOut")} />
      <ScaleControl position="bottomright" imperial={false} maxWidth={large ? 200 : 120} />
      <TileLayer url={mapConfig.tileUrl} attribution={mapConfig.tileAttribution} maxZoom={19} />
      <Pane name="boundary" style={{ zIndex: 350 }}>
        {municipality.boundary ? <BoundaryLayer boundary={municipality.boundary} /> : null}
      </Pane>
      {/* Place labels: above the boundary and places, below the clusters so their numbers stay readable
          (villages without activity have a pane of their own, over the clusters: see PlacesLayer). */}
      <Pane name="placeLabels" style={{ zIndex: 590 }} />
      <Pane name="places" style={{ zIndex: 380 }}>
        <PlacesLayer places={places} unvisitedIds={unvisitedIds} selectedPlaceId={selectedPlace?.id ?? null} large={large} activityPoints={activities} coveredLeft={large ? MEETING_SIDE : 0} />
      </Pane>
      {/* Single activities: above the places, below the place labels (and the clusters, in the marker pane). */}
      <Pane name={ACTIVITY_PANE} style={{ zIndex: 450 }} />
      {clustered ? (
        <ServerClusterLayer filter={filter} colourBy={colourBy} large={large} onSelect={(activity, how) => onSelectActivity(fromMark(activity, how))} onClusters={onClusters} />
      ) : (
        <ActivityLayer activities={activities} colourBy={colourBy} large={large} onSelect={(activity, how) => onSelectActivity(fromMark(activity, how))} />
      )}
      {/* One popup per activity: another activity is a new popup (and its focus a new question). */}
      {selectedActivity ? <ActivityPopup key={selectedActivity.activity.id} selection={selectedActivity} onClose={() => onSelectActivity(null)} actions={popupActions} /> : null}
      <PopupCloseLabel />
      <MapFocus place={selectedPlace} home={bounds} fit={fit} />
      <SizeWatcher />
      {props.children}
    </MapContainer>
  );
}
