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
    "\n        query ActivitiesPlaceTest($id: ID!) {\n          activity(id: $id) {\n            kind\n            zone\n            place {\n              name\n            }\n          }\n        }\n      ": typeof types.ActivitiesPlaceTestDocument,
    "\n            query ActivitiesUnknownTest {\n              activity(id: \"999999\") {\n                id\n              }\n            }\n          ": typeof types.ActivitiesUnknownTestDocument,
    "\n            query ActivitiesDeletedTest($id: ID!) {\n              activity(id: $id) {\n                id\n              }\n            }\n          ": typeof types.ActivitiesDeletedTestDocument,
    "\n            query ActivitiesNotAnIdTest {\n              activity(id: \"not-a-number\") {\n                id\n              }\n            }\n          ": typeof types.ActivitiesNotAnIdTestDocument,
    "\n  mutation ClientIdCreateTest($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n      version\n      zone\n      place {\n        name\n      }\n    }\n  }\n": typeof types.ClientIdCreateTestDocument,
    "\n  query ActivityPageJsonFirstSelectionTest($filter: ActivityFilter, $first: Int, $after: String, $orderBy: ActivityOrder) {\n    activities(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          kind\n          organisation\n          status\n          priorityAreas\n          startsAt\n          endsAt\n          lat\n          lng\n          zone\n          title\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ActivityPageJsonFirstSelectionTestDocument,
    "\n  query ActivityPageJsonFragmentsTest($first: Int) {\n    activities(first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ActivityPageJsonRow\n          ... on Activity {\n            startsAt\n            place {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n  fragment ActivityPageJsonRow on Activity {\n    id\n    title\n    outcome {\n      vehiclesChecked\n      breathTests\n      suspectedDrunkDriving\n      suspectedDrugDriving\n      peopleReached\n      findings\n    }\n  }\n": typeof types.ActivityPageJsonFragmentsTestDocument,
    "\n  query ActivitySearchTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 500) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          place {\n            name\n          }\n        }\n      }\n    }\n    coverage(filter: $filter) {\n      total\n    }\n    activityClusters(filter: $filter, bbox: { south: 60, west: 10, north: 70, east: 25 }, zoom: 3) {\n      total\n    }\n  }\n": typeof types.ActivitySearchTestDocument,
    "\n  fragment ActivityWritesFields on Activity {\n    id\n    kind\n    organisation\n    status\n    priorityAreas\n    startsAt\n    endsAt\n    lat\n    lng\n    zone\n    title\n    notes\n    version\n    place {\n      name\n    }\n    outcome {\n      vehiclesChecked\n      breathTests\n      suspectedDrunkDriving\n      suspectedDrugDriving\n      peopleReached\n      findings\n    }\n  }\n": typeof types.ActivityWritesFieldsFragmentDoc,
    "\n  mutation ActivityWritesCreate($input: ActivityInput!) {\n    createActivity(input: $input) {\n      ...ActivityWritesFields\n    }\n  }\n": typeof types.ActivityWritesCreateDocument,
    "\n  mutation ActivityWritesUpdate($id: ID!, $version: Int!, $input: ActivityInput!) {\n    updateActivity(id: $id, version: $version, input: $input) {\n      ...ActivityWritesFields\n    }\n  }\n": typeof types.ActivityWritesUpdateDocument,
    "\n  mutation ActivityWritesDelete($id: ID!, $version: Int!) {\n    deleteActivity(id: $id, version: $version)\n  }\n": typeof types.ActivityWritesDeleteDocument,
    "\n  mutation ActivityWritesRestore($id: ID!) {\n    restoreActivity(id: $id) {\n      id\n      version\n    }\n  }\n": typeof types.ActivityWritesRestoreDocument,
    "\n  query ActivityWritesOne($id: ID!) {\n    activity(id: $id) {\n      id\n    }\n  }\n": typeof types.ActivityWritesOneDocument,
    "\n        query ActivityWritesDeleted {\n          deletedActivities {\n            id\n          }\n        }\n      ": typeof types.ActivityWritesDeletedDocument,
    "\n      mutation ActivityWritesUndo($id: ID!) {\n        undoDeleteActivity(id: $id) {\n          id\n          version\n        }\n      }\n    ": typeof types.ActivityWritesUndoDocument,
    "\n  mutation AdminUpsertPlaceTest($input: PlaceInput!) {\n    upsertPlace(input: $input) {\n      id\n      name\n      samiName\n      kind\n      lat\n      lng\n      radiusM\n      population\n    }\n  }\n": typeof types.AdminUpsertPlaceTestDocument,
    "\n  mutation AdminCreateUserTest($input: UserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      displayName\n      role\n      active\n    }\n  }\n": typeof types.AdminCreateUserTestDocument,
    "\n  mutation AdminUpdateUserTest($id: ID!, $input: UserUpdateInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      role\n      active\n      displayName\n    }\n  }\n": typeof types.AdminUpdateUserTestDocument,
    "\n  query AdminAuditTest($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          at\n          actor\n          action\n          entity\n          entityId\n          details\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminAuditTestDocument,
    "\n  query AdminMeTest {\n    me {\n      role\n    }\n  }\n": typeof types.AdminMeTestDocument,
    "\n      query AdminDeletedLogTest {\n        deletedActivityLog {\n          deletedAt\n          deletedBy\n          deletedByName\n          activity {\n            id\n            kind\n            title\n            startsAt\n            place {\n              name\n            }\n          }\n        }\n      }\n    ": typeof types.AdminDeletedLogTestDocument,
    "\n        query AdminMutationNamesTest {\n          __schema {\n            mutationType {\n              fields {\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.AdminMutationNamesTestDocument,
    "\n  mutation AuthLoginTest($u: String!, $p: String!) {\n    login(username: $u, password: $p) {\n      id\n      username\n      displayName\n      role\n    }\n  }\n": typeof types.AuthLoginTestDocument,
    "\n  query AuthMeTest {\n    me {\n      id\n      username\n    }\n  }\n": typeof types.AuthMeTestDocument,
    "\n            mutation AuthLogoutTest {\n              logout\n            }\n          ": typeof types.AuthLogoutTestDocument,
    "\n  query BadInputCursorListTest($after: String, $orderBy: ActivityOrder) {\n    activities(first: 2, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.BadInputCursorListTestDocument,
    "\n  mutation BadInputOutageWriteTest($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n": typeof types.BadInputOutageWriteTestDocument,
    "\n  query BoundaryImportMunicipalityTest {\n    municipality {\n      code\n      boundary\n      center {\n        lat\n      }\n    }\n  }\n": typeof types.BoundaryImportMunicipalityTestDocument,
    "\n  mutation ClusterGridCreateTest($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ClusterGridCreateTestDocument,
    "\n  mutation ClusterGridUpdateTest($id: ID!, $version: Int!, $input: ActivityInput!) {\n    updateActivity(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ClusterGridUpdateTestDocument,
    "\n  mutation ClusterGridDeleteTest($id: ID!, $version: Int!) {\n    deleteActivity(id: $id, version: $version)\n  }\n": typeof types.ClusterGridDeleteTestDocument,
    "\n  mutation ClusterGridRestoreTest($id: ID!) {\n    restoreActivity(id: $id) {\n      id\n      version\n    }\n  }\n": typeof types.ClusterGridRestoreTestDocument,
    "\n  query ClusterGridTotalTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.ClusterGridTotalTestDocument,
    "\n  query ClustersTest($filter: ActivityFilter, $bbox: BBoxInput!, $zoom: Int!) {\n    activityClusters(filter: $filter, bbox: $bbox, zoom: $zoom) {\n      total\n      clusters {\n        lat\n        lng\n        count\n        activityId\n        byKind {\n          kind\n          count\n        }\n      }\n    }\n  }\n": typeof types.ClustersTestDocument,
    "\n  query ClustersCountTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n": typeof types.ClustersCountTestDocument,
    "\n  query ClustersOneTest($id: ID!) {\n    activity(id: $id) {\n      id\n      lat\n      lng\n      kind\n    }\n  }\n": typeof types.ClustersOneTestDocument,
    "\n  query CompareSinceComparisonTest($filter: ActivityFilter, $a: Int!, $b: Int!) {\n    coverageComparison(filter: $filter, yearA: $a, yearB: $b) {\n      yearA\n      yearB\n      totalA\n      totalB\n      byZone {\n        zone\n        countA\n        shareA\n        countB\n        shareB\n        change\n      }\n      places {\n        place {\n          id\n          name\n          kind\n        }\n        countA\n        countB\n        change\n      }\n      onlyInA {\n        name\n      }\n      onlyInB {\n        name\n      }\n    }\n  }\n": typeof types.CompareSinceComparisonTestDocument,
    "\n  query CompareSinceChangesTest($since: String!, $until: DateTime) {\n    meetingChanges(since: $since, until: $until) {\n      since\n      until\n      total\n      promiseYear\n      byKind {\n        kind\n        count\n      }\n      byArea {\n        area\n        count\n      }\n      villagesNewlyReached {\n        name\n      }\n      promiseChanges {\n        promise {\n          number\n        }\n        targetId\n        label\n        statusBefore\n        statusAfter\n        actualBefore\n        actualAfter\n      }\n    }\n  }\n": typeof types.CompareSinceChangesTestDocument,
    "\n      mutation CompareSinceRecordTest($d: String!, $n: String) {\n        recordMeeting(heldOn: $d, note: $n) {\n          id\n          heldOn\n          note\n        }\n      }\n    ": typeof types.CompareSinceRecordTestDocument,
    "\n        query CompareSinceMeetingsTest {\n          meetings {\n            heldOn\n          }\n        }\n      ": typeof types.CompareSinceMeetingsTestDocument,
    "\n        query CompareSinceFollowUpTest {\n          followUp(year: 2024) {\n            promises {\n              targetId\n              status\n              promise {\n                number\n              }\n            }\n          }\n        }\n      ": typeof types.CompareSinceFollowUpTestDocument,
    "\n  query CoverageTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      byZone {\n        zone\n        count\n        share\n      }\n      places {\n        place {\n          name\n          kind\n        }\n        count\n        lastActivityAt\n        daysSinceLast\n        byKind {\n          kind\n          count\n        }\n      }\n      unvisited {\n        name\n        kind\n      }\n    }\n  }\n": typeof types.CoverageTestDocument,
    "\n  query CoverageListCountTest($filter: ActivityFilter) {\n    activities(filter: $filter) {\n      totalCount\n    }\n  }\n": typeof types.CoverageListCountTestDocument,
    "\n  query CoverageTimelineTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      places {\n        place {\n          name\n        }\n        lastDoneAt\n        daysSinceLastDone\n        nextPlannedAt\n        daysUntilNextPlanned\n      }\n    }\n  }\n": typeof types.CoverageTimelineTestDocument,
    "\n  mutation EmbeddedRecoveryCreateTest($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.EmbeddedRecoveryCreateTestDocument,
    "\n  query EmbeddedRecoveryReadTest($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n    }\n  }\n": typeof types.EmbeddedRecoveryReadTestDocument,
    "\n  query FollowUpFixture($year: Int!) {\n    followUp(year: $year) {\n      year\n      inProgress\n      period {\n        name\n        startYear\n        endYear\n        promises {\n          number\n          targets {\n            measure\n            target\n          }\n        }\n      }\n      promises {\n        promise {\n          number\n          title\n        }\n        targetId\n        label\n        measure\n        actual\n        target\n        status\n        explanation\n        activityCount\n      }\n      total\n      byKind {\n        kind\n        count\n      }\n      byZone {\n        zone\n        count\n        share\n      }\n      byMonth {\n        month\n        count\n      }\n      villagesReached {\n        place {\n          name\n        }\n        count\n      }\n      villagesNotReached {\n        name\n      }\n      previous {\n        year\n        total\n        byKind {\n          kind\n          count\n        }\n        promises {\n          promise {\n            number\n          }\n          measure\n          actual\n          status\n          explanation\n        }\n      }\n    }\n  }\n": typeof types.FollowUpFixtureDocument,
    "\n  query FollowUpPaceTest($year: Int!, $asOf: String) {\n    followUp(year: $year, asOf: $asOf) {\n      year\n      asOf\n      inProgress\n      promises {\n        label\n        measure\n        actual\n        target\n        status\n        forecast\n        hours\n        activitiesWithoutEnd\n        promise {\n          number\n        }\n      }\n      timeSpent {\n        hours\n        withoutEnd\n        byKind {\n          kind\n          hours\n          withoutEnd\n        }\n        byOrganisation {\n          organisation\n          hours\n          withoutEnd\n        }\n      }\n    }\n  }\n": typeof types.FollowUpPaceTestDocument,
    "\n        query FollowUpPaceCsvTest {\n          followUpCsv(year: 2024, asOf: \"2024-06-30\")\n        }\n      ": typeof types.FollowUpPaceCsvTestDocument,
    "\n        query FollowUpPaceTimeCsvTest {\n          followUpTimeCsv(year: 2024, asOf: \"2024-06-30\")\n        }\n      ": typeof types.FollowUpPaceTimeCsvTestDocument,
    "\n  query FollowUpPublicTest($year: Int!) {\n    publicFollowUp(year: $year) {\n      year\n      periodName\n      inProgress\n      total\n      inTown\n      outsideTown\n      inVillages\n      elsewhere\n      targetedOperations\n      smallVillageLimit\n      promises {\n        number\n        promiseTitle\n        organisation\n        priorityArea\n        label\n        measure\n        actual\n        target\n        status\n        explanation\n        previousActual\n      }\n      previous {\n        year\n        total\n        inTown\n        outsideTown\n        inVillages\n        elsewhere\n        targetedOperations\n      }\n      byKind {\n        kind\n        count\n      }\n      byMonth {\n        month\n        count\n      }\n      villages {\n        name\n        samiName\n        lat\n        lng\n        reached\n        count\n        previousReached\n        previousCount\n      }\n    }\n  }\n": typeof types.FollowUpPublicTestDocument,
    "\n  query FollowUpPublicSchemaTypesTest {\n    __schema {\n      types {\n        name\n        kind\n        fields {\n          name\n          type {\n            kind\n            name\n            ofType {\n              kind\n              name\n              ofType {\n                kind\n                name\n                ofType {\n                  kind\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.FollowUpPublicSchemaTypesTestDocument,
    "\n        query FollowUpPublicEnTest {\n          publicFollowUp(year: 2023) {\n            promises {\n              explanation(language: EN)\n            }\n          }\n        }\n      ": typeof types.FollowUpPublicEnTestDocument,
    "\n        query FollowUpPublicMapTest {\n          publicMap {\n            boundary\n            tileUrl\n            tileAttribution\n          }\n        }\n      ": typeof types.FollowUpPublicMapTestDocument,
    "\n        query FollowUpSeedCountTest {\n          activities(filter: { years: [2022], statuses: [DONE] }, first: 0) {\n            totalCount\n          }\n        }\n      ": typeof types.FollowUpSeedCountTestDocument,
    "\n        query FollowUpSeedPublicTest {\n          publicFollowUp(year: 2024) {\n            promises {\n              number\n              status\n            }\n            villages {\n              name\n              reached\n              count\n            }\n          }\n        }\n      ": typeof types.FollowUpSeedPublicTestDocument,
    "\n  query FollowUpCsvTest {\n    followUpCsv(year: 2023)\n  }\n": typeof types.FollowUpCsvTestDocument,
    "\n  query FollowUpActivityCountTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n": typeof types.FollowUpActivityCountTestDocument,
    "\n    query FollowUpActivitiesCsvTest($filter: ActivityFilter) {\n      activitiesCsv(filter: $filter)\n    }\n  ": typeof types.FollowUpActivitiesCsvTestDocument,
    "\n    query FollowUpOfTest($year: Int!, $organisations: [Organisation!]) {\n      followUp(year: $year, organisations: $organisations) {\n        total\n        byZone {\n          zone\n          count\n        }\n        promises {\n          promise {\n            number\n          }\n          actual\n        }\n        villagesReached {\n          place {\n            name\n          }\n          count\n        }\n        villagesNotReached {\n          name\n        }\n        previous {\n          total\n          villagesReached {\n            place {\n              name\n            }\n            count\n          }\n        }\n      }\n    }\n  ": typeof types.FollowUpOfTestDocument,
    "\n        query FollowUpCsvOfTest($o: [Organisation!]) {\n          followUpCsv(year: 2023, organisations: $o)\n        }\n      ": typeof types.FollowUpCsvOfTestDocument,
    "\n    query FollowUpEnTest($year: Int!) {\n      followUp(year: $year) {\n        promises {\n          promise {\n            number\n          }\n          sv: explanation\n          en: explanation(language: EN)\n        }\n      }\n    }\n  ": typeof types.FollowUpEnTestDocument,
    "\n  query ImportBatchesTest {\n    importBatches {\n      id\n      fileName\n      createdBy\n      rowCount\n      insertedCount\n      duplicateCount\n      refusedCount\n      activeCount\n      undoneAt\n      undoneBy\n    }\n  }\n": typeof types.ImportBatchesTestDocument,
    "\n  mutation ImportBatchesUndoTest($id: ID!) {\n    undoImportBatch(id: $id) {\n      deleted\n      batch {\n        id\n        activeCount\n        undoneAt\n        undoneBy\n      }\n    }\n  }\n": typeof types.ImportBatchesUndoTestDocument,
    "\n  query ImportRoundTripCsvTest($filter: ActivityFilter) {\n    activitiesCsv(filter: $filter)\n  }\n": typeof types.ImportRoundTripCsvTestDocument,
    "\n  query PlanningDueTest($asOf: DateTime, $targetId: ID) {\n    planningDue(asOf: $asOf, targetId: $targetId) {\n      asOf\n      periodStart\n      periodEnd\n      cadence {\n        id\n        label\n        target\n        cadencePeriod\n        kinds\n        villageExceptions {\n          placeId\n          visits\n          place {\n            name\n          }\n        }\n      }\n      start {\n        name\n        lat\n        lng\n      }\n      villages {\n        place {\n          id\n          name\n        }\n        visitsPerPeriod\n        visitsInPeriod\n        lastVisitAt\n        daysSince\n        dueAt\n        daysUntilDue\n        overdue\n        nextPlannedAt\n      }\n    }\n  }\n": typeof types.PlanningDueTestDocument,
    "\n  mutation PlanningDueSetTargetTest($promiseId: ID!, $target: PromiseTargetInput!) {\n    setPromiseTarget(promiseId: $promiseId, target: $target) {\n      id\n      targets {\n        id\n        measure\n        target\n        cadencePeriod\n        villageExceptions {\n          placeId\n          visits\n        }\n      }\n    }\n  }\n": typeof types.PlanningDueSetTargetTestDocument,
    "\n  query PlanningDueFollowUpTest($year: Int!) {\n    followUp(year: $year) {\n      promises {\n        targetId\n        measure\n        actual\n        target\n        status\n        explanation\n        explanationEn: explanation(language: EN)\n        cadence {\n          villages\n          met\n          visitsPerPeriod\n          period\n          exceptions\n          share\n        }\n        promise {\n          id\n          number\n        }\n      }\n    }\n  }\n": typeof types.PlanningDueFollowUpTestDocument,
    "\n  fragment PromiseTestFields on Promise {\n    id\n    number\n    title\n    description\n    organisation\n    priorityArea\n    targets {\n      id\n      measure\n      kinds\n      priorityAreas\n      placeKind\n      schoolLevel\n      target\n      label\n    }\n  }\n": typeof types.PromiseTestFieldsFragmentDoc,
    "\n  query PromisePeriodsTest {\n    promisePeriods {\n      id\n      name\n      startYear\n      endYear\n      promises {\n        ...PromiseTestFields\n      }\n    }\n  }\n": typeof types.PromisePeriodsTestDocument,
    "\n  mutation CreatePromisePeriodTest($input: PromisePeriodInput!) {\n    createPromisePeriod(input: $input) {\n      id\n      name\n      startYear\n      endYear\n      promises {\n        id\n      }\n    }\n  }\n": typeof types.CreatePromisePeriodTestDocument,
    "\n  mutation UpdatePromisePeriodTest($id: ID!, $input: PromisePeriodInput!) {\n    updatePromisePeriod(id: $id, input: $input) {\n      id\n      name\n      startYear\n      endYear\n    }\n  }\n": typeof types.UpdatePromisePeriodTestDocument,
    "\n  mutation CreatePromiseTest($periodId: ID!, $input: PromiseInput!) {\n    createPromise(periodId: $periodId, input: $input) {\n      ...PromiseTestFields\n    }\n  }\n": typeof types.CreatePromiseTestDocument,
    "\n  mutation UpdatePromiseTest($id: ID!, $input: PromiseInput!) {\n    updatePromise(id: $id, input: $input) {\n      ...PromiseTestFields\n    }\n  }\n": typeof types.UpdatePromiseTestDocument,
    "\n  mutation SetPromiseTargetTest($promiseId: ID!, $target: PromiseTargetInput!) {\n    setPromiseTarget(promiseId: $promiseId, target: $target) {\n      ...PromiseTestFields\n    }\n  }\n": typeof types.SetPromiseTargetTestDocument,
    "\n  mutation UpdatePromiseTargetTest($id: ID!, $target: PromiseTargetInput!) {\n    updatePromiseTarget(id: $id, target: $target) {\n      ...PromiseTestFields\n    }\n  }\n": typeof types.UpdatePromiseTargetTestDocument,
    "\n  mutation DeletePromiseTargetTest($id: ID!) {\n    deletePromiseTarget(id: $id) {\n      ...PromiseTestFields\n    }\n  }\n": typeof types.DeletePromiseTargetTestDocument,
    "\n        query PromisePeriodFollowUpTest($y: Int!) {\n          followUp(year: $y) {\n            period {\n              id\n            }\n            promises {\n              label\n            }\n          }\n        }\n      ": typeof types.PromisePeriodFollowUpTestDocument,
    "\n        mutation SetTwoPromiseTargetsTest($id: ID!, $t1: PromiseTargetInput!, $t2: PromiseTargetInput!) {\n          a: setPromiseTarget(promiseId: $id, target: $t1) {\n            targets {\n              measure\n              target\n            }\n          }\n          b: setPromiseTarget(promiseId: $id, target: $t2) {\n            targets {\n              measure\n              target\n            }\n          }\n        }\n      ": typeof types.SetTwoPromiseTargetsTestDocument,
    "\n      query PromiseFollowUpTest {\n        followUp(year: 2023) {\n          promises {\n            promise {\n              number\n            }\n            status\n            explanation\n          }\n        }\n      }\n    ": typeof types.PromiseFollowUpTestDocument,
    "\n  mutation PublicIdsCreateTest($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.PublicIdsCreateTestDocument,
    "\n  query PublicIdsOneTest($id: ID!) {\n    activity(id: $id) {\n      id\n    }\n  }\n": typeof types.PublicIdsOneTestDocument,
    "\n  query PublicIdsListTest($first: Int, $after: String, $orderBy: ActivityOrder) {\n    activities(first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PublicIdsListTestDocument,
    "\n        query PublicIdsClustersTest($bbox: BBoxInput!) {\n          activityClusters(filter: { years: [2026] }, bbox: $bbox, zoom: 22) {\n            clusters {\n              count\n              activityId\n            }\n          }\n        }\n      ": typeof types.PublicIdsClustersTestDocument,
    "\n          query PublicIdsCsvTest {\n            activitiesCsv(filter: { years: [2026] })\n          }\n        ": typeof types.PublicIdsCsvTestDocument,
    "\n        query PublicIdsDeletedTest {\n          deletedActivities {\n            id\n          }\n          deletedActivityLog {\n            activity {\n              id\n            }\n            deletedBy\n          }\n        }\n      ": typeof types.PublicIdsDeletedTestDocument,
    "\n        mutation PublicIdsUndoTest($id: ID!) {\n          undoDeleteActivity(id: $id) {\n            id\n          }\n        }\n      ": typeof types.PublicIdsUndoTestDocument,
    "\n        query PublicIdsAuditTest($filter: AuditFilter) {\n          auditEvents(filter: $filter) {\n            edges {\n              node {\n                action\n                entityId\n              }\n            }\n          }\n        }\n      ": typeof types.PublicIdsAuditTestDocument,
    "\n        query PublicIdsAuditCountTest($filter: AuditFilter) {\n          auditEvents(filter: $filter) {\n            totalCount\n          }\n        }\n      ": typeof types.PublicIdsAuditCountTestDocument,
    "\n      query SeedDoneTest($filter: ActivityFilter) {\n        activities(filter: $filter, first: 0) {\n          totalCount\n        }\n      }\n    ": typeof types.SeedDoneTestDocument,
    "\n        query SeedGazetteerTest {\n          municipality {\n            code\n            name\n            samiName\n          }\n          places {\n            name\n            samiName\n            kind\n            radiusM\n            lat\n            lng\n          }\n        }\n      ": typeof types.SeedGazetteerTestDocument,
    "\n        query SeedCoverageTest($years: [Int!]) {\n          coverage(filter: { years: $years, statuses: [DONE] }) {\n            places {\n              place {\n                kind\n              }\n              count\n            }\n            unvisited {\n              kind\n            }\n          }\n        }\n      ": typeof types.SeedCoverageTestDocument,
    "\n        query SeedVillageVisitsTest {\n          coverage(filter: { years: [2022], kinds: [VILLAGE_VISIT], statuses: [DONE] }) {\n            places {\n              place {\n                kind\n              }\n              count\n            }\n          }\n        }\n      ": typeof types.SeedVillageVisitsTestDocument,
    "\n        query SeedPlannedTest($from: DateTime) {\n          activities(filter: { statuses: [PLANNED], from: $from }, first: 500) {\n            totalCount\n            edges {\n              node {\n                organisation\n                startsAt\n              }\n            }\n          }\n        }\n      ": typeof types.SeedPlannedTestDocument,
    "\n  query VisibilitySignedOutMeTest {\n    me {\n      id\n    }\n  }\n": typeof types.VisibilitySignedOutMeTestDocument,
    "\n  query VisibilityTest($filter: ActivityFilter, $id: ID!, $id2: ID!) {\n    activities(filter: $filter, first: 500) {\n      totalCount\n      edges {\n        node {\n          id\n          organisation\n          status\n        }\n      }\n    }\n    coverage(filter: $filter) {\n      total\n      byZone {\n        zone\n        count\n      }\n      places {\n        place {\n          name\n        }\n        count\n      }\n    }\n    planned: activity(id: $id) {\n      id\n    }\n    cancelled: activity(id: $id2) {\n      id\n    }\n  }\n": typeof types.VisibilityTestDocument,
    "\n  mutation TestServerLoginTest($u: String!, $p: String!) {\n    login(username: $u, password: $p) {\n      id\n    }\n  }\n": typeof types.TestServerLoginTestDocument,
    "\n  query AdminPeriodsTest {\n    promisePeriods {\n      id\n      name\n      startYear\n      promises {\n        id\n        number\n        targets {\n          id\n          label\n          measure\n          target\n        }\n      }\n    }\n  }\n": typeof types.AdminPeriodsTestDocument,
    "\n  query AdminWebPlacesTest {\n    places {\n      name\n      population\n      radiusM\n    }\n  }\n": typeof types.AdminWebPlacesTestDocument,
    "\n  query AdminWebDoneTest {\n    activities(filter: { organisations: [POLICE], statuses: [DONE] }, first: 50) {\n      edges {\n        node {\n          id\n          version\n          title\n          kind\n          place {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminWebDoneTestDocument,
    "\n  query CadenceDueTest($asOf: DateTime) {\n    planningDue(asOf: $asOf) {\n      start {\n        name\n        lat\n        lng\n      }\n      villages {\n        place {\n          id\n          name\n          lat\n          lng\n        }\n        visitsPerPeriod\n        visitsInPeriod\n        daysUntilDue\n        overdue\n      }\n    }\n  }\n": typeof types.CadenceDueTestDocument,
    "\n  query CadenceSavedTest {\n    promisePeriods {\n      promises {\n        targets {\n          measure\n          villageExceptions {\n            visits\n            place {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CadenceSavedTestDocument,
    "\n  query CadenceFollowUpTest {\n    followUp(year: 2024) {\n      promises {\n        measure\n        cadence {\n          met\n          villages\n        }\n      }\n    }\n  }\n": typeof types.CadenceFollowUpTestDocument,
    "\n  query CompareSinceWebComparisonTest($a: Int!, $b: Int!) {\n    coverageComparison(yearA: $a, yearB: $b) {\n      onlyInA {\n        name\n      }\n      onlyInB {\n        name\n      }\n      places {\n        place {\n          kind\n        }\n        countA\n        countB\n      }\n    }\n  }\n": typeof types.CompareSinceWebComparisonTestDocument,
    "\n  query CompareSinceWebChangesTest($since: String!) {\n    meetingChanges(since: $since) {\n      total\n      villagesNewlyReached {\n        name\n      }\n    }\n  }\n": typeof types.CompareSinceWebChangesTestDocument,
    "\n  query CoverageWebCountTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n": typeof types.CoverageWebCountTestDocument,
    "\n  query CoverageWebNearestTest($filter: ActivityFilter, $orderBy: ActivityOrder) {\n    activities(filter: $filter, first: 1, orderBy: $orderBy) {\n      edges {\n        node {\n          startsAt\n        }\n      }\n    }\n  }\n": typeof types.CoverageWebNearestTestDocument,
    "\n  query CoverageWebPeriodsTest {\n    promisePeriods {\n      startYear\n      endYear\n    }\n    places(kinds: [VILLAGE]) {\n      id\n      name\n    }\n  }\n": typeof types.CoverageWebPeriodsTestDocument,
    "\n  query CoverageWebCadenceTest {\n    planningDue {\n      cadence {\n        kinds\n      }\n    }\n  }\n": typeof types.CoverageWebCadenceTestDocument,
    "\n  query EditingJourneyActivityTest($id: ID!) {\n    activity(id: $id) {\n      id\n      status\n      lat\n      lng\n      place {\n        name\n      }\n      outcome {\n        vehiclesChecked\n        breathTests\n        suspectedDrunkDriving\n        suspectedDrugDriving\n      }\n    }\n  }\n": typeof types.EditingJourneyActivityTestDocument,
    "\n  mutation EditingJourneyCreateTest($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n": typeof types.EditingJourneyCreateTestDocument,
    "\n  query EditingJourneyPlacesTest {\n    places {\n      id\n      name\n    }\n  }\n": typeof types.EditingJourneyPlacesTestDocument,
    "\n  query EditingCountTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n": typeof types.EditingCountTestDocument,
    "\n  query EditingActivityTest($id: ID!) {\n    activity(id: $id) {\n      id\n      status\n      version\n      title\n      outcome {\n        peopleReached\n      }\n      place {\n        name\n      }\n    }\n  }\n": typeof types.EditingActivityTestDocument,
    "\n        query EditingPlannedTest($filter: ActivityFilter) {\n          activities(filter: $filter, first: 500) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.EditingPlannedTestDocument,
    "\n        query EditingVillagesTest {\n          places(kinds: [VILLAGE]) {\n            id\n            name\n          }\n        }\n      ": typeof types.EditingVillagesTestDocument,
    "\n  query FollowUpWebTest($year: Int!) {\n    followUp(year: $year) {\n      promises {\n        promise {\n          number\n        }\n        status\n      }\n      villagesReached {\n        place {\n          name\n        }\n      }\n      villagesNotReached {\n        name\n      }\n    }\n  }\n": typeof types.FollowUpWebTestDocument,
    "\n  query FollowUpWebPublicTest($year: Int!) {\n    publicFollowUp(year: $year) {\n      promises {\n        number\n        status\n      }\n      villages {\n        name\n        reached\n      }\n    }\n  }\n": typeof types.FollowUpWebPublicTestDocument,
    "\n  query FollowUpWebCsvTest($filter: ActivityFilter) {\n    activitiesCsv(filter: $filter)\n  }\n": typeof types.FollowUpWebCsvTestDocument,
    "\n  query FollowUpWebCountTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n": typeof types.FollowUpWebCountTestDocument,
    "\n  query FollowUpWebOrgTest($year: Int!, $organisations: [Organisation!]) {\n    followUp(year: $year, organisations: $organisations) {\n      total\n      villagesReached {\n        place {\n          name\n        }\n        count\n      }\n      villagesNotReached {\n        name\n      }\n    }\n  }\n": typeof types.FollowUpWebOrgTestDocument,
    "\n  query FollowUpWebPaceTest {\n    followUp(year: 2024, asOf: \"2024-06-30\") {\n      total\n      promises {\n        promise {\n          number\n        }\n        status\n        forecast\n      }\n      timeSpent {\n        withoutEnd\n      }\n    }\n  }\n": typeof types.FollowUpWebPaceTestDocument,
    "\n  query ImportWebCountTest {\n    activities(filter: { from: \"2024-04-01T00:00:00Z\", to: \"2024-04-06T00:00:00Z\" }) {\n      totalCount\n    }\n  }\n": typeof types.ImportWebCountTestDocument,
    "\n  query MapLabelsUnvisitedTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      unvisited {\n        name\n      }\n    }\n  }\n": typeof types.MapLabelsUnvisitedTestDocument,
    "\n  query MapLabelsPlacesTest {\n    places(kinds: [TOWN, VILLAGE]) {\n      id\n    }\n  }\n": typeof types.MapLabelsPlacesTestDocument,
    "\n  query MapCountTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n": typeof types.MapCountTestDocument,
    "\n  query MapCoverageTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      byZone {\n        zone\n        count\n      }\n      places {\n        place {\n          id\n          name\n        }\n        count\n      }\n      unvisited {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MapCoverageTestDocument,
    "\n  query MapPageTest($filter: ActivityFilter, $first: Int, $after: String, $orderBy: ActivityOrder) {\n    activities(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n": typeof types.MapPageTestDocument,
    "\n  query MapTownsTest {\n    places(kinds: [TOWN, VILLAGE]) {\n      id\n    }\n  }\n": typeof types.MapTownsTestDocument,
    "\n  query MeetingFollowUpTest($year: Int!) {\n    followUp(year: $year) {\n      promises {\n        status\n        explanation\n        promise {\n          priorityArea\n        }\n      }\n    }\n  }\n": typeof types.MeetingFollowUpTestDocument,
    "\n  query MeetingCoverageTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      places {\n        count\n        place {\n          kind\n        }\n      }\n    }\n  }\n": typeof types.MeetingCoverageTestDocument,
    "\n  mutation MeetingCreatePeriodTest($input: PromisePeriodInput!) {\n    createPromisePeriod(input: $input) {\n      id\n    }\n  }\n": typeof types.MeetingCreatePeriodTestDocument,
    "\n  mutation MeetingCreatePromiseTest($periodId: ID!, $input: PromiseInput!) {\n    createPromise(periodId: $periodId, input: $input) {\n      id\n    }\n  }\n": typeof types.MeetingCreatePromiseTestDocument,
    "\n  mutation MeetingSetTargetTest($promiseId: ID!, $target: PromiseTargetInput!) {\n    setPromiseTarget(promiseId: $promiseId, target: $target) {\n      id\n    }\n  }\n": typeof types.MeetingSetTargetTestDocument,
    "\n  query MeetingAtRiskTest($year: Int!) {\n    followUp(year: $year) {\n      promises {\n        label\n        status\n        forecast\n        explanation\n      }\n    }\n  }\n": typeof types.MeetingAtRiskTestDocument,
    "\n  fragment PublicTotalsTest on PublicTotals {\n    year\n    total\n    inTown\n    inVillages\n    elsewhere\n    targetedOperations\n  }\n": typeof types.PublicTotalsTestFragmentDoc,
    "\n  query PublicFollowUpTest($year: Int!) {\n    publicFollowUp(year: $year) {\n      ...PublicTotalsTest\n      previous {\n        ...PublicTotalsTest\n      }\n      promises {\n        number\n        previousActual\n        measure\n      }\n      villages {\n        name\n        reached\n        count\n        previousReached\n        previousCount\n      }\n    }\n  }\n": typeof types.PublicFollowUpTestDocument,
    "\n  mutation TableCreateTest($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n": typeof types.TableCreateTestDocument,
    "\n  query TableActivityTest($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      status\n      outcome {\n        vehiclesChecked\n        peopleReached\n      }\n    }\n  }\n": typeof types.TableActivityTestDocument,
    "\n  query TablePlacesTest {\n    places {\n      id\n      name\n    }\n  }\n": typeof types.TablePlacesTestDocument,
    "\n  query TablePageTest($filter: ActivityFilter, $first: Int, $after: String) {\n    activities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n      }\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.TablePageTestDocument,
};
const documents: Documents = {
    "\n  query ActivitiesListTest($filter: ActivityFilter, $first: Int, $after: String, $orderBy: ActivityOrder) {\n    activities(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          kind\n          organisation\n          status\n          priorityAreas\n          startsAt\n          zone\n          title\n          version\n          lat\n          lng\n          place {\n            id\n            name\n            kind\n          }\n          outcome {\n            vehiclesChecked\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ActivitiesListTestDocument,
    "\n        query ActivitiesPlaceTest($id: ID!) {\n          activity(id: $id) {\n            kind\n            zone\n            place {\n              name\n            }\n          }\n        }\n      ": types.ActivitiesPlaceTestDocument,
    "\n            query ActivitiesUnknownTest {\n              activity(id: \"999999\") {\n                id\n              }\n            }\n          ": types.ActivitiesUnknownTestDocument,
    "\n            query ActivitiesDeletedTest($id: ID!) {\n              activity(id: $id) {\n                id\n              }\n            }\n          ": types.ActivitiesDeletedTestDocument,
    "\n            query ActivitiesNotAnIdTest {\n              activity(id: \"not-a-number\") {\n                id\n              }\n            }\n          ": types.ActivitiesNotAnIdTestDocument,
    "\n  mutation ClientIdCreateTest($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n      version\n      zone\n      place {\n        name\n      }\n    }\n  }\n": types.ClientIdCreateTestDocument,
    "\n  query ActivityPageJsonFirstSelectionTest($filter: ActivityFilter, $first: Int, $after: String, $orderBy: ActivityOrder) {\n    activities(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          kind\n          organisation\n          status\n          priorityAreas\n          startsAt\n          endsAt\n          lat\n          lng\n          zone\n          title\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ActivityPageJsonFirstSelectionTestDocument,
    "\n  query ActivityPageJsonFragmentsTest($first: Int) {\n    activities(first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ActivityPageJsonRow\n          ... on Activity {\n            startsAt\n            place {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n  fragment ActivityPageJsonRow on Activity {\n    id\n    title\n    outcome {\n      vehiclesChecked\n      breathTests\n      suspectedDrunkDriving\n      suspectedDrugDriving\n      peopleReached\n      findings\n    }\n  }\n": types.ActivityPageJsonFragmentsTestDocument,
    "\n  query ActivitySearchTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 500) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          place {\n            name\n          }\n        }\n      }\n    }\n    coverage(filter: $filter) {\n      total\n    }\n    activityClusters(filter: $filter, bbox: { south: 60, west: 10, north: 70, east: 25 }, zoom: 3) {\n      total\n    }\n  }\n": types.ActivitySearchTestDocument,
    "\n  fragment ActivityWritesFields on Activity {\n    id\n    kind\n    organisation\n    status\n    priorityAreas\n    startsAt\n    endsAt\n    lat\n    lng\n    zone\n    title\n    notes\n    version\n    place {\n      name\n    }\n    outcome {\n      vehiclesChecked\n      breathTests\n      suspectedDrunkDriving\n      suspectedDrugDriving\n      peopleReached\n      findings\n    }\n  }\n": types.ActivityWritesFieldsFragmentDoc,
    "\n  mutation ActivityWritesCreate($input: ActivityInput!) {\n    createActivity(input: $input) {\n      ...ActivityWritesFields\n    }\n  }\n": types.ActivityWritesCreateDocument,
    "\n  mutation ActivityWritesUpdate($id: ID!, $version: Int!, $input: ActivityInput!) {\n    updateActivity(id: $id, version: $version, input: $input) {\n      ...ActivityWritesFields\n    }\n  }\n": types.ActivityWritesUpdateDocument,
    "\n  mutation ActivityWritesDelete($id: ID!, $version: Int!) {\n    deleteActivity(id: $id, version: $version)\n  }\n": types.ActivityWritesDeleteDocument,
    "\n  mutation ActivityWritesRestore($id: ID!) {\n    restoreActivity(id: $id) {\n      id\n      version\n    }\n  }\n": types.ActivityWritesRestoreDocument,
    "\n  query ActivityWritesOne($id: ID!) {\n    activity(id: $id) {\n      id\n    }\n  }\n": types.ActivityWritesOneDocument,
    "\n        query ActivityWritesDeleted {\n          deletedActivities {\n            id\n          }\n        }\n      ": types.ActivityWritesDeletedDocument,
    "\n      mutation ActivityWritesUndo($id: ID!) {\n        undoDeleteActivity(id: $id) {\n          id\n          version\n        }\n      }\n    ": types.ActivityWritesUndoDocument,
    "\n  mutation AdminUpsertPlaceTest($input: PlaceInput!) {\n    upsertPlace(input: $input) {\n      id\n      name\n      samiName\n      kind\n      lat\n      lng\n      radiusM\n      population\n    }\n  }\n": types.AdminUpsertPlaceTestDocument,
    "\n  mutation AdminCreateUserTest($input: UserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      displayName\n      role\n      active\n    }\n  }\n": types.AdminCreateUserTestDocument,
    "\n  mutation AdminUpdateUserTest($id: ID!, $input: UserUpdateInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      role\n      active\n      displayName\n    }\n  }\n": types.AdminUpdateUserTestDocument,
    "\n  query AdminAuditTest($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          at\n          actor\n          action\n          entity\n          entityId\n          details\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminAuditTestDocument,
    "\n  query AdminMeTest {\n    me {\n      role\n    }\n  }\n": types.AdminMeTestDocument,
    "\n      query AdminDeletedLogTest {\n        deletedActivityLog {\n          deletedAt\n          deletedBy\n          deletedByName\n          activity {\n            id\n            kind\n            title\n            startsAt\n            place {\n              name\n            }\n          }\n        }\n      }\n    ": types.AdminDeletedLogTestDocument,
    "\n        query AdminMutationNamesTest {\n          __schema {\n            mutationType {\n              fields {\n                name\n              }\n            }\n          }\n        }\n      ": types.AdminMutationNamesTestDocument,
    "\n  mutation AuthLoginTest($u: String!, $p: String!) {\n    login(username: $u, password: $p) {\n      id\n      username\n      displayName\n      role\n    }\n  }\n": types.AuthLoginTestDocument,
    "\n  query AuthMeTest {\n    me {\n      id\n      username\n    }\n  }\n": types.AuthMeTestDocument,
    "\n            mutation AuthLogoutTest {\n              logout\n            }\n          ": types.AuthLogoutTestDocument,
    "\n  query BadInputCursorListTest($after: String, $orderBy: ActivityOrder) {\n    activities(first: 2, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n      }\n    }\n  }\n": types.BadInputCursorListTestDocument,
    "\n  mutation BadInputOutageWriteTest($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n": types.BadInputOutageWriteTestDocument,
    "\n  query BoundaryImportMunicipalityTest {\n    municipality {\n      code\n      boundary\n      center {\n        lat\n      }\n    }\n  }\n": types.BoundaryImportMunicipalityTestDocument,
    "\n  mutation ClusterGridCreateTest($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n      version\n    }\n  }\n": types.ClusterGridCreateTestDocument,
    "\n  mutation ClusterGridUpdateTest($id: ID!, $version: Int!, $input: ActivityInput!) {\n    updateActivity(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": types.ClusterGridUpdateTestDocument,
    "\n  mutation ClusterGridDeleteTest($id: ID!, $version: Int!) {\n    deleteActivity(id: $id, version: $version)\n  }\n": types.ClusterGridDeleteTestDocument,
    "\n  mutation ClusterGridRestoreTest($id: ID!) {\n    restoreActivity(id: $id) {\n      id\n      version\n    }\n  }\n": types.ClusterGridRestoreTestDocument,
    "\n  query ClusterGridTotalTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 1) {\n      totalCount\n    }\n  }\n": types.ClusterGridTotalTestDocument,
    "\n  query ClustersTest($filter: ActivityFilter, $bbox: BBoxInput!, $zoom: Int!) {\n    activityClusters(filter: $filter, bbox: $bbox, zoom: $zoom) {\n      total\n      clusters {\n        lat\n        lng\n        count\n        activityId\n        byKind {\n          kind\n          count\n        }\n      }\n    }\n  }\n": types.ClustersTestDocument,
    "\n  query ClustersCountTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n": types.ClustersCountTestDocument,
    "\n  query ClustersOneTest($id: ID!) {\n    activity(id: $id) {\n      id\n      lat\n      lng\n      kind\n    }\n  }\n": types.ClustersOneTestDocument,
    "\n  query CompareSinceComparisonTest($filter: ActivityFilter, $a: Int!, $b: Int!) {\n    coverageComparison(filter: $filter, yearA: $a, yearB: $b) {\n      yearA\n      yearB\n      totalA\n      totalB\n      byZone {\n        zone\n        countA\n        shareA\n        countB\n        shareB\n        change\n      }\n      places {\n        place {\n          id\n          name\n          kind\n        }\n        countA\n        countB\n        change\n      }\n      onlyInA {\n        name\n      }\n      onlyInB {\n        name\n      }\n    }\n  }\n": types.CompareSinceComparisonTestDocument,
    "\n  query CompareSinceChangesTest($since: String!, $until: DateTime) {\n    meetingChanges(since: $since, until: $until) {\n      since\n      until\n      total\n      promiseYear\n      byKind {\n        kind\n        count\n      }\n      byArea {\n        area\n        count\n      }\n      villagesNewlyReached {\n        name\n      }\n      promiseChanges {\n        promise {\n          number\n        }\n        targetId\n        label\n        statusBefore\n        statusAfter\n        actualBefore\n        actualAfter\n      }\n    }\n  }\n": types.CompareSinceChangesTestDocument,
    "\n      mutation CompareSinceRecordTest($d: String!, $n: String) {\n        recordMeeting(heldOn: $d, note: $n) {\n          id\n          heldOn\n          note\n        }\n      }\n    ": types.CompareSinceRecordTestDocument,
    "\n        query CompareSinceMeetingsTest {\n          meetings {\n            heldOn\n          }\n        }\n      ": types.CompareSinceMeetingsTestDocument,
    "\n        query CompareSinceFollowUpTest {\n          followUp(year: 2024) {\n            promises {\n              targetId\n              status\n              promise {\n                number\n              }\n            }\n          }\n        }\n      ": types.CompareSinceFollowUpTestDocument,
    "\n  query CoverageTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      byZone {\n        zone\n        count\n        share\n      }\n      places {\n        place {\n          name\n          kind\n        }\n        count\n        lastActivityAt\n        daysSinceLast\n        byKind {\n          kind\n          count\n        }\n      }\n      unvisited {\n        name\n        kind\n      }\n    }\n  }\n": types.CoverageTestDocument,
    "\n  query CoverageListCountTest($filter: ActivityFilter) {\n    activities(filter: $filter) {\n      totalCount\n    }\n  }\n": types.CoverageListCountTestDocument,
    "\n  query CoverageTimelineTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      places {\n        place {\n          name\n        }\n        lastDoneAt\n        daysSinceLastDone\n        nextPlannedAt\n        daysUntilNextPlanned\n      }\n    }\n  }\n": types.CoverageTimelineTestDocument,
    "\n  mutation EmbeddedRecoveryCreateTest($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n      title\n    }\n  }\n": types.EmbeddedRecoveryCreateTestDocument,
    "\n  query EmbeddedRecoveryReadTest($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n    }\n  }\n": types.EmbeddedRecoveryReadTestDocument,
    "\n  query FollowUpFixture($year: Int!) {\n    followUp(year: $year) {\n      year\n      inProgress\n      period {\n        name\n        startYear\n        endYear\n        promises {\n          number\n          targets {\n            measure\n            target\n          }\n        }\n      }\n      promises {\n        promise {\n          number\n          title\n        }\n        targetId\n        label\n        measure\n        actual\n        target\n        status\n        explanation\n        activityCount\n      }\n      total\n      byKind {\n        kind\n        count\n      }\n      byZone {\n        zone\n        count\n        share\n      }\n      byMonth {\n        month\n        count\n      }\n      villagesReached {\n        place {\n          name\n        }\n        count\n      }\n      villagesNotReached {\n        name\n      }\n      previous {\n        year\n        total\n        byKind {\n          kind\n          count\n        }\n        promises {\n          promise {\n            number\n          }\n          measure\n          actual\n          status\n          explanation\n        }\n      }\n    }\n  }\n": types.FollowUpFixtureDocument,
    "\n  query FollowUpPaceTest($year: Int!, $asOf: String) {\n    followUp(year: $year, asOf: $asOf) {\n      year\n      asOf\n      inProgress\n      promises {\n        label\n        measure\n        actual\n        target\n        status\n        forecast\n        hours\n        activitiesWithoutEnd\n        promise {\n          number\n        }\n      }\n      timeSpent {\n        hours\n        withoutEnd\n        byKind {\n          kind\n          hours\n          withoutEnd\n        }\n        byOrganisation {\n          organisation\n          hours\n          withoutEnd\n        }\n      }\n    }\n  }\n": types.FollowUpPaceTestDocument,
    "\n        query FollowUpPaceCsvTest {\n          followUpCsv(year: 2024, asOf: \"2024-06-30\")\n        }\n      ": types.FollowUpPaceCsvTestDocument,
    "\n        query FollowUpPaceTimeCsvTest {\n          followUpTimeCsv(year: 2024, asOf: \"2024-06-30\")\n        }\n      ": types.FollowUpPaceTimeCsvTestDocument,
    "\n  query FollowUpPublicTest($year: Int!) {\n    publicFollowUp(year: $year) {\n      year\n      periodName\n      inProgress\n      total\n      inTown\n      outsideTown\n      inVillages\n      elsewhere\n      targetedOperations\n      smallVillageLimit\n      promises {\n        number\n        promiseTitle\n        organisation\n        priorityArea\n        label\n        measure\n        actual\n        target\n        status\n        explanation\n        previousActual\n      }\n      previous {\n        year\n        total\n        inTown\n        outsideTown\n        inVillages\n        elsewhere\n        targetedOperations\n      }\n      byKind {\n        kind\n        count\n      }\n      byMonth {\n        month\n        count\n      }\n      villages {\n        name\n        samiName\n        lat\n        lng\n        reached\n        count\n        previousReached\n        previousCount\n      }\n    }\n  }\n": types.FollowUpPublicTestDocument,
    "\n  query FollowUpPublicSchemaTypesTest {\n    __schema {\n      types {\n        name\n        kind\n        fields {\n          name\n          type {\n            kind\n            name\n            ofType {\n              kind\n              name\n              ofType {\n                kind\n                name\n                ofType {\n                  kind\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.FollowUpPublicSchemaTypesTestDocument,
    "\n        query FollowUpPublicEnTest {\n          publicFollowUp(year: 2023) {\n            promises {\n              explanation(language: EN)\n            }\n          }\n        }\n      ": types.FollowUpPublicEnTestDocument,
    "\n        query FollowUpPublicMapTest {\n          publicMap {\n            boundary\n            tileUrl\n            tileAttribution\n          }\n        }\n      ": types.FollowUpPublicMapTestDocument,
    "\n        query FollowUpSeedCountTest {\n          activities(filter: { years: [2022], statuses: [DONE] }, first: 0) {\n            totalCount\n          }\n        }\n      ": types.FollowUpSeedCountTestDocument,
    "\n        query FollowUpSeedPublicTest {\n          publicFollowUp(year: 2024) {\n            promises {\n              number\n              status\n            }\n            villages {\n              name\n              reached\n              count\n            }\n          }\n        }\n      ": types.FollowUpSeedPublicTestDocument,
    "\n  query FollowUpCsvTest {\n    followUpCsv(year: 2023)\n  }\n": types.FollowUpCsvTestDocument,
    "\n  query FollowUpActivityCountTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n": types.FollowUpActivityCountTestDocument,
    "\n    query FollowUpActivitiesCsvTest($filter: ActivityFilter) {\n      activitiesCsv(filter: $filter)\n    }\n  ": types.FollowUpActivitiesCsvTestDocument,
    "\n    query FollowUpOfTest($year: Int!, $organisations: [Organisation!]) {\n      followUp(year: $year, organisations: $organisations) {\n        total\n        byZone {\n          zone\n          count\n        }\n        promises {\n          promise {\n            number\n          }\n          actual\n        }\n        villagesReached {\n          place {\n            name\n          }\n          count\n        }\n        villagesNotReached {\n          name\n        }\n        previous {\n          total\n          villagesReached {\n            place {\n              name\n            }\n            count\n          }\n        }\n      }\n    }\n  ": types.FollowUpOfTestDocument,
    "\n        query FollowUpCsvOfTest($o: [Organisation!]) {\n          followUpCsv(year: 2023, organisations: $o)\n        }\n      ": types.FollowUpCsvOfTestDocument,
    "\n    query FollowUpEnTest($year: Int!) {\n      followUp(year: $year) {\n        promises {\n          promise {\n            number\n          }\n          sv: explanation\n          en: explanation(language: EN)\n        }\n      }\n    }\n  ": types.FollowUpEnTestDocument,
    "\n  query ImportBatchesTest {\n    importBatches {\n      id\n      fileName\n      createdBy\n      rowCount\n      insertedCount\n      duplicateCount\n      refusedCount\n      activeCount\n      undoneAt\n      undoneBy\n    }\n  }\n": types.ImportBatchesTestDocument,
    "\n  mutation ImportBatchesUndoTest($id: ID!) {\n    undoImportBatch(id: $id) {\n      deleted\n      batch {\n        id\n        activeCount\n        undoneAt\n        undoneBy\n      }\n    }\n  }\n": types.ImportBatchesUndoTestDocument,
    "\n  query ImportRoundTripCsvTest($filter: ActivityFilter) {\n    activitiesCsv(filter: $filter)\n  }\n": types.ImportRoundTripCsvTestDocument,
    "\n  query PlanningDueTest($asOf: DateTime, $targetId: ID) {\n    planningDue(asOf: $asOf, targetId: $targetId) {\n      asOf\n      periodStart\n      periodEnd\n      cadence {\n        id\n        label\n        target\n        cadencePeriod\n        kinds\n        villageExceptions {\n          placeId\n          visits\n          place {\n            name\n          }\n        }\n      }\n      start {\n        name\n        lat\n        lng\n      }\n      villages {\n        place {\n          id\n          name\n        }\n        visitsPerPeriod\n        visitsInPeriod\n        lastVisitAt\n        daysSince\n        dueAt\n        daysUntilDue\n        overdue\n        nextPlannedAt\n      }\n    }\n  }\n": types.PlanningDueTestDocument,
    "\n  mutation PlanningDueSetTargetTest($promiseId: ID!, $target: PromiseTargetInput!) {\n    setPromiseTarget(promiseId: $promiseId, target: $target) {\n      id\n      targets {\n        id\n        measure\n        target\n        cadencePeriod\n        villageExceptions {\n          placeId\n          visits\n        }\n      }\n    }\n  }\n": types.PlanningDueSetTargetTestDocument,
    "\n  query PlanningDueFollowUpTest($year: Int!) {\n    followUp(year: $year) {\n      promises {\n        targetId\n        measure\n        actual\n        target\n        status\n        explanation\n        explanationEn: explanation(language: EN)\n        cadence {\n          villages\n          met\n          visitsPerPeriod\n          period\n          exceptions\n          share\n        }\n        promise {\n          id\n          number\n        }\n      }\n    }\n  }\n": types.PlanningDueFollowUpTestDocument,
    "\n  fragment PromiseTestFields on Promise {\n    id\n    number\n    title\n    description\n    organisation\n    priorityArea\n    targets {\n      id\n      measure\n      kinds\n      priorityAreas\n      placeKind\n      schoolLevel\n      target\n      label\n    }\n  }\n": types.PromiseTestFieldsFragmentDoc,
    "\n  query PromisePeriodsTest {\n    promisePeriods {\n      id\n      name\n      startYear\n      endYear\n      promises {\n        ...PromiseTestFields\n      }\n    }\n  }\n": types.PromisePeriodsTestDocument,
    "\n  mutation CreatePromisePeriodTest($input: PromisePeriodInput!) {\n    createPromisePeriod(input: $input) {\n      id\n      name\n      startYear\n      endYear\n      promises {\n        id\n      }\n    }\n  }\n": types.CreatePromisePeriodTestDocument,
    "\n  mutation UpdatePromisePeriodTest($id: ID!, $input: PromisePeriodInput!) {\n    updatePromisePeriod(id: $id, input: $input) {\n      id\n      name\n      startYear\n      endYear\n    }\n  }\n": types.UpdatePromisePeriodTestDocument,
    "\n  mutation CreatePromiseTest($periodId: ID!, $input: PromiseInput!) {\n    createPromise(periodId: $periodId, input: $input) {\n      ...PromiseTestFields\n    }\n  }\n": types.CreatePromiseTestDocument,
    "\n  mutation UpdatePromiseTest($id: ID!, $input: PromiseInput!) {\n    updatePromise(id: $id, input: $input) {\n      ...PromiseTestFields\n    }\n  }\n": types.UpdatePromiseTestDocument,
    "\n  mutation SetPromiseTargetTest($promiseId: ID!, $target: PromiseTargetInput!) {\n    setPromiseTarget(promiseId: $promiseId, target: $target) {\n      ...PromiseTestFields\n    }\n  }\n": types.SetPromiseTargetTestDocument,
    "\n  mutation UpdatePromiseTargetTest($id: ID!, $target: PromiseTargetInput!) {\n    updatePromiseTarget(id: $id, target: $target) {\n      ...PromiseTestFields\n    }\n  }\n": types.UpdatePromiseTargetTestDocument,
    "\n  mutation DeletePromiseTargetTest($id: ID!) {\n    deletePromiseTarget(id: $id) {\n      ...PromiseTestFields\n    }\n  }\n": types.DeletePromiseTargetTestDocument,
    "\n        query PromisePeriodFollowUpTest($y: Int!) {\n          followUp(year: $y) {\n            period {\n              id\n            }\n            promises {\n              label\n            }\n          }\n        }\n      ": types.PromisePeriodFollowUpTestDocument,
    "\n        mutation SetTwoPromiseTargetsTest($id: ID!, $t1: PromiseTargetInput!, $t2: PromiseTargetInput!) {\n          a: setPromiseTarget(promiseId: $id, target: $t1) {\n            targets {\n              measure\n              target\n            }\n          }\n          b: setPromiseTarget(promiseId: $id, target: $t2) {\n            targets {\n              measure\n              target\n            }\n          }\n        }\n      ": types.SetTwoPromiseTargetsTestDocument,
    "\n      query PromiseFollowUpTest {\n        followUp(year: 2023) {\n          promises {\n            promise {\n              number\n            }\n            status\n            explanation\n          }\n        }\n      }\n    ": types.PromiseFollowUpTestDocument,
    "\n  mutation PublicIdsCreateTest($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n      version\n    }\n  }\n": types.PublicIdsCreateTestDocument,
    "\n  query PublicIdsOneTest($id: ID!) {\n    activity(id: $id) {\n      id\n    }\n  }\n": types.PublicIdsOneTestDocument,
    "\n  query PublicIdsListTest($first: Int, $after: String, $orderBy: ActivityOrder) {\n    activities(first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PublicIdsListTestDocument,
    "\n        query PublicIdsClustersTest($bbox: BBoxInput!) {\n          activityClusters(filter: { years: [2026] }, bbox: $bbox, zoom: 22) {\n            clusters {\n              count\n              activityId\n            }\n          }\n        }\n      ": types.PublicIdsClustersTestDocument,
    "\n          query PublicIdsCsvTest {\n            activitiesCsv(filter: { years: [2026] })\n          }\n        ": types.PublicIdsCsvTestDocument,
    "\n        query PublicIdsDeletedTest {\n          deletedActivities {\n            id\n          }\n          deletedActivityLog {\n            activity {\n              id\n            }\n            deletedBy\n          }\n        }\n      ": types.PublicIdsDeletedTestDocument,
    "\n        mutation PublicIdsUndoTest($id: ID!) {\n          undoDeleteActivity(id: $id) {\n            id\n          }\n        }\n      ": types.PublicIdsUndoTestDocument,
    "\n        query PublicIdsAuditTest($filter: AuditFilter) {\n          auditEvents(filter: $filter) {\n            edges {\n              node {\n                action\n                entityId\n              }\n            }\n          }\n        }\n      ": types.PublicIdsAuditTestDocument,
    "\n        query PublicIdsAuditCountTest($filter: AuditFilter) {\n          auditEvents(filter: $filter) {\n            totalCount\n          }\n        }\n      ": types.PublicIdsAuditCountTestDocument,
    "\n      query SeedDoneTest($filter: ActivityFilter) {\n        activities(filter: $filter, first: 0) {\n          totalCount\n        }\n      }\n    ": types.SeedDoneTestDocument,
    "\n        query SeedGazetteerTest {\n          municipality {\n            code\n            name\n            samiName\n          }\n          places {\n            name\n            samiName\n            kind\n            radiusM\n            lat\n            lng\n          }\n        }\n      ": types.SeedGazetteerTestDocument,
    "\n        query SeedCoverageTest($years: [Int!]) {\n          coverage(filter: { years: $years, statuses: [DONE] }) {\n            places {\n              place {\n                kind\n              }\n              count\n            }\n            unvisited {\n              kind\n            }\n          }\n        }\n      ": types.SeedCoverageTestDocument,
    "\n        query SeedVillageVisitsTest {\n          coverage(filter: { years: [2022], kinds: [VILLAGE_VISIT], statuses: [DONE] }) {\n            places {\n              place {\n                kind\n              }\n              count\n            }\n          }\n        }\n      ": types.SeedVillageVisitsTestDocument,
    "\n        query SeedPlannedTest($from: DateTime) {\n          activities(filter: { statuses: [PLANNED], from: $from }, first: 500) {\n            totalCount\n            edges {\n              node {\n                organisation\n                startsAt\n              }\n            }\n          }\n        }\n      ": types.SeedPlannedTestDocument,
    "\n  query VisibilitySignedOutMeTest {\n    me {\n      id\n    }\n  }\n": types.VisibilitySignedOutMeTestDocument,
    "\n  query VisibilityTest($filter: ActivityFilter, $id: ID!, $id2: ID!) {\n    activities(filter: $filter, first: 500) {\n      totalCount\n      edges {\n        node {\n          id\n          organisation\n          status\n        }\n      }\n    }\n    coverage(filter: $filter) {\n      total\n      byZone {\n        zone\n        count\n      }\n      places {\n        place {\n          name\n        }\n        count\n      }\n    }\n    planned: activity(id: $id) {\n      id\n    }\n    cancelled: activity(id: $id2) {\n      id\n    }\n  }\n": types.VisibilityTestDocument,
    "\n  mutation TestServerLoginTest($u: String!, $p: String!) {\n    login(username: $u, password: $p) {\n      id\n    }\n  }\n": types.TestServerLoginTestDocument,
    "\n  query AdminPeriodsTest {\n    promisePeriods {\n      id\n      name\n      startYear\n      promises {\n        id\n        number\n        targets {\n          id\n          label\n          measure\n          target\n        }\n      }\n    }\n  }\n": types.AdminPeriodsTestDocument,
    "\n  query AdminWebPlacesTest {\n    places {\n      name\n      population\n      radiusM\n    }\n  }\n": types.AdminWebPlacesTestDocument,
    "\n  query AdminWebDoneTest {\n    activities(filter: { organisations: [POLICE], statuses: [DONE] }, first: 50) {\n      edges {\n        node {\n          id\n          version\n          title\n          kind\n          place {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AdminWebDoneTestDocument,
    "\n  query CadenceDueTest($asOf: DateTime) {\n    planningDue(asOf: $asOf) {\n      start {\n        name\n        lat\n        lng\n      }\n      villages {\n        place {\n          id\n          name\n          lat\n          lng\n        }\n        visitsPerPeriod\n        visitsInPeriod\n        daysUntilDue\n        overdue\n      }\n    }\n  }\n": types.CadenceDueTestDocument,
    "\n  query CadenceSavedTest {\n    promisePeriods {\n      promises {\n        targets {\n          measure\n          villageExceptions {\n            visits\n            place {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CadenceSavedTestDocument,
    "\n  query CadenceFollowUpTest {\n    followUp(year: 2024) {\n      promises {\n        measure\n        cadence {\n          met\n          villages\n        }\n      }\n    }\n  }\n": types.CadenceFollowUpTestDocument,
    "\n  query CompareSinceWebComparisonTest($a: Int!, $b: Int!) {\n    coverageComparison(yearA: $a, yearB: $b) {\n      onlyInA {\n        name\n      }\n      onlyInB {\n        name\n      }\n      places {\n        place {\n          kind\n        }\n        countA\n        countB\n      }\n    }\n  }\n": types.CompareSinceWebComparisonTestDocument,
    "\n  query CompareSinceWebChangesTest($since: String!) {\n    meetingChanges(since: $since) {\n      total\n      villagesNewlyReached {\n        name\n      }\n    }\n  }\n": types.CompareSinceWebChangesTestDocument,
    "\n  query CoverageWebCountTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n": types.CoverageWebCountTestDocument,
    "\n  query CoverageWebNearestTest($filter: ActivityFilter, $orderBy: ActivityOrder) {\n    activities(filter: $filter, first: 1, orderBy: $orderBy) {\n      edges {\n        node {\n          startsAt\n        }\n      }\n    }\n  }\n": types.CoverageWebNearestTestDocument,
    "\n  query CoverageWebPeriodsTest {\n    promisePeriods {\n      startYear\n      endYear\n    }\n    places(kinds: [VILLAGE]) {\n      id\n      name\n    }\n  }\n": types.CoverageWebPeriodsTestDocument,
    "\n  query CoverageWebCadenceTest {\n    planningDue {\n      cadence {\n        kinds\n      }\n    }\n  }\n": types.CoverageWebCadenceTestDocument,
    "\n  query EditingJourneyActivityTest($id: ID!) {\n    activity(id: $id) {\n      id\n      status\n      lat\n      lng\n      place {\n        name\n      }\n      outcome {\n        vehiclesChecked\n        breathTests\n        suspectedDrunkDriving\n        suspectedDrugDriving\n      }\n    }\n  }\n": types.EditingJourneyActivityTestDocument,
    "\n  mutation EditingJourneyCreateTest($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n": types.EditingJourneyCreateTestDocument,
    "\n  query EditingJourneyPlacesTest {\n    places {\n      id\n      name\n    }\n  }\n": types.EditingJourneyPlacesTestDocument,
    "\n  query EditingCountTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n": types.EditingCountTestDocument,
    "\n  query EditingActivityTest($id: ID!) {\n    activity(id: $id) {\n      id\n      status\n      version\n      title\n      outcome {\n        peopleReached\n      }\n      place {\n        name\n      }\n    }\n  }\n": types.EditingActivityTestDocument,
    "\n        query EditingPlannedTest($filter: ActivityFilter) {\n          activities(filter: $filter, first: 500) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": types.EditingPlannedTestDocument,
    "\n        query EditingVillagesTest {\n          places(kinds: [VILLAGE]) {\n            id\n            name\n          }\n        }\n      ": types.EditingVillagesTestDocument,
    "\n  query FollowUpWebTest($year: Int!) {\n    followUp(year: $year) {\n      promises {\n        promise {\n          number\n        }\n        status\n      }\n      villagesReached {\n        place {\n          name\n        }\n      }\n      villagesNotReached {\n        name\n      }\n    }\n  }\n": types.FollowUpWebTestDocument,
    "\n  query FollowUpWebPublicTest($year: Int!) {\n    publicFollowUp(year: $year) {\n      promises {\n        number\n        status\n      }\n      villages {\n        name\n        reached\n      }\n    }\n  }\n": types.FollowUpWebPublicTestDocument,
    "\n  query FollowUpWebCsvTest($filter: ActivityFilter) {\n    activitiesCsv(filter: $filter)\n  }\n": types.FollowUpWebCsvTestDocument,
    "\n  query FollowUpWebCountTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n": types.FollowUpWebCountTestDocument,
    "\n  query FollowUpWebOrgTest($year: Int!, $organisations: [Organisation!]) {\n    followUp(year: $year, organisations: $organisations) {\n      total\n      villagesReached {\n        place {\n          name\n        }\n        count\n      }\n      villagesNotReached {\n        name\n      }\n    }\n  }\n": types.FollowUpWebOrgTestDocument,
    "\n  query FollowUpWebPaceTest {\n    followUp(year: 2024, asOf: \"2024-06-30\") {\n      total\n      promises {\n        promise {\n          number\n        }\n        status\n        forecast\n      }\n      timeSpent {\n        withoutEnd\n      }\n    }\n  }\n": types.FollowUpWebPaceTestDocument,
    "\n  query ImportWebCountTest {\n    activities(filter: { from: \"2024-04-01T00:00:00Z\", to: \"2024-04-06T00:00:00Z\" }) {\n      totalCount\n    }\n  }\n": types.ImportWebCountTestDocument,
    "\n  query MapLabelsUnvisitedTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      unvisited {\n        name\n      }\n    }\n  }\n": types.MapLabelsUnvisitedTestDocument,
    "\n  query MapLabelsPlacesTest {\n    places(kinds: [TOWN, VILLAGE]) {\n      id\n    }\n  }\n": types.MapLabelsPlacesTestDocument,
    "\n  query MapCountTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n": types.MapCountTestDocument,
    "\n  query MapCoverageTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      byZone {\n        zone\n        count\n      }\n      places {\n        place {\n          id\n          name\n        }\n        count\n      }\n      unvisited {\n        id\n        name\n      }\n    }\n  }\n": types.MapCoverageTestDocument,
    "\n  query MapPageTest($filter: ActivityFilter, $first: Int, $after: String, $orderBy: ActivityOrder) {\n    activities(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n": types.MapPageTestDocument,
    "\n  query MapTownsTest {\n    places(kinds: [TOWN, VILLAGE]) {\n      id\n    }\n  }\n": types.MapTownsTestDocument,
    "\n  query MeetingFollowUpTest($year: Int!) {\n    followUp(year: $year) {\n      promises {\n        status\n        explanation\n        promise {\n          priorityArea\n        }\n      }\n    }\n  }\n": types.MeetingFollowUpTestDocument,
    "\n  query MeetingCoverageTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      places {\n        count\n        place {\n          kind\n        }\n      }\n    }\n  }\n": types.MeetingCoverageTestDocument,
    "\n  mutation MeetingCreatePeriodTest($input: PromisePeriodInput!) {\n    createPromisePeriod(input: $input) {\n      id\n    }\n  }\n": types.MeetingCreatePeriodTestDocument,
    "\n  mutation MeetingCreatePromiseTest($periodId: ID!, $input: PromiseInput!) {\n    createPromise(periodId: $periodId, input: $input) {\n      id\n    }\n  }\n": types.MeetingCreatePromiseTestDocument,
    "\n  mutation MeetingSetTargetTest($promiseId: ID!, $target: PromiseTargetInput!) {\n    setPromiseTarget(promiseId: $promiseId, target: $target) {\n      id\n    }\n  }\n": types.MeetingSetTargetTestDocument,
    "\n  query MeetingAtRiskTest($year: Int!) {\n    followUp(year: $year) {\n      promises {\n        label\n        status\n        forecast\n        explanation\n      }\n    }\n  }\n": types.MeetingAtRiskTestDocument,
    "\n  fragment PublicTotalsTest on PublicTotals {\n    year\n    total\n    inTown\n    inVillages\n    elsewhere\n    targetedOperations\n  }\n": types.PublicTotalsTestFragmentDoc,
    "\n  query PublicFollowUpTest($year: Int!) {\n    publicFollowUp(year: $year) {\n      ...PublicTotalsTest\n      previous {\n        ...PublicTotalsTest\n      }\n      promises {\n        number\n        previousActual\n        measure\n      }\n      villages {\n        name\n        reached\n        count\n        previousReached\n        previousCount\n      }\n    }\n  }\n": types.PublicFollowUpTestDocument,
    "\n  mutation TableCreateTest($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n": types.TableCreateTestDocument,
    "\n  query TableActivityTest($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      status\n      outcome {\n        vehiclesChecked\n        peopleReached\n      }\n    }\n  }\n": types.TableActivityTestDocument,
    "\n  query TablePlacesTest {\n    places {\n      id\n      name\n    }\n  }\n": types.TablePlacesTestDocument,
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
export function graphql(source: "\n        query ActivitiesPlaceTest($id: ID!) {\n          activity(id: $id) {\n            kind\n            zone\n            place {\n              name\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ActivitiesPlaceTest($id: ID!) {\n          activity(id: $id) {\n            kind\n            zone\n            place {\n              name\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ActivitiesUnknownTest {\n              activity(id: \"999999\") {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query ActivitiesUnknownTest {\n              activity(id: \"999999\") {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ActivitiesDeletedTest($id: ID!) {\n              activity(id: $id) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query ActivitiesDeletedTest($id: ID!) {\n              activity(id: $id) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ActivitiesNotAnIdTest {\n              activity(id: \"not-a-number\") {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query ActivitiesNotAnIdTest {\n              activity(id: \"not-a-number\") {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientIdCreateTest($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n      version\n      zone\n      place {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClientIdCreateTest($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n      version\n      zone\n      place {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityPageJsonFirstSelectionTest($filter: ActivityFilter, $first: Int, $after: String, $orderBy: ActivityOrder) {\n    activities(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          kind\n          organisation\n          status\n          priorityAreas\n          startsAt\n          endsAt\n          lat\n          lng\n          zone\n          title\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityPageJsonFirstSelectionTest($filter: ActivityFilter, $first: Int, $after: String, $orderBy: ActivityOrder) {\n    activities(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          kind\n          organisation\n          status\n          priorityAreas\n          startsAt\n          endsAt\n          lat\n          lng\n          zone\n          title\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityPageJsonFragmentsTest($first: Int) {\n    activities(first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ActivityPageJsonRow\n          ... on Activity {\n            startsAt\n            place {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n  fragment ActivityPageJsonRow on Activity {\n    id\n    title\n    outcome {\n      vehiclesChecked\n      breathTests\n      suspectedDrunkDriving\n      suspectedDrugDriving\n      peopleReached\n      findings\n    }\n  }\n"): (typeof documents)["\n  query ActivityPageJsonFragmentsTest($first: Int) {\n    activities(first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ActivityPageJsonRow\n          ... on Activity {\n            startsAt\n            place {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n  fragment ActivityPageJsonRow on Activity {\n    id\n    title\n    outcome {\n      vehiclesChecked\n      breathTests\n      suspectedDrunkDriving\n      suspectedDrugDriving\n      peopleReached\n      findings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivitySearchTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 500) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          place {\n            name\n          }\n        }\n      }\n    }\n    coverage(filter: $filter) {\n      total\n    }\n    activityClusters(filter: $filter, bbox: { south: 60, west: 10, north: 70, east: 25 }, zoom: 3) {\n      total\n    }\n  }\n"): (typeof documents)["\n  query ActivitySearchTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 500) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          place {\n            name\n          }\n        }\n      }\n    }\n    coverage(filter: $filter) {\n      total\n    }\n    activityClusters(filter: $filter, bbox: { south: 60, west: 10, north: 70, east: 25 }, zoom: 3) {\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityWritesFields on Activity {\n    id\n    kind\n    organisation\n    status\n    priorityAreas\n    startsAt\n    endsAt\n    lat\n    lng\n    zone\n    title\n    notes\n    version\n    place {\n      name\n    }\n    outcome {\n      vehiclesChecked\n      breathTests\n      suspectedDrunkDriving\n      suspectedDrugDriving\n      peopleReached\n      findings\n    }\n  }\n"): (typeof documents)["\n  fragment ActivityWritesFields on Activity {\n    id\n    kind\n    organisation\n    status\n    priorityAreas\n    startsAt\n    endsAt\n    lat\n    lng\n    zone\n    title\n    notes\n    version\n    place {\n      name\n    }\n    outcome {\n      vehiclesChecked\n      breathTests\n      suspectedDrunkDriving\n      suspectedDrugDriving\n      peopleReached\n      findings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityWritesCreate($input: ActivityInput!) {\n    createActivity(input: $input) {\n      ...ActivityWritesFields\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityWritesCreate($input: ActivityInput!) {\n    createActivity(input: $input) {\n      ...ActivityWritesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityWritesUpdate($id: ID!, $version: Int!, $input: ActivityInput!) {\n    updateActivity(id: $id, version: $version, input: $input) {\n      ...ActivityWritesFields\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityWritesUpdate($id: ID!, $version: Int!, $input: ActivityInput!) {\n    updateActivity(id: $id, version: $version, input: $input) {\n      ...ActivityWritesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityWritesDelete($id: ID!, $version: Int!) {\n    deleteActivity(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation ActivityWritesDelete($id: ID!, $version: Int!) {\n    deleteActivity(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityWritesRestore($id: ID!) {\n    restoreActivity(id: $id) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityWritesRestore($id: ID!) {\n    restoreActivity(id: $id) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityWritesOne($id: ID!) {\n    activity(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query ActivityWritesOne($id: ID!) {\n    activity(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ActivityWritesDeleted {\n          deletedActivities {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query ActivityWritesDeleted {\n          deletedActivities {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ActivityWritesUndo($id: ID!) {\n        undoDeleteActivity(id: $id) {\n          id\n          version\n        }\n      }\n    "): (typeof documents)["\n      mutation ActivityWritesUndo($id: ID!) {\n        undoDeleteActivity(id: $id) {\n          id\n          version\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpsertPlaceTest($input: PlaceInput!) {\n    upsertPlace(input: $input) {\n      id\n      name\n      samiName\n      kind\n      lat\n      lng\n      radiusM\n      population\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpsertPlaceTest($input: PlaceInput!) {\n    upsertPlace(input: $input) {\n      id\n      name\n      samiName\n      kind\n      lat\n      lng\n      radiusM\n      population\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateUserTest($input: UserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      displayName\n      role\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateUserTest($input: UserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      displayName\n      role\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateUserTest($id: ID!, $input: UserUpdateInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      role\n      active\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateUserTest($id: ID!, $input: UserUpdateInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      role\n      active\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAuditTest($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          at\n          actor\n          action\n          entity\n          entityId\n          details\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminAuditTest($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          at\n          actor\n          action\n          entity\n          entityId\n          details\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMeTest {\n    me {\n      role\n    }\n  }\n"): (typeof documents)["\n  query AdminMeTest {\n    me {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AdminDeletedLogTest {\n        deletedActivityLog {\n          deletedAt\n          deletedBy\n          deletedByName\n          activity {\n            id\n            kind\n            title\n            startsAt\n            place {\n              name\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query AdminDeletedLogTest {\n        deletedActivityLog {\n          deletedAt\n          deletedBy\n          deletedByName\n          activity {\n            id\n            kind\n            title\n            startsAt\n            place {\n              name\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AdminMutationNamesTest {\n          __schema {\n            mutationType {\n              fields {\n                name\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AdminMutationNamesTest {\n          __schema {\n            mutationType {\n              fields {\n                name\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLoginTest($u: String!, $p: String!) {\n    login(username: $u, password: $p) {\n      id\n      username\n      displayName\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation AuthLoginTest($u: String!, $p: String!) {\n    login(username: $u, password: $p) {\n      id\n      username\n      displayName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthMeTest {\n    me {\n      id\n      username\n    }\n  }\n"): (typeof documents)["\n  query AuthMeTest {\n    me {\n      id\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation AuthLogoutTest {\n              logout\n            }\n          "): (typeof documents)["\n            mutation AuthLogoutTest {\n              logout\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadInputCursorListTest($after: String, $orderBy: ActivityOrder) {\n    activities(first: 2, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query BadInputCursorListTest($after: String, $orderBy: ActivityOrder) {\n    activities(first: 2, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputOutageWriteTest($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BadInputOutageWriteTest($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoundaryImportMunicipalityTest {\n    municipality {\n      code\n      boundary\n      center {\n        lat\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoundaryImportMunicipalityTest {\n    municipality {\n      code\n      boundary\n      center {\n        lat\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClusterGridCreateTest($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ClusterGridCreateTest($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClusterGridUpdateTest($id: ID!, $version: Int!, $input: ActivityInput!) {\n    updateActivity(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ClusterGridUpdateTest($id: ID!, $version: Int!, $input: ActivityInput!) {\n    updateActivity(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClusterGridDeleteTest($id: ID!, $version: Int!) {\n    deleteActivity(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation ClusterGridDeleteTest($id: ID!, $version: Int!) {\n    deleteActivity(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClusterGridRestoreTest($id: ID!) {\n    restoreActivity(id: $id) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ClusterGridRestoreTest($id: ID!) {\n    restoreActivity(id: $id) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClusterGridTotalTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ClusterGridTotalTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 1) {\n      totalCount\n    }\n  }\n"];
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
export function graphql(source: "\n  query CompareSinceComparisonTest($filter: ActivityFilter, $a: Int!, $b: Int!) {\n    coverageComparison(filter: $filter, yearA: $a, yearB: $b) {\n      yearA\n      yearB\n      totalA\n      totalB\n      byZone {\n        zone\n        countA\n        shareA\n        countB\n        shareB\n        change\n      }\n      places {\n        place {\n          id\n          name\n          kind\n        }\n        countA\n        countB\n        change\n      }\n      onlyInA {\n        name\n      }\n      onlyInB {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompareSinceComparisonTest($filter: ActivityFilter, $a: Int!, $b: Int!) {\n    coverageComparison(filter: $filter, yearA: $a, yearB: $b) {\n      yearA\n      yearB\n      totalA\n      totalB\n      byZone {\n        zone\n        countA\n        shareA\n        countB\n        shareB\n        change\n      }\n      places {\n        place {\n          id\n          name\n          kind\n        }\n        countA\n        countB\n        change\n      }\n      onlyInA {\n        name\n      }\n      onlyInB {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareSinceChangesTest($since: String!, $until: DateTime) {\n    meetingChanges(since: $since, until: $until) {\n      since\n      until\n      total\n      promiseYear\n      byKind {\n        kind\n        count\n      }\n      byArea {\n        area\n        count\n      }\n      villagesNewlyReached {\n        name\n      }\n      promiseChanges {\n        promise {\n          number\n        }\n        targetId\n        label\n        statusBefore\n        statusAfter\n        actualBefore\n        actualAfter\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompareSinceChangesTest($since: String!, $until: DateTime) {\n    meetingChanges(since: $since, until: $until) {\n      since\n      until\n      total\n      promiseYear\n      byKind {\n        kind\n        count\n      }\n      byArea {\n        area\n        count\n      }\n      villagesNewlyReached {\n        name\n      }\n      promiseChanges {\n        promise {\n          number\n        }\n        targetId\n        label\n        statusBefore\n        statusAfter\n        actualBefore\n        actualAfter\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CompareSinceRecordTest($d: String!, $n: String) {\n        recordMeeting(heldOn: $d, note: $n) {\n          id\n          heldOn\n          note\n        }\n      }\n    "): (typeof documents)["\n      mutation CompareSinceRecordTest($d: String!, $n: String) {\n        recordMeeting(heldOn: $d, note: $n) {\n          id\n          heldOn\n          note\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CompareSinceMeetingsTest {\n          meetings {\n            heldOn\n          }\n        }\n      "): (typeof documents)["\n        query CompareSinceMeetingsTest {\n          meetings {\n            heldOn\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CompareSinceFollowUpTest {\n          followUp(year: 2024) {\n            promises {\n              targetId\n              status\n              promise {\n                number\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CompareSinceFollowUpTest {\n          followUp(year: 2024) {\n            promises {\n              targetId\n              status\n              promise {\n                number\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      byZone {\n        zone\n        count\n        share\n      }\n      places {\n        place {\n          name\n          kind\n        }\n        count\n        lastActivityAt\n        daysSinceLast\n        byKind {\n          kind\n          count\n        }\n      }\n      unvisited {\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoverageTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      byZone {\n        zone\n        count\n        share\n      }\n      places {\n        place {\n          name\n          kind\n        }\n        count\n        lastActivityAt\n        daysSinceLast\n        byKind {\n          kind\n          count\n        }\n      }\n      unvisited {\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageListCountTest($filter: ActivityFilter) {\n    activities(filter: $filter) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CoverageListCountTest($filter: ActivityFilter) {\n    activities(filter: $filter) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageTimelineTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      places {\n        place {\n          name\n        }\n        lastDoneAt\n        daysSinceLastDone\n        nextPlannedAt\n        daysUntilNextPlanned\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoverageTimelineTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      places {\n        place {\n          name\n        }\n        lastDoneAt\n        daysSinceLastDone\n        nextPlannedAt\n        daysUntilNextPlanned\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmbeddedRecoveryCreateTest($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation EmbeddedRecoveryCreateTest($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbeddedRecoveryReadTest($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  query EmbeddedRecoveryReadTest($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpFixture($year: Int!) {\n    followUp(year: $year) {\n      year\n      inProgress\n      period {\n        name\n        startYear\n        endYear\n        promises {\n          number\n          targets {\n            measure\n            target\n          }\n        }\n      }\n      promises {\n        promise {\n          number\n          title\n        }\n        targetId\n        label\n        measure\n        actual\n        target\n        status\n        explanation\n        activityCount\n      }\n      total\n      byKind {\n        kind\n        count\n      }\n      byZone {\n        zone\n        count\n        share\n      }\n      byMonth {\n        month\n        count\n      }\n      villagesReached {\n        place {\n          name\n        }\n        count\n      }\n      villagesNotReached {\n        name\n      }\n      previous {\n        year\n        total\n        byKind {\n          kind\n          count\n        }\n        promises {\n          promise {\n            number\n          }\n          measure\n          actual\n          status\n          explanation\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpFixture($year: Int!) {\n    followUp(year: $year) {\n      year\n      inProgress\n      period {\n        name\n        startYear\n        endYear\n        promises {\n          number\n          targets {\n            measure\n            target\n          }\n        }\n      }\n      promises {\n        promise {\n          number\n          title\n        }\n        targetId\n        label\n        measure\n        actual\n        target\n        status\n        explanation\n        activityCount\n      }\n      total\n      byKind {\n        kind\n        count\n      }\n      byZone {\n        zone\n        count\n        share\n      }\n      byMonth {\n        month\n        count\n      }\n      villagesReached {\n        place {\n          name\n        }\n        count\n      }\n      villagesNotReached {\n        name\n      }\n      previous {\n        year\n        total\n        byKind {\n          kind\n          count\n        }\n        promises {\n          promise {\n            number\n          }\n          measure\n          actual\n          status\n          explanation\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpPaceTest($year: Int!, $asOf: String) {\n    followUp(year: $year, asOf: $asOf) {\n      year\n      asOf\n      inProgress\n      promises {\n        label\n        measure\n        actual\n        target\n        status\n        forecast\n        hours\n        activitiesWithoutEnd\n        promise {\n          number\n        }\n      }\n      timeSpent {\n        hours\n        withoutEnd\n        byKind {\n          kind\n          hours\n          withoutEnd\n        }\n        byOrganisation {\n          organisation\n          hours\n          withoutEnd\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpPaceTest($year: Int!, $asOf: String) {\n    followUp(year: $year, asOf: $asOf) {\n      year\n      asOf\n      inProgress\n      promises {\n        label\n        measure\n        actual\n        target\n        status\n        forecast\n        hours\n        activitiesWithoutEnd\n        promise {\n          number\n        }\n      }\n      timeSpent {\n        hours\n        withoutEnd\n        byKind {\n          kind\n          hours\n          withoutEnd\n        }\n        byOrganisation {\n          organisation\n          hours\n          withoutEnd\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query FollowUpPaceCsvTest {\n          followUpCsv(year: 2024, asOf: \"2024-06-30\")\n        }\n      "): (typeof documents)["\n        query FollowUpPaceCsvTest {\n          followUpCsv(year: 2024, asOf: \"2024-06-30\")\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query FollowUpPaceTimeCsvTest {\n          followUpTimeCsv(year: 2024, asOf: \"2024-06-30\")\n        }\n      "): (typeof documents)["\n        query FollowUpPaceTimeCsvTest {\n          followUpTimeCsv(year: 2024, asOf: \"2024-06-30\")\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpPublicTest($year: Int!) {\n    publicFollowUp(year: $year) {\n      year\n      periodName\n      inProgress\n      total\n      inTown\n      outsideTown\n      inVillages\n      elsewhere\n      targetedOperations\n      smallVillageLimit\n      promises {\n        number\n        promiseTitle\n        organisation\n        priorityArea\n        label\n        measure\n        actual\n        target\n        status\n        explanation\n        previousActual\n      }\n      previous {\n        year\n        total\n        inTown\n        outsideTown\n        inVillages\n        elsewhere\n        targetedOperations\n      }\n      byKind {\n        kind\n        count\n      }\n      byMonth {\n        month\n        count\n      }\n      villages {\n        name\n        samiName\n        lat\n        lng\n        reached\n        count\n        previousReached\n        previousCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpPublicTest($year: Int!) {\n    publicFollowUp(year: $year) {\n      year\n      periodName\n      inProgress\n      total\n      inTown\n      outsideTown\n      inVillages\n      elsewhere\n      targetedOperations\n      smallVillageLimit\n      promises {\n        number\n        promiseTitle\n        organisation\n        priorityArea\n        label\n        measure\n        actual\n        target\n        status\n        explanation\n        previousActual\n      }\n      previous {\n        year\n        total\n        inTown\n        outsideTown\n        inVillages\n        elsewhere\n        targetedOperations\n      }\n      byKind {\n        kind\n        count\n      }\n      byMonth {\n        month\n        count\n      }\n      villages {\n        name\n        samiName\n        lat\n        lng\n        reached\n        count\n        previousReached\n        previousCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpPublicSchemaTypesTest {\n    __schema {\n      types {\n        name\n        kind\n        fields {\n          name\n          type {\n            kind\n            name\n            ofType {\n              kind\n              name\n              ofType {\n                kind\n                name\n                ofType {\n                  kind\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpPublicSchemaTypesTest {\n    __schema {\n      types {\n        name\n        kind\n        fields {\n          name\n          type {\n            kind\n            name\n            ofType {\n              kind\n              name\n              ofType {\n                kind\n                name\n                ofType {\n                  kind\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query FollowUpPublicEnTest {\n          publicFollowUp(year: 2023) {\n            promises {\n              explanation(language: EN)\n            }\n          }\n        }\n      "): (typeof documents)["\n        query FollowUpPublicEnTest {\n          publicFollowUp(year: 2023) {\n            promises {\n              explanation(language: EN)\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query FollowUpPublicMapTest {\n          publicMap {\n            boundary\n            tileUrl\n            tileAttribution\n          }\n        }\n      "): (typeof documents)["\n        query FollowUpPublicMapTest {\n          publicMap {\n            boundary\n            tileUrl\n            tileAttribution\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query FollowUpSeedCountTest {\n          activities(filter: { years: [2022], statuses: [DONE] }, first: 0) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query FollowUpSeedCountTest {\n          activities(filter: { years: [2022], statuses: [DONE] }, first: 0) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query FollowUpSeedPublicTest {\n          publicFollowUp(year: 2024) {\n            promises {\n              number\n              status\n            }\n            villages {\n              name\n              reached\n              count\n            }\n          }\n        }\n      "): (typeof documents)["\n        query FollowUpSeedPublicTest {\n          publicFollowUp(year: 2024) {\n            promises {\n              number\n              status\n            }\n            villages {\n              name\n              reached\n              count\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpCsvTest {\n    followUpCsv(year: 2023)\n  }\n"): (typeof documents)["\n  query FollowUpCsvTest {\n    followUpCsv(year: 2023)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpActivityCountTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query FollowUpActivityCountTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query FollowUpActivitiesCsvTest($filter: ActivityFilter) {\n      activitiesCsv(filter: $filter)\n    }\n  "): (typeof documents)["\n    query FollowUpActivitiesCsvTest($filter: ActivityFilter) {\n      activitiesCsv(filter: $filter)\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query FollowUpOfTest($year: Int!, $organisations: [Organisation!]) {\n      followUp(year: $year, organisations: $organisations) {\n        total\n        byZone {\n          zone\n          count\n        }\n        promises {\n          promise {\n            number\n          }\n          actual\n        }\n        villagesReached {\n          place {\n            name\n          }\n          count\n        }\n        villagesNotReached {\n          name\n        }\n        previous {\n          total\n          villagesReached {\n            place {\n              name\n            }\n            count\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query FollowUpOfTest($year: Int!, $organisations: [Organisation!]) {\n      followUp(year: $year, organisations: $organisations) {\n        total\n        byZone {\n          zone\n          count\n        }\n        promises {\n          promise {\n            number\n          }\n          actual\n        }\n        villagesReached {\n          place {\n            name\n          }\n          count\n        }\n        villagesNotReached {\n          name\n        }\n        previous {\n          total\n          villagesReached {\n            place {\n              name\n            }\n            count\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query FollowUpCsvOfTest($o: [Organisation!]) {\n          followUpCsv(year: 2023, organisations: $o)\n        }\n      "): (typeof documents)["\n        query FollowUpCsvOfTest($o: [Organisation!]) {\n          followUpCsv(year: 2023, organisations: $o)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query FollowUpEnTest($year: Int!) {\n      followUp(year: $year) {\n        promises {\n          promise {\n            number\n          }\n          sv: explanation\n          en: explanation(language: EN)\n        }\n      }\n    }\n  "): (typeof documents)["\n    query FollowUpEnTest($year: Int!) {\n      followUp(year: $year) {\n        promises {\n          promise {\n            number\n          }\n          sv: explanation\n          en: explanation(language: EN)\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportBatchesTest {\n    importBatches {\n      id\n      fileName\n      createdBy\n      rowCount\n      insertedCount\n      duplicateCount\n      refusedCount\n      activeCount\n      undoneAt\n      undoneBy\n    }\n  }\n"): (typeof documents)["\n  query ImportBatchesTest {\n    importBatches {\n      id\n      fileName\n      createdBy\n      rowCount\n      insertedCount\n      duplicateCount\n      refusedCount\n      activeCount\n      undoneAt\n      undoneBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportBatchesUndoTest($id: ID!) {\n    undoImportBatch(id: $id) {\n      deleted\n      batch {\n        id\n        activeCount\n        undoneAt\n        undoneBy\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportBatchesUndoTest($id: ID!) {\n    undoImportBatch(id: $id) {\n      deleted\n      batch {\n        id\n        activeCount\n        undoneAt\n        undoneBy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportRoundTripCsvTest($filter: ActivityFilter) {\n    activitiesCsv(filter: $filter)\n  }\n"): (typeof documents)["\n  query ImportRoundTripCsvTest($filter: ActivityFilter) {\n    activitiesCsv(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanningDueTest($asOf: DateTime, $targetId: ID) {\n    planningDue(asOf: $asOf, targetId: $targetId) {\n      asOf\n      periodStart\n      periodEnd\n      cadence {\n        id\n        label\n        target\n        cadencePeriod\n        kinds\n        villageExceptions {\n          placeId\n          visits\n          place {\n            name\n          }\n        }\n      }\n      start {\n        name\n        lat\n        lng\n      }\n      villages {\n        place {\n          id\n          name\n        }\n        visitsPerPeriod\n        visitsInPeriod\n        lastVisitAt\n        daysSince\n        dueAt\n        daysUntilDue\n        overdue\n        nextPlannedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanningDueTest($asOf: DateTime, $targetId: ID) {\n    planningDue(asOf: $asOf, targetId: $targetId) {\n      asOf\n      periodStart\n      periodEnd\n      cadence {\n        id\n        label\n        target\n        cadencePeriod\n        kinds\n        villageExceptions {\n          placeId\n          visits\n          place {\n            name\n          }\n        }\n      }\n      start {\n        name\n        lat\n        lng\n      }\n      villages {\n        place {\n          id\n          name\n        }\n        visitsPerPeriod\n        visitsInPeriod\n        lastVisitAt\n        daysSince\n        dueAt\n        daysUntilDue\n        overdue\n        nextPlannedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanningDueSetTargetTest($promiseId: ID!, $target: PromiseTargetInput!) {\n    setPromiseTarget(promiseId: $promiseId, target: $target) {\n      id\n      targets {\n        id\n        measure\n        target\n        cadencePeriod\n        villageExceptions {\n          placeId\n          visits\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PlanningDueSetTargetTest($promiseId: ID!, $target: PromiseTargetInput!) {\n    setPromiseTarget(promiseId: $promiseId, target: $target) {\n      id\n      targets {\n        id\n        measure\n        target\n        cadencePeriod\n        villageExceptions {\n          placeId\n          visits\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanningDueFollowUpTest($year: Int!) {\n    followUp(year: $year) {\n      promises {\n        targetId\n        measure\n        actual\n        target\n        status\n        explanation\n        explanationEn: explanation(language: EN)\n        cadence {\n          villages\n          met\n          visitsPerPeriod\n          period\n          exceptions\n          share\n        }\n        promise {\n          id\n          number\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanningDueFollowUpTest($year: Int!) {\n    followUp(year: $year) {\n      promises {\n        targetId\n        measure\n        actual\n        target\n        status\n        explanation\n        explanationEn: explanation(language: EN)\n        cadence {\n          villages\n          met\n          visitsPerPeriod\n          period\n          exceptions\n          share\n        }\n        promise {\n          id\n          number\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PromiseTestFields on Promise {\n    id\n    number\n    title\n    description\n    organisation\n    priorityArea\n    targets {\n      id\n      measure\n      kinds\n      priorityAreas\n      placeKind\n      schoolLevel\n      target\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment PromiseTestFields on Promise {\n    id\n    number\n    title\n    description\n    organisation\n    priorityArea\n    targets {\n      id\n      measure\n      kinds\n      priorityAreas\n      placeKind\n      schoolLevel\n      target\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PromisePeriodsTest {\n    promisePeriods {\n      id\n      name\n      startYear\n      endYear\n      promises {\n        ...PromiseTestFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PromisePeriodsTest {\n    promisePeriods {\n      id\n      name\n      startYear\n      endYear\n      promises {\n        ...PromiseTestFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePromisePeriodTest($input: PromisePeriodInput!) {\n    createPromisePeriod(input: $input) {\n      id\n      name\n      startYear\n      endYear\n      promises {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePromisePeriodTest($input: PromisePeriodInput!) {\n    createPromisePeriod(input: $input) {\n      id\n      name\n      startYear\n      endYear\n      promises {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePromisePeriodTest($id: ID!, $input: PromisePeriodInput!) {\n    updatePromisePeriod(id: $id, input: $input) {\n      id\n      name\n      startYear\n      endYear\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePromisePeriodTest($id: ID!, $input: PromisePeriodInput!) {\n    updatePromisePeriod(id: $id, input: $input) {\n      id\n      name\n      startYear\n      endYear\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePromiseTest($periodId: ID!, $input: PromiseInput!) {\n    createPromise(periodId: $periodId, input: $input) {\n      ...PromiseTestFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePromiseTest($periodId: ID!, $input: PromiseInput!) {\n    createPromise(periodId: $periodId, input: $input) {\n      ...PromiseTestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePromiseTest($id: ID!, $input: PromiseInput!) {\n    updatePromise(id: $id, input: $input) {\n      ...PromiseTestFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePromiseTest($id: ID!, $input: PromiseInput!) {\n    updatePromise(id: $id, input: $input) {\n      ...PromiseTestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPromiseTargetTest($promiseId: ID!, $target: PromiseTargetInput!) {\n    setPromiseTarget(promiseId: $promiseId, target: $target) {\n      ...PromiseTestFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetPromiseTargetTest($promiseId: ID!, $target: PromiseTargetInput!) {\n    setPromiseTarget(promiseId: $promiseId, target: $target) {\n      ...PromiseTestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePromiseTargetTest($id: ID!, $target: PromiseTargetInput!) {\n    updatePromiseTarget(id: $id, target: $target) {\n      ...PromiseTestFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePromiseTargetTest($id: ID!, $target: PromiseTargetInput!) {\n    updatePromiseTarget(id: $id, target: $target) {\n      ...PromiseTestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePromiseTargetTest($id: ID!) {\n    deletePromiseTarget(id: $id) {\n      ...PromiseTestFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePromiseTargetTest($id: ID!) {\n    deletePromiseTarget(id: $id) {\n      ...PromiseTestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PromisePeriodFollowUpTest($y: Int!) {\n          followUp(year: $y) {\n            period {\n              id\n            }\n            promises {\n              label\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PromisePeriodFollowUpTest($y: Int!) {\n          followUp(year: $y) {\n            period {\n              id\n            }\n            promises {\n              label\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SetTwoPromiseTargetsTest($id: ID!, $t1: PromiseTargetInput!, $t2: PromiseTargetInput!) {\n          a: setPromiseTarget(promiseId: $id, target: $t1) {\n            targets {\n              measure\n              target\n            }\n          }\n          b: setPromiseTarget(promiseId: $id, target: $t2) {\n            targets {\n              measure\n              target\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation SetTwoPromiseTargetsTest($id: ID!, $t1: PromiseTargetInput!, $t2: PromiseTargetInput!) {\n          a: setPromiseTarget(promiseId: $id, target: $t1) {\n            targets {\n              measure\n              target\n            }\n          }\n          b: setPromiseTarget(promiseId: $id, target: $t2) {\n            targets {\n              measure\n              target\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PromiseFollowUpTest {\n        followUp(year: 2023) {\n          promises {\n            promise {\n              number\n            }\n            status\n            explanation\n          }\n        }\n      }\n    "): (typeof documents)["\n      query PromiseFollowUpTest {\n        followUp(year: 2023) {\n          promises {\n            promise {\n              number\n            }\n            status\n            explanation\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublicIdsCreateTest($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation PublicIdsCreateTest($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicIdsOneTest($id: ID!) {\n    activity(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query PublicIdsOneTest($id: ID!) {\n    activity(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicIdsListTest($first: Int, $after: String, $orderBy: ActivityOrder) {\n    activities(first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicIdsListTest($first: Int, $after: String, $orderBy: ActivityOrder) {\n    activities(first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PublicIdsClustersTest($bbox: BBoxInput!) {\n          activityClusters(filter: { years: [2026] }, bbox: $bbox, zoom: 22) {\n            clusters {\n              count\n              activityId\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PublicIdsClustersTest($bbox: BBoxInput!) {\n          activityClusters(filter: { years: [2026] }, bbox: $bbox, zoom: 22) {\n            clusters {\n              count\n              activityId\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PublicIdsCsvTest {\n            activitiesCsv(filter: { years: [2026] })\n          }\n        "): (typeof documents)["\n          query PublicIdsCsvTest {\n            activitiesCsv(filter: { years: [2026] })\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PublicIdsDeletedTest {\n          deletedActivities {\n            id\n          }\n          deletedActivityLog {\n            activity {\n              id\n            }\n            deletedBy\n          }\n        }\n      "): (typeof documents)["\n        query PublicIdsDeletedTest {\n          deletedActivities {\n            id\n          }\n          deletedActivityLog {\n            activity {\n              id\n            }\n            deletedBy\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PublicIdsUndoTest($id: ID!) {\n          undoDeleteActivity(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PublicIdsUndoTest($id: ID!) {\n          undoDeleteActivity(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PublicIdsAuditTest($filter: AuditFilter) {\n          auditEvents(filter: $filter) {\n            edges {\n              node {\n                action\n                entityId\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PublicIdsAuditTest($filter: AuditFilter) {\n          auditEvents(filter: $filter) {\n            edges {\n              node {\n                action\n                entityId\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PublicIdsAuditCountTest($filter: AuditFilter) {\n          auditEvents(filter: $filter) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query PublicIdsAuditCountTest($filter: AuditFilter) {\n          auditEvents(filter: $filter) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SeedDoneTest($filter: ActivityFilter) {\n        activities(filter: $filter, first: 0) {\n          totalCount\n        }\n      }\n    "): (typeof documents)["\n      query SeedDoneTest($filter: ActivityFilter) {\n        activities(filter: $filter, first: 0) {\n          totalCount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SeedGazetteerTest {\n          municipality {\n            code\n            name\n            samiName\n          }\n          places {\n            name\n            samiName\n            kind\n            radiusM\n            lat\n            lng\n          }\n        }\n      "): (typeof documents)["\n        query SeedGazetteerTest {\n          municipality {\n            code\n            name\n            samiName\n          }\n          places {\n            name\n            samiName\n            kind\n            radiusM\n            lat\n            lng\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SeedCoverageTest($years: [Int!]) {\n          coverage(filter: { years: $years, statuses: [DONE] }) {\n            places {\n              place {\n                kind\n              }\n              count\n            }\n            unvisited {\n              kind\n            }\n          }\n        }\n      "): (typeof documents)["\n        query SeedCoverageTest($years: [Int!]) {\n          coverage(filter: { years: $years, statuses: [DONE] }) {\n            places {\n              place {\n                kind\n              }\n              count\n            }\n            unvisited {\n              kind\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SeedVillageVisitsTest {\n          coverage(filter: { years: [2022], kinds: [VILLAGE_VISIT], statuses: [DONE] }) {\n            places {\n              place {\n                kind\n              }\n              count\n            }\n          }\n        }\n      "): (typeof documents)["\n        query SeedVillageVisitsTest {\n          coverage(filter: { years: [2022], kinds: [VILLAGE_VISIT], statuses: [DONE] }) {\n            places {\n              place {\n                kind\n              }\n              count\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SeedPlannedTest($from: DateTime) {\n          activities(filter: { statuses: [PLANNED], from: $from }, first: 500) {\n            totalCount\n            edges {\n              node {\n                organisation\n                startsAt\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query SeedPlannedTest($from: DateTime) {\n          activities(filter: { statuses: [PLANNED], from: $from }, first: 500) {\n            totalCount\n            edges {\n              node {\n                organisation\n                startsAt\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibilitySignedOutMeTest {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query VisibilitySignedOutMeTest {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibilityTest($filter: ActivityFilter, $id: ID!, $id2: ID!) {\n    activities(filter: $filter, first: 500) {\n      totalCount\n      edges {\n        node {\n          id\n          organisation\n          status\n        }\n      }\n    }\n    coverage(filter: $filter) {\n      total\n      byZone {\n        zone\n        count\n      }\n      places {\n        place {\n          name\n        }\n        count\n      }\n    }\n    planned: activity(id: $id) {\n      id\n    }\n    cancelled: activity(id: $id2) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query VisibilityTest($filter: ActivityFilter, $id: ID!, $id2: ID!) {\n    activities(filter: $filter, first: 500) {\n      totalCount\n      edges {\n        node {\n          id\n          organisation\n          status\n        }\n      }\n    }\n    coverage(filter: $filter) {\n      total\n      byZone {\n        zone\n        count\n      }\n      places {\n        place {\n          name\n        }\n        count\n      }\n    }\n    planned: activity(id: $id) {\n      id\n    }\n    cancelled: activity(id: $id2) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestServerLoginTest($u: String!, $p: String!) {\n    login(username: $u, password: $p) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TestServerLoginTest($u: String!, $p: String!) {\n    login(username: $u, password: $p) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPeriodsTest {\n    promisePeriods {\n      id\n      name\n      startYear\n      promises {\n        id\n        number\n        targets {\n          id\n          label\n          measure\n          target\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminPeriodsTest {\n    promisePeriods {\n      id\n      name\n      startYear\n      promises {\n        id\n        number\n        targets {\n          id\n          label\n          measure\n          target\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminWebPlacesTest {\n    places {\n      name\n      population\n      radiusM\n    }\n  }\n"): (typeof documents)["\n  query AdminWebPlacesTest {\n    places {\n      name\n      population\n      radiusM\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminWebDoneTest {\n    activities(filter: { organisations: [POLICE], statuses: [DONE] }, first: 50) {\n      edges {\n        node {\n          id\n          version\n          title\n          kind\n          place {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminWebDoneTest {\n    activities(filter: { organisations: [POLICE], statuses: [DONE] }, first: 50) {\n      edges {\n        node {\n          id\n          version\n          title\n          kind\n          place {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CadenceDueTest($asOf: DateTime) {\n    planningDue(asOf: $asOf) {\n      start {\n        name\n        lat\n        lng\n      }\n      villages {\n        place {\n          id\n          name\n          lat\n          lng\n        }\n        visitsPerPeriod\n        visitsInPeriod\n        daysUntilDue\n        overdue\n      }\n    }\n  }\n"): (typeof documents)["\n  query CadenceDueTest($asOf: DateTime) {\n    planningDue(asOf: $asOf) {\n      start {\n        name\n        lat\n        lng\n      }\n      villages {\n        place {\n          id\n          name\n          lat\n          lng\n        }\n        visitsPerPeriod\n        visitsInPeriod\n        daysUntilDue\n        overdue\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CadenceSavedTest {\n    promisePeriods {\n      promises {\n        targets {\n          measure\n          villageExceptions {\n            visits\n            place {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CadenceSavedTest {\n    promisePeriods {\n      promises {\n        targets {\n          measure\n          villageExceptions {\n            visits\n            place {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CadenceFollowUpTest {\n    followUp(year: 2024) {\n      promises {\n        measure\n        cadence {\n          met\n          villages\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CadenceFollowUpTest {\n    followUp(year: 2024) {\n      promises {\n        measure\n        cadence {\n          met\n          villages\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareSinceWebComparisonTest($a: Int!, $b: Int!) {\n    coverageComparison(yearA: $a, yearB: $b) {\n      onlyInA {\n        name\n      }\n      onlyInB {\n        name\n      }\n      places {\n        place {\n          kind\n        }\n        countA\n        countB\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompareSinceWebComparisonTest($a: Int!, $b: Int!) {\n    coverageComparison(yearA: $a, yearB: $b) {\n      onlyInA {\n        name\n      }\n      onlyInB {\n        name\n      }\n      places {\n        place {\n          kind\n        }\n        countA\n        countB\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareSinceWebChangesTest($since: String!) {\n    meetingChanges(since: $since) {\n      total\n      villagesNewlyReached {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompareSinceWebChangesTest($since: String!) {\n    meetingChanges(since: $since) {\n      total\n      villagesNewlyReached {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageWebCountTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CoverageWebCountTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageWebNearestTest($filter: ActivityFilter, $orderBy: ActivityOrder) {\n    activities(filter: $filter, first: 1, orderBy: $orderBy) {\n      edges {\n        node {\n          startsAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoverageWebNearestTest($filter: ActivityFilter, $orderBy: ActivityOrder) {\n    activities(filter: $filter, first: 1, orderBy: $orderBy) {\n      edges {\n        node {\n          startsAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageWebPeriodsTest {\n    promisePeriods {\n      startYear\n      endYear\n    }\n    places(kinds: [VILLAGE]) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query CoverageWebPeriodsTest {\n    promisePeriods {\n      startYear\n      endYear\n    }\n    places(kinds: [VILLAGE]) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageWebCadenceTest {\n    planningDue {\n      cadence {\n        kinds\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoverageWebCadenceTest {\n    planningDue {\n      cadence {\n        kinds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditingJourneyActivityTest($id: ID!) {\n    activity(id: $id) {\n      id\n      status\n      lat\n      lng\n      place {\n        name\n      }\n      outcome {\n        vehiclesChecked\n        breathTests\n        suspectedDrunkDriving\n        suspectedDrugDriving\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditingJourneyActivityTest($id: ID!) {\n    activity(id: $id) {\n      id\n      status\n      lat\n      lng\n      place {\n        name\n      }\n      outcome {\n        vehiclesChecked\n        breathTests\n        suspectedDrunkDriving\n        suspectedDrugDriving\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditingJourneyCreateTest($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation EditingJourneyCreateTest($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditingJourneyPlacesTest {\n    places {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query EditingJourneyPlacesTest {\n    places {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditingCountTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query EditingCountTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditingActivityTest($id: ID!) {\n    activity(id: $id) {\n      id\n      status\n      version\n      title\n      outcome {\n        peopleReached\n      }\n      place {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditingActivityTest($id: ID!) {\n    activity(id: $id) {\n      id\n      status\n      version\n      title\n      outcome {\n        peopleReached\n      }\n      place {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EditingPlannedTest($filter: ActivityFilter) {\n          activities(filter: $filter, first: 500) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query EditingPlannedTest($filter: ActivityFilter) {\n          activities(filter: $filter, first: 500) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EditingVillagesTest {\n          places(kinds: [VILLAGE]) {\n            id\n            name\n          }\n        }\n      "): (typeof documents)["\n        query EditingVillagesTest {\n          places(kinds: [VILLAGE]) {\n            id\n            name\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpWebTest($year: Int!) {\n    followUp(year: $year) {\n      promises {\n        promise {\n          number\n        }\n        status\n      }\n      villagesReached {\n        place {\n          name\n        }\n      }\n      villagesNotReached {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpWebTest($year: Int!) {\n    followUp(year: $year) {\n      promises {\n        promise {\n          number\n        }\n        status\n      }\n      villagesReached {\n        place {\n          name\n        }\n      }\n      villagesNotReached {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpWebPublicTest($year: Int!) {\n    publicFollowUp(year: $year) {\n      promises {\n        number\n        status\n      }\n      villages {\n        name\n        reached\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpWebPublicTest($year: Int!) {\n    publicFollowUp(year: $year) {\n      promises {\n        number\n        status\n      }\n      villages {\n        name\n        reached\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpWebCsvTest($filter: ActivityFilter) {\n    activitiesCsv(filter: $filter)\n  }\n"): (typeof documents)["\n  query FollowUpWebCsvTest($filter: ActivityFilter) {\n    activitiesCsv(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpWebCountTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query FollowUpWebCountTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpWebOrgTest($year: Int!, $organisations: [Organisation!]) {\n    followUp(year: $year, organisations: $organisations) {\n      total\n      villagesReached {\n        place {\n          name\n        }\n        count\n      }\n      villagesNotReached {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpWebOrgTest($year: Int!, $organisations: [Organisation!]) {\n    followUp(year: $year, organisations: $organisations) {\n      total\n      villagesReached {\n        place {\n          name\n        }\n        count\n      }\n      villagesNotReached {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpWebPaceTest {\n    followUp(year: 2024, asOf: \"2024-06-30\") {\n      total\n      promises {\n        promise {\n          number\n        }\n        status\n        forecast\n      }\n      timeSpent {\n        withoutEnd\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpWebPaceTest {\n    followUp(year: 2024, asOf: \"2024-06-30\") {\n      total\n      promises {\n        promise {\n          number\n        }\n        status\n        forecast\n      }\n      timeSpent {\n        withoutEnd\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportWebCountTest {\n    activities(filter: { from: \"2024-04-01T00:00:00Z\", to: \"2024-04-06T00:00:00Z\" }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ImportWebCountTest {\n    activities(filter: { from: \"2024-04-01T00:00:00Z\", to: \"2024-04-06T00:00:00Z\" }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapLabelsUnvisitedTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      unvisited {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MapLabelsUnvisitedTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      unvisited {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapLabelsPlacesTest {\n    places(kinds: [TOWN, VILLAGE]) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query MapLabelsPlacesTest {\n    places(kinds: [TOWN, VILLAGE]) {\n      id\n    }\n  }\n"];
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
export function graphql(source: "\n  query MeetingFollowUpTest($year: Int!) {\n    followUp(year: $year) {\n      promises {\n        status\n        explanation\n        promise {\n          priorityArea\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingFollowUpTest($year: Int!) {\n    followUp(year: $year) {\n      promises {\n        status\n        explanation\n        promise {\n          priorityArea\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingCoverageTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      places {\n        count\n        place {\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingCoverageTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      places {\n        count\n        place {\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingCreatePeriodTest($input: PromisePeriodInput!) {\n    createPromisePeriod(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingCreatePeriodTest($input: PromisePeriodInput!) {\n    createPromisePeriod(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingCreatePromiseTest($periodId: ID!, $input: PromiseInput!) {\n    createPromise(periodId: $periodId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingCreatePromiseTest($periodId: ID!, $input: PromiseInput!) {\n    createPromise(periodId: $periodId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingSetTargetTest($promiseId: ID!, $target: PromiseTargetInput!) {\n    setPromiseTarget(promiseId: $promiseId, target: $target) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingSetTargetTest($promiseId: ID!, $target: PromiseTargetInput!) {\n    setPromiseTarget(promiseId: $promiseId, target: $target) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingAtRiskTest($year: Int!) {\n    followUp(year: $year) {\n      promises {\n        label\n        status\n        forecast\n        explanation\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingAtRiskTest($year: Int!) {\n    followUp(year: $year) {\n      promises {\n        label\n        status\n        forecast\n        explanation\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation TableCreateTest($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TableCreateTest($input: ActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TableActivityTest($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      status\n      outcome {\n        vehiclesChecked\n        peopleReached\n      }\n    }\n  }\n"): (typeof documents)["\n  query TableActivityTest($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      status\n      outcome {\n        vehiclesChecked\n        peopleReached\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TablePlacesTest {\n    places {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query TablePlacesTest {\n    places {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TablePageTest($filter: ActivityFilter, $first: Int, $after: String) {\n    activities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n      }\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TablePageTest($filter: ActivityFilter, $first: Int, $after: String) {\n    activities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n      }\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;