import { useQuery } from "@apollo/client/react";
import { createContext, use, useEffect, type ReactNode } from "react";
import { ErrorNotice } from "../ui/ErrorNotice";
import { PageLoading } from "../ui/PageLoading";
import { navigate, signInHref } from "../ui/router";
import { graphql, useFragment } from "../gql";
import type { SessionUserFragment } from "../gql/graphql";

export const SessionUser = graphql(`
  fragment SessionUser on User {
    id
    username
    displayName
    role
  }
`);

export const SessionQuery = graphql(`
  query SessionQuery {
    me {
      # The device's copy of the cache is kept under this id (web/src/pwa), outside any component.
      id
      ...SessionUser
    }
  }
`);

const SessionContext = createContext<SessionUserFragment | null>(null);

/** The signed-in user; only inside `<RequireSession>`. */
export function useSessionUser(): SessionUserFragment {
  const user = use(SessionContext);
  if (!user) throw new Error("useSessionUser must be used inside <RequireSession>");
  return user;
}

/** Renders its children for a signed-in user; sends anyone else to the sign-in page. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { data, error, refetch } = useQuery(SessionQuery);
  const me = useFragment(SessionUser, data?.me);
  const signedOut = data !== undefined && !me;
  useEffect(() => {
    if (signedOut) navigate(signInHref(), { replace: true });
  }, [signedOut]);
  if (error) {
    return (
      <main id="main" className="page-message">
        <ErrorNotice error={error} retry={() => void refetch()} />
      </main>
    );
  }
  if (!me) return <PageLoading />;
  return <SessionContext value={me}>{children}</SessionContext>;
}
