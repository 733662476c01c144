import { useEffect, useRef } from "react";
import { useMap, useMapEvents } from "react-leaflet";
import { useActivityEditor } from "./ActivityEditor";

/** Six decimals: about ten centimetres, more than a click can mean. */
const round = (value: number) => String(Math.round(value * 1e6) / 1e6);

/** Parts of the map that are not the map itself: a press there never plans. */
const NOT_THE_MAP = ".leaflet-popup, .leaflet-control";

/** The map container as tests and tools see it: where a position is on screen. */
export interface PlanningMapElement extends HTMLElement {
  lkPointOf?(lat: number, lng: number): { x: number; y: number };
}

/**
 * Inside the map: a click on the map (not on a marker) starts a new activity at that point, for a
 * user who may write activities. The container gets a crosshair cursor and, for tests and tools
 * (markers and places are drawn on a canvas), `lkPointOf(lat, lng)`: the point in the container.
 *
 * A click counts only when it was also pressed on the map: a press on a popup's button that is
 * released over the map (the popup moved meanwhile, or the pointer slipped) makes the browser
 * send the click to the map, and that must not open a new activity.
 */
export function PlanOnMapClick() {
  const open = useActivityEditor();
  const map = useMap();
  const pressedOnMap = useRef(false);
  useEffect(() => {
    if (!open) return;
    const container: PlanningMapElement = map.getContainer();
    container.classList.add("plan-on-click");
    container.lkPointOf = (lat, lng) => map.latLngToContainerPoint([lat, lng]);
    // Capture phase: popups stop the press from bubbling to the map, but not from being seen here.
    const onPress = (event: PointerEvent) => {
      pressedOnMap.current = event.target instanceof Element && event.target.closest(NOT_THE_MAP) === null;
    };
    container.addEventListener("pointerdown", onPress, true);
    return () => {
      container.classList.remove("plan-on-click");
      container.removeEventListener("pointerdown", onPress, true);
      delete container.lkPointOf;
    };
  }, [map, open]);
  useMapEvents({
    click(event) {
      if (!pressedOnMap.current) return;
      pressedOnMap.current = false;
      open?.({ mode: "new", known: { lat: round(event.latlng.lat), lng: round(event.latlng.lng) } });
    },
  });
  return null;
}
