import { CombinedGraphQLErrors, type ErrorLike } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { ErrorNotice } from "../ui/ErrorNotice";
import { useSessionUser } from "../auth/session";
import type { ActivityFormFieldsFragment, ActivityInput } from "../gql/graphql";
import { useFragment } from "../gql";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/sv";
import { ActivityForm, focusField } from "./ActivityForm";
import { canPlan, defaultOrganisation } from "../../../domain/access";
import "./editing.css";
import { EditorToast, type EditorOutcome } from "./EditorToast";
import { clearDraft } from "../ui/form-draft";
import { activityValues, newActivityValues, type ActivityFormValues } from "./form-values";
import { ActivityFormFields, ActivityFormQuery, useCreateActivity, useDeleteActivity, useUpdateActivity } from "./useActivityMutations";
import { readWriteError, type FieldErrors } from "./write-errors";

/** What the editor is asked to do. */
export type EditorRequest = { mode: "new"; known: Partial<ActivityFormValues> } | { mode: "edit" | "done" | "delete"; id: string };

/** Opens the editor; null where nothing may be written (a reader, meeting mode). */
type OpenEditor = (request: EditorRequest) => void;

const EditorContext = createContext<OpenEditor | null>(null);

/** The function that opens the activity editor, or null when this user may not write here. */
export function useActivityEditor(): OpenEditor | null {
  return use(EditorContext);
}

const TITLES: Record<EditorRequest["mode"], MessageKey> = { new: "edit.newTitle", edit: "edit.editTitle", done: "edit.doneTitle", delete: "edit.deleteTitle" };

/** How the dialog closed: with what the person is told (a save, a delete), or with nothing (cancel). */
type CloseEditor = (outcome?: EditorOutcome) => void;

/** Where focus goes when what had it is gone: the map, else the page's main content. */
function focusFallback(): void {
  document.querySelector<HTMLElement>(".leaflet-container, #main")?.focus();
}

/**
 * Gives its children `useActivityEditor()` (for users who may write activities) and shows the
 * editor as a modal dialog: the rest of the page is inert while it is open, Escape closes it and
 * focus returns to what opened it. What was saved or deleted is shown in a notice (a live region)
 * that offers to undo a delete.
 */
export function ActivityEditorProvider({ children }: { children: ReactNode }) {
  const user = useSessionUser();
  const [request, setRequest] = useState<EditorRequest | null>(null);
  const [outcome, setOutcome] = useState<EditorOutcome | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const open = useCallback<OpenEditor>((next) => {
    opener.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    setOutcome(null);
    setRequest(next);
  }, []);
  const close = useCallback<CloseEditor>((result) => {
    setRequest(null);
    if (result) setOutcome(result);
    // After a delete the notice takes the focus (its opener, the popup, is gone).
    if (result?.deletedId) return;
    const back = opener.current;
    // The popup that opened the editor may be gone after a save: then the map takes the focus.
    requestAnimationFrame(() => (back?.isConnected ? back.focus() : focusFallback()));
  }, []);
  const dismissed = useCallback((hadFocus: boolean) => {
    if (hadFocus) focusFallback();
  }, []);
  return (
    <EditorContext value={canPlan(user.role) ? open : null}>
      {children}
      <EditorToast outcome={outcome} takeFocus={Boolean(outcome?.deletedId)} onDismiss={dismissed} />
      {request ? <EditorDialog request={request} onClose={close} /> : null}
    </EditorContext>
  );
}

/** The key under which the form of `request` keeps its draft: the user's own (a tab may change hands). */
function draftKeyOf(userId: string, request: EditorRequest): string {
  return `${userId}:${request.mode === "new" ? `new:${JSON.stringify(request.known)}` : `${request.mode}:${request.id}`}`;
}

/**
 * The modal dialog of one request. A fault inside shows a message in the dialog instead of
 * blanking the page; the form's draft survives it, and is dropped when the dialog closes.
 */
function EditorDialog({ request, onClose }: { request: EditorRequest; onClose: CloseEditor }) {
  const { t } = useI18n();
  const draftKey = draftKeyOf(useSessionUser().id, request);
  const closeAndForget = useCallback<CloseEditor>(
    (result) => {
      clearDraft(draftKey);
      onClose(result);
    },
    [draftKey, onClose],
  );
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    // showModal focuses the first control (the close button): the form's own first field is better.
    element?.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    return () => element?.close();
  }, []);
  const titleId = "activity-editor-title";
  return (
    <dialog
      ref={dialog}
      className="editor-dialog"
      aria-labelledby={titleId}
      data-testid="activity-editor"
      onCancel={(e) => {
        e.preventDefault();
        closeAndForget();
      }}
    >
      <div className="editor-head">
        <h2 id={titleId}>{t(TITLES[request.mode])}</h2>
        <button type="button" className="button-link editor-close" onClick={() => closeAndForget()} aria-label={t("edit.close")}>
          ×
        </button>
      </div>
      <ErrorBoundary message="edit.fault">
        {request.mode === "new" ? (
          <NewActivity known={request.known} draftKey={draftKey} onClose={closeAndForget} />
        ) : (
          <StoredActivity id={request.id} mode={request.mode} draftKey={draftKey} onClose={closeAndForget} />
        )}
      </ErrorBoundary>
    </dialog>
  );
}

/** The state of one attempt to save, shared by the new and the stored activity. */
function useWriteState() {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [other, setOther] = useState<ErrorLike | null>(null);
  const [conflict, setConflict] = useState(false);
  const formRef = useRef<HTMLDivElement>(null);
  const fail = (error: ErrorLike) => {
    const problem = readWriteError(error);
    setFieldErrors(problem.kind === "fields" ? problem.errors : {});
    setOther(problem.kind === "other" ? problem.error : null);
    setConflict(problem.kind === "conflict");
    // The first field the API blamed takes the focus, so its message is read out with it.
    if (problem.kind === "fields") requestAnimationFrame(() => focusField(formRef.current, Object.keys(problem.errors)[0]));
  };
  const reset = () => {
    setFieldErrors({});
    setOther(null);
    setConflict(false);
  };
  return { fieldErrors, other, conflict, fail, reset, formRef };
}

function NewActivity({ known, draftKey, onClose }: { known: Partial<ActivityFormValues>; draftKey: string; onClose: CloseEditor }) {
  const user = useSessionUser();
  const [create, { loading }] = useCreateActivity();
  const write = useWriteState();
  const initial = useMemo(() => newActivityValues({ organisation: defaultOrganisation(user.role), ...known }), [known, user.role]);
  // One id per opened form: a second click, or a save again after a lost answer, stores one activity.
  const [clientId, setClientId] = useState(() => crypto.randomUUID());
  const save = (input: ActivityInput) => {
    write.reset();
    create({ ...input, clientId }).then(
      () => onClose({ message: "edit.saved" }),
      (error: ErrorLike) => {
        // The id holds another activity already (the first answer was lost, then the form changed): the next save is a new record.
        if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === "CLIENT_ID_MISMATCH")) setClientId(crypto.randomUUID());
        write.fail(error);
      },
    );
  };
  return (
    <div ref={write.formRef}>
      <ActivityForm
        initial={initial}
        draftKey={draftKey}
        serverErrors={write.fieldErrors}
        busy={loading}
        notice={write.other ? <ErrorNotice error={write.other} messages={{ CLIENT_ID_MISMATCH: "edit.clientIdMismatch" }} /> : null}
        onSubmit={save}
        onCancel={() => onClose()}
      />
    </div>
  );
}

/** Edit, mark done or delete a stored activity, always from its current version on the server. */
function StoredActivity({ id, mode, draftKey, onClose }: { id: string; mode: "edit" | "done" | "delete"; draftKey: string; onClose: CloseEditor }) {
  const { t } = useI18n();
  const query = useQuery(ActivityFormQuery, { variables: { id }, fetchPolicy: "network-only" });
  const [update, updating] = useUpdateActivity();
  const [remove, removing] = useDeleteActivity();
  const write = useWriteState();
  const [reloaded, setReloaded] = useState(false);
  const activity = useFragment(ActivityFormFields, query.data?.activity);
  if (query.error) return <ErrorNotice error={query.error} retry={() => void query.refetch()} />;
  if (!activity) return <p aria-busy={query.loading || undefined}>{query.loading ? t("edit.loading") : t("activity.notVisible")}</p>;

  const reload = () => {
    void query.refetch().then(() => {
      write.reset();
      setReloaded(true);
    });
  };
  const notice = (
    <>
      {write.conflict ? (
        <div className="error-notice" role="alert" data-testid="conflict">
          <p>{t("edit.conflict")}</p>
          <button type="button" className="button-secondary" onClick={reload}>
            {t("edit.reload")}
          </button>
        </div>
      ) : null}
      {reloaded ? (
        <p className="notice" role="status">
          {t("edit.reloaded")}
        </p>
      ) : null}
      {write.other ? <ErrorNotice error={write.other} /> : null}
    </>
  );

  if (mode === "delete") {
    return (
      <div className="delete-confirm">
        <p>{t("edit.deleteConfirm")}</p>
        {notice}
        <div className="form-actions">
          <button
            type="button"
            className="button-danger"
            autoFocus
            disabled={removing.loading}
            onClick={() => {
              write.reset();
              remove(activity.id, activity.version).then(() => onClose({ message: "edit.deleted", deletedId: activity.id }), write.fail);
            }}
          >
            {t("edit.delete")}
          </button>
          <button type="button" className="button-secondary" onClick={() => onClose()}>
            {t("edit.cancel")}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div ref={write.formRef}>
      {/* A reloaded version starts the form afresh from the server's values. */}
      <ActivityForm
        key={activity.version}
        initial={initialFor(activity, mode)}
        draftKey={`${draftKey}:${activity.version}`}
        focusOutcome={mode === "done"}
        serverErrors={write.fieldErrors}
        busy={updating.loading}
        notice={notice}
        onSubmit={(input) => {
          write.reset();
          setReloaded(false);
          update(activity.id, activity.version, input).then(() => onClose({ message: "edit.saved" }), write.fail);
        }}
        onCancel={() => onClose()}
      />
    </div>
  );
}

function initialFor(activity: ActivityFormFieldsFragment, mode: "edit" | "done"): ActivityFormValues {
  const values = activityValues(activity);
  return mode === "done" ? { ...values, status: "DONE" } : values;
}
