import { useMutation, useQuery } from "@apollo/client/react";
import { useEffect, useRef, useState } from "react";
import { AdminTable } from "../admin/AdminTable";
import { ErrorNotice } from "../ui/ErrorNotice";
import { useSessionUser } from "../auth/session";
import { activitiesChanged } from "../editing/useActivityMutations";
import { graphql } from "../gql";
import { useI18n } from "../i18n/i18n";

export const ImportBatchesQuery = graphql(`
  query ImportBatchesQuery {
    importBatches {
      id
      fileName
      createdAt
      createdBy
      createdByName
      rowCount
      insertedCount
      duplicateCount
      refusedCount
      activeCount
      undoneAt
      undoneBy
    }
  }
`);

const UndoImportBatchMutation = graphql(`
  mutation UndoImportBatchMutation($id: ID!) {
    undoImportBatch(id: $id) {
      deleted
      batch {
        id
        activeCount
        undoneAt
        undoneBy
      }
    }
  }
`);

/** The earlier imports the user may undo (ADMIN: everyone's), newest first, each with an undo button. */
export function ImportBatches() {
  const { t, formatDateTime, formatNumber } = useI18n();
  const user = useSessionUser();
  const { data, error, refetch } = useQuery(ImportBatchesQuery, { fetchPolicy: "cache-and-network" });
  const [undo, undoing] = useMutation(UndoImportBatchMutation, { update: (cache) => activitiesChanged(cache) });
  const [done, setDone] = useState("");
  // The batch whose undo waits for a yes: undoing deletes every activity of the file at once.
  const [confirming, setConfirming] = useState<string | null>(null);
  const yesButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) yesButton.current?.focus();
  }, [confirming]);
  const rows = data?.importBatches ?? [];
  const admin = user.role === "ADMIN";
  const columns = [
    t("import.batch.file"),
    t("import.batch.at"),
    ...(admin ? [t("import.batch.by")] : []),
    t("import.batch.rows"),
    t("import.batch.inserted"),
    t("import.batch.duplicates"),
    t("import.batch.refused"),
    t("import.batch.active"),
    t("import.batch.state"),
  ];
  return (
    <>
      <p className="field-note">
        {t("import.batchesNote")} {admin ? t("import.batchesAll") : null}
      </p>
      {error ? <ErrorNotice error={error} retry={() => void refetch()} /> : null}
      {undoing.error ? <ErrorNotice error={undoing.error} /> : null}
      <p role="status" data-testid="undo-status">
        {done}
      </p>
      {data && rows.length === 0 ? <p>{t("import.noBatches")}</p> : null}
      {rows.length ? (
        <AdminTable testId="import-batches" labelledBy="import-batches-title" columns={columns}>
          {rows.map((b) => (
            <tr key={b.id}>
              <td>{b.fileName}</td>
              <td className="nowrap">{formatDateTime(b.createdAt)}</td>
              {admin ? <td>{b.createdByName ?? b.createdBy}</td> : null}
              <td className="numeric">{formatNumber(b.rowCount)}</td>
              <td className="numeric">{formatNumber(b.insertedCount)}</td>
              <td className="numeric">{formatNumber(b.duplicateCount)}</td>
              <td className="numeric">{formatNumber(b.refusedCount)}</td>
              <td className="numeric">{formatNumber(b.activeCount)}</td>
              <td className="import-batch-state">
                {b.undoneAt ? (
                  t("import.batch.undone", { date: formatDateTime(b.undoneAt), user: b.undoneBy ?? "" })
                ) : confirming === b.id ? (
                  <div className="import-confirm" role="group" aria-label={t("import.batch.undoOne", { file: b.fileName, date: formatDateTime(b.createdAt) })}>
                    <span>{t("import.batch.confirm", { count: formatNumber(b.activeCount) })}</span>
                    <button
                      type="button"
                      className="button-primary button-small"
                      ref={yesButton}
                      disabled={undoing.loading}
                      onClick={() => {
                        setDone("");
                        void undo({ variables: { id: b.id } }).then(
                          (res) => {
                            setConfirming(null);
                            setDone(t("import.batch.undoneNow", { file: b.fileName, count: formatNumber(res.data?.undoImportBatch.deleted ?? 0) }));
                          },
                          () => undefined,
                        );
                      }}
                    >
                      {t("import.batch.confirmYes")}
                    </button>
                    <button
                      type="button"
                      className="button-secondary button-small"
                      onClick={() => {
                        setConfirming(null);
                        // Back to the undo button the question replaced.
                        requestAnimationFrame(() => document.getElementById(`undo-batch-${b.id}`)?.focus());
                      }}
                    >
                      {t("import.batch.confirmNo")}
                    </button>
                  </div>
                ) : (
                  <button
                    type="button"
                    id={`undo-batch-${b.id}`}
                    className="button-secondary button-small"
                    disabled={undoing.loading}
                    aria-label={t("import.batch.undoOne", { file: b.fileName, date: formatDateTime(b.createdAt) })}
                    onClick={() => {
                      setDone("");
                      setConfirming(b.id);
                    }}
                  >
                    {t("import.batch.undo")}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </AdminTable>
      ) : null}
    </>
  );
}
