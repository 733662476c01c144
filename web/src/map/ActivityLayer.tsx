import L from "leaflet";
import "leaflet.markercluster";
import { createElementObject, createLayerComponent, type LayerProps } from "@react-leaflet/core";
import { useEffect } from "react";
import { useMap } from "react-leaflet";
import type { ColourBy } from "../filters/view-state";
import { graphql, useFragment, type FragmentType } from "../gql";
import type { ActivityLayerActivityFragment } from "../gql/graphql";
import { useI18n, type I18n } from "../i18n/i18n";
import { mark, markOnce } from "../ui/perf";
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

/** What the cluster group draws, and whom it tells of a chosen mark. */
interface ActivityClusterProps extends LayerProps {
  activities: readonly MapActivity[];
  colourBy: ColourBy;
  large: boolean;
  i18n: I18n;
  onSelect(activity: MapActivity, how: MarkerOpen): void;
}

/** The props a group was last rendered with: its icons and marks call back through them. */
const latestProps = new WeakMap<L.MarkerClusterGroup, ActivityClusterProps>();

/** The group's marks, one per activity. */
function fillGroup(group: L.MarkerClusterGroup, { activities, colourBy, large, i18n }: ActivityClusterProps) {
  group.clearLayers();
  const markers = activities.map((activity) =>
    activityMarker(activity.lat, activity.lng, activityIcon(activity, colourBy, large), markerLabel(activity, i18n), (how) => latestProps.get(group)?.onSelect(activity, how)),
  );
  if (markers.length > 0) group.addLayers(markers);
}

/**
 * A Leaflet.markercluster group of the activities' marks, as react-leaflet adds and removes its
 * own layers. Its clustering (the radius) is fixed when it is made: a change of `large` needs a
 * new group (a new `key`); new activities, colours or words redraw the marks.
 */
const ActivityClusterGroup = createLayerComponent<L.MarkerClusterGroup, ActivityClusterProps>(
  (props, context) => {
    const group = L.markerClusterGroup({
      chunkedLoading: true,
      showCoverageOnHover: false,
      maxClusterRadius: props.large ? 60 : 45,
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
        const { large, i18n } = latestProps.get(group) ?? props;
        return clusterIcon(count, large, i18n.tn("map.cluster", count));
      },
    });
    latestProps.set(group, props);
    fillGroup(group, props);
    return createElementObject(group, context);
  },
  (group, props, previous) => {
    latestProps.set(group, props);
    if (props.activities !== previous.activities || props.colourBy !== previous.colourBy || props.i18n !== previous.i18n) fillGroup(group, props);
  },
);

/**
 * The activities as marks in a Leaflet.markercluster group, so dense places read as a number. Each
 * single mark is a button (Tab reaches it): a click, a tap, Enter or Space selects its activity for
 * the popup (by keyboard, the popup takes the focus). Marks `lk:markers-drawn` the first time
 * markers are on the map.
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
  useEffect(() => {
    // How many activities the map holds, for tests and tools (markers on a canvas are not elements).
    map.getContainer().dataset.activityMarkers = String(activities.length);
    map.getContainer().dataset.mapMode = "points";
  }, [map, activities]);
  return <ActivityClusterGroup key={String(large)} activities={activities} colourBy={colourBy} large={large} i18n={i18n} onSelect={onSelect} />;
}
