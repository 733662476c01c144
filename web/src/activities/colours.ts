import type { ActivityKind, PriorityArea } from "../gql/graphql";
import { PRIORITY_AREAS } from "../../../domain/enums";

/**
 * Priority-area colours from the Okabe–Ito palette, chosen to stay apart for the common colour
 * vision deficiencies; every use also has a text label.
 */
export const AREA_COLOURS: Record<PriorityArea, string> = {
  VIOLENCE: "#D55E00",
  ALCOHOL_DRUGS: "#0072B2",
  TRAFFIC: "#009E73",
  FLEXIBLE: "#CC79A7",
};

/** Kind colours (a twelve-colour qualitative palette); the legend and popup name each kind. */
export const KIND_COLOURS: Record<ActivityKind, string> = {
  FOOT_PATROL: "#1F77B4",
  TRAFFIC_CHECK: "#FF7F0E",
  VILLAGE_VISIT: "#2CA02C",
  SCHOOL_VISIT: "#D62728",
  SCHOOL_INFORMATION: "#9467BD",
  DRUG_DOG_SEARCH: "#8C564B",
  PUB_VISIT: "#E377C2",
  YOUTH_VISIT: "#7F7F7F",
  RESIDENTIAL_PATROL: "#BCBD22",
  TARGETED_OPERATION: "#17BECF",
  JOINT_COMMUNICATION: "#393B79",
  CITIZEN_DIALOGUE: "#E7BA52",
};

/** The zone bar's colours: town, villages, elsewhere. */
export const ZONE_COLOURS = { TOWN: "#1B4F72", VILLAGE: "#2E8B57", RURAL: "#B9770E" } as const;

/** Marks whose colour is not known (e.g. the areas of a server cluster's activity). */
export const NEUTRAL = "#6B7280";

/** Dark outline used around every coloured mark so it stands out from any background (≥ 3:1). */
export const OUTLINE = "#1F2933";
/** Ring of a village with no activity in the selection. */
export const UNVISITED = "#B00020";

/** An activity's areas in the fixed order; the first gives the fill, the second the ring. */
export function orderedAreas(areas: readonly PriorityArea[]): PriorityArea[] {
  return PRIORITY_AREAS.filter((a) => areas.includes(a));
}
