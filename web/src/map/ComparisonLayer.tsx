import L from "leaflet";
import { useMemo } from "react";
import { Marker, Pane } from "react-leaflet";
import { CHANGE_MARKS, changeOf, type Comparison } from "../coverage/comparison";

/** The pane of the comparison's marks: over the places, the clusters and the rings of unvisited villages. */
const COMPARISON_PANE = "comparison";

/** A village's mark: its change's colour with its glyph, so the mark reads without the colour. */
function changeIcon(change: keyof typeof CHANGE_MARKS, large: boolean): L.DivIcon {
  const { fill, ink, glyph } = CHANGE_MARKS[change];
  const size = large ? 34 : 24;
  return L.divIcon({
    className: "compare-mark",
    html: `<span class="compare-mark-glyph" data-change="${change}" style="background:${fill};color:${ink}">${glyph}</span>`,
    iconSize: [size, size],
    // Left of the village's point, so a cluster's number on the point stays readable (the labels
    // mostly sit to the right).
    iconAnchor: [size + 8, size / 2],
  });
}

/**
 * The villages coloured by how their count moved between the two years (the legend and the lists
 * beside the map say the same in words; villages without work in either year get no mark).
 */
export function ComparisonLayer({ comparison, large = false }: { comparison: Comparison; large?: boolean }) {
  const marks = useMemo(
    () =>
      comparison.places.flatMap((p) => {
        const change = changeOf(p.countA, p.countB);
        return p.place.kind === "VILLAGE" && change !== "none" ? [{ id: p.place.id, lat: p.place.lat, lng: p.place.lng, icon: changeIcon(change, large) }] : [];
      }),
    [comparison, large],
  );
  return (
    <Pane name={COMPARISON_PANE} style={{ zIndex: 630, pointerEvents: "none" }}>
      {marks.map((m) => (
        <Marker key={m.id} position={[m.lat, m.lng]} icon={m.icon} pane={COMPARISON_PANE} interactive={false} keyboard={false} />
      ))}
    </Pane>
  );
}
