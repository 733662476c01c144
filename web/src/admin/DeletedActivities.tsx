import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { PlaceName } from "../activities/ActivityDetails";
import { ErrorNotice } from "../ui/ErrorNotice";
import { activitiesChanged } from "../editing/useActivityMutations";
import { graphql } from "../gql";
import { useI18n } from "../i18n/i18n";
import { AdminTable } from "./AdminTable";

const DeletedActivitiesQuery = graphql(`
  query DeletedActivitiesQuery {
    deletedActivityLog {
      deletedAt
      deletedBy
      deletedByName
      activity {
        id
        kind
        organisation
        title
        startsAt
        place {
          ...PlaceNameFields
        }
      }
    }
  }
`);

const RestoreActivityMutation = graphql(`
  mutation RestoreActivityMutation($id: ID!) {
    restoreActivity(id: $id) {
      ...ActivityDetails
      version
    }
  }
`);

/** Who deleted it: the name and the username, or that it is not known. */
function DeletedBy({ name, username }: { name: string | null; username: string | null }) {
  const { t } = useI18n();
  if (!username) return <>{t("admin.deleted.unknown")}</>;
  return name && name !== username ? (
    <>
      {name} <span className="muted">({username})</span>
    </>
  ) : (
    <>{username}</>
  );
}

/** The most recently deleted activities: what, where and when it was, who deleted it and when; each with a restore button. */
export function DeletedActivities() {
  const { t, formatDateTime } = useI18n();
  const { data, error, refetch } = useQuery(DeletedActivitiesQuery, { fetchPolicy: "cache-and-network" });
  const [restore, restoring] = useMutation(RestoreActivityMutation, { refetchQueries: [DeletedActivitiesQuery], update: (cache) => activitiesChanged(cache) });
  const [done, setDone] = useState(false);
  const rows = data?.deletedActivityLog ?? [];
  return (
    <>
      <p className="field-note">{t("admin.deleted.caption")}</p>
      {error ? <ErrorNotice error={error} retry={() => void refetch()} /> : null}
      {restoring.error ? <ErrorNotice error={restoring.error} /> : null}
      <p role="status">{done ? t("admin.deleted.restored") : ""}</p>
      {data && rows.length === 0 ? <p>{t("admin.empty")}</p> : null}
      {rows.length ? (
        <AdminTable
          testId="deleted-activities"
          columns={[t("admin.deleted.what"), t("admin.deleted.title"), t("activity.place"), t("admin.deleted.activityDate"), t("admin.deleted.by"), t("admin.deleted.at")]}
          actions={t("admin.deleted.restore")}
        >
          {rows.map(({ activity: a, deletedAt, deletedBy, deletedByName }) => (
            <tr key={a.id}>
              <td>
                {t(`kind.${a.kind}`)}
                <span className="muted"> · {t(`organisation.${a.organisation}`)}</span>
              </td>
              <td>{a.title || <span className="muted">{t("admin.deleted.untitled")}</span>}</td>
              <td>
                <PlaceName place={a.place} />
              </td>
              <td className="nowrap">{formatDateTime(a.startsAt)}</td>
              <td>
                <DeletedBy name={deletedByName} username={deletedBy} />
              </td>
              <td className="nowrap">{formatDateTime(deletedAt)}</td>
              <td>
                <button
                  type="button"
                  className="button-secondary button-small"
                  disabled={restoring.loading}
                  aria-label={t("admin.deleted.restoreOne", { kind: t(`kind.${a.kind}`), date: formatDateTime(a.startsAt) })}
                  onClick={() => {
                    setDone(false);
                    void restore({ variables: { id: a.id } }).then(
                      () => setDone(true),
                      () => undefined,
                    );
                  }}
                >
                  {t("admin.deleted.restore")}
                </button>
              </td>
            </tr>
          ))}
        </AdminTable>
      ) : null}
    </>
  );
}
