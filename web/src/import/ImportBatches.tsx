import { useMutation, useQuery } from "@apollo/client/react";
import { useEffect, useRef, useState } from "react";
import { AdminTable } from "../admin/AdminTable";
import { ErrorNotice } from "../ui/ErrorNotice";
import { useSessionUser } from "../auth/session";
import { activitiesChanged } from "../editing/useActivityMutations";
import { graphql, useFragment, type FragmentType } from "../gql";
import { useI18n } from "../i18n/i18n";

/** One earlier import as its row in the list shows it. */
const ImportBatchRowFields = graphql(`
  fragment ImportBatchRow on ImportBatch {
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
`);

export const ImportBatchesQuery = graphql(`
  query ImportBatchesQuery {
    importBatches {
      id
      ...ImportBatchRow
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

/** Props of `ImportBatchRow`. */
interface ImportBatchRowProps {
  batch: FragmentType<typeof ImportBatchRowFields>;
  /** The "who" column is shown (ADMIN sees everyone's imports). */
  admin: boolean;
  /** The undo of this batch waits for a yes. */
  confirming: boolean;
  /** An undo is under way. */
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
  onUndo(batch: { id: string; fileName: string }): void;
}

/** One earlier import: its figures, and its state: undone, an undo button, or the question before the undo. */
function ImportBatchRow({ batch, admin, confirming, busy, onConfirm, onCancel, onUndo }: ImportBatchRowProps) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const b = useFragment(ImportBatchRowFields, batch);
  const yesButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) yesButton.current?.focus();
  }, [confirming]);
  return (
    <tr>
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
        ) : confirming ? (
          <div className="import-confirm" role="group" aria-label={t("import.batch.undoOne", { file: b.fileName, date: formatDateTime(b.createdAt) })}>
            <span>{t("import.batch.confirm", { count: formatNumber(b.activeCount) })}</span>
            <button type="button" className="button-primary button-small" ref={yesButton} disabled={busy} onClick={() => onUndo(b)}>
              {t("import.batch.confirmYes")}
            </button>
            <button
              type="button"
              className="button-secondary button-small"
              onClick={() => {
                onCancel();
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
            disabled={busy}
            aria-label={t("import.batch.undoOne", { file: b.fileName, date: formatDateTime(b.createdAt) })}
            onClick={onConfirm}
          >
            {t("import.batch.undo")}
          </button>
        )}
      </td>
    </tr>
  );
}

/** The earlier imports the user may undo (ADMIN: everyone's), newest first, each with an undo button. */
export function ImportBatches() {
  const { t, formatNumber } = useI18n();
  const user = useSessionUser();
  const { data, error, refetch } = useQuery(ImportBatchesQuery, { fetchPolicy: "cache-and-network" });
  const [undo, undoing] = useMutation(UndoImportBatchMutation, { update: (cache) => activitiesChanged(cache) });
  const [done, setDone] = useState("");
  // The batch whose undo waits for a yes: undoing deletes every activity of the file at once.
  const [confirming, setConfirming] = useState<string | null>(null);
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
  const undoBatch = (batch: { id: string; fileName: string }) => {
    setDone("");
    void undo({ variables: { id: batch.id } }).then(
      (res) => {
        setConfirming(null);
        setDone(t("import.batch.undoneNow", { file: batch.fileName, count: formatNumber(res.data?.undoImportBatch.deleted ?? 0) }));
      },
      () => undefined,
    );
  };
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
            <ImportBatchRow
              key={b.id}
              batch={b}
              admin={admin}
              confirming={confirming === b.id}
              busy={undoing.loading}
              onConfirm={() => {
                setDone("");
                setConfirming(b.id);
              }}
              onCancel={() => setConfirming(null)}
              onUndo={undoBatch}
            />
          ))}
        </AdminTable>
      ) : null}
    </>
  );
}
