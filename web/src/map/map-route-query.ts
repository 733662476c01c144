import { graphql } from "../gql";

/** What the map page needs once: the tile configuration, the municipality, its town and villages, the promise periods. */
export const MapRouteQuery = graphql(`
  query MapRouteQuery {
    mapConfig {
      tileUrl
      tileAttribution
    }
    municipality {
      code
      name
      samiName
      center {
        lat
        lng
      }
      boundary
    }
    places(kinds: [TOWN, VILLAGE]) {
      id
      kind
      lat
      lng
      ...PlacesLayerPlace
    }
    promisePeriods {
      id
      startYear
      endYear
    }
  }
`);
