import type { Role } from "../gql/graphql";

/** The import page. */
export const IMPORT_PATH = "/importera";

/** The roles that may import activities (what each may write is decided per row by the API). */
export const IMPORTER_ROLES: readonly Role[] = ["POLICE", "MUNICIPALITY", "ADMIN"];

/** True when `role` may import. */
export function mayImport(role: Role): boolean {
  return IMPORTER_ROLES.includes(role);
}
