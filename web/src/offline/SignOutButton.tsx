import { useState } from "react";
import { useI18n } from "../i18n/i18n";
import { ConfirmDialog } from "./ConfirmDialog";
import { useFieldQueue } from "./FieldQueue";

/**
 * The sign-out button; with records still on the device it asks first (they stay, keyed to this
 * user, and are sent at the next sign-in).
 */
export function SignOutButton({ busy, onSignOut }: { busy: boolean; onSignOut(): void }) {
  const { t, tn } = useI18n();
  const queue = useFieldQueue();
  const [asking, setAsking] = useState(false);
  const left = queue?.records?.length ?? 0;
  return (
    <>
      <button type="button" className="button-secondary" disabled={busy} onClick={() => (left ? setAsking(true) : onSignOut())}>
        {t("app.signOut")}
      </button>
      {asking ? (
        <ConfirmDialog
          title={t("queue.signOutTitle")}
          confirm={t("queue.signOutConfirm")}
          cancel={t("queue.cancel")}
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            onSignOut();
          }}
        >
          <p>{tn("queue.signOutText", left)}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
