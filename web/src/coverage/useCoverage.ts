import { useQuery } from "@apollo/client/react";
import { graphql } from "../gql";
import type { ActivityFilter } from "../gql/graphql";

/** The coverage of the map page: counts in the selection, each place's last done and next planned of all time. */
export const CoverageQuery = graphql(`
  query CoverageQuery($filter: ActivityFilter) {
    coverage(filter: $filter) {
      ...ZoneSplitFields
      places {
        ...PlaceCoverageRow
        count
        lastDoneAt
        daysSinceLastDone
        nextPlannedAt
        daysUntilNextPlanned
        byKind {
          kind
          count
        }
        place {
          id
          name
          samiName
          kind
          lat
          lng
        }
      }
      unvisited {
        id
      }
    }
  }
`);

/** The coverage of a selection; the previous selection's figures stay while the next load. */
export function useCoverage(filter: ActivityFilter) {
  const result = useQuery(CoverageQuery, { variables: { filter } });
  return { ...result, coverage: (result.data ?? result.previousData)?.coverage ?? null };
}
