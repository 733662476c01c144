import { checkActivityInput, type AreaCheck } from "../activities/activity-rules";
import { canWriteActivity } from "../activities/activity-permissions";
import type { ActivityInput } from "../activities/activity.input";
import type { AuthUser } from "../common/context.type";
import { ActivityStatus, Organisation, Role } from "../common/enums";
import { KIND_AREAS } from "../../domain/kind-areas";
import { ImportField, type ColumnMap } from "./import-columns";
import type { Cell } from "./import-file";
import { cellText, parseAreas, parseDateTime, parseKind, parseNumber, parseOrganisation, parseStatus, parseTime, stockholmInstant, toWgs84, valueKey } from "./import-values";

/** A place of the gazetteer as the import looks names up. */
export interface ImportPlace {
  id: number;
  name: string;
  samiName: string | null;
  lat: number;
  lng: number;
}

/** One row's outcome before duplicates are looked for: an activity to write, or why not. */
export type RowCheck = { ok: true; input: ActivityInput; placeId: number | null; lat: number; lng: number } | { ok: false; field: ImportField | null; message: string };

/** Names (Swedish and Sami, each part of "Jokkmokk (Jåhkåmåhkke)") to places. */
export function placeIndex(places: readonly ImportPlace[]): Map<string, ImportPlace> {
  const index = new Map<string, ImportPlace>();
  for (const p of places) for (const n of [p.name, p.samiName]) if (n && !index.has(valueKey(n))) index.set(valueKey(n), p);
  return index;
}

function findPlace(index: Map<string, ImportPlace>, text: string): ImportPlace | null {
  const whole = index.get(valueKey(text));
  if (whole) return whole;
  for (const part of text.split(/[()/–—]|\s-\s/)) {
    const hit = part.trim() && index.get(valueKey(part));
    if (hit) return hit;
  }
  return null;
}

/** The field of the activity input a rule names, as the file's column. */
const RULE_FIELD: Record<string, ImportField> = {
  priorityAreas: ImportField.AREAS,
  lat: ImportField.PLACE,
  lng: ImportField.PLACE,
  placeId: ImportField.PLACE,
  startsAt: ImportField.DATE,
  endsAt: ImportField.END,
  status: ImportField.STATUS,
  title: ImportField.TITLE,
  notes: ImportField.NOTES,
  "outcome.vehiclesChecked": ImportField.VEHICLES_CHECKED,
  "outcome.breathTests": ImportField.BREATH_TESTS,
  "outcome.suspectedDrunkDriving": ImportField.SUSPECTED_DRUNK_DRIVING,
  "outcome.suspectedDrugDriving": ImportField.SUSPECTED_DRUG_DRIVING,
  "outcome.peopleReached": ImportField.PEOPLE_REACHED,
  "outcome.findings": ImportField.FINDINGS,
};

const refuse = (field: ImportField | null, message: string): RowCheck => ({ ok: false, field, message });

/**
 * Turns one row into an activity input and checks it with the rules of every write
 * (`checkActivityInput`: inside the municipality, an area, no end before start, no personnummer,
 * lengths and counts) and the role's right to write its organisation (`canWriteActivity`).
 */
export function checkRow(row: readonly Cell[], map: ColumnMap, ctx: { user: AuthUser; places: Map<string, ImportPlace>; area: AreaCheck; now: Date }): RowCheck {
  const get = (f: ImportField): Cell => (map.index[f] === undefined ? null : (row[map.index[f]!] ?? null));
  const text = (f: ImportField) => cellText(get(f));
  for (const cell of row) if (typeof cell === "string" && cell.includes("\u0000")) return refuse(null, "Raden innehåller ett ogiltigt tecken (NUL).");

  const kindText = text(ImportField.KIND);
  if (!kindText) return refuse(ImportField.KIND, "Typ av aktivitet saknas.");
  const kind = parseKind(kindText);
  if (!kind) return refuse(ImportField.KIND, `Okänd typ av aktivitet: ”${kindText}”.`);

  // The start: a date (with a time in it, in "Tid" or in "Start"), or a start that is a date and time.
  const dateCell = get(ImportField.DATE) ?? get(ImportField.START);
  const dateField = map.index.DATE !== undefined ? ImportField.DATE : ImportField.START;
  if (dateCell === null || cellText(dateCell) === "") return refuse(dateField, "Datum saknas.");
  const date = parseDateTime(dateCell);
  if (!date) return refuse(dateField, `Datumet ”${cellText(dateCell)}” går inte att läsa. Skriv till exempel 2024-03-14 eller 14/3/2024.`);
  const timeText = text(ImportField.TIME);
  const [timeFrom, timeTo] = timeText.split(/\s*[-–—]\s*/);
  let time = date.time;
  let endTime: { hour: number; minute: number } | null = null;
  if (map.index.DATE !== undefined && text(ImportField.START)) {
    const t = parseTime(text(ImportField.START)) ?? parseDateTime(get(ImportField.START))?.time ?? null;
    if (!t) return refuse(ImportField.START, `Starttiden ”${text(ImportField.START)}” går inte att läsa.`);
    time = t;
  } else if (timeFrom) {
    time = parseTime(timeFrom);
    if (!time) return refuse(ImportField.TIME, `Tiden ”${timeText}” går inte att läsa. Skriv till exempel 09:00 eller 09:00–11:00.`);
    if (timeTo) {
      endTime = parseTime(timeTo);
      if (!endTime) return refuse(ImportField.TIME, `Tiden ”${timeText}” går inte att läsa.`);
    }
  }
  // A date without a time is taken as noon: it falls on that day whatever the reader's time zone.
  const startsAt = stockholmInstant(date.year, date.month, date.day, time?.hour ?? 12, time?.minute ?? 0)!;
  let endsAt: Date | null = null;
  const endText = text(ImportField.END);
  if (endText || endTime) {
    const endDate = endText ? parseDateTime(get(ImportField.END)) : null;
    const t = endDate?.time ?? (endText ? parseTime(endText) : endTime);
    if (!t && !endDate) return refuse(ImportField.END, `Sluttiden ”${endText}” går inte att läsa.`);
    const d = endDate ?? date;
    endsAt = stockholmInstant(d.year, d.month, d.day, t?.hour ?? 12, t?.minute ?? 0);
  }

  const areasText = text(ImportField.AREAS);
  let priorityAreas = kind.areas ?? [...KIND_AREAS[kind.kind]];
  if (areasText) {
    const parsed = parseAreas(areasText);
    if (parsed.unknown) return refuse(ImportField.AREAS, `Okänt prioriterat område: ”${parsed.unknown}”.`);
    priorityAreas = parsed.areas;
  }

  const orgText = text(ImportField.ORGANISATION);
  const organisation: Organisation | null = orgText
    ? parseOrganisation(orgText)
    : ctx.user.role === Role.POLICE
      ? Organisation.POLICE
      : ctx.user.role === Role.MUNICIPALITY
        ? Organisation.MUNICIPALITY
        : null;
  if (orgText && !organisation) return refuse(ImportField.ORGANISATION, `Okänd organisation: ”${orgText}”. Skriv Polisen, Kommunen eller Gemensamt.`);
  if (!organisation) return refuse(ImportField.ORGANISATION, "Organisation saknas: skriv Polisen, Kommunen eller Gemensamt.");
  if (!canWriteActivity(ctx.user, organisation)) return refuse(ImportField.ORGANISATION, "Du får inte registrera den här organisationens aktiviteter.");

  const statusText = text(ImportField.STATUS);
  const status = statusText ? parseStatus(statusText) : startsAt <= ctx.now ? ActivityStatus.DONE : ActivityStatus.PLANNED;
  if (!status) return refuse(ImportField.STATUS, `Okänd status: ”${statusText}”. Skriv Planerad, Genomförd eller Inställd.`);

  // The position: coordinates when given, else the named place's point.
  const placeText = text(ImportField.PLACE);
  const place = placeText ? findPlace(ctx.places, placeText) : null;
  const northCell = get(ImportField.NORTH);
  const eastCell = get(ImportField.EAST);
  let point: { lat: number; lng: number } | null;
  if (cellText(northCell) || cellText(eastCell)) {
    const n = parseNumber(northCell);
    const e = parseNumber(eastCell);
    const field = n === null ? ImportField.NORTH : ImportField.EAST;
    if (n === null || e === null) return refuse(field, "Koordinaten går inte att läsa: ange båda, i WGS84 (66,6053 och 19,8281) eller SWEREF 99 TM (meter).");
    point = toWgs84(n, e);
    if (!point) return refuse(ImportField.NORTH, "Koordinaterna är varken WGS84 (grader) eller SWEREF 99 TM (meter) i Sverige.");
  } else if (place) {
    point = { lat: place.lat, lng: place.lng };
  } else if (placeText) {
    return refuse(ImportField.PLACE, `Okänd plats: ”${placeText}”. Skriv ett namn ur ortslistan (svenskt eller samiskt) eller ange koordinater.`);
  } else {
    return refuse(ImportField.PLACE, "Plats saknas: ange en ort eller koordinater.");
  }

  const count = (f: ImportField) => {
    const c = get(f);
    return cellText(c) === "" ? null : parseNumber(c);
  };
  const outcome = {
    vehiclesChecked: count(ImportField.VEHICLES_CHECKED),
    breathTests: count(ImportField.BREATH_TESTS),
    suspectedDrunkDriving: count(ImportField.SUSPECTED_DRUNK_DRIVING),
    suspectedDrugDriving: count(ImportField.SUSPECTED_DRUG_DRIVING),
    peopleReached: count(ImportField.PEOPLE_REACHED),
    findings: text(ImportField.FINDINGS) || null,
  };
  for (const f of [ImportField.VEHICLES_CHECKED, ImportField.BREATH_TESTS, ImportField.SUSPECTED_DRUNK_DRIVING, ImportField.SUSPECTED_DRUG_DRIVING, ImportField.PEOPLE_REACHED]) {
    if (cellText(get(f)) !== "" && count(f) === null) return refuse(f, `”${text(f)}” är inget antal.`);
  }
  const input = Object.assign({} as ActivityInput, {
    kind: kind.kind,
    organisation,
    status,
    priorityAreas,
    startsAt,
    endsAt,
    placeId: place ? String(place.id) : null,
    lat: point.lat,
    lng: point.lng,
    title: text(ImportField.TITLE) || null,
    notes: text(ImportField.NOTES) || null,
    outcome,
  });
  try {
    checkActivityInput(input, point, ctx.area, ctx.now);
  } catch (error) {
    const ext = (error as { extensions?: { field?: string } }).extensions;
    if (!ext) throw error;
    const field = RULE_FIELD[ext.field ?? ""] ?? null;
    const fromCoordinates = cellText(northCell) !== "" || cellText(eastCell) !== "";
    const located = field === ImportField.PLACE && fromCoordinates ? ImportField.NORTH : field;
    return refuse(located, (error as Error).message);
  }
  return { ok: true, input, placeId: place?.id ?? null, lat: point.lat, lng: point.lng };
}
