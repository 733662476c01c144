import { useQuery } from "@apollo/client/react";
import type L from "leaflet";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type ReactNode } from "react";
import { Popup, useMap } from "react-leaflet";
import { ActivityDetailsList } from "../activities/ActivityDetails";
import { ErrorNotice } from "../ui/ErrorNotice";
import { useLatest } from "../ui/useLatest";
import { useActivityDeleted } from "../activities/activity-events";
import { graphql } from "../gql";
import type { ActivityPopupQuery as ActivityPopupResult } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";
import type { PopupTarget } from "../activities/map-target";

const ActivityPopupQuery = graphql(`
  query ActivityPopupQuery($id: ID!) {
    activity(id: $id) {
      id
      organisation
      status
      ...ActivityDetails
    }
  }
`);

/** The activity whose popup is open, and how it was chosen. */
export interface ActivitySelection {
  activity: PopupTarget;
  /** Chosen from a list, not on the map: the map first moves to it. */
  reveal: boolean;
  /** Chosen by keyboard or from a list: the popup takes the focus. */
  focus?: boolean;
  /** Where the focus goes back to when the popup closes while it has the focus (the list's button, the mark). */
  returnFocus?: HTMLElement | null;
}

/** The widest popup content, in CSS pixels (at a desk). */
const POPUP_MAX_WIDTH = 320;
/** What a popup adds to its content's width: Leaflet's extra pixel, the side margins (20 + 24 px, styles.css) and the wrapper's padding. */
const POPUP_FRAME = 47;

/** Room kept free at the map's top for the zoom buttons (top right; a popup would cover them or they its close button). */
const CONTROLS_TOP = 84;
/** The popup's tip below its box. */
const POPUP_TIP = 24;

/**
 * Popup sizes that fit the map (a phone's is narrower than 320 px and a margin): at most the map's
 * width less the pan margin on both sides, and its height less the margins, the zoom buttons and
 * the tip (the content scrolls beyond).
 */
export function popupFit(size: { x: number; y: number }): Pick<L.PopupOptions, "maxWidth" | "minWidth" | "maxHeight" | "autoPanPaddingTopLeft" | "autoPanPaddingBottomRight"> {
  const margin = size.x < 480 ? 8 : 24;
  const maxWidth = Math.max(120, Math.min(POPUP_MAX_WIDTH, size.x - 2 * margin - POPUP_FRAME));
  return {
    maxWidth,
    minWidth: Math.min(220, maxWidth),
    maxHeight: Math.max(160, size.y - CONTROLS_TOP - margin - POPUP_TIP),
    autoPanPaddingTopLeft: [margin, CONTROLS_TOP],
    autoPanPaddingBottomRight: [margin, margin],
  };
}

/** The popup's activity as its actions see it: who may write it depends on its organisation and status. */
export type PopupActivity = Pick<NonNullable<ActivityPopupResult["activity"]>, "id" | "organisation" | "status">;

/** What may be done with the popup's activity (edit, mark done, delete), given by the page that knows who may write. */
export type PopupActions = (activity: PopupActivity) => ReactNode;

/** Zoom the map goes to when an activity is chosen from a list. */
const REVEAL_ZOOM = 13;

/**
 * The popup of the chosen marker: kind, date, organisation, areas, place, status and outcome, and
 * what the user may do with it. With `reveal` (chosen from a list, not on the map) the map first
 * moves to the activity; with `focus` the popup takes the keyboard focus once its content is in.
 * Escape closes it, and focus goes back to where the activity was chosen. It closes when its
 * activity is deleted on this page.
 */
export function ActivityPopup({ selection, onClose, actions }: { selection: ActivitySelection; onClose(): void; actions?: PopupActions }) {
  const { t } = useI18n();
  const map = useMap();
  const { activity, reveal } = selection;
  useEffect(() => {
    if (reveal) map.setView([activity.lat, activity.lng], Math.max(map.getZoom(), REVEAL_ZOOM), { animate: false });
  }, [map, reveal, activity.id, activity.lat, activity.lng]);
  const { data, error, loading } = useQuery(ActivityPopupQuery, { variables: { id: activity.id } });
  const popup = useRef<L.Popup>(null);
  const { id, lat, lng } = activity;
  // react-leaflet closes and reopens a popup whenever `position` is a new array: keep it while the point is the same.
  const position = useMemo<L.LatLngTuple>(() => [lat, lng], [lat, lng]);
  useActivityDeleted(useCallback((deleted: string) => (deleted === id ? onClose() : undefined), [id, onClose]));
  // The content grows when the details arrive: let Leaflet re-measure and keep it in view. Before
  // the browser paints, so the popup's buttons never show still in a place the pan is about to leave.
  useLayoutEffect(() => {
    popup.current?.update();
  }, [data, error]);
  const latest = useLatest({ selection, onClose, map });
  const events = useMemo<L.LeafletEventHandlerFnMap>(
    () => ({
      add: (event) => {
        // Escape anywhere in the popup (its close button too) closes it.
        (event.target as L.Popup).getElement()?.addEventListener("keydown", (e) => {
          if (e.key !== "Escape") return;
          e.preventDefault();
          e.stopPropagation();
          latest.current.map.closePopup(event.target as L.Popup);
        });
      },
      remove: (event) => {
        const { selection: chosen, onClose: close, map: on } = latest.current;
        const element = (event.target as L.Popup).getElement();
        const active = document.activeElement;
        // The focus was in the popup (or fell to the page with it): back to where the activity was chosen.
        if (!active || active === document.body || element?.contains(active)) {
          const back = chosen.returnFocus;
          (back?.isConnected ? back : on.getContainer()).focus({ preventScroll: true });
        }
        close();
      },
    }),
    [latest],
  );
  const ready = Boolean(data?.activity || error || !loading);
  const fit = useMemo(() => popupFit(map.getSize()), [map]);
  return (
    <Popup ref={popup} position={position} eventHandlers={events} {...fit}>
      <PopupBody focus={selection.focus ? selection : null} ready={ready}>
        {data?.activity ? (
          <>
            <ActivityDetailsList activity={data.activity} />
            {actions?.(data.activity)}
          </>
        ) : error ? (
          <ErrorNotice error={error} />
        ) : loading ? (
          <p aria-busy="true">{t("activity.loading")}</p>
        ) : (
          <p>{t("activity.notVisible")}</p>
        )}
      </PopupBody>
    </Popup>
  );
}

/**
 * The popup's content, which takes the focus once it is `ready`, once for each selection that asks
 * for it (`focus`). Mounted only when Leaflet has put the popup on the page.
 */
function PopupBody({ focus, ready, children }: { focus: ActivitySelection | null; ready: boolean; children: ReactNode }) {
  const body = useRef<HTMLDivElement>(null);
  const focused = useRef<ActivitySelection | null>(null);
  useEffect(() => {
    if (!focus || !ready || focused.current === focus) return;
    focused.current = focus;
    // The map pans the popup into view itself: the page must not scroll to it as well.
    body.current?.focus({ preventScroll: true });
  }, [focus, ready]);
  return (
    <div ref={body} className="popup-body" tabIndex={-1} data-testid="activity-popup">
      {children}
    </div>
  );
}
