import "leaflet/dist/leaflet.css";
import { useQuery } from "@apollo/client/react";
import type { GeoJsonObject } from "geojson";
import L from "leaflet";
import { useMemo, useState } from "react";
import { CircleMarker, Marker, Tooltip, useMap, useMapEvents } from "react-leaflet";
import { StillMap } from "../followup/VillageMap";
import { graphql } from "../gql";
import { useI18n } from "../i18n/i18n";
import { UNVISITED } from "../activities/colours";
import { around, layoutLabels } from "../map/label-layout";

export const PublicMapQuery = graphql(`
  query PublicMapQuery {
    publicMap {
      boundary
      tileUrl
      tileAttribution
    }
  }
`);

/** A village as the public map draws it: its own position, reached or not, and its count when published. */
export interface PublicMapVillage {
  name: string;
  samiName: string | null;
  lat: number;
  lng: number;
  reached: boolean;
  /** Null for a small village: reached or not, without a number. */
  count: number | null;
}

/** The marker of a reached village: its count in a disc, or a check mark where no count is published. */
function countIcon(count: number | null): L.DivIcon {
  // Only a number or a fixed mark goes into the HTML.
  const text = count === null ? "✓" : String(Math.trunc(count));
  const size = text.length > 2 ? 34 : 28;
  return L.divIcon({ className: "public-village-marker", html: `<span class="public-village-count">${text}</span>`, iconSize: [size, size], iconAnchor: [size / 2, size / 2] });
}

/** The villages: a count marker and a name label for each village reached, a plain ring for the rest. */
function VillageMarks({ villages }: { villages: readonly PublicMapVillage[] }) {
  const map = useMap();
  // The view (zoom and position) the labels are laid out for; the map refits when its box resizes.
  const [view, setView] = useState(() => ({ zoom: map.getZoom(), box: map.getPixelBounds() }));
  useMapEvents({ moveend: () => setView({ zoom: map.getZoom(), box: map.getPixelBounds() }) });
  const reached = useMemo(() => villages.filter((v) => v.reached), [villages]);
  const gap = 16;
  // Labels placed clear of each other and of the other marks, within the map's box (where they would be cut off).
  const placements = useMemo(() => {
    const { zoom, box } = view;
    const others = villages.filter((v) => !v.reached).map((v) => around(map.project([v.lat, v.lng], zoom), gap));
    const area = box.min && box.max ? { left: box.min.x, top: box.min.y, right: box.max.x, bottom: box.max.y } : undefined;
    return layoutLabels(
      reached.map((v) => {
        const p = map.project([v.lat, v.lng], zoom);
        return { id: v.name, x: p.x, y: p.y, width: v.name.length * 7.2 + 12, height: 19, keep: true };
      }),
      { gap, obstacles: others, area },
    );
  }, [map, view, reached, villages]);
  return (
    <>
      {villages
        .filter((v) => !v.reached)
        .map((v) => (
          <CircleMarker
            key={v.name}
            center={[v.lat, v.lng]}
            radius={5}
            pane="places"
            interactive={false}
            pathOptions={{ color: UNVISITED, weight: 2, dashArray: "3 2", fillColor: "#FFFFFF", fillOpacity: 1 }}
          />
        ))}
      {reached.map((v) => {
        const placement = placements.get(v.name) ?? { offset: [gap + v.name.length * 3.6 + 6, 0] as [number, number] };
        return (
          // A count drawn over a neighbour's check mark, never under it.
          <Marker key={v.name} position={[v.lat, v.lng]} icon={countIcon(v.count)} pane="places" interactive={false} keyboard={false} zIndexOffset={v.count === null ? 0 : 1000}>
            <Tooltip key={placement.offset.join(",")} pane="placeLabels" permanent direction="center" offset={placement.offset} className="place-label public-village-label">
              {v.name}
            </Tooltip>
          </Marker>
        );
      })}
    </>
  );
}

/**
 * The public follow-up's map of the villages, at the page's own privacy level: one mark per
 * village at the village's own position (never an activity's), with the year's count where the
 * village is large enough to publish one, a check mark where it is not; villages not reached as
 * rings. The boundary comes from the public API, so no sign-in is needed; without tiles the
 * boundary and marks still show. The table beside it says the same in words.
 */
export function PublicVillageMap({ year, villages }: { year: number; villages: readonly PublicMapVillage[] }) {
  const { t } = useI18n();
  const { data } = useQuery(PublicMapQuery);
  const bounds = useMemo(() => {
    const boundary = data?.publicMap.boundary ? L.geoJSON(data.publicMap.boundary as GeoJsonObject).getBounds() : null;
    if (boundary?.isValid()) return boundary;
    return villages.length > 1 ? L.latLngBounds(villages.map((v) => [v.lat, v.lng] as [number, number])) : null;
  }, [data, villages]);
  if (!data || !bounds)
    return (
      <p className="village-map-placeholder" aria-busy="true">
        {t("app.loading")}
      </p>
    );
  return (
    <figure className="public-village-figure">
      <StillMap label={t("public.mapLabel", { year })} base={data.publicMap} bounds={bounds} className="public-village-map">
        <VillageMarks villages={villages} />
      </StillMap>
      <figcaption className="public-map-legend">
        <span>
          <span className="public-village-count legend-mark" aria-hidden="true">
            5
          </span>{" "}
          {t("public.legendCount")}
        </span>
        <span>
          <span className="public-village-count legend-mark" aria-hidden="true">
            ✓
          </span>{" "}
          {t("public.legendSmall")}
        </span>
        <span>
          <span className="legend-ring" aria-hidden="true" /> {t("public.legendNotReached")}
        </span>
      </figcaption>
    </figure>
  );
}
