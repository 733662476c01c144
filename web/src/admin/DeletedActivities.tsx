import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { PlaceName } from "../activities/ActivityDetails";
import { ErrorNotice } from "../app/ErrorNotice";
import { HiddenColumn } from "../editing/Field";
import { activitiesChanged } from "../editing/useActivityMutations";
import { graphql } from "../gql";
import { useI18n } from "../i18n/i18n";

const DeletedActivitiesQuery = graphql(`
  query DeletedActivitiesQuery {
    deletedActivities {
      ...ActivityDetails
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

/** The most recently deleted activities, each with a restore button. */
export function DeletedActivities() {
  const { t, formatDateTime } = useI18n();
  const { data, error, refetch } = useQuery(DeletedActivitiesQuery, { fetchPolicy: "cache-and-network" });
  const [restore, restoring] = useMutation(RestoreActivityMutation, { update: (cache) => activitiesChanged(cache) });
  const [done, setDone] = useState(false);
  const rows = data?.deletedActivities ?? [];
  return (
    <>
      <p className="field-note">{t("admin.deleted.caption")}</p>
      {error ? <ErrorNotice error={error} retry={() => void refetch()} /> : null}
      {restoring.error ? <ErrorNotice error={restoring.error} /> : null}
      <p role="status">{done ? t("admin.deleted.restored") : ""}</p>
      {data && rows.length === 0 ? <p>{t("admin.empty")}</p> : null}
      {rows.length ? (
        <table className="data-table" data-testid="deleted-activities">
          <thead>
            <tr>
              <th scope="col">{t("activity.date")}</th>
              <th scope="col">{t("activity.kind")}</th>
              <th scope="col">{t("activity.organisation")}</th>
              <th scope="col">{t("activity.place")}</th>
              <th scope="col">{t("activity.status")}</th>
              <HiddenColumn label={t("admin.deleted.restore")} />
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.id}>
                <td>{formatDateTime(a.startsAt)}</td>
                <td>{t(`kind.${a.kind}`)}</td>
                <td>{t(`organisation.${a.organisation}`)}</td>
                <td>
                  <PlaceName place={a.place} />
                </td>
                <td>{t(`status.${a.status}`)}</td>
                <td>
                  <button
                    type="button"
                    className="button-secondary button-small"
                    disabled={restoring.loading}
                    aria-label={t("admin.deleted.restoreOne", { kind: t(`kind.${a.kind}`), date: formatDateTime(a.startsAt) })}
                    onClick={() => {
                      setDone(false);
                      void restore({ variables: { id: a.id } }).then(() => setDone(true), () => undefined);
                    }}
                  >
                    {t("admin.deleted.restore")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
