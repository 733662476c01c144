import { useMemo, useSyncExternalStore } from "react";

/** The sign-in page's path. */
export const SIGN_IN_PATH = "/logga-in";
/** The map page's path. */
export const MAP_PATH = "/";

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("popstate", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", listener);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

/** The current path and query string; re-renders on `navigate` and on back/forward. */
export function useLocation(): { pathname: string; search: URLSearchParams; href: string } {
  const href = useSyncExternalStore(subscribe, snapshot);
  return useMemo(() => {
    const url = new URL(href, window.location.origin);
    return { pathname: url.pathname, search: url.searchParams, href };
  }, [href]);
}

/**
 * Goes to `to` (a path with an optional query string) without reloading. `replace` rewrites the
 * current history entry (used for filter changes, so Back leaves the page instead of undoing them).
 */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (options.replace) window.history.replaceState(null, "", to);
  else window.history.pushState(null, "", to);
  for (const listener of listeners) listener();
}

/** The sign-in page that returns to `next` (the current page unless given). */
export function signInHref(next: string = snapshot(), expired = false): string {
  const params = new URLSearchParams();
  if (next && next !== MAP_PATH && !next.startsWith(SIGN_IN_PATH)) params.set("next", next);
  if (expired) params.set("expired", "1");
  const query = params.toString();
  return query ? `${SIGN_IN_PATH}?${query}` : SIGN_IN_PATH;
}

/** A same-site path to return to after signing in (anything else becomes the map). */
export function safeNext(next: string | null): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith(SIGN_IN_PATH) ? next : MAP_PATH;
}
