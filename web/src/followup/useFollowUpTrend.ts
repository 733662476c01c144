import { useApolloClient } from "@apollo/client/react";
import { useEffect, useState } from "react";
import { graphql } from "../gql";
import type { Organisation } from "../gql/graphql";
import type { YearFigures } from "./charts";

export const FollowUpTrendQuery = graphql(`
  query FollowUpTrendQuery($year: Int!, $organisations: [Organisation!], $asOf: String) {
    followUp(year: $year, organisations: $organisations, asOf: $asOf) {
      year
      total
      byKind {
        kind
        count
      }
      byZone {
        zone
        count
        share
      }
    }
  }
`);

/**
 * The totals by kind and zone of each of `years` (of `organisation` alone when given; as they
 * stood on `asOf` when given, so the chosen year's column agrees with the rest of the page), one
 * request a year, for the trend charts.
 * Not cached: the page's own `followUp` of the chosen year asks for other fields, and two
 * selections of the same un-keyed field would overwrite each other in the cache.
 */
export function useFollowUpTrend(years: readonly number[], organisation: Organisation | null = null, asOf: string | null = null): { years: YearFigures[] | null; error: Error | null } {
  const client = useApolloClient();
  const key = `${organisation ?? ""}:${years.join(",")}:${asOf ?? ""}`;
  const [state, setState] = useState<{ key: string; years: YearFigures[] | null; error: Error | null }>({ key: "", years: null, error: null });
  useEffect(() => {
    let live = true;
    const [chosen, list, day] = key.split(":");
    const organisations = chosen ? [chosen as Organisation] : null;
    const wanted = list.split(",").map(Number);
    const variables = (year: number) => ({ year, organisations, asOf: day || null });
    Promise.all(wanted.map((year) => client.query({ query: FollowUpTrendQuery, variables: variables(year), fetchPolicy: "no-cache" })))
      .then((results) => {
        const figures = results.map((r) => r.data?.followUp).filter((f): f is NonNullable<typeof f> => Boolean(f));
        if (live) setState({ key, years: figures, error: null });
      })
      .catch((error: unknown) => {
        if (live) setState({ key, years: null, error: error instanceof Error ? error : new Error(String(error)) });
      });
    return () => {
      live = false;
    };
  }, [client, key]);
  return state.key === key ? { years: state.years, error: state.error } : { years: null, error: null };
}
