/**
 * The years the service knows: no activity, filter, follow-up or promise period lies before
 * `earliest`; promise periods end by `latest` at the most.
 */
export const YEARS = { earliest: 2000, latest: 2100 } as const;

/** The first instant of the earliest year (UTC). */
export const EARLIEST_INSTANT = new Date(Date.UTC(YEARS.earliest, 0, 1));
