import { useQuery } from "@apollo/client/react";
import type L from "leaflet";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from "react";
import { Popup, useMap } from "react-leaflet";
import { ActivityDetailsList } from "../activities/ActivityDetails";
import { ErrorNotice } from "../app/ErrorNotice";
import { ActivityPopupActions } from "../editing/ActivityPopupActions";
import { useActivityDeleted } from "../editing/useActivityMutations";
import { graphql } from "../gql";
import { useI18n } from "../i18n/i18n";

const ActivityPopupQuery = graphql(`
  query ActivityPopupQuery($id: ID!) {
    activity(id: $id) {
      ...ActivityDetails
    }
  }
`);

/** What a popup needs to know of its activity: the rest it loads. */
export interface PopupTarget {
  id: string;
  lat: number;
  lng: number;
}

/** Zoom the map goes to when an activity is chosen from a list. */
const REVEAL_ZOOM = 13;

/**
 * The popup of the chosen marker: kind, date, organisation, areas, place, status and outcome.
 * With `reveal` (chosen from a list, not on the map) the map first moves to the activity. It
 * closes when its activity is deleted on this page.
 */
export function ActivityPopup({ activity, reveal, onClose }: { activity: PopupTarget; reveal: boolean; onClose(): void }) {
  const { t } = useI18n();
  const map = useMap();
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
  return (
    <Popup ref={popup} position={position} eventHandlers={{ remove: onClose }} maxWidth={320} minWidth={220} autoPanPadding={[24, 24]}>
      {data?.activity ? (
        <>
          <ActivityDetailsList activity={data.activity} />
          <ActivityPopupActions activity={data.activity} />
        </>
      ) : error ? (
        <ErrorNotice error={error} />
      ) : loading ? (
        <p aria-busy="true">{t("activity.loading")}</p>
      ) : (
        <p>{t("activity.notVisible")}</p>
      )}
    </Popup>
  );
}
