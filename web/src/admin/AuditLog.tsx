import { useQuery } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { ErrorNotice } from "../ui/ErrorNotice";
import { navigate, useLocation } from "../ui/router";
import { graphql } from "../gql";
import type { AuditFilter } from "../gql/graphql";
import { useI18n, type I18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/sv";
import { SelectField, TextField } from "./admin-form";
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from "../../../domain/audit";
import { AdminTable } from "./AdminTable";
import { Pager, useCursorPages } from "../ui/Pager";

const PAGE_SIZE = 50;

const AuditLogQuery = graphql(`
  query AuditLogQuery($filter: AuditFilter, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          at
          actor
          action
          entity
          entityId
          details
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const AuditLogUsersQuery = graphql(`
  query AuditLogUsersQuery {
    users {
      id
      username
      displayName
    }
  }
`);

/** The log's selection as the address keeps it: `?action=…&user=…&entity=…&from=YYYY-MM-DD&to=YYYY-MM-DD`. */
type Selection = { action: string; user: string; entity: string; from: string; to: string };
const KEYS = ["action", "user", "entity", "from", "to"] as const;

function selectionOf(search: URLSearchParams): Selection {
  return { action: search.get("action") ?? "", user: search.get("user") ?? "", entity: search.get("entity") ?? "", from: search.get("from") ?? "", to: search.get("to") ?? "" };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The API's filter for a selection: whole days in the browser's (Stockholm) time, both ends included. */
export function auditFilterOf(s: Selection): AuditFilter {
  return {
    ...(s.action ? { actions: [s.action] } : {}),
    ...(s.user ? { actor: s.user } : {}),
    ...(s.entity ? { entity: s.entity } : {}),
    ...(DAY.test(s.from) ? { from: new Date(`${s.from}T00:00:00`).toISOString() } : {}),
    ...(DAY.test(s.to) ? { to: new Date(`${s.to}T23:59:59.999`).toISOString() } : {}),
  };
}

/** A UUID (an activity's id) by its first eight characters, as a table shows it; other ids whole. */
function shortId(id: string): string {
  return /^[0-9a-f]{8}-[0-9a-f-]{27}$/i.test(id) ? `${id.slice(0, 8)}…` : id;
}

/** A label from the catalogue when there is one (a new action or entity shows its code). */
function labelOf(t: I18n["t"], key: string, fallback: string): string {
  const text = t(key as MessageKey);
  return text === undefined || text === key ? fallback : text;
}

type Details = Record<string, unknown>;
const textOf = (value: unknown) => (typeof value === "string" || typeof value === "number" ? String(value) : null);

/** One short line of what a row's details say: how many activities were read, which record, why a sign-in failed. */
function summary(action: string, entity: string, details: Details, i18n: I18n): string {
  if (action === "READ_PLANNED_POLICE" && Array.isArray(details.ids)) return i18n.tn("admin.log.readIds", details.ids.length);
  const record = (details.after ?? details.before) as Details | null | undefined;
  // An activity's row keeps no title: its kind and date say which it was.
  const activity =
    entity === "activity" && typeof record?.kind === "string"
      ? `${labelOf(i18n.t, `kind.${record.kind}`, record.kind)}${typeof record.startsAt === "string" ? `, ${i18n.formatDateTime(record.startsAt)}` : ""}`
      : null;
  const name = activity ?? textOf(record?.title) ?? textOf(record?.name) ?? textOf(record?.label) ?? textOf(details.username);
  return [name, textOf(details.reason), textOf(details.ip)].filter(Boolean).join(" · ");
}

/** The filter form: action, user, kind of record and a date range, applied by "Visa". */
function AuditFilterForm({ selection, users }: { selection: Selection; users: ReadonlyArray<{ id: string; username: string; displayName: string }> }) {
  const { t } = useI18n();
  const [values, setValues] = useState(selection);
  const [error, setError] = useState<string | undefined>();
  const apply = (next: Selection) => {
    const params = new URLSearchParams();
    for (const key of KEYS) if (next[key]) params.set(key, next[key]);
    const query = params.toString();
    navigate(query ? `${window.location.pathname}?${query}` : window.location.pathname, { replace: true });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (values.from && values.to && values.to < values.from) {
      setError(t("admin.log.fromAfterTo"));
      document.getElementById("audit-to")?.focus();
      return;
    }
    setError(undefined);
    apply(values);
  };
  const select = (key: "action" | "user" | "entity", label: string, all: string, options: ReadonlyArray<readonly [string, string]>) => (
    <SelectField id={`audit-${key}`} label={label} value={values[key]} onValue={(value) => setValues((v) => ({ ...v, [key]: value }))} options={[["", all], ...options]} />
  );
  const day = (key: "from" | "to", label: string) => (
    <TextField id={`audit-${key}`} type="date" label={label} error={key === "to" ? error : undefined} value={values[key]} onValue={(value) => setValues((v) => ({ ...v, [key]: value }))} />
  );
  return (
    <form className="admin-form audit-filters" onSubmit={submit} noValidate aria-label={t("admin.log.filters")}>
      <div className="form-grid">
        {select(
          "action",
          t("admin.log.action"),
          t("admin.log.allActions"),
          AUDIT_ACTIONS.map((a) => [a, t(`admin.action.${a}`)]),
        )}
        {select(
          "user",
          t("admin.log.user"),
          t("admin.log.allUsers"),
          users.map((u) => [u.username, `${u.displayName} (${u.username})`]),
        )}
        {select(
          "entity",
          t("admin.log.entity"),
          t("admin.log.allEntities"),
          AUDIT_ENTITIES.map((e) => [e, t(`admin.entity.${e}`)]),
        )}
        {day("from", t("admin.log.from"))}
        {day("to", t("admin.log.to"))}
      </div>
      <div className="form-actions">
        <button type="submit" className="button-primary">
          {t("admin.log.show")}
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            const empty = { action: "", user: "", entity: "", from: "", to: "" };
            setValues(empty);
            setError(undefined);
            apply(empty);
          }}
        >
          {t("admin.log.clear")}
        </button>
      </div>
    </form>
  );
}

/**
 * The audit log for the administrator: who did what to which record and when, the reads of planned
 * police work among them; filtered by action, user, kind of record and dates, newest first, a page
 * at a time with the API's cursors.
 */
export function AuditLog() {
  const i18n = useI18n();
  const { t, tn, formatDateTime } = i18n;
  const { search } = useLocation();
  const selection = selectionOf(search);
  const filterKey = KEYS.map((k) => selection[k]).join("|");
  const pages = useCursorPages(filterKey);
  const users = useQuery(AuditLogUsersQuery).data?.users ?? [];
  const { data, previousData, error, loading, refetch } = useQuery(AuditLogQuery, {
    variables: { filter: auditFilterOf(selection), first: PAGE_SIZE, after: pages.after },
    fetchPolicy: "cache-and-network",
  });
  const result = (data ?? previousData)?.auditEvents;
  const rows = result?.edges ?? [];
  const from = pages.shownFrom(data !== undefined, PAGE_SIZE);
  return (
    <>
      <p className="field-note">{t("admin.log.caption")}</p>
      <AuditFilterForm key={filterKey} selection={selection} users={users} />
      {error ? <ErrorNotice error={error} retry={() => void refetch()} /> : null}
      <p role="status" data-testid="audit-count">
        {result ? tn("admin.log.count", result.totalCount) : ""}
      </p>
      {rows.length ? (
        <AdminTable testId="audit-log" busy={loading} columns={[t("admin.log.at"), t("admin.log.action"), t("admin.log.who"), t("admin.log.what"), t("admin.log.details")]}>
          {rows.map(({ node }) => {
            const details = (node.details ?? {}) as Details;
            return (
              <tr key={node.id} data-action={node.action}>
                <td className="nowrap">
                  <time dateTime={node.at}>{formatDateTime(node.at)}</time>
                </td>
                <td>{labelOf(t, `admin.action.${node.action}`, node.action)}</td>
                <td>{node.actor ?? t("admin.log.system")}</td>
                <td>
                  {labelOf(t, `admin.entity.${node.entity}`, node.entity)}
                  {node.entityId ? (
                    <span className="muted" title={node.entityId}>
                      {" "}
                      {shortId(node.entityId)}
                    </span>
                  ) : null}
                </td>
                <td>{summary(node.action, node.entity, details, i18n)}</td>
              </tr>
            );
          })}
        </AdminTable>
      ) : null}
      {result && result.totalCount > 0 ? (
        <Pager pages={pages} from={from} shown={rows.length} total={result.totalCount} hasNextPage={result.pageInfo.hasNextPage} endCursor={result.pageInfo.endCursor ?? null} loading={loading} />
      ) : null}
    </>
  );
}
