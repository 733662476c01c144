import { useQuery } from "@apollo/client/react";
import type { LatLngBounds } from "leaflet";
import { useEffect, useMemo, type ReactNode } from "react";
import { MapContainer, Pane, ScaleControl, TileLayer, useMap } from "react-leaflet";
import { MapRouteQuery } from "../map/map-route-query";
import { useI18n } from "../i18n/i18n";
import { initialBounds } from "../map/ActivityMap";
import { BoundaryLayer } from "../map/BoundaryLayer";
import type { FragmentType } from "../gql";
import { PlacesLayer, type PlacesLayerPlace } from "../map/PlacesLayer";

const NO_POINTS: readonly { lat: number; lng: number }[] = [];

/** Keeps the whole municipality in view when the map's box changes size (a narrower window, an A4 page in print). */
function FitOnResize({ bounds }: { bounds: LatLngBounds }) {
  const map = useMap();
  useEffect(() => {
    const observer = new ResizeObserver(() => {
      map.invalidateSize({ pan: false });
      map.fitBounds(bounds, { padding: [8, 8], animate: false });
    });
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map, bounds]);
  return null;
}

/** What a still map draws under its marks: the base tiles and the municipal boundary. */
export interface StillMapBase {
  tileUrl: string;
  tileAttribution: string;
  /** GeoJSON geometry, or null when none is stored. */
  boundary: unknown;
}

/**
 * A small map that does not move (no dragging, zooming or keyboard): the tiles (the map still
 * works when none load), the municipal boundary, and `children` in the panes "places" and
 * "placeLabels"; the whole of `bounds` stays in view whatever the box's size.
 */
export function StillMap({ label, base, bounds, className, children }: { label: string; base: StillMapBase; bounds: LatLngBounds; className?: string; children: ReactNode }) {
  return (
    <div className={`village-map ${className ?? ""}`} role="region" aria-label={label}>
      <MapContainer
        className="leaflet-map"
        bounds={bounds}
        boundsOptions={{ padding: [8, 8] }}
        preferCanvas
        zoomControl={false}
        dragging={false}
        scrollWheelZoom={false}
        doubleClickZoom={false}
        touchZoom={false}
        boxZoom={false}
        keyboard={false}
        zoomSnap={0.25}
      >
        <ScaleControl position="bottomright" imperial={false} maxWidth={100} />
        <TileLayer url={base.tileUrl} attribution={base.tileAttribution} maxZoom={19} />
        <Pane name="boundary" style={{ zIndex: 350 }}>
          {base.boundary ? <BoundaryLayer boundary={base.boundary} /> : null}
        </Pane>
        <Pane name="placeLabels" style={{ zIndex: 590 }} />
        <Pane name="places" style={{ zIndex: 380 }}>
          {children}
        </Pane>
        <FitOnResize bounds={bounds} />
      </MapContainer>
    </div>
  );
}

/**
 * A small, still map (its base data is the map page's query, often already in the cache) of the municipality with the villages reached and not reached (the latter
 * ringed and labelled "Ingen aktivitet", as on the map page). The lists beside it say the same.
 */
export function VillageMap({
  year,
  villages,
  notReachedIds,
}: {
  year: number;
  villages: readonly (FragmentType<typeof PlacesLayerPlace> & { lat: number; lng: number })[];
  notReachedIds: ReadonlySet<string>;
}) {
  const { t } = useI18n();
  const { data } = useQuery(MapRouteQuery);
  // The town too, for orientation (never "not reached": the lists are of villages).
  const places = useMemo(() => [...(data?.places.filter((p) => p.kind === "TOWN") ?? []), ...villages], [data, villages]);
  const bounds = useMemo(() => (data ? initialBounds(data.municipality, places) : null), [data, places]);
  if (!data || !bounds)
    return (
      <p className="village-map-placeholder" aria-busy="true">
        {t("app.loading")}
      </p>
    );
  return (
    <StillMap label={t("followUp.villagesMap", { year })} base={{ ...data.mapConfig, boundary: data.municipality.boundary }} bounds={bounds}>
      <PlacesLayer places={places} unvisitedIds={notReachedIds} selectedPlaceId={null} large={false} activityPoints={NO_POINTS} />
    </StillMap>
  );
}
