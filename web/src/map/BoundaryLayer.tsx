import type { GeoJsonObject } from "geojson";
import L from "leaflet";
import { useMemo } from "react";
import { GeoJSON } from "react-leaflet";

const STYLE = { color: "#1B3A5C", weight: 2.5, fillColor: "#FFFFFF", fillOpacity: 0.3, interactive: false, className: "municipal-boundary" } as const;

/**
 * The municipal boundary (a GeoJSON Polygon or MultiPolygon geometry), drawn under everything.
 * One path: drawn as SVG (the rest of the map uses canvas), so it is a named element in the page.
 */
export function BoundaryLayer({ boundary }: { boundary: unknown }) {
  const renderer = useMemo(() => L.svg({ pane: "boundary" }), []);
  return <GeoJSON data={boundary as GeoJsonObject} style={{ ...STYLE, renderer } as L.PathOptions} pane="boundary" />;
}
