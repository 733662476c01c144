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
    "\n  fragment ActivityDetails on Activity {\n    id\n    kind\n    organisation\n    status\n    priorityAreas\n    startsAt\n    endsAt\n    zone\n    lat\n    lng\n    title\n    place {\n      id\n      name\n      samiName\n    }\n    outcome {\n      vehiclesChecked\n      breathTests\n      suspectedDrunkDriving\n      suspectedDrugDriving\n      peopleReached\n      findings\n    }\n  }\n": typeof types.ActivityDetailsFragmentDoc,
    "\n  query MapRouteQuery {\n    mapConfig {\n      tileUrl\n      tileAttribution\n    }\n    municipality {\n      code\n      name\n      samiName\n      center {\n        lat\n        lng\n      }\n      boundary\n    }\n    places(kinds: [TOWN, VILLAGE]) {\n      ...PlacesLayerPlace\n    }\n    promisePeriods {\n      id\n      startYear\n      endYear\n    }\n  }\n": typeof types.MapRouteQueryDocument,
    "\n  fragment SessionUser on User {\n    id\n    username\n    displayName\n    role\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  query SessionQuery {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.SessionQueryDocument,
    "\n  mutation SignInMutation($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SessionUser\n    }\n  }\n": typeof types.SignInMutationDocument,
    "\n  mutation SignOutMutation {\n    logout\n  }\n": typeof types.SignOutMutationDocument,
    "\n  query PlaceActivitiesQuery($filter: ActivityFilter, $first: Int) {\n    activities(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ActivityDetails\n        }\n      }\n    }\n  }\n": typeof types.PlaceActivitiesQueryDocument,
    "\n  query CoverageQuery($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      byZone {\n        zone\n        count\n        share\n      }\n      places {\n        count\n        lastActivityAt\n        daysSinceLast\n        byKind {\n          kind\n          count\n        }\n        place {\n          ...PlacesLayerPlace\n        }\n      }\n      unvisited {\n        id\n      }\n    }\n  }\n": typeof types.CoverageQueryDocument,
    "\n  fragment ActivityLayerActivity on Activity {\n    id\n    lat\n    lng\n    kind\n    status\n    priorityAreas\n  }\n": typeof types.ActivityLayerActivityFragmentDoc,
    "\n  query ActivityPopupQuery($id: ID!) {\n    activity(id: $id) {\n      ...ActivityDetails\n    }\n  }\n": typeof types.ActivityPopupQueryDocument,
    "\n  fragment PlacesLayerPlace on Place {\n    id\n    name\n    samiName\n    kind\n    lat\n    lng\n    population\n  }\n": typeof types.PlacesLayerPlaceFragmentDoc,
    "\n  query ActivityClustersQuery($filter: ActivityFilter, $bbox: BBoxInput!, $zoom: Int!) {\n    activityClusters(filter: $filter, bbox: $bbox, zoom: $zoom) {\n      total\n      clusters {\n        lat\n        lng\n        count\n        activityId\n        byKind {\n          kind\n          count\n        }\n      }\n    }\n  }\n": typeof types.ActivityClustersQueryDocument,
    "\n  query MapActivitiesQuery($filter: ActivityFilter, $first: Int, $after: String) {\n    activities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ActivityLayerActivity\n        }\n      }\n    }\n  }\n": typeof types.MapActivitiesQueryDocument,
    "\n  query ActivityTableQuery($filter: ActivityFilter, $first: Int, $after: String, $orderBy: ActivityOrder) {\n    activities(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ActivityDetails\n        }\n      }\n    }\n  }\n": typeof types.ActivityTableQueryDocument,
};
const documents: Documents = {
    "\n  fragment ActivityDetails on Activity {\n    id\n    kind\n    organisation\n    status\n    priorityAreas\n    startsAt\n    endsAt\n    zone\n    lat\n    lng\n    title\n    place {\n      id\n      name\n      samiName\n    }\n    outcome {\n      vehiclesChecked\n      breathTests\n      suspectedDrunkDriving\n      suspectedDrugDriving\n      peopleReached\n      findings\n    }\n  }\n": types.ActivityDetailsFragmentDoc,
    "\n  query MapRouteQuery {\n    mapConfig {\n      tileUrl\n      tileAttribution\n    }\n    municipality {\n      code\n      name\n      samiName\n      center {\n        lat\n        lng\n      }\n      boundary\n    }\n    places(kinds: [TOWN, VILLAGE]) {\n      ...PlacesLayerPlace\n    }\n    promisePeriods {\n      id\n      startYear\n      endYear\n    }\n  }\n": types.MapRouteQueryDocument,
    "\n  fragment SessionUser on User {\n    id\n    username\n    displayName\n    role\n  }\n": types.SessionUserFragmentDoc,
    "\n  query SessionQuery {\n    me {\n      ...SessionUser\n    }\n  }\n": types.SessionQueryDocument,
    "\n  mutation SignInMutation($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SessionUser\n    }\n  }\n": types.SignInMutationDocument,
    "\n  mutation SignOutMutation {\n    logout\n  }\n": types.SignOutMutationDocument,
    "\n  query PlaceActivitiesQuery($filter: ActivityFilter, $first: Int) {\n    activities(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ActivityDetails\n        }\n      }\n    }\n  }\n": types.PlaceActivitiesQueryDocument,
    "\n  query CoverageQuery($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      byZone {\n        zone\n        count\n        share\n      }\n      places {\n        count\n        lastActivityAt\n        daysSinceLast\n        byKind {\n          kind\n          count\n        }\n        place {\n          ...PlacesLayerPlace\n        }\n      }\n      unvisited {\n        id\n      }\n    }\n  }\n": types.CoverageQueryDocument,
    "\n  fragment ActivityLayerActivity on Activity {\n    id\n    lat\n    lng\n    kind\n    status\n    priorityAreas\n  }\n": types.ActivityLayerActivityFragmentDoc,
    "\n  query ActivityPopupQuery($id: ID!) {\n    activity(id: $id) {\n      ...ActivityDetails\n    }\n  }\n": types.ActivityPopupQueryDocument,
    "\n  fragment PlacesLayerPlace on Place {\n    id\n    name\n    samiName\n    kind\n    lat\n    lng\n    population\n  }\n": types.PlacesLayerPlaceFragmentDoc,
    "\n  query ActivityClustersQuery($filter: ActivityFilter, $bbox: BBoxInput!, $zoom: Int!) {\n    activityClusters(filter: $filter, bbox: $bbox, zoom: $zoom) {\n      total\n      clusters {\n        lat\n        lng\n        count\n        activityId\n        byKind {\n          kind\n          count\n        }\n      }\n    }\n  }\n": types.ActivityClustersQueryDocument,
    "\n  query MapActivitiesQuery($filter: ActivityFilter, $first: Int, $after: String) {\n    activities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ActivityLayerActivity\n        }\n      }\n    }\n  }\n": types.MapActivitiesQueryDocument,
    "\n  query ActivityTableQuery($filter: ActivityFilter, $first: Int, $after: String, $orderBy: ActivityOrder) {\n    activities(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ActivityDetails\n        }\n      }\n    }\n  }\n": types.ActivityTableQueryDocument,
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
export function graphql(source: "\n  fragment ActivityDetails on Activity {\n    id\n    kind\n    organisation\n    status\n    priorityAreas\n    startsAt\n    endsAt\n    zone\n    lat\n    lng\n    title\n    place {\n      id\n      name\n      samiName\n    }\n    outcome {\n      vehiclesChecked\n      breathTests\n      suspectedDrunkDriving\n      suspectedDrugDriving\n      peopleReached\n      findings\n    }\n  }\n"): (typeof documents)["\n  fragment ActivityDetails on Activity {\n    id\n    kind\n    organisation\n    status\n    priorityAreas\n    startsAt\n    endsAt\n    zone\n    lat\n    lng\n    title\n    place {\n      id\n      name\n      samiName\n    }\n    outcome {\n      vehiclesChecked\n      breathTests\n      suspectedDrunkDriving\n      suspectedDrugDriving\n      peopleReached\n      findings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapRouteQuery {\n    mapConfig {\n      tileUrl\n      tileAttribution\n    }\n    municipality {\n      code\n      name\n      samiName\n      center {\n        lat\n        lng\n      }\n      boundary\n    }\n    places(kinds: [TOWN, VILLAGE]) {\n      ...PlacesLayerPlace\n    }\n    promisePeriods {\n      id\n      startYear\n      endYear\n    }\n  }\n"): (typeof documents)["\n  query MapRouteQuery {\n    mapConfig {\n      tileUrl\n      tileAttribution\n    }\n    municipality {\n      code\n      name\n      samiName\n      center {\n        lat\n        lng\n      }\n      boundary\n    }\n    places(kinds: [TOWN, VILLAGE]) {\n      ...PlacesLayerPlace\n    }\n    promisePeriods {\n      id\n      startYear\n      endYear\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    username\n    displayName\n    role\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    username\n    displayName\n    role\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionQuery {\n    me {\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  query SessionQuery {\n    me {\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInMutation($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  mutation SignInMutation($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutMutation {\n    logout\n  }\n"): (typeof documents)["\n  mutation SignOutMutation {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaceActivitiesQuery($filter: ActivityFilter, $first: Int) {\n    activities(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ActivityDetails\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlaceActivitiesQuery($filter: ActivityFilter, $first: Int) {\n    activities(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ActivityDetails\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageQuery($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      byZone {\n        zone\n        count\n        share\n      }\n      places {\n        count\n        lastActivityAt\n        daysSinceLast\n        byKind {\n          kind\n          count\n        }\n        place {\n          ...PlacesLayerPlace\n        }\n      }\n      unvisited {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoverageQuery($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      byZone {\n        zone\n        count\n        share\n      }\n      places {\n        count\n        lastActivityAt\n        daysSinceLast\n        byKind {\n          kind\n          count\n        }\n        place {\n          ...PlacesLayerPlace\n        }\n      }\n      unvisited {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityLayerActivity on Activity {\n    id\n    lat\n    lng\n    kind\n    status\n    priorityAreas\n  }\n"): (typeof documents)["\n  fragment ActivityLayerActivity on Activity {\n    id\n    lat\n    lng\n    kind\n    status\n    priorityAreas\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityPopupQuery($id: ID!) {\n    activity(id: $id) {\n      ...ActivityDetails\n    }\n  }\n"): (typeof documents)["\n  query ActivityPopupQuery($id: ID!) {\n    activity(id: $id) {\n      ...ActivityDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlacesLayerPlace on Place {\n    id\n    name\n    samiName\n    kind\n    lat\n    lng\n    population\n  }\n"): (typeof documents)["\n  fragment PlacesLayerPlace on Place {\n    id\n    name\n    samiName\n    kind\n    lat\n    lng\n    population\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityClustersQuery($filter: ActivityFilter, $bbox: BBoxInput!, $zoom: Int!) {\n    activityClusters(filter: $filter, bbox: $bbox, zoom: $zoom) {\n      total\n      clusters {\n        lat\n        lng\n        count\n        activityId\n        byKind {\n          kind\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityClustersQuery($filter: ActivityFilter, $bbox: BBoxInput!, $zoom: Int!) {\n    activityClusters(filter: $filter, bbox: $bbox, zoom: $zoom) {\n      total\n      clusters {\n        lat\n        lng\n        count\n        activityId\n        byKind {\n          kind\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapActivitiesQuery($filter: ActivityFilter, $first: Int, $after: String) {\n    activities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ActivityLayerActivity\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MapActivitiesQuery($filter: ActivityFilter, $first: Int, $after: String) {\n    activities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ActivityLayerActivity\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityTableQuery($filter: ActivityFilter, $first: Int, $after: String, $orderBy: ActivityOrder) {\n    activities(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ActivityDetails\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityTableQuery($filter: ActivityFilter, $first: Int, $after: String, $orderBy: ActivityOrder) {\n    activities(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ActivityDetails\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;