import { useI18n } from "../i18n/i18n";
import type { ImportProgress } from "./import-api";

/** Where an import stands in the page: sent and waiting, a step under way, or done. */
export type ImportStep = { kind: "preview" | "import"; progress: ImportProgress | "sending" | "done" };

/**
 * The share of the whole run a step's progress stands for: a preview is the checking of its rows;
 * an import checks them again (the first third) and then writes them. Null while the file is sent
 * or read: the row count is not known yet, so the bar shows only that it is busy.
 */
function percent(step: ImportStep): number | null {
  const { progress } = step;
  if (progress === "done") return 100;
  if (progress === "sending" || progress.phase === "read" || !progress.total) return null;
  const share = progress.done / progress.total;
  if (step.kind === "preview") return Math.round(share * 100);
  return Math.round(progress.phase === "check" ? share * 30 : 30 + share * 70);
}

/** A progress bar of the preview or the import, with what it is doing in words; the page's live region announces the end. */
export function ImportProgressBar({ step }: { step: ImportStep }) {
  const { t, formatNumber } = useI18n();
  const { progress } = step;
  const value = percent(step);
  const text =
    progress === "done"
      ? t("import.progress.done")
      : progress === "sending"
        ? t("import.progress.sending")
        : t(`import.progress.${progress.phase}`, { done: formatNumber(progress.done), total: formatNumber(progress.total ?? 0) });
  return (
    <div className="import-progress" data-testid="import-progress">
      <progress
        max={100}
        value={value ?? undefined}
        aria-label={t(step.kind === "preview" ? "import.progress.preview" : "import.progress.import")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value ?? undefined}
        aria-valuetext={value === null ? text : `${text} (${value} %)`}
      />
      <span aria-hidden="true">{text}</span>
    </div>
  );
}
