import L from "leaflet";
import "leaflet.markercluster";
import { useEffect, useRef } from "react";
import { useMap } from "react-leaflet";
import type { ColourBy } from "../filters/view-state";
import { graphql } from "../gql";
import type { ActivityLayerActivityFragment } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";
import { mark, markOnce } from "../app/perf";
import { useLatest } from "../app/useLatest";
import { clusterIcon } from "./cluster-icon";
import { AREA_COLOURS, KIND_COLOURS, NEUTRAL, OUTLINE, orderedAreas } from "./colours";

export const ActivityLayerActivity = graphql(`
  fragment ActivityLayerActivity on Activity {
    id
    lat
    lng
    kind
    status
    priorityAreas
  }
`);

/** An activity as the map draws it (the popup loads the rest). */
export type MapActivity = ActivityLayerActivityFragment;

/**
 * Fill from the kind or the first area; an activity of several areas gets a ring in the second
 * one's colour. Unknown areas (a server cluster's single activity) draw neutral.
 */
export function markerStyle(activity: Pick<MapActivity, "kind" | "status" | "priorityAreas">, colourBy: ColourBy, large: boolean): L.CircleMarkerOptions {
  const areas = orderedAreas(activity.priorityAreas);
  const ring = colourBy === "area" && areas.length > 1 ? AREA_COLOURS[areas[1]] : null;
  const fillColor = colourBy === "kind" ? KIND_COLOURS[activity.kind] : areas.length ? AREA_COLOURS[areas[0]] : NEUTRAL;
  const done = activity.status === "DONE";
  return {
    radius: large ? 10 : 7,
    color: ring ?? OUTLINE,
    weight: ring ? 3 : 1.5,
    fillColor,
    fillOpacity: done ? 0.95 : activity.status === "PLANNED" ? 0.45 : 0.2,
    dashArray: done ? undefined : "3 3",
    // A click on a marker must not also reach the map (which would close the popup it opens).
    bubblingMouseEvents: false,
  };
}

/** Marker with the id of its activity. */
interface ActivityMarker extends L.CircleMarker {
  activity: MapActivity;
}

/**
 * The activities as circle markers in a Leaflet.markercluster group (added through `useMap`), so
 * dense places read as a number. Clicking a marker selects its activity for the popup. Marks
 * `lk:markers-drawn` the first time markers are on the map.
 */
export function ActivityLayer({ activities, colourBy, large, onSelect }: { activities: readonly MapActivity[]; colourBy: ColourBy; large: boolean; onSelect(activity: MapActivity): void }) {
  const map = useMap();
  const { tn } = useI18n();
  const label = useLatest(tn);
  const select = useLatest(onSelect);
  const groupRef = useRef<L.MarkerClusterGroup | null>(null);

  useEffect(() => {
    const group = L.markerClusterGroup({
      chunkedLoading: true,
      showCoverageOnHover: false,
      maxClusterRadius: large ? 60 : 45,
      spiderfyOnMaxZoom: true,
      // The canvas paints on the next frame: that is when a person first sees the markers.
      chunkProgress(processed, total) {
        if (processed === total && total > 0)
          requestAnimationFrame(() => {
            markOnce("lk:markers-drawn");
            mark("lk:map-drawn");
          });
      },
      iconCreateFunction(cluster) {
        const count = cluster.getChildCount();
        return clusterIcon(count, large, label.current("map.cluster", count));
      },
    });
    group.on("click", (event) => {
      const marker = (event.propagatedFrom ?? event.layer) as ActivityMarker | undefined;
      if (marker?.activity) select.current(marker.activity);
    });
    map.addLayer(group);
    groupRef.current = group;
    return () => {
      map.removeLayer(group);
      groupRef.current = null;
    };
  }, [map, large]);

  useEffect(() => {
    const group = groupRef.current;
    if (!group) return;
    group.clearLayers();
    const markers = activities.map((activity) => {
      const marker = L.circleMarker([activity.lat, activity.lng], markerStyle(activity, colourBy, large)) as ActivityMarker;
      marker.activity = activity;
      return marker;
    });
    if (markers.length > 0) group.addLayers(markers);
    // How many activities the map holds, for tests and tools (markers on a canvas are not elements).
    map.getContainer().dataset.activityMarkers = String(markers.length);
    map.getContainer().dataset.mapMode = "points";
  }, [map, activities, colourBy, large]);

  return null;
}
