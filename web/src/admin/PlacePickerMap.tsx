import L from "leaflet";
import type { GeoJsonObject } from "geojson";
import { useMemo, useState } from "react";
import { MapContainer, Marker, Pane, TileLayer, useMapEvents } from "react-leaflet";
import { useI18n } from "../i18n/i18n";
import { BoundaryLayer } from "../map/BoundaryLayer";
import type { FragmentType } from "../gql";
import { PlacesLayer, type PlacesLayerPlace } from "../map/PlacesLayer";

/** A position on the map, rounded to about 0.1 m. */
type Position = { lat: number; lng: number };
const round = (n: number) => Math.round(n * 1e6) / 1e6;
const NONE: ReadonlySet<string> = new Set();

/** Moves the marked position to where the map is clicked. */
function PickOnClick({ onPick }: { onPick(position: Position): void }) {
  useMapEvents({ click: (e) => onPick({ lat: round(e.latlng.lat), lng: round(e.latlng.lng) }) });
  return null;
}

/** The municipality's extent: its boundary, else a box around its centre. */
function municipalityBounds(municipality: PlacePickerMapProps["municipality"]): L.LatLngBounds {
  const bounds = municipality.boundary ? L.geoJSON(municipality.boundary as GeoJsonObject).getBounds() : null;
  if (bounds?.isValid()) return bounds;
  const { lat, lng } = municipality.center;
  return L.latLngBounds([lat - 0.8, lng - 1.5], [lat + 0.8, lng + 1.5]);
}

const PICK_ICON = L.divIcon({ className: "admin-pick-marker", iconSize: [22, 22], iconAnchor: [11, 11] });

/** Props of `PlacePickerMap`. */
export interface PlacePickerMapProps {
  tiles: { tileUrl: string; tileAttribution: string };
  municipality: { boundary?: unknown; center: Position };
  /** The other places, drawn with their names. */
  others: readonly FragmentType<typeof PlacesLayerPlace>[];
  /** The chosen position (none yet for a new place). */
  position: Position | null;
  onPick(position: Position): void;
}

/**
 * The admin's map for a place's position: the municipal boundary and the other places as on the
 * main map, a click or a drag of the marker sets the position. A new place starts on the whole
 * municipality, a known one close up.
 */
export function PlacePickerMap({ tiles, municipality, others, position, onPick }: PlacePickerMapProps) {
  const { t } = useI18n();
  // The start view only: typing a position moves the marker, not the map.
  const [start] = useState(position);
  const [bounds] = useState(() => municipalityBounds(municipality));
  const view = start ? { center: [start.lat, start.lng] as [number, number], zoom: 9 } : { bounds, boundsOptions: { padding: [8, 8] as [number, number] } };
  const drag = useMemo(() => ({ dragend: (e: L.DragEndEvent) => onPick({ lat: round((e.target as L.Marker).getLatLng().lat), lng: round((e.target as L.Marker).getLatLng().lng) }) }), [onPick]);
  return (
    <MapContainer className="admin-map" {...view} minZoom={5} maxZoom={17} zoomSnap={0.25}>
      <TileLayer url={tiles.tileUrl} attribution={tiles.tileAttribution} maxZoom={19} />
      <Pane name="boundary" style={{ zIndex: 350 }}>
        {municipality.boundary ? <BoundaryLayer boundary={municipality.boundary} /> : null}
      </Pane>
      <Pane name="placeLabels" style={{ zIndex: 590 }} />
      <Pane name="places" style={{ zIndex: 380 }}>
        <PlacesLayer places={others} unvisitedIds={NONE} selectedPlaceId={null} large={false} activityPoints={[]} />
      </Pane>
      <PickOnClick onPick={onPick} />
      {position ? <Marker position={[position.lat, position.lng]} icon={PICK_ICON} draggable title={t("admin.place.marker")} eventHandlers={drag} /> : null}
    </MapContainer>
  );
}
