import { useQuery } from "@apollo/client/react";
import { ErrorNotice } from "../ui/ErrorNotice";
import { graphql, useFragment, type FragmentType } from "../gql";
import type { ActivityFilter } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";
import { areaText } from "../activities/ActivityDetails";
import type { PopupTarget } from "../activities/map-target";
import { placeTimesText, type PlaceTimesValue } from "./PlaceTimes";

/** How many of a place's activities the panel lists (the table has them all). */
const SHOWN = 20;

const PlaceActivitiesQuery = graphql(`
  query PlaceActivitiesQuery($filter: ActivityFilter, $first: Int) {
    activities(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          ...PlaceActivityItem
        }
      }
    }
  }
`);

/** An activity as the place's list shows it. */
const PlaceActivityItemFields = graphql(`
  fragment PlaceActivityItem on Activity {
    id
    kind
    organisation
    status
    priorityAreas
    startsAt
    lat
    lng
  }
`);

/** One activity of the place: date, kind, organisation, status, areas, and "Visa på kartan". */
function PlaceActivityItem({ activity, onShow }: { activity: FragmentType<typeof PlaceActivityItemFields>; onShow(activity: PopupTarget): void }) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const node = useFragment(PlaceActivityItemFields, activity);
  return (
    <li>
      <time dateTime={node.startsAt}>{formatDate(node.startsAt)}</time> <strong>{t(`kind.${node.kind}`)}</strong> · {t(`organisation.${node.organisation}`)} · {t(`status.${node.status}`)}
      <br />
      <span className="muted">{areaText(node.priorityAreas, i18n)}</span>{" "}
      <button type="button" className="button-link" onClick={() => onShow(node)}>
        {t("coverage.showOnMap")}
        <span className="visually-hidden">
          : {t(`kind.${node.kind}`)} {formatDate(node.startsAt)}
        </span>
      </button>
    </li>
  );
}

/** Props of `PlaceActivities`. */
export interface PlaceActivitiesProps {
  place: { id: string; name: string };
  /** The place's last done and next planned activity (all time). */
  times: PlaceTimesValue;
  filter: ActivityFilter;
  onClear(): void;
  onShow(activity: PopupTarget): void;
}

/** The chosen place's last done and next planned activity, and its activities in the selection, newest first. */
export function PlaceActivities({ place, times, filter, onClear, onShow }: PlaceActivitiesProps) {
  const i18n = useI18n();
  const { t, tn } = i18n;
  const { data, previousData, error, refetch } = useQuery(PlaceActivitiesQuery, { variables: { filter: { ...filter, placeIds: [place.id] }, first: SHOWN } });
  const result = (data ?? previousData)?.activities;
  return (
    <section className="place-activities" aria-labelledby="place-activities-title" data-testid="place-activities">
      <div className="section-head">
        <h3 id="place-activities-title">{t("coverage.placeActivities", { place: place.name })}</h3>
        <button type="button" className="button-link" onClick={onClear}>
          {t("coverage.clearSelection")}
        </button>
      </div>
      <p className="place-timeline" data-testid="place-timeline">
        {placeTimesText(i18n, times)}
      </p>
      {error ? <ErrorNotice error={error} retry={() => void refetch()} /> : null}
      {result ? (
        result.totalCount === 0 ? (
          <p>{t("coverage.placeActivitiesNone", { place: place.name })}</p>
        ) : (
          <>
            <p className="place-activities-count">{tn("summary.count", result.totalCount)}</p>
            <ol className="activity-list">
              {result.edges.map(({ node }) => (
                <PlaceActivityItem key={node.id} activity={node} onShow={onShow} />
              ))}
            </ol>
            {result.totalCount > result.edges.length ? <p className="muted">{t("coverage.more", { shown: result.edges.length, count: result.totalCount })}</p> : null}
          </>
        )
      ) : (
        <p aria-busy="true">{t("app.loading")}</p>
      )}
    </section>
  );
}
