import { useApolloClient } from "@apollo/client/react";
import { useState } from "react";
import { ErrorNotice } from "../app/ErrorNotice";
import { graphql } from "../gql";
import type { ActivityFilter } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";

export const FollowUpCsvQuery = graphql(`
  query FollowUpCsvQuery($year: Int!) {
    followUpCsv(year: $year)
  }
`);

export const ActivitiesCsvQuery = graphql(`
  query ActivitiesCsvQuery($filter: ActivityFilter) {
    activitiesCsv(filter: $filter)
  }
`);

/** Hands `text` (the API's CSV, which starts with a BOM) to the browser as a file download. */
function saveFile(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Chromium reads the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A button that fetches a CSV from the API (never cached: it is read once) and downloads it; says when it is done. */
function CsvButton({ label, fileName, fetchCsv }: { label: string; fileName: string; fetchCsv(): Promise<string | undefined> }) {
  const { t } = useI18n();
  const [state, setState] = useState<{ busy: boolean; done: boolean; error: Error | null }>({ busy: false, done: false, error: null });
  const download = async () => {
    setState({ busy: true, done: false, error: null });
    try {
      const text = await fetchCsv();
      if (text === undefined) throw new Error("no CSV");
      saveFile(text, fileName);
      setState({ busy: false, done: true, error: null });
    } catch (error) {
      setState({ busy: false, done: false, error: error instanceof Error ? error : new Error(String(error)) });
    }
  };
  return (
    <div className="csv-export no-print">
      <button type="button" className="button-secondary" onClick={() => void download()} disabled={state.busy} aria-describedby={state.error ? `${fileName}-error` : undefined}>
        {state.busy ? t("export.busy") : label}
      </button>
      <span className="visually-hidden" role="status">
        {state.done ? t("export.done", { file: fileName }) : ""}
      </span>
      {state.error ? <ErrorNotice error={state.error} id={`${fileName}-error`} /> : null}
    </div>
  );
}

/** Downloads the follow-up table of a year (only what the reader may see). */
export function FollowUpCsvButton({ year }: { year: number }) {
  const { t } = useI18n();
  const client = useApolloClient();
  return (
    <CsvButton
      label={t("export.followUpCsv")}
      fileName={`uppfoljning-${year}.csv`}
      fetchCsv={async () => (await client.query({ query: FollowUpCsvQuery, variables: { year }, fetchPolicy: "no-cache" })).data?.followUpCsv}
    />
  );
}

/** Downloads the activities of the map's current selection (only what the reader may see). */
export function ActivitiesCsvButton({ filter }: { filter: ActivityFilter }) {
  const { t } = useI18n();
  const client = useApolloClient();
  return (
    <CsvButton
      label={t("export.activitiesCsv")}
      fileName="aktiviteter.csv"
      fetchCsv={async () => (await client.query({ query: ActivitiesCsvQuery, variables: { filter }, fetchPolicy: "no-cache" })).data?.activitiesCsv}
    />
  );
}
