import { useMutation, useQuery } from "@apollo/client/react";
import { useEffect, useState, type FormEvent } from "react";
import { ErrorNotice } from "../ui/ErrorNotice";
import { ACTIVITY_KINDS, PLACE_KINDS, PRIORITY_AREAS, PROMISE_MEASURES, SCHOOL_LEVELS } from "../../../domain/enums";
import { FormActions } from "../ui/Field";
import { graphql, useFragment, type FragmentType } from "../gql";
import type { ActivityKind, CadencePeriod, PlaceKind, PriorityArea, PromiseMeasure, SchoolLevel, TargetsAdminPromiseFragment } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";
import { breachMessages, numberBreach, parseNumber, SelectField, TextField, useFormErrors, type Breach } from "./admin-form";
import { CadenceFields, type ExceptionValue, type VillageOption } from "./CadenceFields";

/** A promise with its targets, as `PromiseTargets` lists them. */
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
      kinds
      priorityAreas
      placeKind
      schoolLevel
      cadencePeriod
      villageExceptions {
        placeId
        visits
      }
    }
  }
`);

const TargetsAdminQuery = graphql(`
  query TargetsAdminQuery {
    villages: places(kinds: [VILLAGE]) {
      id
      name
    }
    promisePeriods {
      id
      name
      promises {
        id
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

const UpdateTargetMutation = graphql(`
  mutation UpdatePromiseTargetMutation($id: ID!, $target: PromiseTargetInput!) {
    updatePromiseTarget(id: $id, target: $target) {
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

type Target = TargetsAdminPromiseFragment["targets"][number];
type Values = {
  label: string;
  measure: PromiseMeasure;
  target: string;
  placeKind: string;
  schoolLevel: string;
  kinds: ActivityKind[];
  priorityAreas: PriorityArea[];
  cadencePeriod: CadencePeriod;
  exceptions: ExceptionValue[];
};

const valuesOf = (target: Target | null): Values => ({
  label: target?.label ?? "",
  measure: target?.measure ?? "COUNT_PER_YEAR",
  target: target?.target === null || target?.target === undefined ? "" : String(target.target),
  placeKind: target?.placeKind ?? "",
  schoolLevel: target?.schoolLevel ?? "",
  kinds: [...(target?.kinds ?? [])],
  priorityAreas: [...(target?.priorityAreas ?? [])],
  cadencePeriod: target?.cadencePeriod ?? "YEAR",
  exceptions: (target?.villageExceptions ?? []).map((e) => ({ placeId: e.placeId, visits: String(e.visits) })),
});

/** What the form can tell before sending: a description, and a number where the target goes. */
const checkTargetValues = (values: Values): Breach[] => [
  ...(values.label.trim() === "" ? ([["label", "admin.field.required"]] as Breach[]) : []),
  ...numberBreach("target", values.target),
  ...(values.measure === "VILLAGE_CADENCE" ? values.exceptions.flatMap((e, i) => numberBreach(`exception-${i}-visits`, e.visits === "" ? "x" : e.visits, true)) : []),
];

const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] => (on ? [...list, item] : list.filter((x) => x !== item));

/** What is open on the page: at most one form, to add a target to a promise or to change one. */
type Open = { mode: "add"; promiseId: string; number: number } | { mode: "edit"; target: Target } | null;

/** The form of one target: adds one to a promise, or changes one in place. */
function TargetForm({ open, onDone, villages }: { open: Exclude<Open, null>; onDone(saved: boolean): void; villages: readonly VillageOption[] }) {
  const { t } = useI18n();
  const [values, setValues] = useState(() => valuesOf(open.mode === "edit" ? open.target : null));
  const id = open.mode === "edit" ? `target-${open.target.id}` : `target-new-${open.promiseId}`;
  const fieldId = (field: string) => `${id}-${field}`;
  const form = useFormErrors(fieldId);
  const [setTarget, adding] = useMutation(SetTargetMutation);
  const [updateTarget, updating] = useMutation(UpdateTargetMutation);
  useEffect(() => form.formRef.current?.querySelector<HTMLElement>("input")?.focus(), [form.formRef]);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.passes(breachMessages(checkTargetValues(values), t))) return;
    const cadence = values.measure === "VILLAGE_CADENCE";
    const placeKind = cadence ? null : ((values.placeKind || null) as PlaceKind | null);
    const target = {
      label: values.label.trim(),
      measure: values.measure,
      target: parseNumber(values.target),
      placeKind,
      schoolLevel: placeKind === "SCHOOL" && values.schoolLevel ? (values.schoolLevel as SchoolLevel) : null,
      kinds: values.kinds,
      priorityAreas: values.priorityAreas,
      cadencePeriod: cadence ? values.cadencePeriod : null,
      villageExceptions: cadence ? values.exceptions.map((e) => ({ placeId: e.placeId, visits: Number(e.visits) })) : [],
    };
    const write = open.mode === "edit" ? updateTarget({ variables: { id: open.target.id, target } }) : setTarget({ variables: { promiseId: open.promiseId, target } });
    void write.then(() => onDone(true), form.fail);
  };
  const select = (key: "measure" | "placeKind" | "schoolLevel", label: string, options: ReadonlyArray<readonly [string, string]>) => (
    <SelectField id={fieldId(key)} label={label} error={form.errors[key]} value={values[key]} onValue={(value) => set(key, value as never)} options={options} />
  );
  const checks = <T extends string>(key: "kinds" | "priorityAreas", legend: string, items: readonly T[], label: (item: T) => string) => (
    <fieldset className="form-group admin-checks">
      <legend>{legend}</legend>
      {items.map((item) => (
        <div className="radio" key={item}>
          <input
            type="checkbox"
            id={fieldId(`${key}-${item}`)}
            checked={(values[key] as readonly string[]).includes(item)}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              setValues((v) => ({ ...v, [key]: toggle(v[key] as readonly string[], item, on) }));
            }}
          />
          <label htmlFor={fieldId(`${key}-${item}`)}>{label(item)}</label>
        </div>
      ))}
    </fieldset>
  );
  return (
    <form ref={form.formRef} className="admin-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`} data-testid="target-form">
      <h5 id={`${id}-title`}>{open.mode === "edit" ? t("admin.target.editTitle") : t("admin.target.newTitle", { number: open.number })}</h5>
      <div className="form-grid">
        <TextField id={fieldId("label")} label={t("admin.target.label")} autoComplete="off" error={form.errors.label} value={values.label} onValue={(label) => set("label", label)} />
        {select(
          "measure",
          t("admin.target.measure"),
          PROMISE_MEASURES.map((m) => [m, t(`measure.${m}`)]),
        )}
        <TextField id={fieldId("target")} label={t("admin.target.value")} inputMode="decimal" error={form.errors.target} value={values.target} onValue={(target) => set("target", target)} />
        {values.measure === "VILLAGE_CADENCE"
          ? null
          : select("placeKind", t("admin.target.placeKind"), [["", t("admin.target.any")], ...PLACE_KINDS.map((k): [string, string] => [k, t(`placeKind.${k}`)])])}
        {values.placeKind === "SCHOOL" && values.measure !== "VILLAGE_CADENCE"
          ? select("schoolLevel", t("admin.target.schoolLevel"), [["", t("admin.target.any")], ...SCHOOL_LEVELS.map((l): [string, string] => [l, t(`schoolLevel.${l}`)])])
          : null}
      </div>
      {values.measure === "VILLAGE_CADENCE" ? (
        <CadenceFields
          fieldId={fieldId}
          errors={form.errors}
          period={values.cadencePeriod}
          onPeriod={(cadencePeriod) => set("cadencePeriod", cadencePeriod)}
          exceptions={values.exceptions}
          onExceptions={(exceptions) => set("exceptions", exceptions)}
          villages={villages}
        />
      ) : null}
      {checks("kinds", t("admin.target.kindsLegend"), ACTIVITY_KINDS, (k) => t(`kind.${k}`))}
      {checks("priorityAreas", t("admin.target.areasLegend"), PRIORITY_AREAS, (a) => t(`area.${a}`))}
      {form.other ? <ErrorNotice error={form.other} /> : null}
      <FormActions save={open.mode === "edit" ? t("admin.target.set") : t("admin.target.add")} busy={adding.loading || updating.loading} cancel={t("admin.cancel")} onCancel={() => onDone(false)} />
    </form>
  );
}

/** One target's line: what it measures, and its buttons (or its form while it is changed). */
function TargetLine({
  target,
  open,
  onOpen,
  onDone,
  onRemove,
  busy,
  villages,
}: {
  target: Target;
  open: Open;
  onOpen(open: Open): void;
  onDone(saved: boolean): void;
  onRemove(): void;
  busy: boolean;
  villages: readonly VillageOption[];
}) {
  const { t, formatNumber } = useI18n();
  if (open?.mode === "edit" && open.target.id === target.id)
    return (
      <li>
        <TargetForm open={open} onDone={onDone} villages={villages} />
      </li>
    );
  return (
    <li className="admin-target">
      <span>
        {target.label} · {t(`measure.${target.measure}`)}
        {target.target !== null ? <> · {formatNumber(target.target)}</> : null}
        {target.measure === "VILLAGE_CADENCE" ? (
          <>
            {" "}
            · {t(`cadence.period.${target.cadencePeriod ?? "YEAR"}`)}
            {target.villageExceptions.length > 0 ? (
              <>
                {" "}
                ·{" "}
                {t("cadence.exceptionList", {
                  list: target.villageExceptions.map((e) => `${villages.find((v) => v.id === e.placeId)?.name ?? e.placeId} ${e.visits}`).join(", "),
                })}
              </>
            ) : null}
          </>
        ) : null}
      </span>{" "}
      <button
        type="button"
        id={`target-edit-${target.id}`}
        className="button-secondary button-small"
        aria-label={t("admin.target.editOne", { label: target.label })}
        onClick={() => onOpen({ mode: "edit", target })}
      >
        {t("admin.edit")}
      </button>{" "}
      <button type="button" className="button-danger button-small" disabled={busy} aria-label={t("admin.target.delete", { label: target.label })} onClick={onRemove}>
        {t("edit.delete")}
      </button>
    </li>
  );
}

/** A promise's targets, each with its buttons, and the button (or the form) to add one. */
function PromiseTargets(props: {
  promise: FragmentType<typeof TargetsAdminPromise>;
  period: string;
  open: Open;
  onOpen(open: Open): void;
  onDone(saved: boolean): void;
  onRemove(targetId: string): void;
  busy: boolean;
  villages: VillageOption[];
}) {
  const { period, open, onOpen, onDone, onRemove, busy, villages } = props;
  const { t } = useI18n();
  const promise = useFragment(TargetsAdminPromise, props.promise);
  return (
    <li>
      <h4>{t("admin.target.promise", { number: promise.number, title: promise.title })}</h4>
      {promise.targets.length === 0 ? <p className="field-note">{t("admin.target.none")}</p> : null}
      {promise.targets.length ? (
        <ul>
          {promise.targets.map((target) => (
            <TargetLine key={target.id} target={target} open={open} onOpen={onOpen} onDone={onDone} busy={busy} villages={villages} onRemove={() => onRemove(target.id)} />
          ))}
        </ul>
      ) : null}
      {open?.mode === "add" && open.promiseId === promise.id ? (
        <TargetForm open={open} onDone={onDone} villages={villages} />
      ) : (
        <button
          type="button"
          id={`target-add-${promise.id}`}
          className="button-secondary button-small"
          onClick={() => onOpen({ mode: "add", promiseId: promise.id, number: promise.number })}
          aria-label={t("admin.target.addTo", { number: promise.number, period })}
        >
          {t("admin.target.add")}
        </button>
      )}
    </li>
  );
}

/**
 * The promises of each period with their targets: change or delete a target, or add one to a
 * promise. One form is open at a time, where it was asked for, so the page stays short.
 */
export function TargetsAdmin() {
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(TargetsAdminQuery);
  const [remove, removing] = useMutation(DeleteTargetMutation);
  const [open, setOpen] = useState<Open>(null);
  const [status, setStatus] = useState("");
  const [returnTo, setReturnTo] = useState<string | null>(null);
  // Once the form is gone, focus goes back to the button that opened it.
  useEffect(() => {
    if (returnTo) document.getElementById(returnTo)?.focus();
  }, [returnTo]);
  const done = (saved: boolean) => {
    setReturnTo(open?.mode === "edit" ? `target-edit-${open.target.id}` : `target-add-${open?.promiseId}`);
    setOpen(null);
    setStatus(saved ? t("admin.target.saved") : "");
  };
  const openForm = (next: Open) => {
    setStatus("");
    setReturnTo(null);
    setOpen(next);
  };
  return (
    <>
      {error ? <ErrorNotice error={error} retry={() => void refetch()} /> : null}
      {removing.error ? <ErrorNotice error={removing.error} /> : null}
      <p role="status">{status}</p>
      {data?.promisePeriods.map((period) => (
        <section key={period.id} aria-labelledby={`period-${period.id}`}>
          <h3 id={`period-${period.id}`}>{period.name}</h3>
          <ol className="admin-targets">
            {period.promises.map((promise) => (
              <PromiseTargets
                key={promise.id}
                promise={promise}
                period={period.name}
                open={open}
                onOpen={openForm}
                onDone={done}
                busy={removing.loading}
                villages={data.villages}
                onRemove={(id) =>
                  void remove({ variables: { id } }).then(
                    () => setStatus(t("admin.target.removed")),
                    () => undefined,
                  )
                }
              />
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
