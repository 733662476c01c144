import { useCallback, useEffect, useMemo } from "react";
import { navigate, useLocation } from "../ui/router";
import { PROMISE_PERIODS, currentYear, defaultPeriod, periodYears, selectableYears, type PromisePeriod } from "./promise-periods";
import { parseView, viewToSearch, type View, type ViewDefaults } from "./view-state";

/**
 * The defaults for today: this year and what is planned ahead (the selectable years from this one
 * on, and everything after them); the promise periods are the shortcuts.
 */
export function viewDefaults(periods: readonly PromisePeriod[] = PROMISE_PERIODS, now: Date = new Date()): ViewDefaults {
  const year = currentYear(now);
  const known = periods.length ? periods : PROMISE_PERIODS;
  const selectable = selectableYears(year, known);
  return {
    years: selectable.filter((y) => y >= year),
    onwardFrom: selectable[selectable.length - 1] + 1,
    selectableYears: selectable,
    periodYears: periodYears(defaultPeriod(year, known)),
    periods: known,
  };
}

/**
 * The map page's view, read from and written to the query string: every change replaces the URL
 * (a link or a reload reproduces the view); `push` makes a history entry instead (meeting mode).
 * `periods` are the API's promise periods, null until loaded (the built-in ones stand in).
 */
export function useView(periods: readonly PromisePeriod[] | null): { view: View; defaults: ViewDefaults; setView: (next: View, options?: { push?: boolean }) => void } {
  const { pathname, search, href } = useLocation();
  const periodsKey = JSON.stringify(periods);
  // A new array with the same periods must not count as new defaults: the key stands for the content.
  const defaults = useMemo(() => viewDefaults((JSON.parse(periodsKey) as readonly PromisePeriod[] | null) ?? undefined), [periodsKey]);
  const view = useMemo(() => parseView(search, defaults), [search, defaults]);
  const canonical = viewToSearch(view);
  // The address always states the years, so a link keeps meaning the same view next year; when it
  // names none, that waits for the API's periods, which decide the default.
  const settled = periods !== null || search.has("years");
  useEffect(() => {
    if (settled && `${pathname}${canonical}` !== href) navigate(`${pathname}${canonical}`, { replace: true });
  }, [settled, pathname, canonical, href]);
  const setView = useCallback((next: View, options: { push?: boolean } = {}) => navigate(`${pathname}${viewToSearch(next)}`, { replace: !options.push }), [pathname]);
  return { view, defaults, setView };
}
