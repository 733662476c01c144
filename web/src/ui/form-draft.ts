import { useCallback, useEffect, useRef, useState } from "react";

/**
 * Where drafts are kept: the tab's session, so a draft never outlives the tab; each under its
 * user's id, and forgotten when that user signs out or another signs in (`forgetDrafts`).
 */
const PREFIX = "lofteskartan.draft.";

function read<T>(key: string): T | null {
  try {
    const stored = sessionStorage.getItem(PREFIX + key);
    return stored ? (JSON.parse(stored) as T) : null;
  } catch {
    return null;
  }
}

/** The keys of the drafts in this tab (each starts with the user's id, see ActivityEditor). */
function storedDrafts(): string[] {
  return Array.from({ length: sessionStorage.length }, (_, i) => sessionStorage.key(i)).filter((name): name is string => name?.startsWith(PREFIX) ?? false);
}

/**
 * Forgets every draft in this tab, or all but those of `keepUserId`: at sign-out (a shared
 * computer: the next person must find nothing), and at sign-in of another person on the same tab
 * (a session that ended with a form open left its draft; the same person signing in again gets it back).
 */
export function forgetDrafts(keepUserId?: string): void {
  try {
    const own = keepUserId === undefined ? null : `${PREFIX}${keepUserId}:`;
    for (const name of storedDrafts()) if (own === null || !name.startsWith(own)) sessionStorage.removeItem(name);
  } catch {
    // No storage here (private mode): there were no drafts either.
  }
}

/**
 * Forgets the draft of `key` and those under it (`key:…`, e.g. one per version of an activity):
 * after a save, or when the person closes the form.
 */
export function clearDraft(key: string): void {
  try {
    const own = PREFIX + key;
    for (const name of storedDrafts()) if (name === own || name.startsWith(`${own}:`)) sessionStorage.removeItem(name);
  } catch {
    // No storage here (private mode): there was no draft either.
  }
}

/**
 * A form's values that survive the form: each state that rendered is kept in sessionStorage under
 * `key`, and a form mounted again with the same key (after an error boundary's retry, or a reload)
 * starts from it instead of `initial`. A state whose render failed is never stored, so a retry
 * cannot fail on the same values again.
 *
 * `change` builds the next values from the latest ones in the event handler itself (never in a
 * state updater, where React 19 has already cleared the event's `currentTarget`).
 */
export function useDraft<T>(key: string, initial: T): [T, (next: (current: T) => T) => void] {
  const [values, setValues] = useState<T>(() => read<T>(key) ?? initial);
  const latest = useRef(values);
  useEffect(() => {
    latest.current = values;
    try {
      sessionStorage.setItem(PREFIX + key, JSON.stringify(values));
    } catch {
      // Full or unavailable: the form works on, only without a draft.
    }
  }, [key, values]);
  const change = useCallback((next: (current: T) => T) => {
    latest.current = next(latest.current);
    setValues(latest.current);
  }, []);
  return [values, change];
}
