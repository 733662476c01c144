import { CombinedGraphQLErrors, type ErrorLike } from "@apollo/client";
import type { I18n } from "../i18n/i18n";

/** A sign-in the API refused before checking it: which limit, and how long to wait. */
export interface SignInWait {
  scope: "name" | "address";
  retryAfterSeconds: number;
}

/** Reads RATE_LIMITED (with `retryAfterSeconds` and `scope`) from a failed sign-in; null for anything else. */
export function readSignInWait(error: ErrorLike | null): SignInWait | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const limited = error.errors.find((e) => e.extensions?.code === "RATE_LIMITED");
  const seconds = limited?.extensions?.retryAfterSeconds;
  if (!limited || typeof seconds !== "number") return null;
  return { scope: limited.extensions?.scope === "address" ? "address" : "name", retryAfterSeconds: Math.max(1, Math.ceil(seconds)) };
}

/** The wait in the page's words: seconds under a minute, otherwise whole minutes (rounded up). */
export function signInWaitText(i18n: Pick<I18n, "t" | "tn">, wait: SignInWait): string {
  const s = wait.retryAfterSeconds;
  const words = s < 60 ? i18n.tn("signIn.waitSeconds", s) : i18n.tn("signIn.waitMinutes", Math.ceil(s / 60));
  return i18n.t(wait.scope === "address" ? "signIn.throttled.address" : "signIn.throttled.name", { wait: words });
}
