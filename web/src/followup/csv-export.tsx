import { useApolloClient } from "@apollo/client/react";
import { useState } from "react";
import { ErrorNotice } from "../ui/ErrorNotice";
import { graphql } from "../gql";
import type { ActivityFilter, Organisation } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";
import { saveCsv } from "../ui/save-csv";

export const FollowUpCsvQuery = graphql(`
  query FollowUpCsvQuery($year: Int!, $organisations: [Organisation!], $asOf: String) {
    followUpCsv(year: $year, organisations: $organisations, asOf: $asOf)
  }
`);

export const FollowUpTimeCsvQuery = graphql(`
  query FollowUpTimeCsvQuery($year: Int!, $organisations: [Organisation!], $asOf: String) {
    followUpTimeCsv(year: $year, organisations: $organisations, asOf: $asOf)
  }
`);

export const ActivitiesCsvQuery = graphql(`
  query ActivitiesCsvQuery($filter: ActivityFilter) {
    activitiesCsv(filter: $filter)
  }
`);

/**
 * A button that fetches a CSV from the API (never cached: it is read once) and downloads it; then
 * says, visibly, which file it saved. The confirmation names the file of that download, and goes
 * when the button is for another file (the parent keys it by `fileName`, e.g. after a year switch).
 */
function CsvButton({ label, fileName, fetchCsv }: { label: string; fileName: string; fetchCsv(): Promise<string | undefined> }) {
  const { t } = useI18n();
  const [state, setState] = useState<{ busy: boolean; saved: string | null; error: Error | null }>({ busy: false, saved: null, error: null });
  const download = async () => {
    // The name as it is now: the confirmation names what was saved, whatever changes meanwhile.
    const name = fileName;
    setState({ busy: true, saved: null, error: null });
    try {
      const text = await fetchCsv();
      if (text === undefined) throw new Error("no CSV");
      saveCsv(text, name);
      setState({ busy: false, saved: name, error: null });
    } catch (error) {
      setState({ busy: false, saved: null, error: error instanceof Error ? error : new Error(String(error)) });
    }
  };
  return (
    <div className="csv-export no-print">
      <button type="button" className="button-secondary" onClick={() => void download()} disabled={state.busy} aria-describedby={state.error ? `${fileName}-error` : undefined}>
        {state.busy ? t("export.busy") : label}
      </button>
      <p className="csv-saved" role="status" data-testid="csv-saved">
        {state.saved ? (
          <>
            <span aria-hidden="true">✓ </span>
            {t("export.done", { file: state.saved })}
          </>
        ) : null}
      </p>
      {state.error ? <ErrorNotice error={state.error} id={`${fileName}-error`} /> : null}
    </div>
  );
}

/** The follow-up table's file name: the year, the organisation when one is chosen, the day when one is; `part` names a table other than the targets. */
export function followUpFileName(year: number, organisation: Organisation | null, asOf: string | null = null, part = ""): string {
  return `uppfoljning-${year}${part ? `-${part}` : ""}${organisation ? `-${organisation.toLowerCase()}` : ""}${asOf ? `-${asOf}` : ""}.csv`;
}

/**
 * Downloads a follow-up table of a year (only what the reader may see; of the chosen organisation,
 * as it stood on `asOf` when given): the targets, or with `time` the hours on site.
 */
export function FollowUpCsvButton({ year, organisation, asOf = null, time = false }: { year: number; organisation: Organisation | null; asOf?: string | null; time?: boolean }) {
  const { t } = useI18n();
  const client = useApolloClient();
  const fileName = followUpFileName(year, organisation, asOf, time ? "tid" : "");
  const variables = { year, organisations: organisation ? [organisation] : null, asOf };
  const fetchCsv = time
    ? async () => (await client.query({ query: FollowUpTimeCsvQuery, variables, fetchPolicy: "no-cache" })).data?.followUpTimeCsv
    : async () => (await client.query({ query: FollowUpCsvQuery, variables, fetchPolicy: "no-cache" })).data?.followUpCsv;
  return <CsvButton key={fileName} label={t(time ? "export.followUpTimeCsv" : "export.followUpCsv")} fileName={fileName} fetchCsv={fetchCsv} />;
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
