import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { ErrorLink } from "@apollo/client/link/error";
import { isUnauthenticated } from "../ui/api-errors";

/** Operations whose UNAUTHENTICATED answer is their own business (wrong password), not an ended session. */
const OWN_UNAUTHENTICATED = new Set(["SignInMutation", "SignOutMutation", "SessionQuery"]);

/**
 * The Apollo Client of the web: same-origin `/graphql` with the session cookie (JSON POSTs, which
 * Apollo Server's CSRF prevention accepts). Any UNAUTHENTICATED answer calls `onUnauthenticated`.
 */
export function createApolloClient(onUnauthenticated: () => void): ApolloClient {
  const errorLink = new ErrorLink(({ error, operation }) => {
    // A preload (see preload.ts) may run before the session is known: the page decides then.
    if (operation.getContext().preload) return;
    if (isUnauthenticated(error) && !OWN_UNAUTHENTICATED.has(operation.operationName ?? "")) onUnauthenticated();
  });
  return new ApolloClient({
    link: ApolloLink.from([errorLink, new HttpLink({ uri: "/graphql", credentials: "same-origin" })]),
    cache: new InMemoryCache({
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
    }),
  });
}
