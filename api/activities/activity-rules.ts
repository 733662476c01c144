import { ACTIVITY_LIMITS, COUNT_FIELDS, activityDateWindow, isValidCount } from "../../domain/activity-rules";
import { containsPersonalIdentityNumber } from "../../domain/personnummer";
import { YEARS } from "../../domain/years";
import { errors } from "../common/errors";
import { ActivityStatus } from "../common/enums";
import { pointInExtent, pointInGeometry, type Extent } from "../municipality/geometry";
import type { GeoJsonGeometry } from "../municipality/municipality.entity";
import type { ActivityInput } from "./activity.input";

const RULES = ACTIVITY_LIMITS;

/** Where an activity may be: the stored boundary, or an extent when none is stored. */
export interface AreaCheck {
  boundary: GeoJsonGeometry | null;
  extent: Extent;
}

/** The position an input resolves to, once a place alone has given its point. */
export interface ResolvedPoint {
  lat: number;
  lng: number;
}

/**
 * Checks an activity input against every rule that needs no database, throwing BAD_USER_INPUT
 * with the offending field. `point` is the position after a place has filled it in.
 */
export function checkActivityInput(input: ActivityInput, point: ResolvedPoint, area: AreaCheck, now: Date): void {
  if (input.priorityAreas.length === 0) throw errors.badInput("priorityAreas", "Välj minst ett prioriterat område.");
  if (!Number.isFinite(point.lat) || !Number.isFinite(point.lng)) throw errors.badInput("lat", "Positionen är ogiltig.");
  const inside = area.boundary ? pointInGeometry(point.lat, point.lng, area.boundary) : pointInExtent(point.lat, point.lng, area.extent);
  if (!inside) throw errors.badInput("lat", "Platsen ligger utanför kommunen.");

  const { earliest, latest } = activityDateWindow(now);
  const start = input.startsAt;
  if (Number.isNaN(start.getTime()) || start < earliest || start > latest) {
    throw errors.badInput("startsAt", `Datumet måste ligga mellan år ${YEARS.earliest} och ${RULES.yearsAhead} år framåt.`);
  }
  if (input.endsAt) {
    if (input.endsAt < start) throw errors.badInput("endsAt", "Sluttiden ligger före starttiden.");
    if (input.endsAt > latest) throw errors.badInput("endsAt", `Datumet måste ligga mellan år ${YEARS.earliest} och ${RULES.yearsAhead} år framåt.`);
  }
  if (input.status === ActivityStatus.DONE && start > now) {
    throw errors.badInput("status", "En aktivitet kan inte vara genomförd innan den har börjat.");
  }

  if (input.title && input.title.length > RULES.titleMax) throw errors.badInput("title", `Rubriken får vara högst ${RULES.titleMax} tecken.`);
  if (input.notes && input.notes.length > RULES.notesMax) throw errors.badInput("notes", `Anteckningarna får vara högst ${RULES.notesMax} tecken.`);
  for (const field of ["title", "notes"] as const) {
    if (containsPersonalIdentityNumber(input[field])) {
      throw errors.badInput(field, "Texten innehåller ett personnummer eller samordningsnummer. Ta bort det: uppföljningen behöver inga personuppgifter.");
    }
  }

  const outcome = input.outcome ?? {};
  for (const field of COUNT_FIELDS) {
    const value = outcome[field];
    if (value === null || value === undefined) continue;
    if (!isValidCount(value)) {
      throw errors.badInput(`outcome.${field}`, "Antal måste vara ett heltal som inte är negativt.");
    }
  }
  if (outcome.findings && outcome.findings.length > RULES.findingsMax) {
    throw errors.badInput("outcome.findings", `Fynd får vara högst ${RULES.findingsMax} tecken.`);
  }
  if (containsPersonalIdentityNumber(outcome.findings)) {
    throw errors.badInput("outcome.findings", "Texten innehåller ett personnummer eller samordningsnummer. Ta bort det.");
  }
}
