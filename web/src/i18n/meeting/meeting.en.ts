import type { meetingSv } from "./meeting.sv";

/** English strings of meeting mode beyond the year stepper (merged into en.ts). */
export const meetingEn: Record<keyof typeof meetingSv, string> = {
  "meeting.area": "Priority area",
  "meeting.allAreas": "All areas",
  "meeting.someAreas": "{count} areas",
  "meeting.previousArea": "Previous area",
  "meeting.nextArea": "Next area",
  "meeting.keys": "Keys: ← → year, ↑ ↓ area",
  "meeting.views": "Show",
  "meeting.viewMap": "Map",
  "meeting.viewStory": "The year in words",
  "story.title": "{year} in words",
  "story.titleArea": "{year} in words: {area}",
  "story.oneYear": "Showing {year}, the last year of the selection. Change the year with ← →.",
  "story.activities": "{total} activities done: {town} in the town, {village} in the villages and {rural} elsewhere.",
  "story.activitiesSoFar": "{total} activities done so far: {town} in the town, {village} in the villages and {rural} elsewhere.",
  "story.targets": "{met} of {total} targets met.",
  "story.targetsSoFar": "{met} of {total} targets met so far, {open} in progress.",
  "story.noTargets": "No targets with a promised number in the selection.",
  "story.noPeriod": "No citizen promise covers {year}.",
  "story.atRiskTitle": "At risk at this pace ({count})",
  "story.atRisk": "{what}: forecast {forecast} at year end",
  "story.missed": "Missed: {what}.",
  "story.villages": "Villages reached: {reached} of {total}.",
  "story.notReached": "Not reached: {names}.",
  "story.andMore": "{names} and {count} more",
};
