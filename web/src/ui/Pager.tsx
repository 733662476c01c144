import { useState, type ReactNode } from "react";
import { useI18n } from "../i18n/i18n";

interface PagesState {
  key: string;
  /** `cursors[i]` is the `after` of page i. */
  cursors: Array<string | null>;
  /** Position (from 0) of the first row of the page whose rows are shown. */
  shownFrom: number;
}

/** The paging of a connection by its cursors: where the page is, and moving on or back. */
export interface CursorPages {
  /** The page asked for (from 0). */
  page: number;
  /** Its `after` cursor. */
  after: string | null;
  next(endCursor: string | null): void;
  previous(): void;
  /**
   * Position (from 0) of the first row shown: of the page asked for once its rows are in
   * (`loaded`), of the page shown before until then (its rows stay on screen while the next load).
   */
  shownFrom(loaded: boolean, pageSize: number): number;
}

/**
 * The pages of a connection seen so far, by cursor; a new `key` (another selection, order or page
 * size) starts again at the first page.
 */
export function useCursorPages(key: string): CursorPages {
  const [state, setState] = useState<PagesState>({ key, cursors: [null], shownFrom: 0 });
  // A new selection starts at the first page (a render-time reset, as React advises for derived
  // state); the rows on screen are still the old ones, and so is their position.
  const current = state.key === key ? state : { ...state, key, cursors: [null] };
  if (current !== state) setState(current);
  const page = current.cursors.length - 1;
  return {
    page,
    after: current.cursors[page],
    next: (endCursor) => setState({ ...current, cursors: [...current.cursors, endCursor] }),
    previous: () => setState({ ...current, cursors: current.cursors.slice(0, -1) }),
    shownFrom(loaded, pageSize) {
      if (!loaded) return current.shownFrom;
      const from = page * pageSize;
      if (from !== current.shownFrom) setState({ ...current, shownFrom: from });
      return from;
    },
  };
}

/** Props of `Pager`. */
export interface PagerProps {
  pages: CursorPages;
  /** Position (from 0) of the first row shown (`pages.shownFrom`), the rows shown and the total. */
  from: number;
  shown: number;
  total: number;
  hasNextPage: boolean;
  endCursor: string | null;
  /** A page is on its way: "next" waits for it. */
  loading: boolean;
  /** More controls at the end (rows per page). */
  children?: ReactNode;
}

/** "Visar 26–50 av 340" and the previous and next buttons of a table paged by cursors. */
export function Pager({ pages, from, shown, total, hasNextPage, endCursor, loading, children }: PagerProps) {
  const { t, formatNumber } = useI18n();
  return (
    <nav className="pager" aria-label={t("table.pagination")}>
      <p className="pager-range" aria-live="polite" data-testid="pager-range">
        {shown > 0 ? t("table.range", { from: formatNumber(from + 1), to: formatNumber(from + shown), total: formatNumber(total) }) : null}
        {loading ? <span className="muted"> · {t("summary.updating")}</span> : null}
      </p>
      <button type="button" className="button-secondary" disabled={pages.page === 0} onClick={pages.previous}>
        {t("table.previous")}
      </button>
      <button type="button" className="button-secondary" disabled={!hasNextPage || loading} onClick={() => pages.next(endCursor)}>
        {t("table.next")}
      </button>
      {children}
    </nav>
  );
}
