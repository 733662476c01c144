import type { FitBoundsOptions, LatLngBounds } from "leaflet";
import { useEffect, useRef } from "react";
import { useMap } from "react-leaflet";

/** Zoom used when a place is chosen: the place and its surroundings. */
const PLACE_ZOOM = 12;

function reducedMotion(): boolean {
  return window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
}

/**
 * Moves the map to the chosen place, and back to the whole municipality when the choice is
 * cleared (not on first load: the map already starts there).
 */
export function MapFocus({ place, home, fit }: { place: { id: string; lat: number; lng: number } | null; home: LatLngBounds; fit: FitBoundsOptions }) {
  const map = useMap();
  const previous = useRef<string | null>(place?.id ?? null);
  const first = useRef(true);
  // The place by its values: the same place in a new object is no new choice.
  const id = place?.id ?? null;
  const lat = place?.lat ?? 0;
  const lng = place?.lng ?? 0;
  useEffect(() => {
    const animate = !reducedMotion();
    if (id !== null) {
      // A place chosen before the map existed is shown at once; later choices fly there.
      if (first.current) map.setView([lat, lng], PLACE_ZOOM, { animate: false });
      else if (animate) map.flyTo([lat, lng], PLACE_ZOOM, { duration: 0.8 });
      else map.setView([lat, lng], PLACE_ZOOM);
    } else if (previous.current !== null) {
      map.fitBounds(home, { ...fit, animate });
    }
    first.current = false;
    previous.current = id;
    // `fit` changes only with the mode (the page keeps it the same object meanwhile).
  }, [map, id, lat, lng, home, fit]);
  return null;
}

/** Tells Leaflet when its container changes size (panels, meeting mode, window), so tiles fill it. */
export function SizeWatcher() {
  const map = useMap();
  useEffect(() => {
    const observer = new ResizeObserver(() => map.invalidateSize({ pan: false }));
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);
  return null;
}
