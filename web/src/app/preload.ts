import type { ApolloClient } from "@apollo/client";
import { CoverageQuery } from "../coverage/useCoverage";
import { viewDefaults } from "../filters/useView";
import { parseView, toActivityFilter } from "../filters/view-state";
import { MapActivitiesQuery, PAGE_SIZE } from "../map/useMapActivities";
import { MapRouteQuery } from "../map/map-route-query";

/** Marks a request as a preload: its errors are left to the page that will ask again. */
export const PRELOAD_CONTEXT = { preload: true } as const;

/**
 * Starts the map page's first requests while the session is checked and the map's code loads,
 * with the same variables the page will use: Apollo then shares the answers (in flight or cached)
 * instead of asking again. Saves a round trip and the first render before the first markers.
 */
export function preloadMapData(client: ApolloClient, search: string): void {
  const filter = toActivityFilter(parseView(new URLSearchParams(search), viewDefaults()).filter);
  const ignore = () => {};
  client.query({ query: MapRouteQuery, context: PRELOAD_CONTEXT }).catch(ignore);
  client.query({ query: MapActivitiesQuery, variables: { filter, first: PAGE_SIZE, after: null }, context: PRELOAD_CONTEXT }).catch(ignore);
  client.query({ query: CoverageQuery, variables: { filter }, context: PRELOAD_CONTEXT }).catch(ignore);
}
