/** An activity's public id as the API hands it out: a UUID (any case), hyphenated. */
const PUBLIC_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `id` can be an activity's public id; anything else is an unknown activity (NOT_FOUND). */
export function isActivityId(id: string): boolean {
  return PUBLIC_ID.test(id);
}
