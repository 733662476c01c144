import { useState } from "react";
import { USER_ERROR_CODES } from "../../../domain/errors";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/sv";
import { ConfirmDialog } from "./ConfirmDialog";
import { useFieldQueue } from "./FieldQueue";
import { waitedFor, type QueuedRecord, type Refusal } from "./queue-rules";
import { useNow, useOnline } from "./useDeviceState";
import "./offline.css";

/** The path that opens a refused record in the field form again. */
export function correctHref(clientId: string): string {
  return `/registrera?ratta=${encodeURIComponent(clientId)}`;
}

/** What the list says of a refusal: its own words for the device id, the API's (Swedish) for a rule, the app's for a role. */
export function useRefusalText(): (refusal: Refusal) => string {
  const { t } = useI18n();
  return (refusal) => {
    if (refusal.code === "CLIENT_ID_MISMATCH") return t("queue.mismatch");
    if (refusal.code === "CLIENT_ID_TAKEN") return t("queue.taken");
    if (refusal.code === "BAD_USER_INPUT" && refusal.message) return refusal.message;
    if ((USER_ERROR_CODES as readonly string[]).includes(refusal.code)) return `${t(`error.${refusal.code}` as MessageKey)} ${refusal.message}`.trim();
    return t("queue.refusedOther");
  };
}

/** "Trafikkontroll, Porjus": what a record is, in a line. */
export function useRecordName(): (record: QueuedRecord) => string {
  const { t } = useI18n();
  return (record) => [t(`kind.${record.kind}`), record.where.placeName].filter(Boolean).join(", ");
}

/** "väntar sedan 12 min". */
export function useWaited(): (record: QueuedRecord) => string {
  const { t } = useI18n();
  const now = useNow(30_000);
  return (record) => {
    const { unit, count } = waitedFor(record.createdAt, now);
    return t(`queue.waited.${unit}`, { count: String(count) });
  };
}

/**
 * The user's records that have not reached the server, with their age, "Skicka nu", and for a
 * refused one the server's reason, "Rätta" (the record in the form again) and "Ta bort" (after a
 * question). Nothing when there are none, unless `always`.
 */
export function WaitingList({ always = false, headingLevel = 2 }: { always?: boolean; headingLevel?: 2 | 3 }) {
  const { t } = useI18n();
  const queue = useFieldQueue();
  const online = useOnline();
  const refusalText = useRefusalText();
  const name = useRecordName();
  const waited = useWaited();
  const [discarding, setDiscarding] = useState<QueuedRecord | null>(null);
  const records = queue?.records ?? [];
  if (!queue || (!records.length && !always)) return null;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const waiting = records.filter((r) => !r.refusal).length;
  return (
    <section className="queue" aria-labelledby="queue-title" data-testid="field-queue">
      <Heading id="queue-title">
        {t("queue.title")} ({records.length})
      </Heading>
      <p role="status" className="queue-status">
        {!records.length ? t("queue.none") : !online && waiting ? t("queue.offline") : queue.sending ? t("queue.sending") : null}
      </p>
      {records.length ? (
        <ul className="queue-list">
          {records.map((record) => (
            <li key={record.clientId} className="queue-item" data-state={record.refusal ? "refused" : "waiting"}>
              <p className="queue-what">
                <strong>{name(record)}</strong>
              </p>
              <p className="queue-when">
                <span className="queue-badge">{record.refusal ? t("queue.refused") : t("queue.notSent")}</span> · {waited(record)}
              </p>
              {record.refusal ? (
                <>
                  <p className="queue-reason">{refusalText(record.refusal)}</p>
                  <p className="queue-actions">
                    <a className="button-secondary" href={correctHref(record.clientId)} aria-label={`${t("queue.correct")}: ${name(record)}`}>
                      {t("queue.correct")}
                    </a>
                    <button type="button" className="button-secondary" onClick={() => setDiscarding(record)} aria-label={`${t("queue.discard")}: ${name(record)}`}>
                      {t("queue.discard")}
                    </button>
                  </p>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {waiting ? (
        <button type="button" className="button-primary queue-send" disabled={queue.sending} onClick={() => void queue.sendNow()}>
          {t("queue.sendNow")}
        </button>
      ) : null}
      {discarding ? (
        <ConfirmDialog
          title={t("queue.discardTitle")}
          confirm={t("queue.discardConfirm")}
          cancel={t("queue.cancel")}
          onCancel={() => setDiscarding(null)}
          onConfirm={() => {
            void queue.discard(discarding.clientId);
            setDiscarding(null);
          }}
        >
          <p>{t("queue.discardText", { what: name(discarding) })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
