import { useMutation } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { YEARS } from "../../../domain/years";
import { ErrorNotice } from "../ui/ErrorNotice";
import { graphql } from "../gql";
import { useI18n } from "../i18n/i18n";

export const CreatePromisePeriodMutation = graphql(`
  mutation CreatePromisePeriodMutation($input: PromisePeriodInput!) {
    createPromisePeriod(input: $input) {
      id
      name
      startYear
      endYear
    }
  }
`);

/** For ADMIN when no period covers a year: creates one (three years from it, by default); the page then reloads its figures. */
export function CreatePeriodForm({ year }: { year: number }) {
  const { t } = useI18n();
  const id = useId();
  const [startYear, setStartYear] = useState(year);
  const [endYear, setEndYear] = useState(year + 2);
  const [name, setName] = useState(`Medborgarlöfte ${year}–${year + 2}`);
  const [create, { loading, error, data }] = useMutation(CreatePromisePeriodMutation, { refetchQueries: "active", awaitRefetchQueries: true });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void create({ variables: { input: { name: name.trim(), startYear, endYear } } }).catch(() => {
      // shown below from `error`
    });
  };
  return (
    <form className="panel create-period no-print" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("followUp.createPeriod")}</h2>
      <div className="create-period-fields">
        <label>
          {t("followUp.periodName")}
          <input type="text" required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {t("followUp.periodStart")}
          <input type="number" required min={YEARS.earliest} max={YEARS.latest} value={startYear} onChange={(e) => setStartYear(Number(e.target.value))} />
        </label>
        <label>
          {t("followUp.periodEnd")}
          <input type="number" required min={YEARS.earliest} max={YEARS.latest} value={endYear} onChange={(e) => setEndYear(Number(e.target.value))} />
        </label>
        <button type="submit" className="button-primary" disabled={loading}>
          {t("followUp.periodCreate")}
        </button>
      </div>
      {error ? <ErrorNotice error={error} /> : null}
      <p role="status">{data ? t("followUp.periodCreated", { name: data.createPromisePeriod.name }) : ""}</p>
    </form>
  );
}
