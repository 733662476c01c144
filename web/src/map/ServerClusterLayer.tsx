import type { ErrorLike } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import L from "leaflet";
import { useEffect, useState } from "react";
import { useMap, useMapEvents } from "react-leaflet";
import { mark, markOnce } from "../ui/perf";
import { useLatest } from "../ui/useLatest";
import type { ColourBy } from "../filters/view-state";
import { graphql } from "../gql";
import type { ActivityClustersQuery, ActivityFilter, BBoxInput } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";
import type { PopupTarget } from "./ActivityPopup";
import { activityIcon, activityMarker, type MarkerOpen } from "./activity-marker";
import { clusterIcon } from "./cluster-icon";

const ActivityClustersQuery = graphql(`
  query ActivityClustersQuery($filter: ActivityFilter, $bbox: BBoxInput!, $zoom: Int!) {
    activityClusters(filter: $filter, bbox: $bbox, zoom: $zoom) {
      total
      clusters {
        lat
        lng
        count
        activityId
        byKind {
          kind
          count
        }
      }
    }
  }
`);

/** The server's clusters of a view. */
export type ServerClusters = ActivityClustersQuery["activityClusters"]["clusters"];

/** What the layer tells the page: the clusters in view (for the legend) or why there are none. */
export interface ServerClusterResult {
  clusters: ServerClusters;
  error: ErrorLike | null;
}

/** How many zoom levels a click on a cluster goes in. */
const ZOOM_STEP = 2;

/** The view as the API wants it: a slightly larger box (so small pans need no new request) and a whole zoom. */
function viewOf(map: L.Map): { bbox: BBoxInput; zoom: number } {
  const b = map.getBounds().pad(0.15);
  const clamp = (v: number, limit: number) => Math.max(-limit, Math.min(limit, v));
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  return {
    bbox: { south: round(clamp(b.getSouth(), 90)), west: round(clamp(b.getWest(), 180)), north: round(clamp(b.getNorth(), 90)), east: round(clamp(b.getEast(), 180)) },
    zoom: Math.max(0, Math.min(22, Math.round(map.getZoom()))),
  };
}

/**
 * The activities of a selection too large to draw one by one: the API groups them on a grid for
 * the current view and zoom (`activityClusters`, computed in PostgreSQL), and the map asks again
 * when it moves. A cluster of one is drawn as the activity (a focusable mark) and opens its popup.
 */
export function ServerClusterLayer(props: {
  filter: ActivityFilter;
  colourBy: ColourBy;
  large: boolean;
  onSelect(target: PopupTarget, how: MarkerOpen): void;
  onClusters(result: ServerClusterResult): void;
}) {
  const { filter, colourBy, large, onSelect, onClusters } = props;
  const map = useMap();
  const { t, tn } = useI18n();
  const [view, setView] = useState(() => viewOf(map));
  useMapEvents({ moveend: () => setView(viewOf(map)) });
  const { data, previousData, error } = useQuery(ActivityClustersQuery, { variables: { filter, ...view } });
  const clusters = (data ?? previousData)?.activityClusters.clusters;
  const select = useLatest(onSelect);
  const report = useLatest(onClusters);

  useEffect(() => {
    if (!clusters) return;
    const layer = L.layerGroup();
    for (const c of clusters) {
      if (c.count === 1 && c.activityId) {
        const id = c.activityId;
        const kind = c.byKind[0]?.kind ?? "FOOT_PATROL";
        // The grid knows the kind of a lone activity, not its title or date: the mark is named by its kind.
        activityMarker(c.lat, c.lng, activityIcon({ kind, status: "DONE", priorityAreas: [] }, colourBy, large), t(`kind.${kind}`), (how) => select.current({ id, lat: c.lat, lng: c.lng }, how)).addTo(
          layer,
        );
      } else {
        L.marker([c.lat, c.lng], { icon: clusterIcon(c.count, large, tn("map.cluster", c.count)), keyboard: true })
          .on("click", () => map.setView([c.lat, c.lng], Math.min(map.getMaxZoom(), Math.round(map.getZoom()) + ZOOM_STEP)))
          .addTo(layer);
      }
    }
    layer.addTo(map);
    const container = map.getContainer();
    container.dataset.mapMode = "clusters";
    container.dataset.activityMarkers = String(clusters.reduce((n, c) => n + c.count, 0));
    requestAnimationFrame(() => {
      if (clusters.length) markOnce("lk:markers-drawn");
      mark("lk:map-drawn");
    });
    return () => {
      layer.remove();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs on its listed inputs only, as it did before lint; the rest are read as they are then
  }, [map, clusters, colourBy, large, t, tn]);

  useEffect(() => {
    report.current({ clusters: clusters ?? [], error: error ?? null });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs on its listed inputs only, as it did before lint; the rest are read as they are then
  }, [clusters, error]);

  return null;
}
