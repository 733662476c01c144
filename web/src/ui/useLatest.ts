import { useRef, type RefObject } from "react";

/**
 * A ref that always holds the latest `value`: for callbacks handed to Leaflet once (event
 * handlers, icon factories) that must still see the current props.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}
