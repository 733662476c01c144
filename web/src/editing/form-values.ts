import type { ActivityFormFieldsFragment, ActivityInput, ActivityKind, ActivityStatus, Organisation, PriorityArea } from "../gql/graphql";
import { COUNT_FIELDS, OUTCOME_FIELDS, type OutcomeField } from "../../../domain/activity-rules";

/** The form's state: what the inputs hold, as text. */
export interface ActivityFormValues {
  kind: ActivityKind;
  organisation: Organisation;
  status: ActivityStatus;
  priorityAreas: PriorityArea[];
  /** `datetime-local` values, in the browser's time. */
  startsAt: string;
  endsAt: string;
  placeId: string;
  lat: string;
  lng: string;
  title: string;
  notes: string;
  outcome: Record<OutcomeField, string>;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** An instant as a `datetime-local` value in the browser's time. */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Tomorrow at 10:00, when a planned visit starts unless changed. */
export function tomorrowMorning(now: Date = new Date()): string {
  const date = new Date(now);
  date.setDate(date.getDate() + 1);
  date.setHours(10, 0, 0, 0);
  return toLocalInput(date);
}

const EMPTY_OUTCOME: Record<OutcomeField, string> = { vehiclesChecked: "", breathTests: "", suspectedDrunkDriving: "", suspectedDrugDriving: "", peopleReached: "", findings: "" };

/** The values of a new activity, with what the caller knows (place, position, kind, organisation). */
export function newActivityValues(known: Partial<ActivityFormValues> & Pick<ActivityFormValues, "organisation">): ActivityFormValues {
  return {
    kind: "VILLAGE_VISIT",
    status: "PLANNED",
    priorityAreas: [],
    startsAt: tomorrowMorning(),
    endsAt: "",
    placeId: "",
    lat: "",
    lng: "",
    title: "",
    notes: "",
    ...known,
    outcome: { ...EMPTY_OUTCOME, ...known.outcome },
  };
}

const text = (value: number | string | null | undefined) => (value === null || value === undefined ? "" : String(value));

/**
 * The values of a stored activity. At a place, a position that is the place's own is left empty,
 * as the form asks ("leave empty when a place is chosen"); a position of its own is shown.
 */
export function activityValues(activity: ActivityFormFieldsFragment): ActivityFormValues {
  const outcome = { ...EMPTY_OUTCOME };
  for (const field of [...COUNT_FIELDS, "findings"] as const) outcome[field] = text(activity.outcome[field]);
  const { place } = activity;
  const placesOwn = place !== null && place !== undefined && place.lat === activity.lat && place.lng === activity.lng;
  return {
    kind: activity.kind,
    organisation: activity.organisation,
    status: activity.status,
    priorityAreas: [...activity.priorityAreas],
    startsAt: toLocalInput(new Date(activity.startsAt)),
    endsAt: activity.endsAt ? toLocalInput(new Date(activity.endsAt)) : "",
    placeId: activity.place?.id ?? "",
    lat: placesOwn ? "" : text(activity.lat),
    lng: placesOwn ? "" : text(activity.lng),
    title: activity.title ?? "",
    notes: activity.notes ?? "",
    outcome,
  };
}

/** A number typed with a dot or a comma; NaN when it is no number, null when empty. */
function number(value: string): number | null {
  const trimmed = value.trim().replace(",", ".");
  return trimmed === "" ? null : Number(trimmed);
}

/** An instant from a `datetime-local` value (an invalid date stays invalid for the rules to name). */
function instant(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? "invalid" : date.toISOString();
}

/** The API input of the form's values; outcome fields the kind does not record are left out. */
export function toActivityInput(values: ActivityFormValues): ActivityInput {
  const lat = number(values.lat);
  const lng = number(values.lng);
  const outcome: NonNullable<ActivityInput["outcome"]> = {};
  for (const field of OUTCOME_FIELDS[values.kind]) {
    if (field === "findings") outcome.findings = values.outcome.findings.trim() || null;
    else outcome[field] = number(values.outcome[field]);
  }
  return {
    kind: values.kind,
    organisation: values.organisation,
    status: values.status,
    priorityAreas: values.priorityAreas,
    startsAt: instant(values.startsAt),
    endsAt: values.endsAt ? instant(values.endsAt) : null,
    placeId: values.placeId || null,
    lat,
    lng,
    title: values.title.trim() || null,
    notes: values.notes.trim() || null,
    outcome,
  };
}
