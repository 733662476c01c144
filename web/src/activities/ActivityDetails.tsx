import { graphql, useFragment, type FragmentType } from "../gql";
import type { OutcomeTextFragment, PriorityArea } from "../gql/graphql";
import { useI18n, type I18n } from "../i18n/i18n";
import { orderedAreas } from "./colours";

/** An outcome as `outcomeLines` writes it. */
export const OutcomeText = graphql(`
  fragment OutcomeText on ActivityOutcome {
    vehiclesChecked
    breathTests
    suspectedDrunkDriving
    suspectedDrugDriving
    peopleReached
    findings
  }
`);

/** A place as `PlaceName` names it. */
export const PlaceNameFields = graphql(`
  fragment PlaceNameFields on Place {
    name
    samiName
  }
`);

/** An activity as `ActivityDetailsList` shows it. */
export const ActivityDetails = graphql(`
  fragment ActivityDetails on Activity {
    id
    kind
    organisation
    status
    priorityAreas
    startsAt
    zone
    title
    place {
      ...PlaceNameFields
    }
    outcome {
      ...OutcomeText
    }
  }
`);

/** The outcome as short phrases ("Utandningsprov: 40"); empty when nothing was recorded. */
export function outcomeLines(outcome: OutcomeTextFragment, { t, formatNumber }: I18n): string[] {
  const lines: string[] = [];
  const counts = ["vehiclesChecked", "breathTests", "suspectedDrunkDriving", "suspectedDrugDriving", "peopleReached"] as const;
  for (const field of counts) {
    const value = outcome[field];
    if (value !== null && value !== undefined) lines.push(t(`outcome.${field}`, { count: formatNumber(value) }));
  }
  if (outcome.findings) lines.push(t("outcome.findings", { text: outcome.findings }));
  return lines;
}

/** The outcome in words, or `none` when nothing was recorded. */
export function OutcomeSummary({ outcome: data, none }: { outcome: FragmentType<typeof OutcomeText>; none: string }) {
  const i18n = useI18n();
  const lines = outcomeLines(useFragment(OutcomeText, data), i18n);
  return <>{lines.length ? lines.join("; ") : none}</>;
}

/** The place's name with its Sami name, or a note that there is none. */
export function PlaceName({ place: data }: { place: FragmentType<typeof PlaceNameFields> | null }) {
  const { t } = useI18n();
  const place = useFragment(PlaceNameFields, data);
  if (!place) return <>{t("activity.noPlace")}</>;
  return (
    <>
      {place.name}
      {place.samiName ? (
        <>
          {" "}
          (<span lang="smj">{place.samiName}</span>)
        </>
      ) : null}
    </>
  );
}

/** The priority areas as text, in the fixed order. */
export function areaText(areas: readonly PriorityArea[], { t }: I18n): string {
  return orderedAreas(areas)
    .map((a) => t(`area.${a}`))
    .join(", ");
}

/** An activity as a description list: kind, date, organisation, areas, place, status, outcome. */
export function ActivityDetailsList({ activity: data }: { activity: FragmentType<typeof ActivityDetails> }) {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  const activity = useFragment(ActivityDetails, data);
  return (
    <div className="activity-details">
      <h3 className="activity-title">
        {t(`kind.${activity.kind}`)}
        {activity.title ? <span className="activity-subtitle">{activity.title}</span> : null}
      </h3>
      <dl>
        <dt>{t("activity.date")}</dt>
        <dd>
          <time dateTime={activity.startsAt}>{formatDateTime(activity.startsAt)}</time>
        </dd>
        <dt>{t("activity.organisation")}</dt>
        <dd>{t(`organisation.${activity.organisation}`)}</dd>
        <dt>{t("activity.priorityAreas")}</dt>
        <dd>{areaText(activity.priorityAreas, i18n)}</dd>
        <dt>{t("activity.place")}</dt>
        <dd>
          <PlaceName place={activity.place} /> · {t(`zone.${activity.zone}`)}
        </dd>
        <dt>{t("activity.status")}</dt>
        <dd>{t(`status.${activity.status}`)}</dd>
        <dt>{t("activity.outcome")}</dt>
        <dd>
          <OutcomeSummary outcome={activity.outcome} none={t("activity.noOutcome")} />
        </dd>
      </dl>
    </div>
  );
}
