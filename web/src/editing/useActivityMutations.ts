import type { ApolloCache } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { useCallback } from "react";
import { announceActivitiesChanged } from "../activities/activity-events";
import { graphql } from "../gql";
import type { ActivityInput } from "../gql/graphql";

/**
 * An activity as the form edits it: its values, the notes and the version to send back. (With the
 * details the map and the lists show, so that a write brings those up to date in the cache too.)
 */
export const ActivityFormFields = graphql(`
  fragment ActivityFormFields on Activity {
    id
    kind
    organisation
    status
    priorityAreas
    startsAt
    endsAt
    lat
    lng
    title
    notes
    version
    place {
      id
      lat
      lng
    }
    outcome {
      vehiclesChecked
      breathTests
      suspectedDrunkDriving
      suspectedDrugDriving
      peopleReached
      findings
    }
    ...ActivityDetails
  }
`);

export const ActivityFormQuery = graphql(`
  query ActivityFormQuery($id: ID!) {
    activity(id: $id) {
      ...ActivityFormFields
    }
  }
`);

const CreateActivityMutation = graphql(`
  mutation CreateActivityMutation($input: ActivityInput!) {
    createActivity(input: $input) {
      ...ActivityFormFields
    }
  }
`);

const UpdateActivityMutation = graphql(`
  mutation UpdateActivityMutation($id: ID!, $version: Int!, $input: ActivityInput!) {
    updateActivity(id: $id, version: $version, input: $input) {
      ...ActivityFormFields
    }
  }
`);

const DeleteActivityMutation = graphql(`
  mutation DeleteActivityMutation($id: ID!, $version: Int!) {
    deleteActivity(id: $id, version: $version)
  }
`);

const UndoDeleteActivityMutation = graphql(`
  mutation UndoDeleteActivityMutation($id: ID!) {
    undoDeleteActivity(id: $id) {
      ...ActivityFormFields
    }
  }
`);

/**
 * After a write, every list and figure built from activities is stale: the connection pages, the
 * coverage, the server's clusters, the follow-up and the deleted list are dropped from the cache
 * (active queries then fetch them again) and the map is told to reload.
 */
export function activitiesChanged(cache: ApolloCache, deletedId?: string): void {
  for (const fieldName of ["activities", "coverage", "activityClusters", "activitiesCsv", "followUp", "followUpCsv", "deletedActivities", "planningDue"]) {
    cache.evict({ id: "ROOT_QUERY", fieldName });
  }
  if (deletedId) cache.evict({ id: cache.identify({ __typename: "Activity", id: deletedId }) });
  cache.gc();
  // After the cache has been updated, so a reload reads nothing stale.
  queueMicrotask(() => announceActivitiesChanged(deletedId));
}

/** Records a new activity. */
export function useCreateActivity() {
  const [mutate, state] = useMutation(CreateActivityMutation, { update: (cache) => activitiesChanged(cache) });
  const create = useCallback(async (input: ActivityInput) => (await mutate({ variables: { input } })).data?.createActivity ?? null, [mutate]);
  return [create, state] as const;
}

/** Replaces an activity; rejects with CONFLICT when `version` is no longer the current one. */
export function useUpdateActivity() {
  const [mutate, state] = useMutation(UpdateActivityMutation, { update: (cache) => activitiesChanged(cache) });
  const update = useCallback(async (id: string, version: number, input: ActivityInput) => (await mutate({ variables: { id, version, input } })).data?.updateActivity ?? null, [mutate]);
  return [update, state] as const;
}

/** Marks an activity deleted (its deleter can undo it for a while, an administrator restore it). */
export function useDeleteActivity() {
  const [mutate, state] = useMutation(DeleteActivityMutation);
  const remove = useCallback(
    async (id: string, version: number) => (await mutate({ variables: { id, version }, update: (cache) => activitiesChanged(cache, id) })).data?.deleteActivity ?? false,
    [mutate],
  );
  return [remove, state] as const;
}

/** Undoes the user's own delete, shortly after it (FORBIDDEN for anyone else, or later). */
export function useUndoDeleteActivity() {
  const [mutate, state] = useMutation(UndoDeleteActivityMutation, { update: (cache) => activitiesChanged(cache) });
  const undo = useCallback(async (id: string) => (await mutate({ variables: { id } })).data?.undoDeleteActivity ?? null, [mutate]);
  return [undo, state] as const;
}
