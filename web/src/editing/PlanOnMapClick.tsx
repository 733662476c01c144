import { useEffect } from "react";
import { useMap, useMapEvents } from "react-leaflet";
import { useActivityEditor } from "./ActivityEditor";

/** Six decimals: about ten centimetres, more than a click can mean. */
const round = (value: number) => String(Math.round(value * 1e6) / 1e6);

/** The map container as tests and tools see it: where a position is on screen. */
export interface PlanningMapElement extends HTMLElement {
  lkPointOf?(lat: number, lng: number): { x: number; y: number };
}

/**
 * Inside the map: a click on the map (not on a marker) starts a new activity at that point, for a
 * user who may write activities. The container gets a crosshair cursor and, for tests and tools
 * (markers and places are drawn on a canvas), `lkPointOf(lat, lng)`: the point in the container.
 */
export function PlanOnMapClick() {
  const open = useActivityEditor();
  const map = useMap();
  useEffect(() => {
    if (!open) return;
    const container: PlanningMapElement = map.getContainer();
    container.classList.add("plan-on-click");
    container.lkPointOf = (lat, lng) => map.latLngToContainerPoint([lat, lng]);
    return () => {
      container.classList.remove("plan-on-click");
      delete container.lkPointOf;
    };
  }, [map, open]);
  useMapEvents({
    click(event) {
      open?.({ mode: "new", known: { lat: round(event.latlng.lat), lng: round(event.latlng.lng) } });
    },
  });
  return null;
}
