import type { sinceSv } from "./since.sv";

/** English strings of meeting mode's "since the last meeting" (merged into en.ts). */
export const sinceEn: Record<keyof typeof sinceSv, string> = {
  "meeting.viewSince": "Since the meeting",
  "since.title": "Since the meeting of {date}",
  "since.titleNone": "Since the last meeting",
  "since.pick": "Meeting to compare with",
  "since.pickNone": "Choose a meeting",
  "since.recordToday": "Record today's meeting",
  "since.noMeetings": "No meetings are recorded yet.",
  "since.total": "{count} activities done since then.",
  "since.byKind": "By kind",
  "since.byArea": "By area",
  "since.newVillages": "Villages reached for the first time this year",
  "since.none": "None.",
  "since.promises": "Promises of {year} whose status changed",
  "since.promiseChange": "Promise {number}, {label}: {before} → {after}",
  "since.noPromiseChanges": "No promise has changed status.",
};
