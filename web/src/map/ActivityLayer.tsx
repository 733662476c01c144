import L from "leaflet";
import "leaflet.markercluster";
import { useEffect, useRef } from "react";
import { useMap } from "react-leaflet";
import type { ColourBy } from "../filters/view-state";
import { graphql, useFragment, type FragmentType } from "../gql";
import type { ActivityLayerActivityFragment } from "../gql/graphql";
import { useI18n, type I18n } from "../i18n/i18n";
import { mark, markOnce } from "../ui/perf";
import { useLatest } from "../ui/useLatest";
import { activityIcon, activityMarker, type MarkerOpen } from "./activity-marker";
import { clusterIcon } from "./cluster-icon";

export const ActivityLayerActivity = graphql(`
  fragment ActivityLayerActivity on Activity {
    id
    lat
    lng
    kind
    status
    priorityAreas
    title
    startsAt
  }
`);

/** An activity as the map draws it (the popup loads the rest). */
type MapActivity = ActivityLayerActivityFragment;

/** The accessible name of an activity's mark: kind, title, date and status. */
export function markerLabel(activity: Pick<MapActivity, "kind" | "status" | "title" | "startsAt">, { t, formatDate }: I18n): string {
  return [t(`kind.${activity.kind}`), activity.title, formatDate(activity.startsAt), t(`status.${activity.status}`)].filter(Boolean).join(", ");
}

/**
 * The activities as marks in a Leaflet.markercluster group (added through `useMap`), so dense
 * places read as a number. Each single mark is a button (Tab reaches it): a click, a tap, Enter
 * or Space selects its activity for the popup (by keyboard, the popup takes the focus). Marks
 * `lk:markers-drawn` the first time markers are on the map.
 */
export function ActivityLayer({
  activities: data,
  colourBy,
  large,
  onSelect,
}: {
  activities: readonly FragmentType<typeof ActivityLayerActivity>[];
  colourBy: ColourBy;
  large: boolean;
  onSelect(activity: MapActivity, how: MarkerOpen): void;
}) {
  const activities = useFragment(ActivityLayerActivity, data);
  const map = useMap();
  const i18n = useI18n();
  const label = useLatest(i18n.tn);
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
    map.addLayer(group);
    groupRef.current = group;
    return () => {
      map.removeLayer(group);
      groupRef.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs on its listed inputs only, as it did before lint; the rest are read as they are then
  }, [map, large]);

  useEffect(() => {
    const group = groupRef.current;
    if (!group) return;
    group.clearLayers();
    const markers = activities.map((activity) =>
      activityMarker(activity.lat, activity.lng, activityIcon(activity, colourBy, large), markerLabel(activity, i18n), (how) => select.current(activity, how)),
    );
    if (markers.length > 0) group.addLayers(markers);
    // How many activities the map holds, for tests and tools (markers on a canvas are not elements).
    map.getContainer().dataset.activityMarkers = String(markers.length);
    map.getContainer().dataset.mapMode = "points";
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs on its listed inputs only, as it did before lint; the rest are read as they are then
  }, [map, activities, colourBy, large, i18n]);

  return null;
}
