import type { ErrorLike } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import L from "leaflet";
import { createElementObject, createLayerComponent, type LayerProps } from "@react-leaflet/core";
import { useEffect, useState } from "react";
import { useMap, useMapEvents } from "react-leaflet";
import { mark, markOnce } from "../ui/perf";
import type { ColourBy } from "../filters/view-state";
import { graphql } from "../gql";
import type { ActivityClustersQuery, ActivityFilter, BBoxInput } from "../gql/graphql";
import { useI18n, type I18n } from "../i18n/i18n";
import type { PopupTarget } from "../activities/map-target";
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

/** What the layer of clusters draws, and whom it tells of a chosen mark. */
interface ClusterMarksProps extends LayerProps {
  clusters: ServerClusters;
  colourBy: ColourBy;
  large: boolean;
  i18n: I18n;
  onSelect(target: PopupTarget, how: MarkerOpen): void;
}

/** The map and the props a layer was last rendered with: its marks call back through them. */
const latestOf = new WeakMap<L.LayerGroup, { map: L.Map; props: ClusterMarksProps }>();

/** The layer's marks: a lone activity as its own mark, a group as a numbered mark that zooms in. */
function fillLayer(layer: L.LayerGroup, map: L.Map, { clusters, colourBy, large, i18n }: ClusterMarksProps) {
  layer.clearLayers();
  for (const c of clusters) {
    if (c.count === 1 && c.activityId) {
      const id = c.activityId;
      const kind = c.byKind[0]?.kind ?? "FOOT_PATROL";
      // The grid knows the kind of a lone activity, not its title or date: the mark is named by its kind.
      activityMarker(c.lat, c.lng, activityIcon({ kind, status: "DONE", priorityAreas: [] }, colourBy, large), i18n.t(`kind.${kind}`), (how) =>
        latestOf.get(layer)?.props.onSelect({ id, lat: c.lat, lng: c.lng }, how),
      ).addTo(layer);
    } else {
      L.marker([c.lat, c.lng], { icon: clusterIcon(c.count, large, i18n.tn("map.cluster", c.count)), keyboard: true })
        .on("click", () => map.setView([c.lat, c.lng], Math.min(map.getMaxZoom(), Math.round(map.getZoom()) + ZOOM_STEP)))
        .addTo(layer);
    }
  }
}

/** The server's clusters as marks on the map, as react-leaflet adds and removes its own layers; redrawn when they, the colours, the size or the words change. */
const ClusterMarks = createLayerComponent<L.LayerGroup, ClusterMarksProps>(
  (props, context) => {
    const layer = L.layerGroup();
    latestOf.set(layer, { map: context.map, props });
    fillLayer(layer, context.map, props);
    return createElementObject(layer, context);
  },
  (layer, props, previous) => {
    const map = latestOf.get(layer)!.map;
    latestOf.set(layer, { map, props });
    if (props.clusters !== previous.clusters || props.colourBy !== previous.colourBy || props.large !== previous.large || props.i18n !== previous.i18n) fillLayer(layer, map, props);
  },
);

const NO_CLUSTERS: ServerClusters = [];

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
  const i18n = useI18n();
  const [view, setView] = useState(() => viewOf(map));
  useMapEvents({ moveend: () => setView(viewOf(map)) });
  const { data, previousData, error } = useQuery(ActivityClustersQuery, { variables: { filter, ...view } });
  const clusters = (data ?? previousData)?.activityClusters.clusters;

  useEffect(() => {
    if (!clusters) return;
    const container = map.getContainer();
    container.dataset.mapMode = "clusters";
    container.dataset.activityMarkers = String(clusters.reduce((n, c) => n + c.count, 0));
    requestAnimationFrame(() => {
      if (clusters.length) markOnce("lk:markers-drawn");
      mark("lk:map-drawn");
    });
  }, [map, clusters]);

  useEffect(() => {
    onClusters({ clusters: clusters ?? [], error: error ?? null });
  }, [clusters, error, onClusters]);

  return <ClusterMarks clusters={clusters ?? NO_CLUSTERS} colourBy={colourBy} large={large} i18n={i18n} onSelect={onSelect} />;
}
