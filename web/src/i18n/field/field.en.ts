import type { fieldSv } from "./field.sv";

/** English strings of the field record screen (merged into en.ts). */
export const fieldEn: Record<keyof typeof fieldSv, string> = {
  "field.title": "Record in the field",
  "field.link": "Record in the field",
  "field.offer": "Out in the field? Record the activity where you stand.",
  "field.kind": "What are you doing?",
  "field.where": "Where are you?",
  "field.locating": "Finding your position …",
  "field.noFix": "No position from the device: pick a place from the list.",
  "field.nearest": "{place}, {distance} km",
  "field.zone": "Zone: {zone}",
  "field.placeList": "Place (nearest first)",
  "field.time": "Time on site",
  "field.start": "Start",
  "field.done": "Done",
  "field.startedAt": "Started {time}",
  "field.doneAt": "Done {time}",
  "field.afterwards": "Record a done activity afterwards",
  "field.save": "Save the record",
  "field.saved": "The record is saved and shows on the map.",
  "field.back": "Back",
  "field.toMap": "To the map",
};
