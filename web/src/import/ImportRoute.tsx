import { useApolloClient } from "@apollo/client/react";
import { useId, useRef, useState, type DragEvent, type FormEvent, type ReactNode } from "react";
import { useSessionUser } from "../auth/session";
import { activitiesChanged } from "../editing/useActivityMutations";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/sv";
import "../editing/editing.css";
import "../admin/admin.css";
import "./import.css";
import { IMPORT_FIELDS, ImportRequestError, previewImport, runImport, type ImportField, type ImportPreview, type ImportResult } from "./import-api";
import { ImportBatches, ImportBatchesQuery } from "./ImportBatches";
import { PreviewTable } from "./PreviewTable";
import { ImportProgressBar, type ImportStep } from "./ImportProgressBar";
import { mayImport } from "./paths";
import { saveCsv } from "../ui/save-csv";
import { refusedFileName, refusedRowsCsv } from "./refused-csv";

/** Codes with a message of their own in the catalogue. */
const KNOWN_CODES = new Set(["UNAUTHENTICATED", "FORBIDDEN", "BAD_USER_INPUT", "NOT_FOUND", "CONFLICT", "RATE_LIMITED", "SERVICE_UNAVAILABLE", "INTERNAL_SERVER_ERROR"]);
/** The reasons a whole file is refused that a mapping can mend. */
const MISSING_COLUMN = new Set(["NO_DATE_COLUMN", "NO_KIND_COLUMN", "NO_PLACE_COLUMN"]);

/** A refusal of the import endpoint as an alert: the API's Swedish message in Swedish, ours in English with it. */
function ImportError({ error }: { error: ImportRequestError }) {
  const { t, lang } = useI18n();
  const key: MessageKey =
    error.code === "NETWORK"
      ? "error.network"
      : error.code === "PAYLOAD_TOO_LARGE"
        ? "import.error.tooLarge"
        : error.reason
          ? "import.error.file"
          : error.code && KNOWN_CODES.has(error.code)
            ? (`error.${error.code}` as MessageKey)
            : "error.unknown";
  return (
    <div className="error-notice" role="alert" data-testid="import-error">
      <p>
        {lang === "sv" && error.message ? error.message : t(key)}
        {lang !== "sv" && error.message ? (
          <>
            {" "}
            <span lang="sv">{error.message}</span>
          </>
        ) : null}
      </p>
    </div>
  );
}

/** The columns to map by hand: the headers the API did not know (or, when a needed column is missing, all of them). */
function ColumnMapping({ headers, all, mapping, onChange }: { headers: string[]; all: boolean; mapping: Record<string, ImportField>; onChange(header: string, field: ImportField | ""): void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <fieldset className="import-mapping">
      <legend>{t("import.step.mapping")}</legend>
      <p className="field-note">{all ? t("import.mappingAllNote") : t("import.mappingNote")}</p>
      <div className="import-mapping-fields">
        {headers.map((header, i) => (
          <div className="form-field" key={header}>
            <label htmlFor={`${id}-${i}`}>{t("import.mappingColumn", { header })}</label>
            <select id={`${id}-${i}`} value={mapping[header] ?? ""} onChange={(e) => onChange(header, e.currentTarget.value as ImportField | "")}>
              <option value="">{all ? t("import.mapping.auto") : t("import.mapping.none")}</option>
              {all ? <option value="IGNORE">{t("import.mapping.none")}</option> : null}
              {IMPORT_FIELDS.map((f) => (
                <option key={f} value={f}>
                  {t(`import.field.${f}` as MessageKey)}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The import's steps on one page: a file (chosen or dropped) and a sheet; the preview with each
 * row's outcome; a mapping of the headers not recognised; the import, all or nothing or the ready
 * rows; the refused rows as a file to fix; and the earlier imports with undo.
 */
function ImportSteps() {
  const { t, formatNumber } = useI18n();
  const client = useApolloClient();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [sheet, setSheet] = useState("");
  const [mapping, setMapping] = useState<Record<string, ImportField>>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<ImportRequestError | null>(null);
  const [busy, setBusy] = useState<"preview" | "import" | null>(null);
  const [step, setStep] = useState<ImportStep | null>(null);
  const [dragging, setDragging] = useState(false);
  const [announce, setAnnounce] = useState("");

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setPreview(null);
    setResult(null);
    setError(null);
    setMapping({});
    setStep(null);
    setAnnounce(chosen ? t("import.chosen", { name: chosen.name, size: formatNumber(Math.ceil(chosen.size / 1024)) }) : "");
  };

  const resultText = (done: ImportResult) => {
    const figures = { inserted: formatNumber(done.inserted), duplicates: formatNumber(done.duplicates), refused: formatNumber(done.refused) };
    return done.inserted > 0 ? t("import.result", figures) : t("import.resultNone", figures);
  };

  const options = () => ({ fileName: file!.name, sheet, mapping });

  const onPreview = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setError(new ImportRequestError(t("import.noFile"), "NO_FILE", null, null));
      fileInput.current?.focus();
      return;
    }
    setBusy("preview");
    setError(null);
    setResult(null);
    setAnnounce("");
    setStep({ kind: "preview", progress: "sending" });
    try {
      const answer = await previewImport(file, options(), (progress) => setStep({ kind: "preview", progress }));
      setPreview(answer);
      setStep({ kind: "preview", progress: "done" });
      setAnnounce(t("import.previewDone", { ready: formatNumber(answer.counts.READY), duplicates: formatNumber(answer.counts.DUPLICATE), refused: formatNumber(answer.counts.REFUSED) }));
    } catch (e) {
      setPreview(null);
      setStep(null);
      setError(e instanceof ImportRequestError ? e : new ImportRequestError("", null, null, null));
    } finally {
      setBusy(null);
    }
  };

  const onImport = async (skipInvalid: boolean) => {
    if (!file) return;
    setBusy("import");
    setError(null);
    setAnnounce("");
    setStep({ kind: "import", progress: "sending" });
    try {
      const done = await runImport(file, { ...options(), skipInvalid }, (progress) => setStep({ kind: "import", progress }));
      setResult(done);
      setStep({ kind: "import", progress: "done" });
      setAnnounce(resultText(done));
      activitiesChanged(client.cache);
      await client.refetchQueries({ include: [ImportBatchesQuery] });
    } catch (e) {
      setStep(null);
      setError(e instanceof ImportRequestError ? e : new ImportRequestError("", null, null, null));
    } finally {
      setBusy(null);
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) choose(dropped);
  };

  // Headers to map: those the preview did not recognise, or all when a needed column is missing.
  const missingColumn = error?.reason && MISSING_COLUMN.has(error.reason) && error.headers ? error.headers.filter(Boolean) : null;
  const unknown = preview ? preview.headers.filter((h, i) => h && (preview.fields[i] === null || mapping[h] !== undefined)) : [];
  const mapHeaders = missingColumn ?? unknown;
  const setField = (header: string, field: ImportField | "") =>
    setMapping((prev) => {
      const next = { ...prev };
      if (field) next[header] = field;
      else delete next[header];
      return next;
    });

  const counts = preview?.counts;
  const nothingNew = counts ? counts.READY === 0 : false;

  return (
    <>
      <section className="panel" aria-labelledby="import-file-title">
        <h2 id="import-file-title">{t("import.step.file")}</h2>
        <form className="import-form" onSubmit={(e) => void onPreview(e)} noValidate>
          <div
            className={`import-drop${dragging ? " import-drop-active" : ""}`}
            data-testid="import-drop"
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <div className="form-field">
              <label htmlFor="import-file">{t("import.file")}</label>
              <p className="field-note" id="import-file-note">
                {t("import.fileNote")}
              </p>
              <input
                ref={fileInput}
                id="import-file"
                type="file"
                accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-describedby="import-file-note"
                onChange={(e) => choose(e.currentTarget.files?.[0] ?? null)}
              />
            </div>
            <p className="import-drop-hint" aria-hidden="true">
              {dragging ? t("import.dropActive") : t("import.drop")}
            </p>
            {file ? <p data-testid="import-chosen">{t("import.chosen", { name: file.name, size: formatNumber(Math.ceil(file.size / 1024)) })}</p> : null}
          </div>
          <div className="form-field">
            <label htmlFor="import-sheet">{t("import.sheet")}</label>
            <p className="field-note" id="import-sheet-note">
              {t("import.sheetNote")}
            </p>
            <input id="import-sheet" type="text" list="import-sheets" value={sheet} aria-describedby="import-sheet-note" onChange={(e) => setSheet(e.currentTarget.value)} />
            <datalist id="import-sheets">
              {(preview?.sheets ?? []).map((s) => (
                <option key={s} value={s} />
              ))}
            </datalist>
          </div>
          {mapHeaders.length ? <ColumnMapping headers={mapHeaders} all={missingColumn !== null} mapping={mapping} onChange={setField} /> : null}
          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={busy !== null}>
              {preview || error ? t("import.previewAgain") : t("import.preview")}
            </button>
            {step?.kind === "preview" ? <ImportProgressBar step={step} /> : null}
          </div>
        </form>
        {error ? <ImportError error={error} /> : null}
      </section>

      <p className="visually-hidden" role="status" aria-live="polite" data-testid="import-status">
        {announce}
      </p>

      {preview && counts ? (
        <section className="panel" aria-labelledby="import-preview-title" data-testid="import-preview">
          <h2 id="import-preview-title">{t("import.step.preview")}</h2>
          <p>
            {t("import.fileInfo", { format: preview.format, rows: formatNumber(counts.READY + counts.DUPLICATE + counts.REFUSED) })}{" "}
            {preview.sheet ? t("import.fileSheet", { sheet: preview.sheet }) : null}{" "}
            <strong>{t("import.counts", { ready: formatNumber(counts.READY), duplicates: formatNumber(counts.DUPLICATE), refused: formatNumber(counts.REFUSED) })}</strong>
          </p>
          {result ? null : (
            <div className="import-actions">
              {nothingNew ? (
                <p>{t("import.nothingToImport")}</p>
              ) : (
                <>
                  <p className="field-note">{t("import.importAllNote")}</p>
                  <div className="form-actions">
                    <button type="button" className="button-primary" disabled={busy !== null} onClick={() => void onImport(false)}>
                      {t("import.importAll")}
                    </button>
                    {counts.REFUSED > 0 ? (
                      <button type="button" className="button-secondary" disabled={busy !== null} onClick={() => void onImport(true)}>
                        {t("import.importReady")}
                      </button>
                    ) : null}
                    {step?.kind === "import" ? <ImportProgressBar step={step} /> : null}
                  </div>
                </>
              )}
            </div>
          )}
          {result && step?.kind === "import" ? <ImportProgressBar step={step} /> : null}
          {result ? (
            <p className="notice" data-testid="import-result">
              {resultText(result)}
            </p>
          ) : null}
          {counts.REFUSED > 0 ? (
            <p>
              <button type="button" className="button-secondary" onClick={() => saveCsv(refusedRowsCsv(preview, t("import.errorColumn")), refusedFileName(file?.name ?? "import"))}>
                {t("import.downloadRefused")}
              </button>
            </p>
          ) : null}
          <PreviewTable preview={preview} />
        </section>
      ) : null}

      <section className="panel" aria-labelledby="import-batches-title">
        <h2 id="import-batches-title">{t("import.step.batches")}</h2>
        <ImportBatches />
      </section>
    </>
  );
}

/** `/importera`: importing activities from files (POLICE, MUNICIPALITY, ADMIN), under the header the shell hands it. */
export function ImportRoute({ header }: { header: ReactNode }) {
  const { t } = useI18n();
  const user = useSessionUser();
  return (
    <div className="app-shell">
      {header}
      <main id="main" className="admin-page import-page" tabIndex={-1}>
        <h1>{t("import.title")}</h1>
        {mayImport(user.role) ? (
          <>
            <p>{t("import.intro")}</p>
            <ImportSteps />
          </>
        ) : (
          <p className="error-notice">{t("import.forbidden")}</p>
        )}
      </main>
    </div>
  );
}
