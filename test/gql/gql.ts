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
    "\n  query ClustersTest($filter: ActivityFilter, $bbox: BBoxInput!, $zoom: Int!) {\n    activityClusters(filter: $filter, bbox: $bbox, zoom: $zoom) {\n      total\n      clusters {\n        lat\n        lng\n        count\n        activityId\n        byKind {\n          kind\n          count\n        }\n      }\n    }\n  }\n": typeof types.ClustersTestDocument,
    "\n  query ClustersCountTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n": typeof types.ClustersCountTestDocument,
    "\n  query ClustersOneTest($id: ID!) {\n    activity(id: $id) {\n      id\n      lat\n      lng\n      kind\n    }\n  }\n": typeof types.ClustersOneTestDocument,
    "\n  query CoverageTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      byZone {\n        zone\n        count\n        share\n      }\n      places {\n        place {\n          name\n          kind\n        }\n        count\n        lastActivityAt\n        daysSinceLast\n        byKind {\n          kind\n          count\n        }\n      }\n      unvisited {\n        name\n        kind\n      }\n    }\n  }\n": typeof types.CoverageTestDocument,
    "\n  query CoverageTimelineTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      places {\n        place {\n          name\n        }\n        lastDoneAt\n        daysSinceLastDone\n        nextPlannedAt\n        daysUntilNextPlanned\n      }\n    }\n  }\n": typeof types.CoverageTimelineTestDocument,
    "\n  query FollowUpFixture($year: Int!) {\n    followUp(year: $year) {\n      year\n      inProgress\n      period {\n        name\n        startYear\n        endYear\n        promises {\n          number\n          targets {\n            measure\n            target\n          }\n        }\n      }\n      promises {\n        promise {\n          number\n          title\n        }\n        targetId\n        label\n        measure\n        actual\n        target\n        status\n        explanation\n        activityCount\n      }\n      total\n      byKind {\n        kind\n        count\n      }\n      byZone {\n        zone\n        count\n        share\n      }\n      byMonth {\n        month\n        count\n      }\n      villagesReached {\n        place {\n          name\n        }\n        count\n      }\n      villagesNotReached {\n        name\n      }\n      previous {\n        year\n        total\n        byKind {\n          kind\n          count\n        }\n        promises {\n          promise {\n            number\n          }\n          measure\n          actual\n          status\n          explanation\n        }\n      }\n    }\n  }\n": typeof types.FollowUpFixtureDocument,
    "\n        query FollowUpSeedCountTest {\n          activities(filter: { years: [2022], statuses: [DONE] }, first: 0) {\n            totalCount\n          }\n        }\n      ": typeof types.FollowUpSeedCountTestDocument,
    "\n        query FollowUpSeedPublicTest {\n          publicFollowUp(year: 2024) {\n            promises {\n              number\n              status\n            }\n            villages {\n              name\n              reached\n              count\n            }\n          }\n        }\n      ": typeof types.FollowUpSeedPublicTestDocument,
    "\n  query FollowUpCsvTest {\n    followUpCsv(year: 2023)\n  }\n": typeof types.FollowUpCsvTestDocument,
    "\n  query FollowUpActivityCountTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n": typeof types.FollowUpActivityCountTestDocument,
    "\n    query FollowUpActivitiesCsvTest($filter: ActivityFilter) {\n      activitiesCsv(filter: $filter)\n    }\n  ": typeof types.FollowUpActivitiesCsvTestDocument,
    "\n    query FollowUpOfTest($year: Int!, $organisations: [Organisation!]) {\n      followUp(year: $year, organisations: $organisations) {\n        total\n        byZone {\n          zone\n          count\n        }\n        promises {\n          promise {\n            number\n          }\n          actual\n        }\n        villagesReached {\n          place {\n            name\n          }\n          count\n        }\n        villagesNotReached {\n          name\n        }\n        previous {\n          total\n          villagesReached {\n            place {\n              name\n            }\n            count\n          }\n        }\n      }\n    }\n  ": typeof types.FollowUpOfTestDocument,
    "\n        query FollowUpCsvOfTest($o: [Organisation!]) {\n          followUpCsv(year: 2023, organisations: $o)\n        }\n      ": typeof types.FollowUpCsvOfTestDocument,
    "\n    query FollowUpEnTest($year: Int!) {\n      followUp(year: $year) {\n        promises {\n          promise {\n            number\n          }\n          sv: explanation\n          en: explanation(language: EN)\n        }\n      }\n    }\n  ": typeof types.FollowUpEnTestDocument,
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
    "\n  query ClustersTest($filter: ActivityFilter, $bbox: BBoxInput!, $zoom: Int!) {\n    activityClusters(filter: $filter, bbox: $bbox, zoom: $zoom) {\n      total\n      clusters {\n        lat\n        lng\n        count\n        activityId\n        byKind {\n          kind\n          count\n        }\n      }\n    }\n  }\n": types.ClustersTestDocument,
    "\n  query ClustersCountTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n": types.ClustersCountTestDocument,
    "\n  query ClustersOneTest($id: ID!) {\n    activity(id: $id) {\n      id\n      lat\n      lng\n      kind\n    }\n  }\n": types.ClustersOneTestDocument,
    "\n  query CoverageTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      byZone {\n        zone\n        count\n        share\n      }\n      places {\n        place {\n          name\n          kind\n        }\n        count\n        lastActivityAt\n        daysSinceLast\n        byKind {\n          kind\n          count\n        }\n      }\n      unvisited {\n        name\n        kind\n      }\n    }\n  }\n": types.CoverageTestDocument,
    "\n  query CoverageTimelineTest($filter: ActivityFilter) {\n    coverage(filter: $filter) {\n      total\n      places {\n        place {\n          name\n        }\n        lastDoneAt\n        daysSinceLastDone\n        nextPlannedAt\n        daysUntilNextPlanned\n      }\n    }\n  }\n": types.CoverageTimelineTestDocument,
    "\n  query FollowUpFixture($year: Int!) {\n    followUp(year: $year) {\n      year\n      inProgress\n      period {\n        name\n        startYear\n        endYear\n        promises {\n          number\n          targets {\n            measure\n            target\n          }\n        }\n      }\n      promises {\n        promise {\n          number\n          title\n        }\n        targetId\n        label\n        measure\n        actual\n        target\n        status\n        explanation\n        activityCount\n      }\n      total\n      byKind {\n        kind\n        count\n      }\n      byZone {\n        zone\n        count\n        share\n      }\n      byMonth {\n        month\n        count\n      }\n      villagesReached {\n        place {\n          name\n        }\n        count\n      }\n      villagesNotReached {\n        name\n      }\n      previous {\n        year\n        total\n        byKind {\n          kind\n          count\n        }\n        promises {\n          promise {\n            number\n          }\n          measure\n          actual\n          status\n          explanation\n        }\n      }\n    }\n  }\n": types.FollowUpFixtureDocument,
    "\n        query FollowUpSeedCountTest {\n          activities(filter: { years: [2022], statuses: [DONE] }, first: 0) {\n            totalCount\n          }\n        }\n      ": types.FollowUpSeedCountTestDocument,
    "\n        query FollowUpSeedPublicTest {\n          publicFollowUp(year: 2024) {\n            promises {\n              number\n              status\n            }\n            villages {\n              name\n              reached\n              count\n            }\n          }\n        }\n      ": types.FollowUpSeedPublicTestDocument,
    "\n  query FollowUpCsvTest {\n    followUpCsv(year: 2023)\n  }\n": types.FollowUpCsvTestDocument,
    "\n  query FollowUpActivityCountTest($filter: ActivityFilter) {\n    activities(filter: $filter, first: 0) {\n      totalCount\n    }\n  }\n": types.FollowUpActivityCountTestDocument,
    "\n    query FollowUpActivitiesCsvTest($filter: ActivityFilter) {\n      activitiesCsv(filter: $filter)\n    }\n  ": types.FollowUpActivitiesCsvTestDocument,
    "\n    query FollowUpOfTest($year: Int!, $organisations: [Organisation!]) {\n      followUp(year: $year, organisations: $organisations) {\n        total\n        byZone {\n          zone\n          count\n        }\n        promises {\n          promise {\n            number\n          }\n          actual\n        }\n        villagesReached {\n          place {\n            name\n          }\n          count\n        }\n        villagesNotReached {\n          name\n        }\n        previous {\n          total\n          villagesReached {\n            place {\n              name\n            }\n            count\n          }\n        }\n      }\n    }\n  ": types.FollowUpOfTestDocument,
    "\n        query FollowUpCsvOfTest($o: [Organisation!]) {\n          followUpCsv(year: 2023, organisations: $o)\n        }\n      ": types.FollowUpCsvOfTestDocument,
    "\n    query FollowUpEnTest($year: Int!) {\n      followUp(year: $year) {\n        promises {\n          promise {\n            number\n          }\n          sv: explanation\n          en: explanation(language: EN)\n        }\n      }\n    }\n  ": types.FollowUpEnTestDocument,
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
export function graphql(source: "\n  query FollowUpFixture($year: Int!) {\n    followUp(year: $year) {\n      year\n      inProgress\n      period {\n        name\n        startYear\n        endYear\n        promises {\n          number\n          targets {\n            measure\n            target\n          }\n        }\n      }\n      promises {\n        promise {\n          number\n          title\n        }\n        targetId\n        label\n        measure\n        actual\n        target\n        status\n        explanation\n        activityCount\n      }\n      total\n      byKind {\n        kind\n        count\n      }\n      byZone {\n        zone\n        count\n        share\n      }\n      byMonth {\n        month\n        count\n      }\n      villagesReached {\n        place {\n          name\n        }\n        count\n      }\n      villagesNotReached {\n        name\n      }\n      previous {\n        year\n        total\n        byKind {\n          kind\n          count\n        }\n        promises {\n          promise {\n            number\n          }\n          measure\n          actual\n          status\n          explanation\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpFixture($year: Int!) {\n    followUp(year: $year) {\n      year\n      inProgress\n      period {\n        name\n        startYear\n        endYear\n        promises {\n          number\n          targets {\n            measure\n            target\n          }\n        }\n      }\n      promises {\n        promise {\n          number\n          title\n        }\n        targetId\n        label\n        measure\n        actual\n        target\n        status\n        explanation\n        activityCount\n      }\n      total\n      byKind {\n        kind\n        count\n      }\n      byZone {\n        zone\n        count\n        share\n      }\n      byMonth {\n        month\n        count\n      }\n      villagesReached {\n        place {\n          name\n        }\n        count\n      }\n      villagesNotReached {\n        name\n      }\n      previous {\n        year\n        total\n        byKind {\n          kind\n          count\n        }\n        promises {\n          promise {\n            number\n          }\n          measure\n          actual\n          status\n          explanation\n        }\n      }\n    }\n  }\n"];
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