/** The signed-in follow-up page (the year in `?year=`). */
export const FOLLOW_UP_PATH = "/uppfoljning";

/** The public follow-up of a year, for citizens. */
export function publicFollowUpPath(year: number): string {
  return `${FOLLOW_UP_PATH}/${year}`;
}

/** The year of a public follow-up path, else null. */
export function publicFollowUpYear(pathname: string): number | null {
  const match = /^\/uppfoljning\/(\d{4})\/?$/.exec(pathname);
  return match ? Number(match[1]) : null;
}

/** The first year the follow-up reaches back to (the previous agreement's first year). */
export const FIRST_YEAR = 2020;

/** The years from `FIRST_YEAR` to `last`, oldest first. */
export function yearsUpTo(last: number): number[] {
  return Array.from({ length: Math.max(0, last - FIRST_YEAR + 1) }, (_, i) => FIRST_YEAR + i);
}
