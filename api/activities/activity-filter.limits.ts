/** The longest `search` of an activity filter, in characters (without decorators: units import it). */
export const SEARCH_MAX_LENGTH = 100;
