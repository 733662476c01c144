import { ImportField } from "../../domain/import";
import { fileError, ImportFileProblem } from "./import.errors";

export { ImportField };

/** A header as compared: lower case, no diacritics, no punctuation, single spaces. */
export function headerKey(header: string): string {
  return header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\(.*?\)/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Header words, Swedish and English with the usual variants, for each field. */
const SYNONYMS: Record<ImportField, string[]> = {
  [ImportField.DATE]: ["datum", "date", "dag", "day", "startdatum", "start date", "aktivitetsdatum"],
  [ImportField.START]: ["start", "starttid", "starttidpunkt", "start time", "starts at", "starts", "fran", "from", "borjar", "begins", "tid fran"],
  [ImportField.END]: ["slut", "sluttid", "sluttidpunkt", "end", "end time", "ends at", "ends", "till", "to", "slutar", "tid till"],
  [ImportField.TIME]: ["tid", "time", "klockslag", "kl", "tidpunkt"],
  [ImportField.KIND]: ["typ", "aktivitet", "aktivitetstyp", "typ av aktivitet", "insats", "kind", "type", "activity", "activity type", "category", "kategori"],
  [ImportField.PLACE]: ["plats", "by", "ort", "platsnamn", "byn", "orten", "place", "village", "location", "town", "site", "samiskt namn"],
  [ImportField.NORTH]: ["lat", "latitud", "latitude", "n", "nord", "north", "northing", "y", "sweref n", "sweref 99 tm n", "n sweref 99 tm", "koordinat n"],
  [ImportField.EAST]: ["long", "lng", "lon", "longitud", "longitude", "e", "o", "ost", "east", "easting", "x", "sweref e", "sweref 99 tm e", "e sweref 99 tm", "koordinat e"],
  [ImportField.AREAS]: ["omrade", "omraden", "prioriterat omrade", "prioriterade omraden", "fokusomrade", "area", "areas", "priority area", "priority areas"],
  [ImportField.ORGANISATION]: ["organisation", "org", "organization", "utforare", "ansvarig organisation", "huvudman", "myndighet", "by whom"],
  [ImportField.STATUS]: ["status", "lage", "state"],
  [ImportField.TITLE]: ["rubrik", "titel", "title", "heading", "subject", "amne", "namn pa aktivitet"],
  [ImportField.NOTES]: ["anteckning", "anteckningar", "notering", "noteringar", "kommentar", "kommentarer", "beskrivning", "notes", "note", "comment", "comments", "description"],
  [ImportField.VEHICLES_CHECKED]: ["kontrollerade fordon", "antal fordon", "fordon", "vehicles checked", "vehicles"],
  [ImportField.BREATH_TESTS]: ["utandningsprov", "antal utandningsprov", "alkoholutandningsprov", "blasprov", "breath tests", "breath test"],
  [ImportField.SUSPECTED_DRUNK_DRIVING]: ["misstankt rattfylleri", "rattfylleri", "suspected drunk driving", "drunk driving"],
  [ImportField.SUSPECTED_DRUG_DRIVING]: ["misstankt drograttfylleri", "drograttfylleri", "suspected drug driving", "drug driving"],
  [ImportField.PEOPLE_REACHED]: ["personer som naddes", "antal personer", "personer", "deltagare", "antal deltagare", "nadda personer", "people reached", "participants", "people"],
  [ImportField.FINDINGS]: ["fynd", "beslag", "findings", "finds", "seizures"],
  [ImportField.IGNORE]: ["id", "zon", "zone", "fel", "felmeddelande", "error", "errors"],
};

const BY_KEY = new Map<string, ImportField>(Object.entries(SYNONYMS).flatMap(([field, words]) => words.map((w) => [w, field as ImportField] as const)));

/** The field a header names, or null when it is not known. */
export function recogniseHeader(header: string): ImportField | null {
  return BY_KEY.get(headerKey(header)) ?? null;
}

/** Which column holds which field: column index per field, and per column its field (or null). */
export interface ColumnMap {
  fields: Array<ImportField | null>;
  index: Partial<Record<ImportField, number>>;
}

/**
 * Assigns a field to each header: the person's own mapping (header → field, or null to skip) first,
 * then the headers we know. The first column of a field wins. A file with no date (neither a date
 * nor a start), no kind or no place (neither a place nor a position) is refused as a whole.
 */
export function mapColumns(headers: readonly string[], mapping: Readonly<Record<string, ImportField | null>> = {}): ColumnMap {
  const fields = headers.map((h) => (Object.prototype.hasOwnProperty.call(mapping, h) ? mapping[h] : recogniseHeader(h)));
  const index: Partial<Record<ImportField, number>> = {};
  fields.forEach((f, i) => {
    if (f && f !== ImportField.IGNORE && index[f] === undefined) index[f] = i;
  });
  return { fields, index };
}

/** Refuses a column map without the fields every activity needs. */
export function assertRequiredColumns(map: ColumnMap, headers: readonly string[]): void {
  const unknown = headers.filter((h, i) => h && map.fields[i] === null);
  const hint = unknown.length ? ` Okända kolumner: ${unknown.map((h) => `”${h}”`).join(", ")} — ange vad de innehåller.` : "";
  if (map.index.DATE === undefined && map.index.START === undefined) {
    throw fileError(ImportFileProblem.NO_DATE_COLUMN, `Filen saknar en kolumn med datum (till exempel ”Datum” eller ”Start”).${hint}`, { headers });
  }
  if (map.index.KIND === undefined) {
    throw fileError(ImportFileProblem.NO_KIND_COLUMN, `Filen saknar en kolumn med typ av aktivitet (till exempel ”Typ” eller ”Aktivitet”).${hint}`, { headers });
  }
  if (map.index.PLACE === undefined && (map.index.NORTH === undefined || map.index.EAST === undefined)) {
    throw fileError(ImportFileProblem.NO_PLACE_COLUMN, `Filen saknar en kolumn med plats (till exempel ”Plats” eller ”Ort”) eller koordinater (”Lat” och ”Long”, eller ”N” och ”E”).${hint}`, {
      headers,
    });
  }
}
