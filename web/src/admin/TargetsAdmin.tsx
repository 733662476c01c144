import { useMutation, useQuery } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { ErrorNotice } from "../app/ErrorNotice";
import { Field, FormActions } from "../editing/Field";
import { graphql } from "../gql";
import type { PlaceKind, PromiseMeasure } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";

const MEASURES: readonly PromiseMeasure[] = ["COUNT_PER_YEAR", "MONTHS_COVERED", "SHARE_OUTSIDE_TOWN"];
const PLACE_KINDS: readonly PlaceKind[] = ["TOWN", "VILLAGE", "SCHOOL", "VENUE"];

const TargetsAdminPromise = graphql(`
  fragment TargetsAdminPromise on Promise {
    id
    number
    title
    targets {
      id
      label
      measure
      target
      placeKind
      schoolLevel
    }
  }
`);

const TargetsAdminQuery = graphql(`
  query TargetsAdminQuery {
    promisePeriods {
      id
      name
      promises {
        ...TargetsAdminPromise
      }
    }
  }
`);

const SetTargetMutation = graphql(`
  mutation SetPromiseTargetMutation($promiseId: ID!, $target: PromiseTargetInput!) {
    setPromiseTarget(promiseId: $promiseId, target: $target) {
      ...TargetsAdminPromise
    }
  }
`);

const DeleteTargetMutation = graphql(`
  mutation DeletePromiseTargetMutation($id: ID!) {
    deletePromiseTarget(id: $id) {
      ...TargetsAdminPromise
    }
  }
`);

/** Adds (or replaces, for the same measure and school level) a target of one promise. */
function TargetForm({ promiseId }: { promiseId: string }) {
  const { t } = useI18n();
  const empty = { label: "", measure: "COUNT_PER_YEAR" as PromiseMeasure, target: "", placeKind: "" };
  const [values, setValues] = useState(empty);
  const [setTarget, { loading, error }] = useMutation(SetTargetMutation);
  const id = `target-${promiseId}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const target = values.target.trim() === "" ? null : Number(values.target.replace(",", "."));
    void setTarget({ variables: { promiseId, target: { label: values.label.trim(), measure: values.measure, target, placeKind: (values.placeKind || null) as PlaceKind | null } } }).then(
      () => setValues(empty),
      () => undefined,
    );
  };
  return (
    <form className="admin-form" onSubmit={submit}>
      <div className="form-grid">
        <Field id={`${id}-label`} label={t("admin.target.label")}>
          <input id={`${id}-label`} required value={values.label} onChange={(e) => setValues({ ...values, label: e.currentTarget.value })} />
        </Field>
        <Field id={`${id}-measure`} label={t("admin.target.measure")}>
          <select id={`${id}-measure`} value={values.measure} onChange={(e) => setValues({ ...values, measure: e.currentTarget.value as PromiseMeasure })}>
            {MEASURES.map((m) => (
              <option key={m} value={m}>
                {t(`measure.${m}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-value`} label={t("admin.target.value")}>
          <input id={`${id}-value`} inputMode="decimal" value={values.target} onChange={(e) => setValues({ ...values, target: e.currentTarget.value })} />
        </Field>
        <Field id={`${id}-placeKind`} label={t("admin.target.placeKind")}>
          <select id={`${id}-placeKind`} value={values.placeKind} onChange={(e) => setValues({ ...values, placeKind: e.currentTarget.value })}>
            <option value="">{t("admin.target.any")}</option>
            {PLACE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`placeKind.${k}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {error ? <ErrorNotice error={error} /> : null}
      <FormActions save={t("admin.target.add")} busy={loading} />
    </form>
  );
}

/** The promises of each period with their targets: delete one, or add one. */
export function TargetsAdmin() {
  const { t, formatNumber } = useI18n();
  const { data, error, refetch } = useQuery(TargetsAdminQuery);
  const [remove, removing] = useMutation(DeleteTargetMutation);
  return (
    <>
      {error ? <ErrorNotice error={error} retry={() => void refetch()} /> : null}
      {removing.error ? <ErrorNotice error={removing.error} /> : null}
      {data?.promisePeriods.map((period) => (
        <section key={period.id} aria-labelledby={`period-${period.id}`}>
          <h3 id={`period-${period.id}`}>{period.name}</h3>
          <ol className="admin-targets">
            {period.promises.map((promise) => (
              <li key={promise.id}>
                <h4>{t("admin.target.promise", { number: promise.number, title: promise.title })}</h4>
                {promise.targets.length === 0 ? <p className="field-note">{t("admin.target.none")}</p> : null}
                <ul>
                  {promise.targets.map((target) => (
                    <li key={target.id}>
                      {target.label} · {t(`measure.${target.measure}`)}
                      {target.target !== null ? <> · {formatNumber(target.target)}</> : null}{" "}
                      <button
                        type="button"
                        className="button-danger button-small"
                        disabled={removing.loading}
                        aria-label={t("admin.target.delete", { label: target.label })}
                        onClick={() => void remove({ variables: { id: target.id } }).catch(() => undefined)}
                      >
                        {t("edit.delete")}
                      </button>
                    </li>
                  ))}
                </ul>
                <TargetForm promiseId={promise.id} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
