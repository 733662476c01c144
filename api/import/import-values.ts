import proj4 from "proj4";
import { ActivityKind, ActivityStatus, Organisation, PriorityArea } from "../common/enums";
import { AREA_LABEL, KIND_LABEL, ORGANISATION_LABEL, STATUS_LABEL } from "../followup/follow-up.labels";
import type { Cell } from "./import-file";

/** A value as compared: trimmed, lower case, single spaces, no trailing punctuation. */
export function valueKey(text: string): string {
  return text
    .normalize("NFC")
    .trim()
    .toLocaleLowerCase("sv-SE")
    .replace(/\s+/g, " ")
    .replace(/[.:!]+$/, "");
}

/** A cell as text ("" when empty); the apostrophe the export puts before formula-like text is dropped. */
export function cellText(cell: Cell): string {
  if (cell === null) return "";
  if (cell instanceof Date) return cell.toISOString();
  const text = String(cell).trim();
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

/** A kind, with the areas it implies when the file names none. */
interface KindWord {
  kind: ActivityKind;
  areas?: PriorityArea[];
}

const KIND_WORDS = new Map<string, KindWord>();
const addKind = (kind: ActivityKind, words: string[], areas?: PriorityArea[]) => words.forEach((w) => KIND_WORDS.set(valueKey(w), { kind, areas }));
for (const kind of Object.values(ActivityKind)) addKind(kind, [kind, kind.replace(/_/g, " "), KIND_LABEL[kind]]);
addKind(ActivityKind.FOOT_PATROL, ["fotpatrull", "fotpatrullering", "patrull till fots", "foot patrol"]);
addKind(ActivityKind.TRAFFIC_CHECK, ["trafikkontroll", "trafikkontroller", "traffic check"]);
addKind(ActivityKind.TRAFFIC_CHECK, ["nykterhetskontroll", "nykterhetskontroller", "alkoholkontroll", "sobriety check"], [PriorityArea.TRAFFIC, PriorityArea.ALCOHOL_DRUGS]);
// A speed check is a traffic check that is not about drink or drugs.
addKind(ActivityKind.TRAFFIC_CHECK, ["hastighetskontroll", "hastighetskontroller", "speed check"], [PriorityArea.TRAFFIC]);
addKind(ActivityKind.VILLAGE_VISIT, ["byabesök", "besök i by", "besök i byn", "bybesök", "village visit"]);
addKind(ActivityKind.SCHOOL_VISIT, ["skolbesök", "besök på skola", "school visit"]);
addKind(ActivityKind.SCHOOL_INFORMATION, ["skolinformation", "information på skola", "information på högstadiet", "information på gymnasiet", "information at a school"]);
addKind(ActivityKind.DRUG_DOG_SEARCH, ["narkotikasök", "narkotikasök med hund", "hundsök", "drug search with a dog", "drug dog search"]);
addKind(ActivityKind.PUB_VISIT, ["krogbesök", "krogkontroll", "restaurangbesök", "pub visit"]);
addKind(ActivityKind.YOUTH_VISIT, ["ungdomsbesök", "besök där ungdomar vistas", "visit where young people gather", "youth visit"]);
addKind(ActivityKind.RESIDENTIAL_PATROL, ["rondering", "villarondering", "rondering av villakvarter", "residential area patrol", "residential patrol"]);
addKind(ActivityKind.TARGETED_OPERATION, ["riktad insats", "riktade insatser", "targeted operation"]);
addKind(ActivityKind.JOINT_COMMUNICATION, ["gemensam kommunikation", "utåtriktad kommunikation", "gemensam utåtriktad kommunikation", "joint public communication", "joint communication"]);
addKind(ActivityKind.CITIZEN_DIALOGUE, ["medborgardialog", "dialogmöte", "citizen dialogue"]);

/** The kind a cell names ("Trafikkontroll", "Nykterhetskontroll", "fotpatrull", "TRAFFIC_CHECK"), or null. */
export function parseKind(text: string): KindWord | null {
  return KIND_WORDS.get(valueKey(text)) ?? null;
}

const AREA_WORDS: Array<[string, PriorityArea]> = [];
const addArea = (area: PriorityArea, words: string[]) => words.forEach((w) => AREA_WORDS.push([valueKey(w), area]));
for (const area of Object.values(PriorityArea)) addArea(area, [area, AREA_LABEL[area]]);
addArea(PriorityArea.VIOLENCE, ["våld", "våld, hat och hot", "våld i nära relationer", "violence", "violence, hate and threats"]);
addArea(PriorityArea.ALCOHOL_DRUGS, ["alkohol och droger", "alkohol", "droger", "narkotika", "andt", "alcohol and drugs", "alcohol", "drugs"]);
addArea(PriorityArea.TRAFFIC, ["trafiksäkerhet", "trafik", "traffic", "traffic safety"]);
addArea(PriorityArea.FLEXIBLE, ["flexibelt", "flexibelt utifrån problembilder", "flexible", "flexible, by current problems"]);
// Longest first, so "våld, hat och hot" is read whole and not as "våld" and two unknown words.
AREA_WORDS.sort((a, b) => b[0].length - a[0].length);

/** The areas a cell names, read word by word (labels may hold commas); `unknown` is the first word not understood. */
export function parseAreas(text: string): { areas: PriorityArea[]; unknown: string | null } {
  let rest = valueKey(text);
  const areas = new Set<PriorityArea>();
  while (rest) {
    rest = rest.replace(/^(?:[,;/+&|]|\s|och\s|and\s)+/, "");
    if (!rest) break;
    const hit = AREA_WORDS.find(([w]) => rest.startsWith(w) && (rest.length === w.length || /^[\s,;/+&|]/.test(rest.slice(w.length))));
    if (!hit) return { areas: [...areas], unknown: rest.split(/[,;/+&|]/)[0].trim() };
    areas.add(hit[1]);
    rest = rest.slice(hit[0].length);
  }
  return { areas: [...areas], unknown: null };
}

const ORGANISATION_WORDS = new Map<string, Organisation>();
for (const o of Object.values(Organisation)) [o, ORGANISATION_LABEL[o]].forEach((w) => ORGANISATION_WORDS.set(valueKey(w), o));
for (const [w, o] of [
  ["polis", Organisation.POLICE],
  ["police", Organisation.POLICE],
  ["polismyndigheten", Organisation.POLICE],
  ["lpo norra lappland", Organisation.POLICE],
  ["kommun", Organisation.MUNICIPALITY],
  ["municipality", Organisation.MUNICIPALITY],
  ["jokkmokks kommun", Organisation.MUNICIPALITY],
  ["gemensam", Organisation.JOINT],
  ["joint", Organisation.JOINT],
  ["polis och kommun", Organisation.JOINT],
  ["kommun och polis", Organisation.JOINT],
  ["båda", Organisation.JOINT],
] as const) {
  ORGANISATION_WORDS.set(valueKey(w), o);
}

/** The organisation a cell names, or null. */
export function parseOrganisation(text: string): Organisation | null {
  return ORGANISATION_WORDS.get(valueKey(text)) ?? null;
}

const STATUS_WORDS = new Map<string, ActivityStatus>();
for (const s of Object.values(ActivityStatus)) [s, STATUS_LABEL[s]].forEach((w) => STATUS_WORDS.set(valueKey(w), s));
for (const [w, s] of [
  ["genomfört", ActivityStatus.DONE],
  ["utförd", ActivityStatus.DONE],
  ["utfört", ActivityStatus.DONE],
  ["klar", ActivityStatus.DONE],
  ["done", ActivityStatus.DONE],
  ["completed", ActivityStatus.DONE],
  ["ja", ActivityStatus.DONE],
  ["planerat", ActivityStatus.PLANNED],
  ["planned", ActivityStatus.PLANNED],
  ["inställt", ActivityStatus.CANCELLED],
  ["avbokad", ActivityStatus.CANCELLED],
  ["cancelled", ActivityStatus.CANCELLED],
  ["canceled", ActivityStatus.CANCELLED],
] as const) {
  STATUS_WORDS.set(valueKey(w), s);
}

/** The status a cell names, or null. */
export function parseStatus(text: string): ActivityStatus | null {
  return STATUS_WORDS.get(valueKey(text)) ?? null;
}

/** A number as people write it: decimal comma or point, spaces (also no-break) between thousands. */
export function parseNumber(cell: Cell): number | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  const text = cellText(cell).replace(/[\s\u00a0\u202f]/g, "");
  if (!text) return null;
  let normal: string;
  if (text.includes(",") && text.includes(".")) normal = text.lastIndexOf(",") > text.lastIndexOf(".") ? text.replace(/\./g, "").replace(",", ".") : text.replace(/,/g, "");
  else normal = text.replace(",", ".");
  if (!/^[-+]?\d+(\.\d+)?$/.test(normal)) return null;
  return Number(normal);
}

/** A wall-clock time in Europe/Stockholm as an instant. */
export function stockholmInstant(year: number, month: number, day: number, hour = 0, minute = 0): Date | null {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(guess);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  // The zone's offset at the guess, then again at the corrected instant (for the hours around a change).
  let at = guess;
  for (let i = 0; i < 2; i++) at = guess - stockholmOffsetMs(at);
  return new Date(at);
}

const STOCKHOLM_PARTS = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Stockholm", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", hourCycle: "h23" });

/** How far Europe/Stockholm is ahead of UTC at an instant. */
function stockholmOffsetMs(instant: number): number {
  const p = Object.fromEntries(STOCKHOLM_PARTS.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute)) - Math.floor(instant / 60_000) * 60_000;
}

/** A local date, and a time when one was given. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  time: { hour: number; minute: number } | null;
}

/** Days from Excel's day 0 (1899-12-30, counting its leap-year mistake) to 1970-01-01. */
const EXCEL_EPOCH_DAYS = 25_569;

/** A serial of Excel (days since 1899-12-30, the fraction the time) as a local date and time. */
function fromSerial(serial: number): LocalDateTime | null {
  if (serial < 36_526 || serial > 80_000) return null;
  const ms = Math.round(((serial - EXCEL_EPOCH_DAYS) * 86_400_000) / 60_000) * 60_000;
  const d = new Date(ms);
  const time = ms % 86_400_000 === 0 ? null : { hour: d.getUTCHours(), minute: d.getUTCMinutes() };
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), time };
}

/** A time of day: "09:00", "9.00", "9:00:00", "0900", "kl 9". */
export function parseTime(text: string): { hour: number; minute: number } | null {
  const m = /^(?:kl\.?\s*)?(\d{1,2})(?:[:.](\d{2})(?::\d{2})?|(\d{2}))?$/i.exec(text.trim());
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2] ?? m[3] ?? 0);
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

/**
 * A date, with a time when there is one, as people write them: "2024-03-14 09:00", "2024-03-14T09:00",
 * "2024-03-14", "14/3/2024", "14.3.2024 09:00", an Excel serial (a number, or one written with a
 * decimal comma) or a date cell of a sheet (exceljs gives the wall time as if it were UTC).
 */
export function parseDateTime(cell: Cell): LocalDateTime | null {
  if (cell === null) return null;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return null;
    const time = cell.getUTCHours() === 0 && cell.getUTCMinutes() === 0 ? null : { hour: cell.getUTCHours(), minute: cell.getUTCMinutes() };
    return { year: cell.getUTCFullYear(), month: cell.getUTCMonth() + 1, day: cell.getUTCDate(), time };
  }
  if (typeof cell === "number") return fromSerial(cell);
  const text = cellText(cell);
  if (/^\d{5}([.,]\d+)?$/.test(text)) return fromSerial(parseNumber(text)!);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]+(.+?))?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(text);
  let ymd: [number, number, number] | null = null;
  let rest: string | undefined;
  if (m) {
    ymd = [Number(m[1]), Number(m[2]), Number(m[3])];
    rest = m[4];
  } else if ((m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:\s+(.+))?$/.exec(text))) {
    ymd = [Number(m[3]), Number(m[2]), Number(m[1])];
    rest = m[4];
  }
  if (!ymd) return null;
  const time = rest ? parseTime(rest) : null;
  if (rest && !time) return null;
  const [year, month, day] = ymd;
  if (!stockholmInstant(year, month, day)) return null;
  return { year, month, day, time };
}

proj4.defs("EPSG:3006", "+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs");

/**
 * A position as WGS84 degrees from two numbers that are either WGS84 degrees (latitude, longitude)
 * or SWEREF 99 TM metres (N, E), told apart by their size; swapped columns are put right, since
 * in Sweden latitude is always the larger number of the two, and so is N.
 */
export function toWgs84(north: number, east: number): { lat: number; lng: number; sweref: boolean } | null {
  const [n, e] = north >= east ? [north, east] : [east, north];
  if (n <= 90 && e <= 180 && e >= -180) return { lat: n, lng: e, sweref: false };
  if (n >= 6_000_000 && n <= 7_800_000 && e >= 100_000 && e <= 1_000_000) {
    const [lng, lat] = proj4("EPSG:3006", "WGS84", [e, n]);
    return { lat, lng, sweref: true };
  }
  return null;
}
