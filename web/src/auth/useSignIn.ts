import { useApolloClient, useMutation } from "@apollo/client/react";
import { useCallback } from "react";
import { forgetDrafts } from "../ui/form-draft";
import { graphql } from "../gql";
import { SessionQuery } from "./session";

const SignInMutation = graphql(`
  mutation SignInMutation($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      id
      ...SessionUser
    }
  }
`);

const SignOutMutation = graphql(`
  mutation SignOutMutation {
    logout
  }
`);

/**
 * Signs in; on success forgets everything cached under the previous (or no) session, and the form
 * drafts of anyone else who used this tab.
 */
export function useSignIn() {
  const client = useApolloClient();
  const [mutate, state] = useMutation(SignInMutation);
  const signIn = useCallback(
    async (username: string, password: string) => {
      const result = await mutate({ variables: { username, password } });
      await client.clearStore();
      if (result.data) {
        forgetDrafts(result.data.login.id);
        client.cache.writeQuery({ query: SessionQuery, data: { me: result.data.login } });
      }
      return result.data?.login ?? null;
    },
    [client, mutate],
  );
  return [signIn, state] as const;
}

/** Signs out and forgets the cache and the form drafts, so the next user sees nothing of this one's data. */
export function useSignOut() {
  const client = useApolloClient();
  const [mutate, state] = useMutation(SignOutMutation);
  const signOut = useCallback(async () => {
    try {
      await mutate();
    } finally {
      await client.clearStore();
      forgetDrafts();
    }
  }, [client, mutate]);
  return [signOut, state] as const;
}
