import { useEffect } from "react";

// The page's own activity writes, told to whoever shows activities (the map, a popup), so that a
// layer below the editing need not import it to hear of them.
const listeners = new Set<() => void>();
const deletedListeners = new Set<(id: string) => void>();

/** Calls `listener` with the id of each activity deleted on this page (a popup of it closes). */
export function useActivityDeleted(listener: (id: string) => void): void {
  useEffect(() => {
    deletedListeners.add(listener);
    return () => void deletedListeners.delete(listener);
  }, [listener]);
}

/** Calls `listener` after every activity write of this page (the map reloads its pages on it). */
export function useActivitiesChanged(listener: () => void): void {
  useEffect(() => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, [listener]);
}

/** Tells every listener that activities changed (and which one was deleted, if one was). */
export function announceActivitiesChanged(deletedId?: string): void {
  listeners.forEach((listener) => listener());
  if (deletedId) deletedListeners.forEach((listener) => listener(deletedId));
}
