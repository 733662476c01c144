import L from "leaflet";
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { CircleMarker, Pane, Polyline, Tooltip, useMap, useMapEvents } from "react-leaflet";
import { graphql, useFragment, type FragmentType } from "../gql";
import type { PlacesLayerPlaceFragment } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";
import { useLatest } from "../ui/useLatest";
import { OUTLINE, UNVISITED } from "../activities/colours";
import { around, layoutLabels, leaderEnd, type LabelItem, type LabelPlacement, type Rect } from "./label-layout";

export const PlacesLayerPlace = graphql(`
  fragment PlacesLayerPlace on Place {
    id
    name
    samiName
    kind
    lat
    lng
    population
  }
`);

/** A place as the map draws it. */
type MapPlace = PlacesLayerPlaceFragment;

/**
 * The pane of the villages without activity, mark and label: above the activities' clusters
 * (Leaflet's marker pane, 600), below tooltips and popups. It lets every click through.
 */
export const UNVISITED_PANE = "unvisitedPlaces";

/** Room kept free of labels along the map's edges, in pixels. */
const EDGE = 4;

/**
 * A place's name is a permanent label, not a tooltip that describes something else: Leaflet's
 * `role="tooltip"` is taken off as the label is added (before React has filled it).
 */
const LABEL_EVENTS: L.LeafletEventHandlerFnMap = {
  add: (event) => (event.target as L.Tooltip).getElement()?.removeAttribute("role"),
};

/** Draw style of a place mark: the town large and dark, villages smaller, unvisited ones ringed red. */
export function placeStyle(kind: MapPlace["kind"], unvisited: boolean, selected: boolean, large: boolean) {
  const scale = large ? 1.5 : 1;
  if (unvisited) {
    return { radius: 7 * scale, color: UNVISITED, weight: 3, dashArray: "4 3", fillColor: "#FFFFFF", fillOpacity: 1 };
  }
  return {
    radius: (kind === "TOWN" ? 7 : 4.5) * scale,
    color: selected ? "#000000" : "#FFFFFF",
    weight: selected ? 3 : 1.5,
    fillColor: OUTLINE,
    fillOpacity: 1,
  };
}

/** How a place's label is drawn. */
interface LabelLook {
  place: MapPlace;
  unvisited: boolean;
  selected: boolean;
}

function labelClass({ place, unvisited, selected }: LabelLook): string {
  return `place-label${place.kind === "TOWN" ? " place-label-town" : ""}${unvisited ? " place-label-unvisited" : ""}${selected ? " place-label-selected" : ""}`;
}

/** What a label says: the name, the Sami name (unless `compact`), and "no activity" for an unvisited village. */
function LabelText({ place, unvisited, compact }: LabelLook & { compact: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <span className="place-name">{place.name}</span>
      {place.samiName && !compact ? (
        <span className="place-sami" lang="smj">
          {place.samiName}
        </span>
      ) : null}
      {unvisited ? <span className="place-unvisited">{t("coverage.unvisited")}</span> : null}
    </>
  );
}

/** A label's size in pixels, and its width without the Sami name. */
interface LabelSize {
  width: number;
  height: number;
  compactWidth: number;
}

/**
 * The labels drawn out of sight inside the map (so the map's own CSS applies: meeting mode has
 * larger type), measured and gone again before the browser paints: reports their sizes once.
 */
function LabelMeasure({ looks, onSizes }: { looks: readonly LabelLook[]; onSizes(sizes: ReadonlyMap<string, LabelSize>): void }) {
  const ref = useRef<HTMLDivElement>(null);
  const report = useLatest(onSizes);
  useLayoutEffect(() => {
    const sizes = new Map<string, LabelSize>();
    for (const el of ref.current?.querySelectorAll<HTMLElement>("[data-measure]") ?? []) {
      const id = el.dataset.measure!;
      const box = el.getBoundingClientRect();
      const size = sizes.get(id) ?? { width: 0, height: 0, compactWidth: 0 };
      if (el.dataset.compact) size.compactWidth = Math.ceil(box.width);
      else Object.assign(size, { width: Math.ceil(box.width), height: Math.ceil(box.height) });
      sizes.set(id, size);
    }
    report.current(sizes);
    // Once: a new measurement is a new element (see `measureKey` in PlacesLayer).
  }, [report]);
  return (
    <div ref={ref} className="place-label-measure" aria-hidden="true">
      {looks.flatMap((look) =>
        [false, true].map((compact) => (
          <div key={`${look.place.id}${compact}`} className={`leaflet-tooltip ${labelClass(look)}`} data-measure={look.place.id} data-compact={compact ? "1" : undefined}>
            <LabelText {...look} compact={compact} />
          </div>
        )),
      )}
    </div>
  );
}

/** Counts the fonts that finished loading (a label's size changes with them). */
function useFontLoads(): number {
  const [loads, setLoads] = useState(0);
  useEffect(() => {
    const fonts = document.fonts;
    const loaded = () => setLoads((n) => n + 1);
    fonts?.addEventListener("loadingdone", loaded);
    return () => fonts?.removeEventListener("loadingdone", loaded);
  }, []);
  return loads;
}

/** The boxes of the elements under the map that `selector` matches, in the map's pixels. */
function boxesOf(map: L.Map, selector: string): Rect[] {
  const origin = map.getContainer().getBoundingClientRect();
  return Array.from(map.getContainer().querySelectorAll(selector), (el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left - origin.left, right: r.right - origin.left, top: r.top - origin.top, bottom: r.bottom - origin.top };
  }).filter((r) => r.right > r.left && r.bottom > r.top);
}

const NO_SIZES: ReadonlyMap<string, LabelSize> = new Map();

/** How long the marker pane must stay unchanged before the labels move to the clusters drawn there. */
const CLUSTERS_SETTLE_MS = 150;

/**
 * Calls `relayout` when the clusters on the map have changed (their icons are elements in
 * Leaflet's marker pane, redrawn on zoom and as activities load) and stopped changing.
 */
function useClusterChanges(map: L.Map, relayout: () => void) {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(relayout, CLUSTERS_SETTLE_MS);
    });
    const pane = map.getPane("markerPane");
    if (pane) observer.observe(pane, { childList: true });
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [map, relayout]);
}

/** Props of `PlacesLayer`. */
export interface PlacesLayerProps {
  places: readonly FragmentType<typeof PlacesLayerPlace>[];
  unvisitedIds: ReadonlySet<string>;
  selectedPlaceId: string | null;
  large: boolean;
  activityPoints: readonly { lat: number; lng: number }[];
  /** Pixels on the map's left covered by something over it (meeting mode's side column): no labels there. */
  coveredLeft?: number;
}

/**
 * The town and the villages, labelled with their Swedish and Sami names; villages with no activity
 * in the selection are ringed and labelled as such (not by colour alone), in their own pane over
 * the activities' clusters, so they always show. Labels never cover each other: the town, the
 * villages without activity and the chosen place are placed first and always shown; the others in
 * order of population, without the Sami name where room is short, and left out where there is
 * none (zooming in shows them). They stay within the map and off its controls. Drawn again only
 * when its props change: each render updates every label's tooltip, which makes the browser lay out.
 */
export const PlacesLayer = memo(function PlacesLayer(props: PlacesLayerProps) {
  const { unvisitedIds, selectedPlaceId, large, activityPoints, coveredLeft = 0 } = props;
  const places = useFragment(PlacesLayerPlace, props.places);
  const map = useMap();
  // The view the labels are laid out for (the map's size as it was then): they follow zoom, pans,
  // resizes and the clusters drawn; each of these is a new view, even where the size is the same.
  const [view, setView] = useState(() => ({ size: map.getSize() }));
  const relayout = useCallback(() => setView({ size: map.getSize() }), [map]);
  useMapEvents({ zoomend: relayout, moveend: relayout, resize: relayout });
  useClusterChanges(map, relayout);
  // Once the controls are on the map too.
  useEffect(() => {
    const frame = requestAnimationFrame(relayout);
    return () => cancelAnimationFrame(frame);
  }, [relayout]);
  const { lang } = useI18n();
  const fontLoads = useFontLoads();
  const svg = useMemo(() => L.svg({ pane: UNVISITED_PANE }), []);
  useEffect(() => () => void svg.remove(), [svg]);
  const gap = large ? 20 : 14;

  const looks = useMemo(() => places.map((place) => ({ place, unvisited: unvisitedIds.has(place.id), selected: place.id === selectedPlaceId })), [places, unvisitedIds, selectedPlaceId]);
  // What the labels' sizes depend on: measured again when it changes.
  const measureKey = [lang, large, fontLoads, ...looks.map((l) => `${l.place.id}:${l.place.kind}:${l.place.name}:${l.place.samiName}:${l.unvisited}:${l.selected}`)].join("|");
  const [measured, setMeasured] = useState<{ key: string; sizes: ReadonlyMap<string, LabelSize> } | null>(null);
  const sizes = measured?.sizes ?? NO_SIZES;
  const placements = useMemo(() => {
    const { size } = view;
    // Labels keep clear of the activities: off the clusters' icons (drawn over the labels, or
    // under those of villages without activity), and of the single markers where they can (on a
    // canvas, so from their positions: one obstacle per occupied cell of a marker's size).
    const marker = large ? 10 : 7;
    const cells = new Map<string, Rect>();
    for (const a of activityPoints) {
      const p = map.latLngToContainerPoint([a.lat, a.lng]);
      if (p.x < -gap || p.y < -gap || p.x > size.x + gap || p.y > size.y + gap) continue;
      const cell = { x: Math.round(p.x / marker) * marker, y: Math.round(p.y / marker) * marker };
      const key = `${cell.x}:${cell.y}`;
      if (!cells.has(key)) cells.set(key, around(cell, marker));
    }
    const rank = (l: LabelLook) => (l.place.kind === "TOWN" ? 0 : l.unvisited || l.selected ? 1 : 2);
    const ordered = [...looks].sort((a, b) => rank(a) - rank(b) || (b.place.population ?? 0) - (a.place.population ?? 0) || a.place.name.localeCompare(b.place.name, "sv"));
    const items: LabelItem[] = [];
    for (const look of ordered) {
      const measured = sizes.get(look.place.id);
      if (!measured) continue;
      const point = map.latLngToContainerPoint([look.place.lat, look.place.lng]);
      items.push({
        id: look.place.id,
        x: point.x,
        y: point.y,
        width: measured.width,
        height: measured.height,
        compactWidth: look.place.samiName ? measured.compactWidth : undefined,
        keep: rank(look) < 2,
        onTop: look.unvisited,
      });
    }
    return layoutLabels(items, {
      gap,
      obstacles: [...cells.values()],
      area: { left: coveredLeft + EDGE, top: EDGE, right: size.x - EDGE, bottom: size.y - EDGE },
      covered: [...boxesOf(map, ".leaflet-control"), ...boxesOf(map, ".leaflet-marker-pane .activity-cluster")],
    });
  }, [looks, sizes, view, map, gap, large, activityPoints, coveredLeft]);

  useEffect(() => {
    // How many names are left out for lack of room, for tests and tools.
    map.getContainer().dataset.hiddenLabels = String(sizes.size ? places.length - placements.size : 0);
  }, [map, places, placements, sizes]);

  /** The line from a place to its label, where the label had to move away from it. */
  const leader = (look: LabelLook, placement: LabelPlacement, unvisitedPane: boolean) => {
    const size = sizes.get(look.place.id);
    const end = size ? leaderEnd(placement, { width: placement.compact ? size.compactWidth : size.width, height: size.height }, gap) : null;
    if (!end) return null;
    const from = map.latLngToContainerPoint([look.place.lat, look.place.lng]);
    const to = map.containerPointToLatLng([from.x + end[0], from.y + end[1]]);
    return (
      <Polyline
        key={`leader-${look.place.id}-${placement.offset.join(",")}`}
        positions={[[look.place.lat, look.place.lng], to]}
        interactive={false}
        pathOptions={{ color: look.unvisited ? UNVISITED : OUTLINE, weight: large ? 2 : 1.5, className: "place-leader" }}
        {...(unvisitedPane ? { pane: UNVISITED_PANE, renderer: svg } : { pane: "places" })}
      />
    );
  };

  const marks = (subset: readonly LabelLook[], unvisitedPane: boolean) =>
    subset.flatMap((look) => {
      const { place, unvisited, selected } = look;
      const style = placeStyle(place.kind, unvisited, selected, large);
      const placement = placements.get(place.id);
      return [
        placement ? leader(look, placement, unvisitedPane) : null,
        <CircleMarker
          key={`${place.id}-${unvisited}-${selected}-${large}`}
          center={[place.lat, place.lng]}
          pathOptions={style}
          radius={style.radius}
          interactive={false}
          {...(unvisitedPane
            ? {
                pane: UNVISITED_PANE,
                renderer: svg,
                className: "place-mark-unvisited",
                eventHandlers: { add: (e: L.LeafletEvent) => (e.target as L.Path).getElement()?.setAttribute("data-place", place.name) },
              }
            : { pane: "places" })}
        >
          {placement ? (
            <Tooltip
              key={`${placement.offset.join(",")}${placement.compact}`}
              // Labels of places with activity: in their own pane (see ActivityMap), above places, below clusters.
              pane={unvisitedPane ? UNVISITED_PANE : "placeLabels"}
              eventHandlers={LABEL_EVENTS}
              permanent
              direction="center"
              offset={placement.offset}
              opacity={1}
              className={labelClass(look)}
            >
              <LabelText {...look} compact={placement.compact} />
            </Tooltip>
          ) : null}
        </CircleMarker>,
      ];
    });

  return (
    <>
      {measured?.key !== measureKey ? createPortal(<LabelMeasure key={measureKey} looks={looks} onSizes={(next) => setMeasured({ key: measureKey, sizes: next })} />, map.getContainer()) : null}
      {marks(
        looks.filter((l) => !l.unvisited),
        false,
      )}
      <Pane name={UNVISITED_PANE} pane="mapPane" style={{ zIndex: 620, pointerEvents: "none" }}>
        {marks(
          looks.filter((l) => l.unvisited),
          true,
        )}
      </Pane>
    </>
  );
});
