import L from "leaflet";
import type { ActivityKind, ActivityStatus, PriorityArea } from "../gql/graphql";
import type { ColourBy } from "../filters/view-state";
import { AREA_COLOURS, KIND_COLOURS, NEUTRAL, OUTLINE, orderedAreas } from "../activities/colours";

/** The pane of single activities: above the boundary and places, below the place labels and clusters. */
export const ACTIVITY_PANE = "activities";

/** What a mark's look depends on. */
export type MarkedActivity = { kind: ActivityKind; status: ActivityStatus; priorityAreas: readonly PriorityArea[] };

/** How an activity was opened from its mark: by pointer, or by keyboard (the popup then takes the focus). */
export interface MarkerOpen {
  /** Opened by Enter or Space: focus goes into the popup, and back to the mark when it closes. */
  keyboard: boolean;
  element: HTMLElement | null;
}

/** Fill opacity by status: done solid, planned half, cancelled faint. */
const FILL_ALPHA: Record<ActivityStatus, number> = { DONE: 0.95, PLANNED: 0.45, CANCELLED: 0.2 };

const hexAlpha = (alpha: number) =>
  Math.round(alpha * 255)
    .toString(16)
    .padStart(2, "0");

const icons = new Map<string, L.DivIcon>();

/**
 * The mark of one activity: a disc filled by kind or first area (a ring in the second area's
 * colour for several), solid when done and dashed otherwise, inside a larger box that takes the
 * pointer, the touch and the keyboard focus. Icons are shared between marks that look the same.
 */
export function activityIcon(activity: MarkedActivity, colourBy: ColourBy, large: boolean): L.DivIcon {
  const areas = orderedAreas(activity.priorityAreas);
  const ring = colourBy === "area" && areas.length > 1 ? AREA_COLOURS[areas[1]] : null;
  const fill = colourBy === "kind" ? KIND_COLOURS[activity.kind] : areas.length ? AREA_COLOURS[areas[0]] : NEUTRAL;
  const key = `${fill}|${ring}|${activity.status}|${large}`;
  let icon = icons.get(key);
  if (!icon) {
    const dot = large ? 20 : 14;
    const box = large ? 30 : 24;
    const style = `width:${dot}px;height:${dot}px;background:${fill}${hexAlpha(FILL_ALPHA[activity.status])};border:${ring ? 3 : 1.5}px ${activity.status === "DONE" ? "solid" : "dashed"} ${ring ?? OUTLINE}`;
    icon = L.divIcon({ html: `<span class="activity-dot" style="${style}"></span>`, className: "activity-marker", iconSize: [box, box] });
    icons.set(key, icon);
  }
  return icon;
}

/**
 * A focusable mark for one activity: a button named `label` (kind, title, date, status) that
 * opens the activity by click, tap, Enter or Space. Leaflet makes a new element each time the mark
 * comes on the map (clusters split and join), so it is named and wired as it is added.
 */
export function activityMarker(lat: number, lng: number, icon: L.DivIcon, label: string, open: (how: MarkerOpen) => void): L.Marker {
  // Leaflet's own keyboard support fires a click on Enter only: the keys are handled here instead.
  const marker = L.marker([lat, lng], { icon, keyboard: false, pane: ACTIVITY_PANE, bubblingMouseEvents: false });
  marker.on("add", () => {
    const element = marker.getElement();
    if (!element) return;
    element.tabIndex = 0;
    element.setAttribute("role", "button");
    element.setAttribute("aria-label", label);
    element.addEventListener("keydown", (event) => {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      event.stopPropagation();
      open({ keyboard: true, element });
    });
  });
  marker.on("click", () => open({ keyboard: false, element: marker.getElement() ?? null }));
  return marker;
}
