import type { ReactNode } from "react";
import { RequireSession, useSessionUser } from "../auth/session";
import { FieldQueueProvider } from "../offline/FieldQueue";

/** The signed-in user's records waiting on this device; a new user gets a queue of their own. */
function UserQueue({ children }: { children: ReactNode }) {
  const me = useSessionUser();
  return (
    <FieldQueueProvider key={me.id} userId={me.id}>
      {children}
    </FieldQueueProvider>
  );
}

/** A screen for a signed-in user: the session (or the sign-in page), and that user's field queue. */
export function SignedIn({ children }: { children: ReactNode }) {
  return (
    <RequireSession>
      <UserQueue>{children}</UserQueue>
    </RequireSession>
  );
}
