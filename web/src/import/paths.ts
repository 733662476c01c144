/** The import page. */
export const IMPORT_PATH = "/importera";

export { mayImport } from "../../../domain/import";
