import type { Activity } from "./activity.entity";

/** One column of the activity table as the API uses it. */
export interface ActivityColumn {
  /** The entity's property (and the alias every read gives the column). */
  property: keyof Activity & string;
  /** The column in the table. */
  column: string;
  /** The parameter cast a write needs (enums, arrays, timestamps, numbers). */
  cast?: string;
  /** The cast a read applies, where the driver's own type is not the entity's. */
  readAs?: string;
  /** Set from the input by every create and update. */
  written?: true;
  /** Kept in the audit log's before and after of a change. */
  audited?: true;
  /** The header of its column in the activity export (in Swedish), when it is exported. */
  csv?: string;
}

/**
 * The activity's columns, once: reads select them, writes set the written ones, the audit log
 * keeps the audited ones. Their order is the order of every list derived from them.
 */
export const ACTIVITY_COLUMN_MAP = [
  { property: "id", column: "public_id", readAs: "text", csv: "Id" },
  { property: "rowId", column: "id", readAs: "text" },
  { property: "kind", column: "kind", cast: "activity_kind", written: true, audited: true, csv: "Typ" },
  { property: "organisation", column: "organisation", cast: "organisation", written: true, audited: true, csv: "Organisation" },
  { property: "status", column: "status", cast: "activity_status", written: true, audited: true, csv: "Status" },
  { property: "priorityAreas", column: "priority_areas", cast: "priority_area[]", readAs: "text[]", written: true, audited: true, csv: "Prioriterade områden" },
  { property: "startsAt", column: "starts_at", cast: "timestamptz", written: true, audited: true, csv: "Start" },
  { property: "endsAt", column: "ends_at", cast: "timestamptz", written: true, audited: true, csv: "Slut" },
  { property: "placeId", column: "place_id", audited: true, csv: "Plats" },
  { property: "placePicked", column: "place_picked" },
  { property: "zone", column: "zone", audited: true, csv: "Zon" },
  { property: "lat", column: "lat", cast: "float8", written: true, audited: true, csv: "Latitud" },
  { property: "lng", column: "lng", cast: "float8", written: true, audited: true, csv: "Longitud" },
  { property: "title", column: "title", written: true, csv: "Rubrik" },
  { property: "notes", column: "notes", written: true, csv: "Anteckningar" },
  { property: "vehiclesChecked", column: "vehicles_checked", cast: "int", written: true, csv: "Kontrollerade fordon" },
  { property: "breathTests", column: "breath_tests", cast: "int", written: true, csv: "Utandningsprov" },
  { property: "suspectedDrunkDriving", column: "suspected_drunk_driving", cast: "int", written: true, csv: "Misstänkt rattfylleri" },
  { property: "suspectedDrugDriving", column: "suspected_drug_driving", cast: "int", written: true, csv: "Misstänkt drograttfylleri" },
  { property: "peopleReached", column: "people_reached", cast: "int", written: true, csv: "Personer som nåddes" },
  { property: "findings", column: "findings", written: true, csv: "Fynd" },
  { property: "version", column: "version", audited: true },
] as const satisfies readonly ActivityColumn[];

/** An activity as a read of `ACTIVITY_COLUMNS` returns it. */
export type ActivityRow = Pick<Activity, (typeof ACTIVITY_COLUMN_MAP)[number]["property"]>;

/** The columns every activity read selects (table alias `a`), named as the entity's properties. */
export const ACTIVITY_COLUMNS = (ACTIVITY_COLUMN_MAP as readonly ActivityColumn[])
  .map(({ property, column, readAs }) => {
    const expression = `a.${column}${readAs ? `::${readAs}` : ""}`;
    return property === column && !readAs ? expression : `${expression} AS "${property}"`;
  })
  .join(", ");

/** The columns a create or an update sets from the input, in this order. */
export const WRITE_COLUMNS: readonly ActivityColumn[] = (ACTIVITY_COLUMN_MAP as readonly ActivityColumn[]).filter((c) => c.written);

/** `$n` with the column's cast, for a write's parameter `n`. */
export function writeParameter(c: ActivityColumn, n: number): string {
  return `$${n}${c.cast ? `::${c.cast}` : ""}`;
}

/** The row state the audit log keeps of an activity before and after a change. */
export function activitySnapshot(a: Activity): Record<string, unknown> {
  return Object.fromEntries((ACTIVITY_COLUMN_MAP as readonly ActivityColumn[]).filter((c) => c.audited).map((c) => [c.property, a[c.property]]));
}

/** The exported columns, in order: each header with its property. */
export const CSV_COLUMNS: ReadonlyArray<{ property: ActivityColumn["property"]; header: string }> = (ACTIVITY_COLUMN_MAP as readonly ActivityColumn[]).flatMap((c) =>
  c.csv ? [{ property: c.property, header: c.csv }] : [],
);
