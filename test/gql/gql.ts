/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ActivitiesListTest($filter: ActivityFilter, $first: Int, $after: String, $orderBy: ActivityOrder) {\n    activities(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          kind\n          organisation\n          status\n          priorityAreas\n          startsAt\n          zone\n          title\n          version\n          lat\n          lng\n          place {\n            id\n            name\n            kind\n          }\n          outcome {\n            vehiclesChecked\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ActivitiesListTestDocument,
    "\n  query ActivitySearchTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 500) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          place {\n            name\n          }\n        }\n      }\n    }\n    coverage(filter: $filter) {\n      total\n    }\n    activityClusters(filter: $filter, bbox: { south: 60, west: 10, north: 70, east: 25 }, zoom: 3) {\n      total\n    }\n  }\n": typeof types.ActivitySearchTestDocument,
    "\n  query ClustersTest($filter: ActivityFilter, $bbox: BBoxInput!, $zoom: Int!) {\n    activityClusters(filter: $filter, bbox: $bbox, zoom: $zoom) {\n      total\n      clusters {\n        lat\n        lng\n        count\n        activityId\n        byKind {\n          kind\n          count\n        }\n      }\n    }\n  }\n": typeof types.ClustersTestDocument,
    "\n  query ClustersCountTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n": typeof types.ClustersCountTestDocument,
    "\n  query ClustersOneTest($id: ID!) {\n    activity(id: $id) {\n      id\n      lat\n      lng\n      kind\n    }\n  }\n": typeof types.ClustersOneTestDocument,
    "\n  query CoverageTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      byZone {\n        zone\n        count\n        share\n      }\n      places {\n        place {\n          name\n          kind\n        }\n        count\n        lastActivityAt\n        daysSinceLast\n        byKind {\n          kind\n          count\n        }\n      }\n      unvisited {\n        name\n        kind\n      }\n    }\n  }\n": typeof types.CoverageTestDocument,
    "\n  query CoverageTimelineTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      places {\n        place {\n          name\n        }\n        lastDoneAt\n        daysSinceLastDone\n        nextPlannedAt\n        daysUntilNextPlanned\n      }\n    }\n  }\n": typeof types.CoverageTimelineTestDocument,
    "\n  query PublicIdsListTest($first: Int, $after: String, $orderBy: ActivityOrder) {\n    activities(first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PublicIdsListTestDocument,
    "\n  query VisibilityTest($filter: ActivityFilter, $id: ID!, $id2: ID!) {\n    activities(filter: $filter, first: 500) {\n      totalCount\n      edges {\n        node {\n          id\n          organisation\n          status\n        }\n      }\n    }\n    coverage(filter: $filter) {\n      total\n      byZone {\n        zone\n        count\n      }\n      places {\n        place {\n          name\n        }\n        count\n      }\n    }\n    planned: activity(id: $id) {\n      id\n    }\n    cancelled: activity(id: $id2) {\n      id\n    }\n  }\n": typeof types.VisibilityTestDocument,
    "\n  query AdminPeriodsTest {\n    promisePeriods {\n      id\n      name\n      startYear\n      promises {\n        id\n        number\n        targets {\n          id\n          label\n          measure\n          target\n        }\n      }\n    }\n  }\n": typeof types.AdminPeriodsTestDocument,
    "\n  query MapCountTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n": typeof types.MapCountTestDocument,
    "\n  query MapCoverageTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      byZone {\n        zone\n        count\n      }\n      places {\n        place {\n          id\n          name\n        }\n        count\n      }\n      unvisited {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MapCoverageTestDocument,
    "\n  query MapPageTest($filter: ActivityFilter, $first: Int, $after: String, $orderBy: ActivityOrder) {\n    activities(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n": typeof types.MapPageTestDocument,
    "\n  query MapTownsTest {\n    places(kinds: [TOWN, VILLAGE]) {\n      id\n    }\n  }\n": typeof types.MapTownsTestDocument,
    "\n  fragment PublicTotalsTest on PublicTotals {\n    year\n    total\n    inTown\n    inVillages\n    elsewhere\n    targetedOperations\n  }\n": typeof types.PublicTotalsTestFragmentDoc,
    "\n  query PublicFollowUpTest($year: Int!) {\n    publicFollowUp(year: $year) {\n      ...PublicTotalsTest\n      previous {\n        ...PublicTotalsTest\n      }\n      promises {\n        number\n        previousActual\n        measure\n      }\n      villages {\n        name\n        reached\n        count\n        previousReached\n        previousCount\n      }\n    }\n  }\n": typeof types.PublicFollowUpTestDocument,
    "\n  query TablePageTest($filter: ActivityFilter, $first: Int, $after: String) {\n    activities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n      }\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.TablePageTestDocument,
};
const documents: Documents = {
    "\n  query ActivitiesListTest($filter: ActivityFilter, $first: Int, $after: String, $orderBy: ActivityOrder) {\n    activities(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          kind\n          organisation\n          status\n          priorityAreas\n          startsAt\n          zone\n          title\n          version\n          lat\n          lng\n          place {\n            id\n            name\n            kind\n          }\n          outcome {\n            vehiclesChecked\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ActivitiesListTestDocument,
    "\n  query ActivitySearchTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 500) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          place {\n            name\n          }\n        }\n      }\n    }\n    coverage(filter: $filter) {\n      total\n    }\n    activityClusters(filter: $filter, bbox: { south: 60, west: 10, north: 70, east: 25 }, zoom: 3) {\n      total\n    }\n  }\n": types.ActivitySearchTestDocument,
    "\n  query ClustersTest($filter: ActivityFilter, $bbox: BBoxInput!, $zoom: Int!) {\n    activityClusters(filter: $filter, bbox: $bbox, zoom: $zoom) {\n      total\n      clusters {\n        lat\n        lng\n        count\n        activityId\n        byKind {\n          kind\n          count\n        }\n      }\n    }\n  }\n": types.ClustersTestDocument,
    "\n  query ClustersCountTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n": types.ClustersCountTestDocument,
    "\n  query ClustersOneTest($id: ID!) {\n    activity(id: $id) {\n      id\n      lat\n      lng\n      kind\n    }\n  }\n": types.ClustersOneTestDocument,
    "\n  query CoverageTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      byZone {\n        zone\n        count\n        share\n      }\n      places {\n        place {\n          name\n          kind\n        }\n        count\n        lastActivityAt\n        daysSinceLast\n        byKind {\n          kind\n          count\n        }\n      }\n      unvisited {\n        name\n        kind\n      }\n    }\n  }\n": types.CoverageTestDocument,
    "\n  query CoverageTimelineTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      places {\n        place {\n          name\n        }\n        lastDoneAt\n        daysSinceLastDone\n        nextPlannedAt\n        daysUntilNextPlanned\n      }\n    }\n  }\n": types.CoverageTimelineTestDocument,
    "\n  query PublicIdsListTest($first: Int, $after: String, $orderBy: ActivityOrder) {\n    activities(first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PublicIdsListTestDocument,
    "\n  query VisibilityTest($filter: ActivityFilter, $id: ID!, $id2: ID!) {\n    activities(filter: $filter, first: 500) {\n      totalCount\n      edges {\n        node {\n          id\n          organisation\n          status\n        }\n      }\n    }\n    coverage(filter: $filter) {\n      total\n      byZone {\n        zone\n        count\n      }\n      places {\n        place {\n          name\n        }\n        count\n      }\n    }\n    planned: activity(id: $id) {\n      id\n    }\n    cancelled: activity(id: $id2) {\n      id\n    }\n  }\n": types.VisibilityTestDocument,
    "\n  query AdminPeriodsTest {\n    promisePeriods {\n      id\n      name\n      startYear\n      promises {\n        id\n        number\n        targets {\n          id\n          label\n          measure\n          target\n        }\n      }\n    }\n  }\n": types.AdminPeriodsTestDocument,
    "\n  query MapCountTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n": types.MapCountTestDocument,
    "\n  query MapCoverageTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      byZone {\n        zone\n        count\n      }\n      places {\n        place {\n          id\n          name\n        }\n        count\n      }\n      unvisited {\n        id\n        name\n      }\n    }\n  }\n": types.MapCoverageTestDocument,
    "\n  query MapPageTest($filter: ActivityFilter, $first: Int, $after: String, $orderBy: ActivityOrder) {\n    activities(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n": types.MapPageTestDocument,
    "\n  query MapTownsTest {\n    places(kinds: [TOWN, VILLAGE]) {\n      id\n    }\n  }\n": types.MapTownsTestDocument,
    "\n  fragment PublicTotalsTest on PublicTotals {\n    year\n    total\n    inTown\n    inVillages\n    elsewhere\n    targetedOperations\n  }\n": types.PublicTotalsTestFragmentDoc,
    "\n  query PublicFollowUpTest($year: Int!) {\n    publicFollowUp(year: $year) {\n      ...PublicTotalsTest\n      previous {\n        ...PublicTotalsTest\n      }\n      promises {\n        number\n        previousActual\n        measure\n      }\n      villages {\n        name\n        reached\n        count\n        previousReached\n        previousCount\n      }\n    }\n  }\n": types.PublicFollowUpTestDocument,
    "\n  query TablePageTest($filter: ActivityFilter, $first: Int, $after: String) {\n    activities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n      }\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.TablePageTestDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivitiesListTest($filter: ActivityFilter, $first: Int, $after: String, $orderBy: ActivityOrder) {\n    activities(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          kind\n          organisation\n          status\n          priorityAreas\n          startsAt\n          zone\n          title\n          version\n          lat\n          lng\n          place {\n            id\n            name\n            kind\n          }\n          outcome {\n            vehiclesChecked\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivitiesListTest($filter: ActivityFilter, $first: Int, $after: String, $orderBy: ActivityOrder) {\n    activities(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          kind\n          organisation\n          status\n          priorityAreas\n          startsAt\n          zone\n          title\n          version\n          lat\n          lng\n          place {\n            id\n            name\n            kind\n          }\n          outcome {\n            vehiclesChecked\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivitySearchTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 500) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          place {\n            name\n          }\n        }\n      }\n    }\n    coverage(filter: $filter) {\n      total\n    }\n    activityClusters(filter: $filter, bbox: { south: 60, west: 10, north: 70, east: 25 }, zoom: 3) {\n      total\n    }\n  }\n"): (typeof documents)["\n  query ActivitySearchTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 500) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          place {\n            name\n          }\n        }\n      }\n    }\n    coverage(filter: $filter) {\n      total\n    }\n    activityClusters(filter: $filter, bbox: { south: 60, west: 10, north: 70, east: 25 }, zoom: 3) {\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClustersTest($filter: ActivityFilter, $bbox: BBoxInput!, $zoom: Int!) {\n    activityClusters(filter: $filter, bbox: $bbox, zoom: $zoom) {\n      total\n      clusters {\n        lat\n        lng\n        count\n        activityId\n        byKind {\n          kind\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClustersTest($filter: ActivityFilter, $bbox: BBoxInput!, $zoom: Int!) {\n    activityClusters(filter: $filter, bbox: $bbox, zoom: $zoom) {\n      total\n      clusters {\n        lat\n        lng\n        count\n        activityId\n        byKind {\n          kind\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClustersCountTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ClustersCountTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClustersOneTest($id: ID!) {\n    activity(id: $id) {\n      id\n      lat\n      lng\n      kind\n    }\n  }\n"): (typeof documents)["\n  query ClustersOneTest($id: ID!) {\n    activity(id: $id) {\n      id\n      lat\n      lng\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      byZone {\n        zone\n        count\n        share\n      }\n      places {\n        place {\n          name\n          kind\n        }\n        count\n        lastActivityAt\n        daysSinceLast\n        byKind {\n          kind\n          count\n        }\n      }\n      unvisited {\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoverageTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      byZone {\n        zone\n        count\n        share\n      }\n      places {\n        place {\n          name\n          kind\n        }\n        count\n        lastActivityAt\n        daysSinceLast\n        byKind {\n          kind\n          count\n        }\n      }\n      unvisited {\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageTimelineTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      places {\n        place {\n          name\n        }\n        lastDoneAt\n        daysSinceLastDone\n        nextPlannedAt\n        daysUntilNextPlanned\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoverageTimelineTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      places {\n        place {\n          name\n        }\n        lastDoneAt\n        daysSinceLastDone\n        nextPlannedAt\n        daysUntilNextPlanned\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicIdsListTest($first: Int, $after: String, $orderBy: ActivityOrder) {\n    activities(first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicIdsListTest($first: Int, $after: String, $orderBy: ActivityOrder) {\n    activities(first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibilityTest($filter: ActivityFilter, $id: ID!, $id2: ID!) {\n    activities(filter: $filter, first: 500) {\n      totalCount\n      edges {\n        node {\n          id\n          organisation\n          status\n        }\n      }\n    }\n    coverage(filter: $filter) {\n      total\n      byZone {\n        zone\n        count\n      }\n      places {\n        place {\n          name\n        }\n        count\n      }\n    }\n    planned: activity(id: $id) {\n      id\n    }\n    cancelled: activity(id: $id2) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query VisibilityTest($filter: ActivityFilter, $id: ID!, $id2: ID!) {\n    activities(filter: $filter, first: 500) {\n      totalCount\n      edges {\n        node {\n          id\n          organisation\n          status\n        }\n      }\n    }\n    coverage(filter: $filter) {\n      total\n      byZone {\n        zone\n        count\n      }\n      places {\n        place {\n          name\n        }\n        count\n      }\n    }\n    planned: activity(id: $id) {\n      id\n    }\n    cancelled: activity(id: $id2) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPeriodsTest {\n    promisePeriods {\n      id\n      name\n      startYear\n      promises {\n        id\n        number\n        targets {\n          id\n          label\n          measure\n          target\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminPeriodsTest {\n    promisePeriods {\n      id\n      name\n      startYear\n      promises {\n        id\n        number\n        targets {\n          id\n          label\n          measure\n          target\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapCountTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query MapCountTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapCoverageTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      byZone {\n        zone\n        count\n      }\n      places {\n        place {\n          id\n          name\n        }\n        count\n      }\n      unvisited {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MapCoverageTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      byZone {\n        zone\n        count\n      }\n      places {\n        place {\n          id\n          name\n        }\n        count\n      }\n      unvisited {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapPageTest($filter: ActivityFilter, $first: Int, $after: String, $orderBy: ActivityOrder) {\n    activities(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MapPageTest($filter: ActivityFilter, $first: Int, $after: String, $orderBy: ActivityOrder) {\n    activities(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapTownsTest {\n    places(kinds: [TOWN, VILLAGE]) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query MapTownsTest {\n    places(kinds: [TOWN, VILLAGE]) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicTotalsTest on PublicTotals {\n    year\n    total\n    inTown\n    inVillages\n    elsewhere\n    targetedOperations\n  }\n"): (typeof documents)["\n  fragment PublicTotalsTest on PublicTotals {\n    year\n    total\n    inTown\n    inVillages\n    elsewhere\n    targetedOperations\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicFollowUpTest($year: Int!) {\n    publicFollowUp(year: $year) {\n      ...PublicTotalsTest\n      previous {\n        ...PublicTotalsTest\n      }\n      promises {\n        number\n        previousActual\n        measure\n      }\n      villages {\n        name\n        reached\n        count\n        previousReached\n        previousCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicFollowUpTest($year: Int!) {\n    publicFollowUp(year: $year) {\n      ...PublicTotalsTest\n      previous {\n        ...PublicTotalsTest\n      }\n      promises {\n        number\n        previousActual\n        measure\n      }\n      villages {\n        name\n        reached\n        count\n        previousReached\n        previousCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TablePageTest($filter: ActivityFilter, $first: Int, $after: String) {\n    activities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n      }\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TablePageTest($filter: ActivityFilter, $first: Int, $after: String) {\n    activities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n      }\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;