import type { ErrorLike } from "@apollo/client";
import { useApolloClient } from "@apollo/client/react";
import { useEffect, useRef, useState } from "react";
import { graphql } from "../gql";
import type { ActivityFilter, MapActivitiesQuery as MapActivitiesResult } from "../gql/graphql";

/** The largest page the API gives (`first` at most 500). */
export const PAGE_SIZE = 500;
/** The most activities the map draws one by one; a larger selection is grouped by the server. */
export const MAX_MAP_ACTIVITIES = 5000;

export const MapActivitiesQuery = graphql(`
  query MapActivitiesQuery($filter: ActivityFilter, $first: Int, $after: String) {
    activities(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          status
          priorityAreas
          lat
          lng
          ...ActivityLayerActivity
        }
      }
    }
  }
`);

/** No activities, one array for every time: a grouped selection hands the map the same one, so its layers see no change. */
const NO_ACTIVITIES: readonly MapActivity[] = [];

/** An activity as the map page has it: what the legend counts and the labels keep clear of, and the layer's own fields. */
export type MapActivity = MapActivitiesResult["activities"]["edges"][number]["node"];

/** Every activity of a selection for the map, as far as loaded. */
export interface MapActivities {
  activities: readonly MapActivity[];
  /** The API's count for the selection; null until the first page is in. */
  totalCount: number | null;
  /** More than `MAX_MAP_ACTIVITIES`: none are loaded, the map asks the server for clusters instead. */
  clustered: boolean;
  /** True while the selection's pages are still coming (the previous selection may be shown meanwhile). */
  loading: boolean;
  error: ErrorLike | null;
  retry(): void;
}

/**
 * Loads all activities of the selection, page after page (each page cached by Apollo, so going
 * back to a selection is instant). The first page is shown as soon as it arrives; a newer
 * selection cancels an older one. A selection of more than `MAX_MAP_ACTIVITIES` is not loaded:
 * it is `clustered`, and the map asks the server for clusters of its view instead. After a
 * clustered selection the count is asked for alone first.
 */
export function useMapActivities(filter: ActivityFilter): MapActivities {
  const client = useApolloClient();
  const key = JSON.stringify(filter);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ key: string | null; activities: readonly MapActivity[]; totalCount: number | null; done: boolean; clustered: boolean; error: ErrorLike | null }>({
    key: null,
    activities: NO_ACTIVITIES,
    totalCount: null,
    done: false,
    clustered: false,
    error: null,
  });

  // Whether the selection shown last was grouped by the server: the next one most likely is too.
  const wasClustered = useRef(false);
  wasClustered.current = state.clustered;

  useEffect(() => {
    let cancelled = false;
    const variables = { filter: JSON.parse(key) as ActivityFilter, first: PAGE_SIZE };
    (async () => {
      let after: string | null = null;
      let loaded: MapActivity[] = [];
      // After a grouped selection, ask for the count alone first: a page of points that would not be
      // drawn costs the API and the network the most of the four requests a filter change makes.
      if (wasClustered.current) {
        const { data }: { data?: MapActivitiesResult } = await client.query({ query: MapActivitiesQuery, variables: { ...variables, first: 0, after: null } });
        if (cancelled || !data) return;
        if (data.activities.totalCount > MAX_MAP_ACTIVITIES) {
          setState({ key, activities: NO_ACTIVITIES, totalCount: data.activities.totalCount, done: true, clustered: true, error: null });
          return;
        }
      }
      for (;;) {
        const { data }: { data?: MapActivitiesResult } = await client.query({ query: MapActivitiesQuery, variables: { ...variables, after } });
        if (cancelled || !data) return;
        const page: MapActivitiesResult["activities"] = data.activities;
        if (page.totalCount > MAX_MAP_ACTIVITIES) {
          setState({ key, activities: NO_ACTIVITIES, totalCount: page.totalCount, done: true, clustered: true, error: null });
          return;
        }
        loaded = after === null ? page.edges.map((e) => e.node) : [...loaded, ...page.edges.map((e) => e.node)];
        const more = page.pageInfo.hasNextPage && page.pageInfo.endCursor !== null;
        setState({ key, activities: loaded, totalCount: page.totalCount, done: !more, clustered: false, error: null });
        if (!more) return;
        after = page.pageInfo.endCursor;
      }
    })().catch((error: ErrorLike) => {
      if (!cancelled) setState({ key, activities: NO_ACTIVITIES, totalCount: null, done: true, clustered: false, error });
    });
    return () => {
      cancelled = true;
    };
  }, [client, key, attempt]);

  const current = state.key === key;
  return {
    activities: state.activities,
    clustered: state.clustered,
    totalCount: current ? state.totalCount : null,
    loading: !current || !state.done,
    error: current ? state.error : null,
    retry: () => setAttempt((n) => n + 1),
  };
}
