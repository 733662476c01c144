import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { OutcomeSummary, PlaceName, areaText } from "../activities/ActivityDetails";
import { ErrorNotice } from "../ui/ErrorNotice";
import { graphql, useFragment, type FragmentType } from "../gql";
import type { ActivityFilter, ActivityOrder, ActivitySortField } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/sv";
import { ActivityActions } from "../editing/ActivityActions";
import type { PopupTarget } from "../activities/map-target";
import { Pager, useCursorPages } from "../ui/Pager";
import { ScrollRegion } from "../ui/ScrollRegion";
import { TableSearch } from "./TableSearch";

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
          id
          ...ActivityRow
        }
      }
    }
  }
`);

/** An activity as its row shows it. */
const ActivityRowFields = graphql(`
  fragment ActivityRow on Activity {
    id
    kind
    organisation
    status
    priorityAreas
    startsAt
    zone
    title
    lat
    lng
    place {
      ...PlaceNameFields
    }
    outcome {
      ...OutcomeText
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

/**
 * A date and time that may break between the two, never inside either: the time is what follows
 * the last space ("2026-12-09 12:45", "9 Dec 2026, 12:45").
 */
function DateTime({ text }: { text: string }) {
  const cut = text.lastIndexOf(" ");
  if (cut < 0) return <span className="nowrap">{text}</span>;
  return (
    <>
      <span className="nowrap">{text.slice(0, cut)}</span> <span className="nowrap">{text.slice(cut + 1)}</span>
    </>
  );
}

/** One activity's row: its columns, then the popup's actions and "Visa på kartan". */
function ActivityRow({ activity: data, onShowOnMap }: { activity: FragmentType<typeof ActivityRowFields>; onShowOnMap(activity: PopupTarget): void }) {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  const node = useFragment(ActivityRowFields, data);
  return (
    <tr data-activity-id={node.id} data-status={node.status} data-organisation={node.organisation}>
      <th scope="row">
        <time dateTime={node.startsAt}>
          <DateTime text={formatDateTime(node.startsAt)} />
        </time>
      </th>
      <td>
        {t(`kind.${node.kind}`)}
        {node.title ? <span className="activity-subtitle">{node.title}</span> : null}
      </td>
      <td>{t(`organisation.${node.organisation}`)}</td>
      <td>{areaText(node.priorityAreas, i18n)}</td>
      <td>
        <PlaceName place={node.place} />
      </td>
      <td>{t(`zone.${node.zone}`)}</td>
      <td>{t(`status.${node.status}`)}</td>
      <td>
        <OutcomeSummary outcome={node.outcome} none="–" />
      </td>
      <td className="actions-cell">
        <ActivityActions className="row-actions" activity={node} onShowOnMap={() => onShowOnMap({ id: node.id, lat: node.lat, lng: node.lng })} />
      </td>
    </tr>
  );
}

/** Newest first: the API's default order. */
const DEFAULT_ORDER: ActivityOrder = { field: "STARTS_AT", direction: "DESC" };

/** Props of `ActivityTable`. */
export interface ActivityTableProps {
  filter: ActivityFilter;
  /** The selection's search (`filter.search`, or "" for none) and how to change it. */
  search: string;
  onSearch(search: string): void;
  sort: ActivityOrder | null;
  onSort(order: ActivityOrder | null): void;
  /** "Visa på kartan": the map opens the activity's popup. */
  onShowOnMap(activity: PopupTarget): void;
}

/**
 * The activities of the selection as a table (the accessible alternative to the map): a search
 * over title and place, sortable by column headers (buttons, with `aria-sort`), paged with the
 * API's cursors, and per row the popup's actions plus "Visa på kartan". A new selection, order or
 * page size starts on page one; the rows shown stay until the new ones are in, and so does the
 * range that tells them.
 */
export function ActivityTable({ filter, search, onSearch, sort, onSort, onShowOnMap }: ActivityTableProps) {
  const { t } = useI18n();
  const [pageSize, setPageSize] = useState<number>(PAGE_SIZES[0]);
  const pages = useCursorPages(JSON.stringify([filter, sort, pageSize]));
  const order = sort ?? DEFAULT_ORDER;
  const { data, previousData, error, loading, refetch } = useQuery(ActivityTableQuery, {
    variables: { filter, first: pageSize, after: pages.after, orderBy: sort },
  });
  const result = (data ?? previousData)?.activities;
  const from = pages.shownFrom(data !== undefined, pageSize);

  function sortBy(field: ActivitySortField) {
    const direction = order.field === field ? (order.direction === "ASC" ? "DESC" : "ASC") : field === "STARTS_AT" ? "DESC" : "ASC";
    const next: ActivityOrder = { field, direction };
    onSort(next.field === DEFAULT_ORDER.field && next.direction === DEFAULT_ORDER.direction ? null : next);
  }

  const rows = result?.edges ?? [];
  return (
    <section className="activity-table panel" aria-labelledby="table-title" id="activity-table">
      <h2 id="table-title">{t("table.title")}</h2>
      <TableSearch value={search} onChange={onSearch} />
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
              <th scope="col" className="actions-cell">
                {t("table.actions")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ node }) => (
              <ActivityRow key={node.id} activity={node} onShowOnMap={onShowOnMap} />
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {result && result.totalCount === 0 ? <p>{search ? t("table.emptySearch", { search }) : t("table.empty")}</p> : null}
      {result && result.totalCount > 0 ? (
        <Pager pages={pages} from={from} shown={rows.length} total={result.totalCount} hasNextPage={result.pageInfo.hasNextPage} endCursor={result.pageInfo.endCursor ?? null} loading={loading}>
          <label className="page-size">
            {t("table.pageSize")}{" "}
            <select value={pageSize} onChange={(e) => setPageSize(Number(e.currentTarget.value))}>
              {PAGE_SIZES.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
        </Pager>
      ) : null}
    </section>
  );
}
