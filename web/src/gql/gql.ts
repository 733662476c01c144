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
    "\n  fragment OutcomeText on ActivityOutcome {\n    vehiclesChecked\n    breathTests\n    suspectedDrunkDriving\n    suspectedDrugDriving\n    peopleReached\n    findings\n  }\n": typeof types.OutcomeTextFragmentDoc,
    "\n  fragment PlaceNameFields on Place {\n    name\n    samiName\n  }\n": typeof types.PlaceNameFieldsFragmentDoc,
    "\n  fragment ActivityDetails on Activity {\n    id\n    kind\n    organisation\n    status\n    priorityAreas\n    startsAt\n    zone\n    title\n    place {\n      ...PlaceNameFields\n    }\n    outcome {\n      ...OutcomeText\n    }\n  }\n": typeof types.ActivityDetailsFragmentDoc,
    "\n  query AuditLogQuery($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          at\n          actor\n          action\n          entity\n          entityId\n          details\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditLogQueryDocument,
    "\n  query AuditLogUsersQuery {\n    users {\n      id\n      username\n      displayName\n    }\n  }\n": typeof types.AuditLogUsersQueryDocument,
    "\n  query DeletedActivitiesQuery {\n    deletedActivityLog {\n      deletedAt\n      deletedBy\n      deletedByName\n      activity {\n        id\n        kind\n        organisation\n        title\n        startsAt\n        place {\n          ...PlaceNameFields\n        }\n      }\n    }\n  }\n": typeof types.DeletedActivitiesQueryDocument,
    "\n  mutation RestoreActivityMutation($id: ID!) {\n    restoreActivity(id: $id) {\n      ...ActivityDetails\n      version\n    }\n  }\n": typeof types.RestoreActivityMutationDocument,
    "\n  fragment PlacesAdminPlace on Place {\n    id\n    name\n    samiName\n    kind\n    schoolLevel\n    lat\n    lng\n    population\n    radiusM\n    ...PlacesLayerPlace\n  }\n": typeof types.PlacesAdminPlaceFragmentDoc,
    "\n  query PlacesAdminQuery {\n    places {\n      ...PlacesAdminPlace\n    }\n    mapConfig {\n      tileUrl\n      tileAttribution\n    }\n    municipality {\n      code\n      boundary\n      center {\n        lat\n        lng\n      }\n    }\n  }\n": typeof types.PlacesAdminQueryDocument,
    "\n  mutation UpsertPlaceMutation($input: PlaceInput!) {\n    upsertPlace(input: $input) {\n      ...PlacesAdminPlace\n    }\n  }\n": typeof types.UpsertPlaceMutationDocument,
    "\n  fragment TargetsAdminPromise on Promise {\n    id\n    number\n    title\n    targets {\n      id\n      label\n      measure\n      target\n      kinds\n      priorityAreas\n      placeKind\n      schoolLevel\n      cadencePeriod\n      villageExceptions {\n        placeId\n        visits\n      }\n    }\n  }\n": typeof types.TargetsAdminPromiseFragmentDoc,
    "\n  query TargetsAdminQuery {\n    villages: places(kinds: [VILLAGE]) {\n      id\n      name\n    }\n    promisePeriods {\n      id\n      name\n      promises {\n        id\n        ...TargetsAdminPromise\n      }\n    }\n  }\n": typeof types.TargetsAdminQueryDocument,
    "\n  mutation SetPromiseTargetMutation($promiseId: ID!, $target: PromiseTargetInput!) {\n    setPromiseTarget(promiseId: $promiseId, target: $target) {\n      ...TargetsAdminPromise\n    }\n  }\n": typeof types.SetPromiseTargetMutationDocument,
    "\n  mutation UpdatePromiseTargetMutation($id: ID!, $target: PromiseTargetInput!) {\n    updatePromiseTarget(id: $id, target: $target) {\n      ...TargetsAdminPromise\n    }\n  }\n": typeof types.UpdatePromiseTargetMutationDocument,
    "\n  mutation DeletePromiseTargetMutation($id: ID!) {\n    deletePromiseTarget(id: $id) {\n      ...TargetsAdminPromise\n    }\n  }\n": typeof types.DeletePromiseTargetMutationDocument,
    "\n  fragment UsersAdminUser on User {\n    id\n    username\n    displayName\n    role\n    active\n  }\n": typeof types.UsersAdminUserFragmentDoc,
    "\n  query UsersAdminQuery {\n    users {\n      ...UsersAdminUser\n    }\n  }\n": typeof types.UsersAdminQueryDocument,
    "\n  mutation CreateUserMutation($input: UserInput!) {\n    createUser(input: $input) {\n      ...UsersAdminUser\n    }\n  }\n": typeof types.CreateUserMutationDocument,
    "\n  mutation UpdateUserMutation($id: ID!, $input: UserUpdateInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UsersAdminUser\n    }\n  }\n": typeof types.UpdateUserMutationDocument,
    "\n  fragment SessionUser on User {\n    id\n    username\n    displayName\n    role\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  query SessionQuery {\n    me {\n      # The device's copy of the cache is kept under this id (web/src/pwa), outside any component.\n      id\n      ...SessionUser\n    }\n  }\n": typeof types.SessionQueryDocument,
    "\n  mutation SignInMutation($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      id\n      ...SessionUser\n    }\n  }\n": typeof types.SignInMutationDocument,
    "\n  mutation SignOutMutation {\n    logout\n  }\n": typeof types.SignOutMutationDocument,
    "\n  query PlaceActivitiesQuery($filter: ActivityFilter, $first: Int) {\n    activities(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...PlaceActivityItem\n        }\n      }\n    }\n  }\n": typeof types.PlaceActivitiesQueryDocument,
    "\n  fragment PlaceActivityItem on Activity {\n    id\n    kind\n    organisation\n    status\n    priorityAreas\n    startsAt\n    lat\n    lng\n  }\n": typeof types.PlaceActivityItemFragmentDoc,
    "\n  fragment PlaceCoverageRow on PlaceCoverage {\n    count\n    lastDoneAt\n    daysSinceLastDone\n    nextPlannedAt\n    daysUntilNextPlanned\n    byKind {\n      kind\n      count\n    }\n    place {\n      id\n      name\n      samiName\n      kind\n    }\n  }\n": typeof types.PlaceCoverageRowFragmentDoc,
    "\n  fragment ZoneSplitFields on Coverage {\n    total\n    byZone {\n      zone\n      count\n      share\n    }\n  }\n": typeof types.ZoneSplitFieldsFragmentDoc,
    "\n  query CoverageComparisonQuery($filter: ActivityFilter, $yearA: Int!, $yearB: Int!) {\n    coverageComparison(filter: $filter, yearA: $yearA, yearB: $yearB) {\n      yearA\n      yearB\n      totalA\n      totalB\n      byZone {\n        zone\n        countA\n        shareA\n        countB\n        shareB\n        change\n      }\n      places {\n        countA\n        countB\n        change\n        place {\n          id\n          name\n          samiName\n          kind\n          lat\n          lng\n        }\n      }\n      onlyInA {\n        id\n        name\n      }\n      onlyInB {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CoverageComparisonQueryDocument,
    "\n  query CoverageQuery($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      ...ZoneSplitFields\n      places {\n        ...PlaceCoverageRow\n        count\n        lastDoneAt\n        daysSinceLastDone\n        nextPlannedAt\n        daysUntilNextPlanned\n        byKind {\n          kind\n          count\n        }\n        place {\n          id\n          name\n          samiName\n          kind\n          lat\n          lng\n        }\n      }\n      unvisited {\n        id\n      }\n    }\n  }\n": typeof types.CoverageQueryDocument,
    "\n  query EditingPlacesQuery {\n    places {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.EditingPlacesQueryDocument,
    "\n  fragment ActivityFormFields on Activity {\n    id\n    kind\n    organisation\n    status\n    priorityAreas\n    startsAt\n    endsAt\n    lat\n    lng\n    title\n    notes\n    version\n    place {\n      id\n      lat\n      lng\n    }\n    outcome {\n      vehiclesChecked\n      breathTests\n      suspectedDrunkDriving\n      suspectedDrugDriving\n      peopleReached\n      findings\n    }\n    ...ActivityDetails\n  }\n": typeof types.ActivityFormFieldsFragmentDoc,
    "\n  query ActivityFormQuery($id: ID!) {\n    activity(id: $id) {\n      ...ActivityFormFields\n    }\n  }\n": typeof types.ActivityFormQueryDocument,
    "\n  mutation CreateActivityMutation($input: ActivityInput!) {\n    createActivity(input: $input) {\n      ...ActivityFormFields\n    }\n  }\n": typeof types.CreateActivityMutationDocument,
    "\n  mutation UpdateActivityMutation($id: ID!, $version: Int!, $input: ActivityInput!) {\n    updateActivity(id: $id, version: $version, input: $input) {\n      ...ActivityFormFields\n    }\n  }\n": typeof types.UpdateActivityMutationDocument,
    "\n  mutation DeleteActivityMutation($id: ID!, $version: Int!) {\n    deleteActivity(id: $id, version: $version)\n  }\n": typeof types.DeleteActivityMutationDocument,
    "\n  mutation UndoDeleteActivityMutation($id: ID!) {\n    undoDeleteActivity(id: $id) {\n      ...ActivityFormFields\n    }\n  }\n": typeof types.UndoDeleteActivityMutationDocument,
    "\n  fragment FieldPlace on Place {\n    id\n    name\n    kind\n    lat\n    lng\n    radiusM\n  }\n": typeof types.FieldPlaceFragmentDoc,
    "\n  query FieldPlacesQuery {\n    places(kinds: [TOWN, VILLAGE]) {\n      ...FieldPlace\n    }\n  }\n": typeof types.FieldPlacesQueryDocument,
    "\n  mutation CreatePromisePeriodMutation($input: PromisePeriodInput!) {\n    createPromisePeriod(input: $input) {\n      id\n      name\n      startYear\n      endYear\n    }\n  }\n": typeof types.CreatePromisePeriodMutationDocument,
    "\n  query FollowUpPeriodsQuery {\n    promisePeriods {\n      id\n      name\n      startYear\n      endYear\n    }\n  }\n": typeof types.FollowUpPeriodsQueryDocument,
    "\n  fragment FollowUpResult on PromiseResult {\n    targetId\n    label\n    measure\n    actual\n    target\n    status\n    explanation\n    explanationEn: explanation(language: EN)\n    forecast\n    cadence {\n      met\n      villages\n      visitsPerPeriod\n      period\n      exceptions\n    }\n    promise {\n      id\n      number\n      title\n    }\n  }\n": typeof types.FollowUpResultFragmentDoc,
    "\n  query FollowUpRouteQuery($year: Int!, $organisations: [Organisation!], $asOf: String) {\n    followUp(year: $year, organisations: $organisations, asOf: $asOf) {\n      year\n      inProgress\n      asOf\n      total\n      period {\n        id\n        name\n        startYear\n        endYear\n      }\n      promises {\n        ...FollowUpResult\n        label\n        hours\n        activitiesWithoutEnd\n        promise {\n          number\n          title\n        }\n      }\n      timeSpent {\n        ...TimeSpentSection\n      }\n      byMonth {\n        month\n        count\n      }\n      villagesReached {\n        count\n        place {\n          id\n          name\n          lat\n          lng\n          ...PlacesLayerPlace\n        }\n      }\n      villagesNotReached {\n        id\n        name\n        lat\n        lng\n        ...PlacesLayerPlace\n      }\n      previous {\n        year\n        promises {\n          ...FollowUpResult\n        }\n      }\n    }\n  }\n": typeof types.FollowUpRouteQueryDocument,
    "\n  fragment TimeSpentSection on TimeSpent {\n    hours\n    withoutEnd\n    byKind {\n      kind\n      hours\n      withoutEnd\n    }\n    byOrganisation {\n      organisation\n      hours\n      withoutEnd\n    }\n  }\n": typeof types.TimeSpentSectionFragmentDoc,
    "\n  query FollowUpCsvQuery($year: Int!, $organisations: [Organisation!], $asOf: String) {\n    followUpCsv(year: $year, organisations: $organisations, asOf: $asOf)\n  }\n": typeof types.FollowUpCsvQueryDocument,
    "\n  query FollowUpTimeCsvQuery($year: Int!, $organisations: [Organisation!], $asOf: String) {\n    followUpTimeCsv(year: $year, organisations: $organisations, asOf: $asOf)\n  }\n": typeof types.FollowUpTimeCsvQueryDocument,
    "\n  query ActivitiesCsvQuery($filter: ActivityFilter) {\n    activitiesCsv(filter: $filter)\n  }\n": typeof types.ActivitiesCsvQueryDocument,
    "\n  query FollowUpTrendQuery($year: Int!, $organisations: [Organisation!], $asOf: String) {\n    followUp(year: $year, organisations: $organisations, asOf: $asOf) {\n      year\n      total\n      byKind {\n        kind\n        count\n      }\n      byZone {\n        zone\n        count\n        share\n      }\n    }\n  }\n": typeof types.FollowUpTrendQueryDocument,
    "\n  fragment ImportBatchRow on ImportBatch {\n    id\n    fileName\n    createdAt\n    createdBy\n    createdByName\n    rowCount\n    insertedCount\n    duplicateCount\n    refusedCount\n    activeCount\n    undoneAt\n    undoneBy\n  }\n": typeof types.ImportBatchRowFragmentDoc,
    "\n  query ImportBatchesQuery {\n    importBatches {\n      id\n      ...ImportBatchRow\n    }\n  }\n": typeof types.ImportBatchesQueryDocument,
    "\n  mutation UndoImportBatchMutation($id: ID!) {\n    undoImportBatch(id: $id) {\n      deleted\n      batch {\n        id\n        activeCount\n        undoneAt\n        undoneBy\n      }\n    }\n  }\n": typeof types.UndoImportBatchMutationDocument,
    "\n  fragment ActivityLayerActivity on Activity {\n    id\n    lat\n    lng\n    kind\n    status\n    priorityAreas\n    title\n    startsAt\n  }\n": typeof types.ActivityLayerActivityFragmentDoc,
    "\n  query ActivityPopupQuery($id: ID!) {\n    activity(id: $id) {\n      id\n      organisation\n      status\n      ...ActivityDetails\n    }\n  }\n": typeof types.ActivityPopupQueryDocument,
    "\n  fragment PlacesLayerPlace on Place {\n    id\n    name\n    samiName\n    kind\n    lat\n    lng\n    population\n  }\n": typeof types.PlacesLayerPlaceFragmentDoc,
    "\n  query ActivityClustersQuery($filter: ActivityFilter, $bbox: BBoxInput!, $zoom: Int!) {\n    activityClusters(filter: $filter, bbox: $bbox, zoom: $zoom) {\n      total\n      clusters {\n        lat\n        lng\n        count\n        activityId\n        byKind {\n          kind\n          count\n        }\n      }\n    }\n  }\n": typeof types.ActivityClustersQueryDocument,
    "\n  query MapRouteQuery {\n    mapConfig {\n      tileUrl\n      tileAttribution\n    }\n    municipality {\n      code\n      name\n      samiName\n      center {\n        lat\n        lng\n      }\n      boundary\n    }\n    places(kinds: [TOWN, VILLAGE]) {\n      id\n      kind\n      lat\n      lng\n      ...PlacesLayerPlace\n    }\n    promisePeriods {\n      id\n      startYear\n      endYear\n    }\n  }\n": typeof types.MapRouteQueryDocument,
    "\n  query MapActivitiesQuery($filter: ActivityFilter, $first: Int, $after: String) {\n    activities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          status\n          priorityAreas\n          lat\n          lng\n          ...ActivityLayerActivity\n        }\n      }\n    }\n  }\n": typeof types.MapActivitiesQueryDocument,
    "\n  fragment SinceViewMeeting on Meeting {\n    id\n    heldOn\n    note\n  }\n": typeof types.SinceViewMeetingFragmentDoc,
    "\n  query MeetingsQuery {\n    meetings {\n      ...SinceViewMeeting\n    }\n  }\n": typeof types.MeetingsQueryDocument,
    "\n  fragment SinceChanges on MeetingChanges {\n    since\n    total\n    byKind {\n      kind\n      count\n    }\n    byArea {\n      area\n      count\n    }\n    villagesNewlyReached {\n      id\n      name\n    }\n    promiseYear\n    promiseChanges {\n      targetId\n      label\n      statusBefore\n      statusAfter\n      promise {\n        id\n        number\n      }\n    }\n  }\n": typeof types.SinceChangesFragmentDoc,
    "\n  query MeetingChangesQuery($since: String!) {\n    meetingChanges(since: $since) {\n      ...SinceChanges\n    }\n  }\n": typeof types.MeetingChangesQueryDocument,
    "\n  mutation RecordMeetingMutation($heldOn: String!) {\n    recordMeeting(heldOn: $heldOn) {\n      ...SinceViewMeeting\n    }\n  }\n": typeof types.RecordMeetingMutationDocument,
    "\n  fragment YearStoryFollowUp on FollowUp {\n    year\n    inProgress\n    period {\n      id\n    }\n    promises {\n      targetId\n      status\n      explanation\n      forecast\n      measure\n      promise {\n        id\n        priorityArea\n      }\n    }\n  }\n": typeof types.YearStoryFollowUpFragmentDoc,
    "\n  fragment YearStoryCoverage on Coverage {\n    total\n    byZone {\n      zone\n      count\n    }\n    places {\n      count\n      place {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.YearStoryCoverageFragmentDoc,
    "\n  query MeetingStoryQuery($year: Int!, $filter: ActivityFilter) {\n    followUp(year: $year) {\n      ...YearStoryFollowUp\n    }\n    coverage(filter: $filter) {\n      ...YearStoryCoverage\n    }\n  }\n": typeof types.MeetingStoryQueryDocument,
    "\n  mutation FieldQueueSendMutation($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n": typeof types.FieldQueueSendMutationDocument,
    "\n  query PlanningDueQuery($asOf: DateTime) {\n    planningDue(asOf: $asOf) {\n      asOf\n      periodStart\n      periodEnd\n      cadence {\n        id\n        label\n        target\n        cadencePeriod\n      }\n      start {\n        id\n        name\n        lat\n        lng\n      }\n      villages {\n        place {\n          id\n          name\n          lat\n          lng\n        }\n        visitsPerPeriod\n        visitsInPeriod\n        lastVisitAt\n        daysSince\n        dueAt\n        daysUntilDue\n        overdue\n        nextPlannedAt\n      }\n    }\n  }\n": typeof types.PlanningDueQueryDocument,
    "\n  query PublicFollowUpRouteQuery($year: Int!) {\n    publicFollowUp(year: $year) {\n      year\n      ...PublicTotalsParts\n      periodName\n      inProgress\n      smallVillageLimit\n      previous {\n        year\n        ...PublicTotalsParts\n      }\n      promises {\n        number\n        promiseTitle\n        label\n        measure\n        actual\n        target\n        status\n        explanation\n        explanationEn: explanation(language: EN)\n        previousActual\n      }\n      byMonth {\n        month\n        count\n      }\n      villages {\n        name\n        samiName\n        lat\n        lng\n        reached\n        count\n        previousReached\n        previousCount\n      }\n    }\n  }\n": typeof types.PublicFollowUpRouteQueryDocument,
    "\n  fragment PublicTotalsParts on PublicTotals {\n    year\n    total\n    inTown\n    inVillages\n    elsewhere\n    targetedOperations\n  }\n": typeof types.PublicTotalsPartsFragmentDoc,
    "\n  query PublicMapQuery {\n    publicMap {\n      boundary\n      tileUrl\n      tileAttribution\n    }\n  }\n": typeof types.PublicMapQueryDocument,
    "\n  query ActivityTableQuery($filter: ActivityFilter, $first: Int, $after: String, $orderBy: ActivityOrder) {\n    activities(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...ActivityRow\n        }\n      }\n    }\n  }\n": typeof types.ActivityTableQueryDocument,
    "\n  fragment ActivityRow on Activity {\n    id\n    kind\n    organisation\n    status\n    priorityAreas\n    startsAt\n    zone\n    title\n    lat\n    lng\n    place {\n      ...PlaceNameFields\n    }\n    outcome {\n      ...OutcomeText\n    }\n  }\n": typeof types.ActivityRowFragmentDoc,
};
const documents: Documents = {
    "\n  fragment OutcomeText on ActivityOutcome {\n    vehiclesChecked\n    breathTests\n    suspectedDrunkDriving\n    suspectedDrugDriving\n    peopleReached\n    findings\n  }\n": types.OutcomeTextFragmentDoc,
    "\n  fragment PlaceNameFields on Place {\n    name\n    samiName\n  }\n": types.PlaceNameFieldsFragmentDoc,
    "\n  fragment ActivityDetails on Activity {\n    id\n    kind\n    organisation\n    status\n    priorityAreas\n    startsAt\n    zone\n    title\n    place {\n      ...PlaceNameFields\n    }\n    outcome {\n      ...OutcomeText\n    }\n  }\n": types.ActivityDetailsFragmentDoc,
    "\n  query AuditLogQuery($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          at\n          actor\n          action\n          entity\n          entityId\n          details\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditLogQueryDocument,
    "\n  query AuditLogUsersQuery {\n    users {\n      id\n      username\n      displayName\n    }\n  }\n": types.AuditLogUsersQueryDocument,
    "\n  query DeletedActivitiesQuery {\n    deletedActivityLog {\n      deletedAt\n      deletedBy\n      deletedByName\n      activity {\n        id\n        kind\n        organisation\n        title\n        startsAt\n        place {\n          ...PlaceNameFields\n        }\n      }\n    }\n  }\n": types.DeletedActivitiesQueryDocument,
    "\n  mutation RestoreActivityMutation($id: ID!) {\n    restoreActivity(id: $id) {\n      ...ActivityDetails\n      version\n    }\n  }\n": types.RestoreActivityMutationDocument,
    "\n  fragment PlacesAdminPlace on Place {\n    id\n    name\n    samiName\n    kind\n    schoolLevel\n    lat\n    lng\n    population\n    radiusM\n    ...PlacesLayerPlace\n  }\n": types.PlacesAdminPlaceFragmentDoc,
    "\n  query PlacesAdminQuery {\n    places {\n      ...PlacesAdminPlace\n    }\n    mapConfig {\n      tileUrl\n      tileAttribution\n    }\n    municipality {\n      code\n      boundary\n      center {\n        lat\n        lng\n      }\n    }\n  }\n": types.PlacesAdminQueryDocument,
    "\n  mutation UpsertPlaceMutation($input: PlaceInput!) {\n    upsertPlace(input: $input) {\n      ...PlacesAdminPlace\n    }\n  }\n": types.UpsertPlaceMutationDocument,
    "\n  fragment TargetsAdminPromise on Promise {\n    id\n    number\n    title\n    targets {\n      id\n      label\n      measure\n      target\n      kinds\n      priorityAreas\n      placeKind\n      schoolLevel\n      cadencePeriod\n      villageExceptions {\n        placeId\n        visits\n      }\n    }\n  }\n": types.TargetsAdminPromiseFragmentDoc,
    "\n  query TargetsAdminQuery {\n    villages: places(kinds: [VILLAGE]) {\n      id\n      name\n    }\n    promisePeriods {\n      id\n      name\n      promises {\n        id\n        ...TargetsAdminPromise\n      }\n    }\n  }\n": types.TargetsAdminQueryDocument,
    "\n  mutation SetPromiseTargetMutation($promiseId: ID!, $target: PromiseTargetInput!) {\n    setPromiseTarget(promiseId: $promiseId, target: $target) {\n      ...TargetsAdminPromise\n    }\n  }\n": types.SetPromiseTargetMutationDocument,
    "\n  mutation UpdatePromiseTargetMutation($id: ID!, $target: PromiseTargetInput!) {\n    updatePromiseTarget(id: $id, target: $target) {\n      ...TargetsAdminPromise\n    }\n  }\n": types.UpdatePromiseTargetMutationDocument,
    "\n  mutation DeletePromiseTargetMutation($id: ID!) {\n    deletePromiseTarget(id: $id) {\n      ...TargetsAdminPromise\n    }\n  }\n": types.DeletePromiseTargetMutationDocument,
    "\n  fragment UsersAdminUser on User {\n    id\n    username\n    displayName\n    role\n    active\n  }\n": types.UsersAdminUserFragmentDoc,
    "\n  query UsersAdminQuery {\n    users {\n      ...UsersAdminUser\n    }\n  }\n": types.UsersAdminQueryDocument,
    "\n  mutation CreateUserMutation($input: UserInput!) {\n    createUser(input: $input) {\n      ...UsersAdminUser\n    }\n  }\n": types.CreateUserMutationDocument,
    "\n  mutation UpdateUserMutation($id: ID!, $input: UserUpdateInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UsersAdminUser\n    }\n  }\n": types.UpdateUserMutationDocument,
    "\n  fragment SessionUser on User {\n    id\n    username\n    displayName\n    role\n  }\n": types.SessionUserFragmentDoc,
    "\n  query SessionQuery {\n    me {\n      # The device's copy of the cache is kept under this id (web/src/pwa), outside any component.\n      id\n      ...SessionUser\n    }\n  }\n": types.SessionQueryDocument,
    "\n  mutation SignInMutation($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      id\n      ...SessionUser\n    }\n  }\n": types.SignInMutationDocument,
    "\n  mutation SignOutMutation {\n    logout\n  }\n": types.SignOutMutationDocument,
    "\n  query PlaceActivitiesQuery($filter: ActivityFilter, $first: Int) {\n    activities(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...PlaceActivityItem\n        }\n      }\n    }\n  }\n": types.PlaceActivitiesQueryDocument,
    "\n  fragment PlaceActivityItem on Activity {\n    id\n    kind\n    organisation\n    status\n    priorityAreas\n    startsAt\n    lat\n    lng\n  }\n": types.PlaceActivityItemFragmentDoc,
    "\n  fragment PlaceCoverageRow on PlaceCoverage {\n    count\n    lastDoneAt\n    daysSinceLastDone\n    nextPlannedAt\n    daysUntilNextPlanned\n    byKind {\n      kind\n      count\n    }\n    place {\n      id\n      name\n      samiName\n      kind\n    }\n  }\n": types.PlaceCoverageRowFragmentDoc,
    "\n  fragment ZoneSplitFields on Coverage {\n    total\n    byZone {\n      zone\n      count\n      share\n    }\n  }\n": types.ZoneSplitFieldsFragmentDoc,
    "\n  query CoverageComparisonQuery($filter: ActivityFilter, $yearA: Int!, $yearB: Int!) {\n    coverageComparison(filter: $filter, yearA: $yearA, yearB: $yearB) {\n      yearA\n      yearB\n      totalA\n      totalB\n      byZone {\n        zone\n        countA\n        shareA\n        countB\n        shareB\n        change\n      }\n      places {\n        countA\n        countB\n        change\n        place {\n          id\n          name\n          samiName\n          kind\n          lat\n          lng\n        }\n      }\n      onlyInA {\n        id\n        name\n      }\n      onlyInB {\n        id\n        name\n      }\n    }\n  }\n": types.CoverageComparisonQueryDocument,
    "\n  query CoverageQuery($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      ...ZoneSplitFields\n      places {\n        ...PlaceCoverageRow\n        count\n        lastDoneAt\n        daysSinceLastDone\n        nextPlannedAt\n        daysUntilNextPlanned\n        byKind {\n          kind\n          count\n        }\n        place {\n          id\n          name\n          samiName\n          kind\n          lat\n          lng\n        }\n      }\n      unvisited {\n        id\n      }\n    }\n  }\n": types.CoverageQueryDocument,
    "\n  query EditingPlacesQuery {\n    places {\n      id\n      name\n      kind\n    }\n  }\n": types.EditingPlacesQueryDocument,
    "\n  fragment ActivityFormFields on Activity {\n    id\n    kind\n    organisation\n    status\n    priorityAreas\n    startsAt\n    endsAt\n    lat\n    lng\n    title\n    notes\n    version\n    place {\n      id\n      lat\n      lng\n    }\n    outcome {\n      vehiclesChecked\n      breathTests\n      suspectedDrunkDriving\n      suspectedDrugDriving\n      peopleReached\n      findings\n    }\n    ...ActivityDetails\n  }\n": types.ActivityFormFieldsFragmentDoc,
    "\n  query ActivityFormQuery($id: ID!) {\n    activity(id: $id) {\n      ...ActivityFormFields\n    }\n  }\n": types.ActivityFormQueryDocument,
    "\n  mutation CreateActivityMutation($input: ActivityInput!) {\n    createActivity(input: $input) {\n      ...ActivityFormFields\n    }\n  }\n": types.CreateActivityMutationDocument,
    "\n  mutation UpdateActivityMutation($id: ID!, $version: Int!, $input: ActivityInput!) {\n    updateActivity(id: $id, version: $version, input: $input) {\n      ...ActivityFormFields\n    }\n  }\n": types.UpdateActivityMutationDocument,
    "\n  mutation DeleteActivityMutation($id: ID!, $version: Int!) {\n    deleteActivity(id: $id, version: $version)\n  }\n": types.DeleteActivityMutationDocument,
    "\n  mutation UndoDeleteActivityMutation($id: ID!) {\n    undoDeleteActivity(id: $id) {\n      ...ActivityFormFields\n    }\n  }\n": types.UndoDeleteActivityMutationDocument,
    "\n  fragment FieldPlace on Place {\n    id\n    name\n    kind\n    lat\n    lng\n    radiusM\n  }\n": types.FieldPlaceFragmentDoc,
    "\n  query FieldPlacesQuery {\n    places(kinds: [TOWN, VILLAGE]) {\n      ...FieldPlace\n    }\n  }\n": types.FieldPlacesQueryDocument,
    "\n  mutation CreatePromisePeriodMutation($input: PromisePeriodInput!) {\n    createPromisePeriod(input: $input) {\n      id\n      name\n      startYear\n      endYear\n    }\n  }\n": types.CreatePromisePeriodMutationDocument,
    "\n  query FollowUpPeriodsQuery {\n    promisePeriods {\n      id\n      name\n      startYear\n      endYear\n    }\n  }\n": types.FollowUpPeriodsQueryDocument,
    "\n  fragment FollowUpResult on PromiseResult {\n    targetId\n    label\n    measure\n    actual\n    target\n    status\n    explanation\n    explanationEn: explanation(language: EN)\n    forecast\n    cadence {\n      met\n      villages\n      visitsPerPeriod\n      period\n      exceptions\n    }\n    promise {\n      id\n      number\n      title\n    }\n  }\n": types.FollowUpResultFragmentDoc,
    "\n  query FollowUpRouteQuery($year: Int!, $organisations: [Organisation!], $asOf: String) {\n    followUp(year: $year, organisations: $organisations, asOf: $asOf) {\n      year\n      inProgress\n      asOf\n      total\n      period {\n        id\n        name\n        startYear\n        endYear\n      }\n      promises {\n        ...FollowUpResult\n        label\n        hours\n        activitiesWithoutEnd\n        promise {\n          number\n          title\n        }\n      }\n      timeSpent {\n        ...TimeSpentSection\n      }\n      byMonth {\n        month\n        count\n      }\n      villagesReached {\n        count\n        place {\n          id\n          name\n          lat\n          lng\n          ...PlacesLayerPlace\n        }\n      }\n      villagesNotReached {\n        id\n        name\n        lat\n        lng\n        ...PlacesLayerPlace\n      }\n      previous {\n        year\n        promises {\n          ...FollowUpResult\n        }\n      }\n    }\n  }\n": types.FollowUpRouteQueryDocument,
    "\n  fragment TimeSpentSection on TimeSpent {\n    hours\n    withoutEnd\n    byKind {\n      kind\n      hours\n      withoutEnd\n    }\n    byOrganisation {\n      organisation\n      hours\n      withoutEnd\n    }\n  }\n": types.TimeSpentSectionFragmentDoc,
    "\n  query FollowUpCsvQuery($year: Int!, $organisations: [Organisation!], $asOf: String) {\n    followUpCsv(year: $year, organisations: $organisations, asOf: $asOf)\n  }\n": types.FollowUpCsvQueryDocument,
    "\n  query FollowUpTimeCsvQuery($year: Int!, $organisations: [Organisation!], $asOf: String) {\n    followUpTimeCsv(year: $year, organisations: $organisations, asOf: $asOf)\n  }\n": types.FollowUpTimeCsvQueryDocument,
    "\n  query ActivitiesCsvQuery($filter: ActivityFilter) {\n    activitiesCsv(filter: $filter)\n  }\n": types.ActivitiesCsvQueryDocument,
    "\n  query FollowUpTrendQuery($year: Int!, $organisations: [Organisation!], $asOf: String) {\n    followUp(year: $year, organisations: $organisations, asOf: $asOf) {\n      year\n      total\n      byKind {\n        kind\n        count\n      }\n      byZone {\n        zone\n        count\n        share\n      }\n    }\n  }\n": types.FollowUpTrendQueryDocument,
    "\n  fragment ImportBatchRow on ImportBatch {\n    id\n    fileName\n    createdAt\n    createdBy\n    createdByName\n    rowCount\n    insertedCount\n    duplicateCount\n    refusedCount\n    activeCount\n    undoneAt\n    undoneBy\n  }\n": types.ImportBatchRowFragmentDoc,
    "\n  query ImportBatchesQuery {\n    importBatches {\n      id\n      ...ImportBatchRow\n    }\n  }\n": types.ImportBatchesQueryDocument,
    "\n  mutation UndoImportBatchMutation($id: ID!) {\n    undoImportBatch(id: $id) {\n      deleted\n      batch {\n        id\n        activeCount\n        undoneAt\n        undoneBy\n      }\n    }\n  }\n": types.UndoImportBatchMutationDocument,
    "\n  fragment ActivityLayerActivity on Activity {\n    id\n    lat\n    lng\n    kind\n    status\n    priorityAreas\n    title\n    startsAt\n  }\n": types.ActivityLayerActivityFragmentDoc,
    "\n  query ActivityPopupQuery($id: ID!) {\n    activity(id: $id) {\n      id\n      organisation\n      status\n      ...ActivityDetails\n    }\n  }\n": types.ActivityPopupQueryDocument,
    "\n  fragment PlacesLayerPlace on Place {\n    id\n    name\n    samiName\n    kind\n    lat\n    lng\n    population\n  }\n": types.PlacesLayerPlaceFragmentDoc,
    "\n  query ActivityClustersQuery($filter: ActivityFilter, $bbox: BBoxInput!, $zoom: Int!) {\n    activityClusters(filter: $filter, bbox: $bbox, zoom: $zoom) {\n      total\n      clusters {\n        lat\n        lng\n        count\n        activityId\n        byKind {\n          kind\n          count\n        }\n      }\n    }\n  }\n": types.ActivityClustersQueryDocument,
    "\n  query MapRouteQuery {\n    mapConfig {\n      tileUrl\n      tileAttribution\n    }\n    municipality {\n      code\n      name\n      samiName\n      center {\n        lat\n        lng\n      }\n      boundary\n    }\n    places(kinds: [TOWN, VILLAGE]) {\n      id\n      kind\n      lat\n      lng\n      ...PlacesLayerPlace\n    }\n    promisePeriods {\n      id\n      startYear\n      endYear\n    }\n  }\n": types.MapRouteQueryDocument,
    "\n  query MapActivitiesQuery($filter: ActivityFilter, $first: Int, $after: String) {\n    activities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          status\n          priorityAreas\n          lat\n          lng\n          ...ActivityLayerActivity\n        }\n      }\n    }\n  }\n": types.MapActivitiesQueryDocument,
    "\n  fragment SinceViewMeeting on Meeting {\n    id\n    heldOn\n    note\n  }\n": types.SinceViewMeetingFragmentDoc,
    "\n  query MeetingsQuery {\n    meetings {\n      ...SinceViewMeeting\n    }\n  }\n": types.MeetingsQueryDocument,
    "\n  fragment SinceChanges on MeetingChanges {\n    since\n    total\n    byKind {\n      kind\n      count\n    }\n    byArea {\n      area\n      count\n    }\n    villagesNewlyReached {\n      id\n      name\n    }\n    promiseYear\n    promiseChanges {\n      targetId\n      label\n      statusBefore\n      statusAfter\n      promise {\n        id\n        number\n      }\n    }\n  }\n": types.SinceChangesFragmentDoc,
    "\n  query MeetingChangesQuery($since: String!) {\n    meetingChanges(since: $since) {\n      ...SinceChanges\n    }\n  }\n": types.MeetingChangesQueryDocument,
    "\n  mutation RecordMeetingMutation($heldOn: String!) {\n    recordMeeting(heldOn: $heldOn) {\n      ...SinceViewMeeting\n    }\n  }\n": types.RecordMeetingMutationDocument,
    "\n  fragment YearStoryFollowUp on FollowUp {\n    year\n    inProgress\n    period {\n      id\n    }\n    promises {\n      targetId\n      status\n      explanation\n      forecast\n      measure\n      promise {\n        id\n        priorityArea\n      }\n    }\n  }\n": types.YearStoryFollowUpFragmentDoc,
    "\n  fragment YearStoryCoverage on Coverage {\n    total\n    byZone {\n      zone\n      count\n    }\n    places {\n      count\n      place {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.YearStoryCoverageFragmentDoc,
    "\n  query MeetingStoryQuery($year: Int!, $filter: ActivityFilter) {\n    followUp(year: $year) {\n      ...YearStoryFollowUp\n    }\n    coverage(filter: $filter) {\n      ...YearStoryCoverage\n    }\n  }\n": types.MeetingStoryQueryDocument,
    "\n  mutation FieldQueueSendMutation($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n": types.FieldQueueSendMutationDocument,
    "\n  query PlanningDueQuery($asOf: DateTime) {\n    planningDue(asOf: $asOf) {\n      asOf\n      periodStart\n      periodEnd\n      cadence {\n        id\n        label\n        target\n        cadencePeriod\n      }\n      start {\n        id\n        name\n        lat\n        lng\n      }\n      villages {\n        place {\n          id\n          name\n          lat\n          lng\n        }\n        visitsPerPeriod\n        visitsInPeriod\n        lastVisitAt\n        daysSince\n        dueAt\n        daysUntilDue\n        overdue\n        nextPlannedAt\n      }\n    }\n  }\n": types.PlanningDueQueryDocument,
    "\n  query PublicFollowUpRouteQuery($year: Int!) {\n    publicFollowUp(year: $year) {\n      year\n      ...PublicTotalsParts\n      periodName\n      inProgress\n      smallVillageLimit\n      previous {\n        year\n        ...PublicTotalsParts\n      }\n      promises {\n        number\n        promiseTitle\n        label\n        measure\n        actual\n        target\n        status\n        explanation\n        explanationEn: explanation(language: EN)\n        previousActual\n      }\n      byMonth {\n        month\n        count\n      }\n      villages {\n        name\n        samiName\n        lat\n        lng\n        reached\n        count\n        previousReached\n        previousCount\n      }\n    }\n  }\n": types.PublicFollowUpRouteQueryDocument,
    "\n  fragment PublicTotalsParts on PublicTotals {\n    year\n    total\n    inTown\n    inVillages\n    elsewhere\n    targetedOperations\n  }\n": types.PublicTotalsPartsFragmentDoc,
    "\n  query PublicMapQuery {\n    publicMap {\n      boundary\n      tileUrl\n      tileAttribution\n    }\n  }\n": types.PublicMapQueryDocument,
    "\n  query ActivityTableQuery($filter: ActivityFilter, $first: Int, $after: String, $orderBy: ActivityOrder) {\n    activities(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...ActivityRow\n        }\n      }\n    }\n  }\n": types.ActivityTableQueryDocument,
    "\n  fragment ActivityRow on Activity {\n    id\n    kind\n    organisation\n    status\n    priorityAreas\n    startsAt\n    zone\n    title\n    lat\n    lng\n    place {\n      ...PlaceNameFields\n    }\n    outcome {\n      ...OutcomeText\n    }\n  }\n": types.ActivityRowFragmentDoc,
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
export function graphql(source: "\n  fragment OutcomeText on ActivityOutcome {\n    vehiclesChecked\n    breathTests\n    suspectedDrunkDriving\n    suspectedDrugDriving\n    peopleReached\n    findings\n  }\n"): (typeof documents)["\n  fragment OutcomeText on ActivityOutcome {\n    vehiclesChecked\n    breathTests\n    suspectedDrunkDriving\n    suspectedDrugDriving\n    peopleReached\n    findings\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlaceNameFields on Place {\n    name\n    samiName\n  }\n"): (typeof documents)["\n  fragment PlaceNameFields on Place {\n    name\n    samiName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityDetails on Activity {\n    id\n    kind\n    organisation\n    status\n    priorityAreas\n    startsAt\n    zone\n    title\n    place {\n      ...PlaceNameFields\n    }\n    outcome {\n      ...OutcomeText\n    }\n  }\n"): (typeof documents)["\n  fragment ActivityDetails on Activity {\n    id\n    kind\n    organisation\n    status\n    priorityAreas\n    startsAt\n    zone\n    title\n    place {\n      ...PlaceNameFields\n    }\n    outcome {\n      ...OutcomeText\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogQuery($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          at\n          actor\n          action\n          entity\n          entityId\n          details\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogQuery($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          at\n          actor\n          action\n          entity\n          entityId\n          details\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogUsersQuery {\n    users {\n      id\n      username\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query AuditLogUsersQuery {\n    users {\n      id\n      username\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeletedActivitiesQuery {\n    deletedActivityLog {\n      deletedAt\n      deletedBy\n      deletedByName\n      activity {\n        id\n        kind\n        organisation\n        title\n        startsAt\n        place {\n          ...PlaceNameFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeletedActivitiesQuery {\n    deletedActivityLog {\n      deletedAt\n      deletedBy\n      deletedByName\n      activity {\n        id\n        kind\n        organisation\n        title\n        startsAt\n        place {\n          ...PlaceNameFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreActivityMutation($id: ID!) {\n    restoreActivity(id: $id) {\n      ...ActivityDetails\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreActivityMutation($id: ID!) {\n    restoreActivity(id: $id) {\n      ...ActivityDetails\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlacesAdminPlace on Place {\n    id\n    name\n    samiName\n    kind\n    schoolLevel\n    lat\n    lng\n    population\n    radiusM\n    ...PlacesLayerPlace\n  }\n"): (typeof documents)["\n  fragment PlacesAdminPlace on Place {\n    id\n    name\n    samiName\n    kind\n    schoolLevel\n    lat\n    lng\n    population\n    radiusM\n    ...PlacesLayerPlace\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlacesAdminQuery {\n    places {\n      ...PlacesAdminPlace\n    }\n    mapConfig {\n      tileUrl\n      tileAttribution\n    }\n    municipality {\n      code\n      boundary\n      center {\n        lat\n        lng\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlacesAdminQuery {\n    places {\n      ...PlacesAdminPlace\n    }\n    mapConfig {\n      tileUrl\n      tileAttribution\n    }\n    municipality {\n      code\n      boundary\n      center {\n        lat\n        lng\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertPlaceMutation($input: PlaceInput!) {\n    upsertPlace(input: $input) {\n      ...PlacesAdminPlace\n    }\n  }\n"): (typeof documents)["\n  mutation UpsertPlaceMutation($input: PlaceInput!) {\n    upsertPlace(input: $input) {\n      ...PlacesAdminPlace\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TargetsAdminPromise on Promise {\n    id\n    number\n    title\n    targets {\n      id\n      label\n      measure\n      target\n      kinds\n      priorityAreas\n      placeKind\n      schoolLevel\n      cadencePeriod\n      villageExceptions {\n        placeId\n        visits\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TargetsAdminPromise on Promise {\n    id\n    number\n    title\n    targets {\n      id\n      label\n      measure\n      target\n      kinds\n      priorityAreas\n      placeKind\n      schoolLevel\n      cadencePeriod\n      villageExceptions {\n        placeId\n        visits\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetsAdminQuery {\n    villages: places(kinds: [VILLAGE]) {\n      id\n      name\n    }\n    promisePeriods {\n      id\n      name\n      promises {\n        id\n        ...TargetsAdminPromise\n      }\n    }\n  }\n"): (typeof documents)["\n  query TargetsAdminQuery {\n    villages: places(kinds: [VILLAGE]) {\n      id\n      name\n    }\n    promisePeriods {\n      id\n      name\n      promises {\n        id\n        ...TargetsAdminPromise\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPromiseTargetMutation($promiseId: ID!, $target: PromiseTargetInput!) {\n    setPromiseTarget(promiseId: $promiseId, target: $target) {\n      ...TargetsAdminPromise\n    }\n  }\n"): (typeof documents)["\n  mutation SetPromiseTargetMutation($promiseId: ID!, $target: PromiseTargetInput!) {\n    setPromiseTarget(promiseId: $promiseId, target: $target) {\n      ...TargetsAdminPromise\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePromiseTargetMutation($id: ID!, $target: PromiseTargetInput!) {\n    updatePromiseTarget(id: $id, target: $target) {\n      ...TargetsAdminPromise\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePromiseTargetMutation($id: ID!, $target: PromiseTargetInput!) {\n    updatePromiseTarget(id: $id, target: $target) {\n      ...TargetsAdminPromise\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePromiseTargetMutation($id: ID!) {\n    deletePromiseTarget(id: $id) {\n      ...TargetsAdminPromise\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePromiseTargetMutation($id: ID!) {\n    deletePromiseTarget(id: $id) {\n      ...TargetsAdminPromise\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UsersAdminUser on User {\n    id\n    username\n    displayName\n    role\n    active\n  }\n"): (typeof documents)["\n  fragment UsersAdminUser on User {\n    id\n    username\n    displayName\n    role\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersAdminQuery {\n    users {\n      ...UsersAdminUser\n    }\n  }\n"): (typeof documents)["\n  query UsersAdminQuery {\n    users {\n      ...UsersAdminUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUserMutation($input: UserInput!) {\n    createUser(input: $input) {\n      ...UsersAdminUser\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUserMutation($input: UserInput!) {\n    createUser(input: $input) {\n      ...UsersAdminUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUserMutation($id: ID!, $input: UserUpdateInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UsersAdminUser\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUserMutation($id: ID!, $input: UserUpdateInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UsersAdminUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    username\n    displayName\n    role\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    username\n    displayName\n    role\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionQuery {\n    me {\n      # The device's copy of the cache is kept under this id (web/src/pwa), outside any component.\n      id\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  query SessionQuery {\n    me {\n      # The device's copy of the cache is kept under this id (web/src/pwa), outside any component.\n      id\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInMutation($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      id\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  mutation SignInMutation($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      id\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutMutation {\n    logout\n  }\n"): (typeof documents)["\n  mutation SignOutMutation {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaceActivitiesQuery($filter: ActivityFilter, $first: Int) {\n    activities(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...PlaceActivityItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlaceActivitiesQuery($filter: ActivityFilter, $first: Int) {\n    activities(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...PlaceActivityItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlaceActivityItem on Activity {\n    id\n    kind\n    organisation\n    status\n    priorityAreas\n    startsAt\n    lat\n    lng\n  }\n"): (typeof documents)["\n  fragment PlaceActivityItem on Activity {\n    id\n    kind\n    organisation\n    status\n    priorityAreas\n    startsAt\n    lat\n    lng\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlaceCoverageRow on PlaceCoverage {\n    count\n    lastDoneAt\n    daysSinceLastDone\n    nextPlannedAt\n    daysUntilNextPlanned\n    byKind {\n      kind\n      count\n    }\n    place {\n      id\n      name\n      samiName\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment PlaceCoverageRow on PlaceCoverage {\n    count\n    lastDoneAt\n    daysSinceLastDone\n    nextPlannedAt\n    daysUntilNextPlanned\n    byKind {\n      kind\n      count\n    }\n    place {\n      id\n      name\n      samiName\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ZoneSplitFields on Coverage {\n    total\n    byZone {\n      zone\n      count\n      share\n    }\n  }\n"): (typeof documents)["\n  fragment ZoneSplitFields on Coverage {\n    total\n    byZone {\n      zone\n      count\n      share\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageComparisonQuery($filter: ActivityFilter, $yearA: Int!, $yearB: Int!) {\n    coverageComparison(filter: $filter, yearA: $yearA, yearB: $yearB) {\n      yearA\n      yearB\n      totalA\n      totalB\n      byZone {\n        zone\n        countA\n        shareA\n        countB\n        shareB\n        change\n      }\n      places {\n        countA\n        countB\n        change\n        place {\n          id\n          name\n          samiName\n          kind\n          lat\n          lng\n        }\n      }\n      onlyInA {\n        id\n        name\n      }\n      onlyInB {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoverageComparisonQuery($filter: ActivityFilter, $yearA: Int!, $yearB: Int!) {\n    coverageComparison(filter: $filter, yearA: $yearA, yearB: $yearB) {\n      yearA\n      yearB\n      totalA\n      totalB\n      byZone {\n        zone\n        countA\n        shareA\n        countB\n        shareB\n        change\n      }\n      places {\n        countA\n        countB\n        change\n        place {\n          id\n          name\n          samiName\n          kind\n          lat\n          lng\n        }\n      }\n      onlyInA {\n        id\n        name\n      }\n      onlyInB {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageQuery($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      ...ZoneSplitFields\n      places {\n        ...PlaceCoverageRow\n        count\n        lastDoneAt\n        daysSinceLastDone\n        nextPlannedAt\n        daysUntilNextPlanned\n        byKind {\n          kind\n          count\n        }\n        place {\n          id\n          name\n          samiName\n          kind\n          lat\n          lng\n        }\n      }\n      unvisited {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoverageQuery($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      ...ZoneSplitFields\n      places {\n        ...PlaceCoverageRow\n        count\n        lastDoneAt\n        daysSinceLastDone\n        nextPlannedAt\n        daysUntilNextPlanned\n        byKind {\n          kind\n          count\n        }\n        place {\n          id\n          name\n          samiName\n          kind\n          lat\n          lng\n        }\n      }\n      unvisited {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditingPlacesQuery {\n    places {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query EditingPlacesQuery {\n    places {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityFormFields on Activity {\n    id\n    kind\n    organisation\n    status\n    priorityAreas\n    startsAt\n    endsAt\n    lat\n    lng\n    title\n    notes\n    version\n    place {\n      id\n      lat\n      lng\n    }\n    outcome {\n      vehiclesChecked\n      breathTests\n      suspectedDrunkDriving\n      suspectedDrugDriving\n      peopleReached\n      findings\n    }\n    ...ActivityDetails\n  }\n"): (typeof documents)["\n  fragment ActivityFormFields on Activity {\n    id\n    kind\n    organisation\n    status\n    priorityAreas\n    startsAt\n    endsAt\n    lat\n    lng\n    title\n    notes\n    version\n    place {\n      id\n      lat\n      lng\n    }\n    outcome {\n      vehiclesChecked\n      breathTests\n      suspectedDrunkDriving\n      suspectedDrugDriving\n      peopleReached\n      findings\n    }\n    ...ActivityDetails\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityFormQuery($id: ID!) {\n    activity(id: $id) {\n      ...ActivityFormFields\n    }\n  }\n"): (typeof documents)["\n  query ActivityFormQuery($id: ID!) {\n    activity(id: $id) {\n      ...ActivityFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActivityMutation($input: ActivityInput!) {\n    createActivity(input: $input) {\n      ...ActivityFormFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateActivityMutation($input: ActivityInput!) {\n    createActivity(input: $input) {\n      ...ActivityFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActivityMutation($id: ID!, $version: Int!, $input: ActivityInput!) {\n    updateActivity(id: $id, version: $version, input: $input) {\n      ...ActivityFormFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActivityMutation($id: ID!, $version: Int!, $input: ActivityInput!) {\n    updateActivity(id: $id, version: $version, input: $input) {\n      ...ActivityFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteActivityMutation($id: ID!, $version: Int!) {\n    deleteActivity(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteActivityMutation($id: ID!, $version: Int!) {\n    deleteActivity(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoDeleteActivityMutation($id: ID!) {\n    undoDeleteActivity(id: $id) {\n      ...ActivityFormFields\n    }\n  }\n"): (typeof documents)["\n  mutation UndoDeleteActivityMutation($id: ID!) {\n    undoDeleteActivity(id: $id) {\n      ...ActivityFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FieldPlace on Place {\n    id\n    name\n    kind\n    lat\n    lng\n    radiusM\n  }\n"): (typeof documents)["\n  fragment FieldPlace on Place {\n    id\n    name\n    kind\n    lat\n    lng\n    radiusM\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FieldPlacesQuery {\n    places(kinds: [TOWN, VILLAGE]) {\n      ...FieldPlace\n    }\n  }\n"): (typeof documents)["\n  query FieldPlacesQuery {\n    places(kinds: [TOWN, VILLAGE]) {\n      ...FieldPlace\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePromisePeriodMutation($input: PromisePeriodInput!) {\n    createPromisePeriod(input: $input) {\n      id\n      name\n      startYear\n      endYear\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePromisePeriodMutation($input: PromisePeriodInput!) {\n    createPromisePeriod(input: $input) {\n      id\n      name\n      startYear\n      endYear\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpPeriodsQuery {\n    promisePeriods {\n      id\n      name\n      startYear\n      endYear\n    }\n  }\n"): (typeof documents)["\n  query FollowUpPeriodsQuery {\n    promisePeriods {\n      id\n      name\n      startYear\n      endYear\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpResult on PromiseResult {\n    targetId\n    label\n    measure\n    actual\n    target\n    status\n    explanation\n    explanationEn: explanation(language: EN)\n    forecast\n    cadence {\n      met\n      villages\n      visitsPerPeriod\n      period\n      exceptions\n    }\n    promise {\n      id\n      number\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment FollowUpResult on PromiseResult {\n    targetId\n    label\n    measure\n    actual\n    target\n    status\n    explanation\n    explanationEn: explanation(language: EN)\n    forecast\n    cadence {\n      met\n      villages\n      visitsPerPeriod\n      period\n      exceptions\n    }\n    promise {\n      id\n      number\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpRouteQuery($year: Int!, $organisations: [Organisation!], $asOf: String) {\n    followUp(year: $year, organisations: $organisations, asOf: $asOf) {\n      year\n      inProgress\n      asOf\n      total\n      period {\n        id\n        name\n        startYear\n        endYear\n      }\n      promises {\n        ...FollowUpResult\n        label\n        hours\n        activitiesWithoutEnd\n        promise {\n          number\n          title\n        }\n      }\n      timeSpent {\n        ...TimeSpentSection\n      }\n      byMonth {\n        month\n        count\n      }\n      villagesReached {\n        count\n        place {\n          id\n          name\n          lat\n          lng\n          ...PlacesLayerPlace\n        }\n      }\n      villagesNotReached {\n        id\n        name\n        lat\n        lng\n        ...PlacesLayerPlace\n      }\n      previous {\n        year\n        promises {\n          ...FollowUpResult\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpRouteQuery($year: Int!, $organisations: [Organisation!], $asOf: String) {\n    followUp(year: $year, organisations: $organisations, asOf: $asOf) {\n      year\n      inProgress\n      asOf\n      total\n      period {\n        id\n        name\n        startYear\n        endYear\n      }\n      promises {\n        ...FollowUpResult\n        label\n        hours\n        activitiesWithoutEnd\n        promise {\n          number\n          title\n        }\n      }\n      timeSpent {\n        ...TimeSpentSection\n      }\n      byMonth {\n        month\n        count\n      }\n      villagesReached {\n        count\n        place {\n          id\n          name\n          lat\n          lng\n          ...PlacesLayerPlace\n        }\n      }\n      villagesNotReached {\n        id\n        name\n        lat\n        lng\n        ...PlacesLayerPlace\n      }\n      previous {\n        year\n        promises {\n          ...FollowUpResult\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimeSpentSection on TimeSpent {\n    hours\n    withoutEnd\n    byKind {\n      kind\n      hours\n      withoutEnd\n    }\n    byOrganisation {\n      organisation\n      hours\n      withoutEnd\n    }\n  }\n"): (typeof documents)["\n  fragment TimeSpentSection on TimeSpent {\n    hours\n    withoutEnd\n    byKind {\n      kind\n      hours\n      withoutEnd\n    }\n    byOrganisation {\n      organisation\n      hours\n      withoutEnd\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpCsvQuery($year: Int!, $organisations: [Organisation!], $asOf: String) {\n    followUpCsv(year: $year, organisations: $organisations, asOf: $asOf)\n  }\n"): (typeof documents)["\n  query FollowUpCsvQuery($year: Int!, $organisations: [Organisation!], $asOf: String) {\n    followUpCsv(year: $year, organisations: $organisations, asOf: $asOf)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpTimeCsvQuery($year: Int!, $organisations: [Organisation!], $asOf: String) {\n    followUpTimeCsv(year: $year, organisations: $organisations, asOf: $asOf)\n  }\n"): (typeof documents)["\n  query FollowUpTimeCsvQuery($year: Int!, $organisations: [Organisation!], $asOf: String) {\n    followUpTimeCsv(year: $year, organisations: $organisations, asOf: $asOf)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivitiesCsvQuery($filter: ActivityFilter) {\n    activitiesCsv(filter: $filter)\n  }\n"): (typeof documents)["\n  query ActivitiesCsvQuery($filter: ActivityFilter) {\n    activitiesCsv(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpTrendQuery($year: Int!, $organisations: [Organisation!], $asOf: String) {\n    followUp(year: $year, organisations: $organisations, asOf: $asOf) {\n      year\n      total\n      byKind {\n        kind\n        count\n      }\n      byZone {\n        zone\n        count\n        share\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpTrendQuery($year: Int!, $organisations: [Organisation!], $asOf: String) {\n    followUp(year: $year, organisations: $organisations, asOf: $asOf) {\n      year\n      total\n      byKind {\n        kind\n        count\n      }\n      byZone {\n        zone\n        count\n        share\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportBatchRow on ImportBatch {\n    id\n    fileName\n    createdAt\n    createdBy\n    createdByName\n    rowCount\n    insertedCount\n    duplicateCount\n    refusedCount\n    activeCount\n    undoneAt\n    undoneBy\n  }\n"): (typeof documents)["\n  fragment ImportBatchRow on ImportBatch {\n    id\n    fileName\n    createdAt\n    createdBy\n    createdByName\n    rowCount\n    insertedCount\n    duplicateCount\n    refusedCount\n    activeCount\n    undoneAt\n    undoneBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportBatchesQuery {\n    importBatches {\n      id\n      ...ImportBatchRow\n    }\n  }\n"): (typeof documents)["\n  query ImportBatchesQuery {\n    importBatches {\n      id\n      ...ImportBatchRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoImportBatchMutation($id: ID!) {\n    undoImportBatch(id: $id) {\n      deleted\n      batch {\n        id\n        activeCount\n        undoneAt\n        undoneBy\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UndoImportBatchMutation($id: ID!) {\n    undoImportBatch(id: $id) {\n      deleted\n      batch {\n        id\n        activeCount\n        undoneAt\n        undoneBy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityLayerActivity on Activity {\n    id\n    lat\n    lng\n    kind\n    status\n    priorityAreas\n    title\n    startsAt\n  }\n"): (typeof documents)["\n  fragment ActivityLayerActivity on Activity {\n    id\n    lat\n    lng\n    kind\n    status\n    priorityAreas\n    title\n    startsAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityPopupQuery($id: ID!) {\n    activity(id: $id) {\n      id\n      organisation\n      status\n      ...ActivityDetails\n    }\n  }\n"): (typeof documents)["\n  query ActivityPopupQuery($id: ID!) {\n    activity(id: $id) {\n      id\n      organisation\n      status\n      ...ActivityDetails\n    }\n  }\n"];
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
export function graphql(source: "\n  query MapRouteQuery {\n    mapConfig {\n      tileUrl\n      tileAttribution\n    }\n    municipality {\n      code\n      name\n      samiName\n      center {\n        lat\n        lng\n      }\n      boundary\n    }\n    places(kinds: [TOWN, VILLAGE]) {\n      id\n      kind\n      lat\n      lng\n      ...PlacesLayerPlace\n    }\n    promisePeriods {\n      id\n      startYear\n      endYear\n    }\n  }\n"): (typeof documents)["\n  query MapRouteQuery {\n    mapConfig {\n      tileUrl\n      tileAttribution\n    }\n    municipality {\n      code\n      name\n      samiName\n      center {\n        lat\n        lng\n      }\n      boundary\n    }\n    places(kinds: [TOWN, VILLAGE]) {\n      id\n      kind\n      lat\n      lng\n      ...PlacesLayerPlace\n    }\n    promisePeriods {\n      id\n      startYear\n      endYear\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapActivitiesQuery($filter: ActivityFilter, $first: Int, $after: String) {\n    activities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          status\n          priorityAreas\n          lat\n          lng\n          ...ActivityLayerActivity\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MapActivitiesQuery($filter: ActivityFilter, $first: Int, $after: String) {\n    activities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          status\n          priorityAreas\n          lat\n          lng\n          ...ActivityLayerActivity\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SinceViewMeeting on Meeting {\n    id\n    heldOn\n    note\n  }\n"): (typeof documents)["\n  fragment SinceViewMeeting on Meeting {\n    id\n    heldOn\n    note\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingsQuery {\n    meetings {\n      ...SinceViewMeeting\n    }\n  }\n"): (typeof documents)["\n  query MeetingsQuery {\n    meetings {\n      ...SinceViewMeeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SinceChanges on MeetingChanges {\n    since\n    total\n    byKind {\n      kind\n      count\n    }\n    byArea {\n      area\n      count\n    }\n    villagesNewlyReached {\n      id\n      name\n    }\n    promiseYear\n    promiseChanges {\n      targetId\n      label\n      statusBefore\n      statusAfter\n      promise {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SinceChanges on MeetingChanges {\n    since\n    total\n    byKind {\n      kind\n      count\n    }\n    byArea {\n      area\n      count\n    }\n    villagesNewlyReached {\n      id\n      name\n    }\n    promiseYear\n    promiseChanges {\n      targetId\n      label\n      statusBefore\n      statusAfter\n      promise {\n        id\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingChangesQuery($since: String!) {\n    meetingChanges(since: $since) {\n      ...SinceChanges\n    }\n  }\n"): (typeof documents)["\n  query MeetingChangesQuery($since: String!) {\n    meetingChanges(since: $since) {\n      ...SinceChanges\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMeetingMutation($heldOn: String!) {\n    recordMeeting(heldOn: $heldOn) {\n      ...SinceViewMeeting\n    }\n  }\n"): (typeof documents)["\n  mutation RecordMeetingMutation($heldOn: String!) {\n    recordMeeting(heldOn: $heldOn) {\n      ...SinceViewMeeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment YearStoryFollowUp on FollowUp {\n    year\n    inProgress\n    period {\n      id\n    }\n    promises {\n      targetId\n      status\n      explanation\n      forecast\n      measure\n      promise {\n        id\n        priorityArea\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment YearStoryFollowUp on FollowUp {\n    year\n    inProgress\n    period {\n      id\n    }\n    promises {\n      targetId\n      status\n      explanation\n      forecast\n      measure\n      promise {\n        id\n        priorityArea\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment YearStoryCoverage on Coverage {\n    total\n    byZone {\n      zone\n      count\n    }\n    places {\n      count\n      place {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment YearStoryCoverage on Coverage {\n    total\n    byZone {\n      zone\n      count\n    }\n    places {\n      count\n      place {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingStoryQuery($year: Int!, $filter: ActivityFilter) {\n    followUp(year: $year) {\n      ...YearStoryFollowUp\n    }\n    coverage(filter: $filter) {\n      ...YearStoryCoverage\n    }\n  }\n"): (typeof documents)["\n  query MeetingStoryQuery($year: Int!, $filter: ActivityFilter) {\n    followUp(year: $year) {\n      ...YearStoryFollowUp\n    }\n    coverage(filter: $filter) {\n      ...YearStoryCoverage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FieldQueueSendMutation($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FieldQueueSendMutation($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanningDueQuery($asOf: DateTime) {\n    planningDue(asOf: $asOf) {\n      asOf\n      periodStart\n      periodEnd\n      cadence {\n        id\n        label\n        target\n        cadencePeriod\n      }\n      start {\n        id\n        name\n        lat\n        lng\n      }\n      villages {\n        place {\n          id\n          name\n          lat\n          lng\n        }\n        visitsPerPeriod\n        visitsInPeriod\n        lastVisitAt\n        daysSince\n        dueAt\n        daysUntilDue\n        overdue\n        nextPlannedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanningDueQuery($asOf: DateTime) {\n    planningDue(asOf: $asOf) {\n      asOf\n      periodStart\n      periodEnd\n      cadence {\n        id\n        label\n        target\n        cadencePeriod\n      }\n      start {\n        id\n        name\n        lat\n        lng\n      }\n      villages {\n        place {\n          id\n          name\n          lat\n          lng\n        }\n        visitsPerPeriod\n        visitsInPeriod\n        lastVisitAt\n        daysSince\n        dueAt\n        daysUntilDue\n        overdue\n        nextPlannedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicFollowUpRouteQuery($year: Int!) {\n    publicFollowUp(year: $year) {\n      year\n      ...PublicTotalsParts\n      periodName\n      inProgress\n      smallVillageLimit\n      previous {\n        year\n        ...PublicTotalsParts\n      }\n      promises {\n        number\n        promiseTitle\n        label\n        measure\n        actual\n        target\n        status\n        explanation\n        explanationEn: explanation(language: EN)\n        previousActual\n      }\n      byMonth {\n        month\n        count\n      }\n      villages {\n        name\n        samiName\n        lat\n        lng\n        reached\n        count\n        previousReached\n        previousCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicFollowUpRouteQuery($year: Int!) {\n    publicFollowUp(year: $year) {\n      year\n      ...PublicTotalsParts\n      periodName\n      inProgress\n      smallVillageLimit\n      previous {\n        year\n        ...PublicTotalsParts\n      }\n      promises {\n        number\n        promiseTitle\n        label\n        measure\n        actual\n        target\n        status\n        explanation\n        explanationEn: explanation(language: EN)\n        previousActual\n      }\n      byMonth {\n        month\n        count\n      }\n      villages {\n        name\n        samiName\n        lat\n        lng\n        reached\n        count\n        previousReached\n        previousCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicTotalsParts on PublicTotals {\n    year\n    total\n    inTown\n    inVillages\n    elsewhere\n    targetedOperations\n  }\n"): (typeof documents)["\n  fragment PublicTotalsParts on PublicTotals {\n    year\n    total\n    inTown\n    inVillages\n    elsewhere\n    targetedOperations\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicMapQuery {\n    publicMap {\n      boundary\n      tileUrl\n      tileAttribution\n    }\n  }\n"): (typeof documents)["\n  query PublicMapQuery {\n    publicMap {\n      boundary\n      tileUrl\n      tileAttribution\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityTableQuery($filter: ActivityFilter, $first: Int, $after: String, $orderBy: ActivityOrder) {\n    activities(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...ActivityRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityTableQuery($filter: ActivityFilter, $first: Int, $after: String, $orderBy: ActivityOrder) {\n    activities(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...ActivityRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityRow on Activity {\n    id\n    kind\n    organisation\n    status\n    priorityAreas\n    startsAt\n    zone\n    title\n    lat\n    lng\n    place {\n      ...PlaceNameFields\n    }\n    outcome {\n      ...OutcomeText\n    }\n  }\n"): (typeof documents)["\n  fragment ActivityRow on Activity {\n    id\n    kind\n    organisation\n    status\n    priorityAreas\n    startsAt\n    zone\n    title\n    lat\n    lng\n    place {\n      ...PlaceNameFields\n    }\n    outcome {\n      ...OutcomeText\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;