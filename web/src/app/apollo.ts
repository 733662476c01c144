import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { ErrorLink } from "@apollo/client/link/error";
import { isUnauthenticated } from "../ui/api-errors";
import { indexedDbStore, type SnapshotStore } from "../pwa/cache-snapshot";
import { OfflineCache, offlineLink } from "../pwa/offline-cache";

/** Operations whose UNAUTHENTICATED answer is their own business (wrong password), not an ended session. */
const OWN_UNAUTHENTICATED = new Set(["SignInMutation", "SignOutMutation", "SessionQuery"]);

/**
 * The Apollo Client of the web: same-origin `/graphql` with the session cookie (JSON POSTs, which
 * Apollo Server's CSRF prevention accepts). Any UNAUTHENTICATED answer calls `onUnauthenticated`.
 * The signed-in user's cache is kept on the device (`store`) and answers queries without network.
 */
export function createApolloClient(onUnauthenticated: () => void, store: SnapshotStore = indexedDbStore()): ApolloClient {
  const errorLink = new ErrorLink(({ error, operation }) => {
    // A preload (see preload.ts) may run before the session is known: the page decides then.
    if (operation.getContext().preload) return;
    if (isUnauthenticated(error) && !OWN_UNAUTHENTICATED.has(operation.operationName ?? "")) onUnauthenticated();
  });
  const cache = new InMemoryCache({
    // Fragments on an interface need its implementations, or the cache drops their fields.
    possibleTypes: { PublicTotals: ["PublicFollowUp", "PublicYearTotals"] },
    typePolicies: {
      Query: {
        fields: {
          // An activity already in the cache (from the table or a list) answers `activity(id)`.
          activity: {
            read(existing, { args, toReference, canRead }) {
              if (existing) return existing;
              const ref = toReference({ __typename: "Activity", id: String(args?.id) });
              return canRead(ref) ? ref : undefined;
            },
          },
        },
      },
      Municipality: { keyFields: ["code"] },
      // Coverage figures belong to the filter they were asked with; they have no id of their own.
      Coverage: { keyFields: false },
      PlaceCoverage: { keyFields: false },
    },
  });
  const offline = new OfflineCache(cache, store);
  const client = new ApolloClient({
    link: ApolloLink.from([errorLink, offlineLink(offline), new HttpLink({ uri: "/graphql", credentials: "same-origin" })]),
    cache,
  });
  // Signing out or in clears the store: the device's copy goes with it.
  client.onClearStore(() => offline.forget());
  // A page put away (a phone locked, a tab closed) writes what was pending at once.
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") void offline.flush();
  });
  return client;
}
