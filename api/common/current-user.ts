import { createParameterDecorator } from "type-graphql";
import type { AuthUser, RequestContext } from "./context.type";
import { errors } from "./errors";

/**
 * The signed-in person as a resolver parameter. Use it under `@Authorized(...)`, which has
 * already refused a request without a session; the check here only keeps the type honest.
 */
export function CurrentUser() {
  return createParameterDecorator<RequestContext>(({ context }): AuthUser => {
    if (!context.user) throw errors.unauthenticated();
    return context.user;
  });
}
