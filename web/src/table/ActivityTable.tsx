import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { PlaceName, areaText, outcomeLines } from "../activities/ActivityDetails";
import { ErrorNotice } from "../app/ErrorNotice";
import { graphql } from "../gql";
import type { ActivityFilter, ActivityOrder, ActivitySortField } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/sv";
import { ScrollRegion } from "./ScrollRegion";

const ActivityTableQuery = graphql(`
  query ActivityTableQuery($filter: ActivityFilter, $first: Int, $after: String, $orderBy: ActivityOrder) {
    activities(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ActivityDetails
        }
      }
    }
  }
`);

const PAGE_SIZES = [25, 50, 100] as const;

/** The columns; those with a sort field can be sorted by the API (`orderBy`). */
const COLUMNS: ReadonlyArray<{ key: MessageKey; sort?: ActivitySortField; className?: string }> = [
  { key: "activity.date", sort: "STARTS_AT" },
  { key: "activity.kind", sort: "KIND" },
  { key: "activity.organisation", sort: "ORGANISATION" },
  { key: "activity.priorityAreas" },
  { key: "activity.place", sort: "PLACE" },
  { key: "activity.zone", sort: "ZONE" },
  { key: "activity.status", sort: "STATUS" },
  { key: "activity.outcome" },
];

/** Newest first: the API's default order. */
const DEFAULT_ORDER: ActivityOrder = { field: "STARTS_AT", direction: "DESC" };

/**
 * The activities of the selection as a table (the accessible alternative to the map): sortable by
 * column headers (buttons, with `aria-sort`), paged with the API's cursors. Mount it with a `key`
 * of the selection so a new selection starts on page one; a new order does too (keeping focus on
 * the header that was pressed).
 */
export function ActivityTable({ filter, sort, onSort }: { filter: ActivityFilter; sort: ActivityOrder | null; onSort(order: ActivityOrder | null): void }) {
  const i18n = useI18n();
  const { t, formatDateTime, formatNumber } = i18n;
  const [pageSize, setPageSize] = useState<number>(PAGE_SIZES[0]);
  // The cursors of the pages seen so far (cursors[i] is the `after` of page i), for one order.
  const sortKey = JSON.stringify(sort);
  const [paging, setPaging] = useState<{ sortKey: string; cursors: Array<string | null> }>({ sortKey, cursors: [null] });
  const cursors = paging.sortKey === sortKey ? paging.cursors : [null];
  const setCursors = (update: (current: Array<string | null>) => Array<string | null>) => setPaging({ sortKey, cursors: update(cursors) });
  const page = cursors.length - 1;
  const order = sort ?? DEFAULT_ORDER;
  const { data, previousData, error, loading, refetch } = useQuery(ActivityTableQuery, {
    variables: { filter, first: pageSize, after: cursors[page], orderBy: sort },
  });
  const result = (data ?? previousData)?.activities;

  function sortBy(field: ActivitySortField) {
    const direction = order.field === field ? (order.direction === "ASC" ? "DESC" : "ASC") : field === "STARTS_AT" ? "DESC" : "ASC";
    const next: ActivityOrder = { field, direction };
    onSort(next.field === DEFAULT_ORDER.field && next.direction === DEFAULT_ORDER.direction ? null : next);
  }

  const first = page * pageSize + 1;
  const rows = result?.edges ?? [];
  return (
    <section className="activity-table panel" aria-labelledby="table-title" id="activity-table">
      <h2 id="table-title">{t("table.title")}</h2>
      {error ? <ErrorNotice error={error} retry={() => void refetch()} /> : null}
      <ScrollRegion labelledBy="table-caption">
        <table className="data-table" aria-busy={loading || undefined} data-testid="activity-table">
          <caption id="table-caption">{t("table.caption")}</caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => {
                const active = column.sort !== undefined && order.field === column.sort;
                return (
                  <th key={column.key} scope="col" aria-sort={active ? (order.direction === "ASC" ? "ascending" : "descending") : undefined}>
                    {column.sort ? (
                      <button type="button" className="sort-button" onClick={() => sortBy(column.sort!)}>
                        {t(column.key)}
                        <span className="sort-indicator" aria-hidden="true">
                          {active ? (order.direction === "ASC" ? "▲" : "▼") : "↕"}
                        </span>
                      </button>
                    ) : (
                      t(column.key)
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ node }) => {
              const outcome = outcomeLines(node.outcome, i18n);
              return (
                <tr key={node.id} data-activity-id={node.id} data-status={node.status} data-organisation={node.organisation}>
                  <td className="nowrap">
                    <time dateTime={node.startsAt}>{formatDateTime(node.startsAt)}</time>
                  </td>
                  <td>{t(`kind.${node.kind}`)}</td>
                  <td>{t(`organisation.${node.organisation}`)}</td>
                  <td>{areaText(node.priorityAreas, i18n)}</td>
                  <td>
                    <PlaceName place={node.place} />
                  </td>
                  <td>{t(`zone.${node.zone}`)}</td>
                  <td>{t(`status.${node.status}`)}</td>
                  <td>{outcome.length ? outcome.join("; ") : "–"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {result && result.totalCount === 0 ? <p>{t("table.empty")}</p> : null}
      {result && result.totalCount > 0 ? (
        <nav className="pager" aria-label={t("table.pagination")}>
          <p className="pager-range" aria-live="polite">
            {t("table.range", { from: formatNumber(first), to: formatNumber(first + rows.length - 1), total: formatNumber(result.totalCount) })}
          </p>
          <button type="button" className="button-secondary" disabled={page === 0} onClick={() => setCursors((c) => c.slice(0, -1))}>
            {t("table.previous")}
          </button>
          <button
            type="button"
            className="button-secondary"
            disabled={!result.pageInfo.hasNextPage || loading}
            onClick={() => setCursors((c) => [...c, result.pageInfo.endCursor])}
          >
            {t("table.next")}
          </button>
          <label className="page-size">
            {t("table.pageSize")}{" "}
            <select
              value={pageSize}
              onChange={(e) => {
                setPageSize(Number(e.currentTarget.value));
                setCursors(() => [null]);
              }}
            >
              {PAGE_SIZES.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
        </nav>
      ) : null}
    </section>
  );
}
