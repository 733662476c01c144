import type L from "leaflet";
import { useEffect, useRef, useState } from "react";
import { Popup, useMap, useMapEvents } from "react-leaflet";
import { useI18n } from "../i18n/i18n";
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
 * Inside the map: a click on the map (not on a marker) asks "Planera här?" at that point, for a
 * user who may write activities; only the prompt's button opens a new activity there (a click just
 * off a marker no longer opens a blank form). The prompt takes the focus; Escape or "Avbryt"
 * closes it and gives the focus back to the map. The container gets a crosshair cursor and, for
 * tests and tools (markers and places are drawn on a canvas), `lkPointOf(lat, lng)`: the point in
 * the container.
 *
 * A click counts only when it was also pressed on the map: a press on a popup's button that is
 * released over the map (the popup moved meanwhile, or the pointer slipped) makes the browser
 * send the click to the map, and that must not plan anything.
 */
export function PlanOnMapClick() {
  const open = useActivityEditor();
  const map = useMap();
  const pressedOnMap = useRef(false);
  const [point, setPoint] = useState<L.LatLng | null>(null);
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
      if (!pressedOnMap.current || !open) return;
      pressedOnMap.current = false;
      setPoint(event.latlng);
    },
  });
  if (!open || !point) return null;
  const cancel = () => {
    setPoint(null);
    map.getContainer().focus();
  };
  return (
    // A new point is a new prompt (Leaflet closed the last one when the map was clicked).
    <PlanHerePrompt
      key={`${point.lat},${point.lng}`}
      point={point}
      onPlan={() => {
        setPoint(null);
        open({ mode: "new", known: { lat: round(point.lat), lng: round(point.lng) } });
      }}
      onCancel={cancel}
      onClosed={() => setPoint(null)}
    />
  );
}

/** The small popup at the clicked point: "Planera här?" with its button and "Avbryt". */
function PlanHerePrompt({ point, onPlan, onCancel, onClosed }: { point: L.LatLng; onPlan(): void; onCancel(): void; onClosed(): void }) {
  return (
    <Popup position={point} eventHandlers={{ remove: onClosed }} minWidth={220} closeButton={false} autoPanPadding={[24, 24]}>
      <PlanHereQuestion onPlan={onPlan} onCancel={onCancel} />
    </Popup>
  );
}

/** The prompt's content; it mounts once Leaflet has put the popup in the page, and takes the focus. */
function PlanHereQuestion({ onPlan, onCancel }: { onPlan(): void; onCancel(): void }) {
  const { t } = useI18n();
  const planButton = useRef<HTMLButtonElement>(null);
  useEffect(() => planButton.current?.focus({ preventScroll: true }), []);
  return (
    <div
      className="plan-here"
      role="group"
      aria-labelledby="plan-here-question"
      data-testid="plan-here"
      onKeyDown={(e) => {
        if (e.key !== "Escape") return;
        e.stopPropagation();
        onCancel();
      }}
    >
      <p id="plan-here-question">{t("plan.here")}</p>
      <div className="popup-actions">
        <button ref={planButton} type="button" className="button-primary" onClick={onPlan}>
          {t("plan.hereAction")}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t("plan.hereCancel")}
        </button>
      </div>
    </div>
  );
}
