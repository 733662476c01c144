/** Swedish strings of meeting mode's "since the last meeting" (merged into sv.ts). */
export const sinceSv = {
  "meeting.viewSince": "Sedan mötet",
  "since.title": "Sedan mötet {date}",
  "since.titleNone": "Sedan senaste mötet",
  "since.pick": "Mötet att jämföra med",
  "since.pickNone": "Välj ett möte",
  "since.recordToday": "Registrera dagens möte",
  "since.noMeetings": "Inga möten är registrerade än.",
  "since.total": "{count} genomförda aktiviteter sedan dess.",
  "since.byKind": "Per typ",
  "since.byArea": "Per område",
  "since.newVillages": "Byar nådda för första gången i år",
  "since.none": "Inga.",
  "since.promises": "Löften {year} som bytt läge",
  "since.promiseChange": "Löfte {number}, {label}: {before} → {after}",
  "since.noPromiseChanges": "Inget löfte har bytt läge.",
};
