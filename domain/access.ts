import { Organisation, Role } from "./enums";

/** Which roles may create, edit, mark done or delete activities of each organisation. */
const WRITERS: Record<Organisation, readonly Role[]> = {
  [Organisation.POLICE]: [Role.POLICE, Role.ADMIN],
  [Organisation.MUNICIPALITY]: [Role.MUNICIPALITY, Role.ADMIN],
  [Organisation.JOINT]: [Role.MUNICIPALITY, Role.POLICE, Role.ADMIN],
};

/** True when `role` may create, edit, mark done or delete activities of `organisation`. */
export function canWriteActivity(role: Role, organisation: Organisation): boolean {
  return WRITERS[organisation].includes(role);
}

/** The organisations `role` may write, in the usual order (police, municipality, joint). */
export function writableOrganisations(role: Role): Organisation[] {
  return Object.values(Organisation).filter((o) => canWriteActivity(role, o));
}

/** True when the role may plan and record activities at all (not VIEWER). */
export function canPlan(role: Role): boolean {
  return writableOrganisations(role).length > 0;
}

/** The organisation a new activity gets for the role: its own, or joint for an administrator. */
export function defaultOrganisation(role: Role): Organisation {
  return role === Role.POLICE ? Organisation.POLICE : role === Role.MUNICIPALITY ? Organisation.MUNICIPALITY : Organisation.JOINT;
}

/** Roles that see police activities that are not (yet) done. */
const SEES_PLANNED_POLICE: readonly Role[] = [Role.POLICE, Role.ADMIN];

/** True when the role is shown planned (and cancelled) police activities. */
export function seesPlannedPolice(role: Role): boolean {
  return SEES_PLANNED_POLICE.includes(role);
}
