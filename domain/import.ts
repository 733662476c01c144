import { Role } from "./enums";

/** What a column of an import file holds. */
export const ImportField = {
  DATE: "DATE",
  START: "START",
  END: "END",
  TIME: "TIME",
  KIND: "KIND",
  PLACE: "PLACE",
  NORTH: "NORTH",
  EAST: "EAST",
  AREAS: "AREAS",
  ORGANISATION: "ORGANISATION",
  STATUS: "STATUS",
  TITLE: "TITLE",
  NOTES: "NOTES",
  VEHICLES_CHECKED: "VEHICLES_CHECKED",
  BREATH_TESTS: "BREATH_TESTS",
  SUSPECTED_DRUNK_DRIVING: "SUSPECTED_DRUNK_DRIVING",
  SUSPECTED_DRUG_DRIVING: "SUSPECTED_DRUG_DRIVING",
  PEOPLE_REACHED: "PEOPLE_REACHED",
  FINDINGS: "FINDINGS",
  /** Known and deliberately not read (the export's id and zone: computed again on writing; the error column of a file of refused rows). */
  IGNORE: "IGNORE",
} as const;
export type ImportField = (typeof ImportField)[keyof typeof ImportField];

/** The fields a column can be mapped to (all but IGNORE), in the order a person reads them. */
export const IMPORT_FIELDS: readonly Exclude<ImportField, "IGNORE">[] = Object.values(ImportField).filter((f) => f !== ImportField.IGNORE);

/** Roles that may import activities (what each may write is decided per row by the write rules). */
export const IMPORTER_ROLES: readonly Role[] = [Role.POLICE, Role.MUNICIPALITY, Role.ADMIN];

/** True when `role` may import. */
export function mayImport(role: Role): boolean {
  return IMPORTER_ROLES.includes(role);
}
