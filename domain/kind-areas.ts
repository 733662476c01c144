import { ActivityKind, PriorityArea } from "./enums";

/**
 * The priority areas an activity of each kind serves unless someone says otherwise: what the field
 * form fills in (editable) and what an import writes for a row that names no area. A traffic check
 * is above all a sobriety check (traffic and alcohol and drugs); school visits, village visits and
 * citizen dialogues follow whatever problems the period brings (flexible); the school information
 * and the searches, pub and youth visits and targeted operations are about alcohol and drugs.
 */
export const KIND_AREAS: Readonly<Record<ActivityKind, readonly PriorityArea[]>> = {
  [ActivityKind.FOOT_PATROL]: [PriorityArea.FLEXIBLE],
  [ActivityKind.TRAFFIC_CHECK]: [PriorityArea.TRAFFIC, PriorityArea.ALCOHOL_DRUGS],
  [ActivityKind.VILLAGE_VISIT]: [PriorityArea.FLEXIBLE],
  [ActivityKind.SCHOOL_VISIT]: [PriorityArea.FLEXIBLE],
  [ActivityKind.SCHOOL_INFORMATION]: [PriorityArea.ALCOHOL_DRUGS],
  [ActivityKind.DRUG_DOG_SEARCH]: [PriorityArea.ALCOHOL_DRUGS],
  [ActivityKind.PUB_VISIT]: [PriorityArea.ALCOHOL_DRUGS],
  [ActivityKind.YOUTH_VISIT]: [PriorityArea.ALCOHOL_DRUGS],
  [ActivityKind.RESIDENTIAL_PATROL]: [PriorityArea.FLEXIBLE],
  [ActivityKind.TARGETED_OPERATION]: [PriorityArea.ALCOHOL_DRUGS],
  [ActivityKind.JOINT_COMMUNICATION]: [PriorityArea.FLEXIBLE],
  [ActivityKind.CITIZEN_DIALOGUE]: [PriorityArea.FLEXIBLE],
};
