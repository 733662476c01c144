import L from "leaflet";

/**
 * The icon of a group of activities: a dark disc with the number, and the same number in words
 * for screen readers (Leaflet makes the marker a focusable button). Used for client-side clusters
 * and for the server's grid clusters alike.
 */
export function clusterIcon(count: number, large: boolean, spoken: string): L.DivIcon {
  const size = (large ? 12 : 0) + (count < 10 ? 26 : count < 100 ? 32 : count < 1000 ? 38 : 46);
  return L.divIcon({
    html: `<span aria-hidden="true">${count}</span><span class="visually-hidden">${spoken}</span>`,
    className: "activity-cluster",
    iconSize: [size, size],
  });
}
