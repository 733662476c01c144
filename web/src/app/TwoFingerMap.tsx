import { useEffect } from "react";
import { useMap } from "react-leaflet";

/** Where the primary pointer is a finger (phones, tablets). */
const TOUCH = "(pointer: coarse)";

/**
 * On a touch screen the map moves with two fingers only, so one finger scrolls the page past it
 * (Leaflet then leaves `touch-action: pan-x pan-y` on the map, and its pinch handler pans and
 * zooms). With a mouse the map drags as usual; a change of pointer is followed.
 */
export function TwoFingerMap() {
  const map = useMap();
  useEffect(() => {
    const query = window.matchMedia(TOUCH);
    const apply = () => (query.matches ? map.dragging.disable() : map.dragging.enable());
    apply();
    query.addEventListener("change", apply);
    return () => {
      query.removeEventListener("change", apply);
      map.dragging.enable();
    };
  }, [map]);
  return null;
}
