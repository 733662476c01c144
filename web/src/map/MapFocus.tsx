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
  useEffect(() => {
    const animate = !reducedMotion();
    if (place) {
      // A place chosen before the map existed is shown at once; later choices fly there.
      if (first.current) map.setView([place.lat, place.lng], PLACE_ZOOM, { animate: false });
      else if (animate) map.flyTo([place.lat, place.lng], PLACE_ZOOM, { duration: 0.8 });
      else map.setView([place.lat, place.lng], PLACE_ZOOM);
    } else if (previous.current !== null) {
      map.fitBounds(home, { ...fit, animate });
    }
    first.current = false;
    previous.current = place?.id ?? null;
    // `fit` changes only with the mode, which remounts the map.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs on its listed inputs only, as it did before lint; the rest are read as they are then
  }, [map, place?.id, place?.lat, place?.lng, home]);
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
