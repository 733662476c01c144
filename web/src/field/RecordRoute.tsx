import { useQuery } from "@apollo/client/react";
import { useEffect, useMemo, useState, type FormEvent } from "react";
import { ErrorNotice } from "../ui/ErrorNotice";
import { PageLoading } from "../ui/PageLoading";
import { MAP_PATH, navigate, useLocation } from "../ui/router";
import { useSessionUser } from "../auth/session";
import { PRIORITY_AREAS } from "../../../domain/enums";
import { defaultOrganisation } from "../../../domain/access";
import { checkActivity, OUTCOME_FIELDS } from "../../../domain/activity-rules";
import { described, Field } from "../ui/Field";
import { newActivityValues, toActivityInput, toLocalInput, type ActivityFormValues } from "../editing/form-values";
import type { FieldErrors } from "../editing/write-errors";
import { useFieldQueue, type RecordState } from "../offline/FieldQueue";
import type { QueuedRecord } from "../offline/queue-rules";
import { WaitingList } from "../offline/WaitingList";
import { graphql, useFragment } from "../gql";
import type { ActivityKind, FieldPlacesQuery as FieldPlacesResult } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";
import { byDistance, FIELD_KINDS, KIND_AREAS, zoneAt } from "./field-kinds";
import "./field.css";

/** The field record screen's path. */
export const RECORD_PATH = "/registrera";

/** A place the record can be made at: its name in the list, its position and radius for the nearest place and the zone. */
const FieldPlaceFields = graphql(`
  fragment FieldPlace on Place {
    id
    name
    kind
    lat
    lng
    radiusM
  }
`);

const FieldPlacesQuery = graphql(`
  query FieldPlacesQuery {
    places(kinds: [TOWN, VILLAGE]) {
      ...FieldPlace
    }
  }
`);

const NO_PLACES: FieldPlacesResult["places"] = [];

type Fix = { lat: number; lng: number } | "pending" | "none";

/** The device's position, once; "none" when it is refused or unavailable. */
function usePosition(): Fix {
  const [fix, setFix] = useState<Fix>(() => ("geolocation" in navigator ? "pending" : "none"));
  useEffect(() => {
    if (!("geolocation" in navigator)) return;
    navigator.geolocation.getCurrentPosition(
      (p) => setFix({ lat: p.coords.latitude, lng: p.coords.longitude }),
      () => setFix("none"),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  }, []);
  return fix;
}

/**
 * Recording where the work happens, on a phone: the role's usual kinds as big buttons, the nearest
 * place from the device's position, Start and Klar for the time on site, and the outcome. Each
 * record is stored on the device at once with an id made there, and sent from the queue (now, or
 * when the network returns), so sending it again never makes a second activity. A record the
 * server refused opens here again (`?ratta=<id>`) to be corrected.
 */
export function RecordRoute() {
  const { t, formatNumber } = useI18n();
  const user = useSessionUser();
  const kinds = FIELD_KINDS[user.role];
  const { data, error, loading } = useQuery(FieldPlacesQuery);
  const placeList = useFragment(FieldPlaceFields, data?.places ?? NO_PLACES);
  const fix = usePosition();
  const [values, setValues] = useState<ActivityFormValues>(() =>
    newActivityValues({ organisation: defaultOrganisation(user.role), status: "DONE", kind: kinds[0] ?? "VILLAGE_VISIT", priorityAreas: [...KIND_AREAS[kinds[0] ?? "VILLAGE_VISIT"]], startsAt: "" }),
  );
  const [afterwards, setAfterwards] = useState(false);
  const [clientId, setClientId] = useState(() => crypto.randomUUID());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<RecordState | null>(null);
  const [saving, setSaving] = useState(false);
  const queue = useFieldQueue();
  // The refused record being corrected: saving replaces it.
  const [correcting, setCorrecting] = useState<string | null>(null);
  const { search } = useLocation();
  const toCorrect = search.get("ratta");
  const records = queue?.records;
  useEffect(() => {
    if (!toCorrect || !records) return;
    const record = records.find((r) => r.clientId === toCorrect);
    if (record) {
      setValues(record.values);
      setErrors(record.refusal?.fields ?? {});
      setCorrecting(record.clientId);
      setSaved(null);
    }
    navigate(RECORD_PATH, { replace: true });
  }, [toCorrect, records]);

  const near = useMemo(() => (data && typeof fix === "object" ? byDistance(placeList, fix) : null), [data, placeList, fix]);
  const places = near ? near.map((n) => n.place) : [...placeList].sort((a, b) => a.name.localeCompare(b.name, "sv"));
  // Without a choice of the user's, the nearest place is the record's place.
  useEffect(() => {
    if (near?.[0] && !values.placeId) setValues((v) => ({ ...v, placeId: near[0].place.id }));
  }, [near, values.placeId]);

  if (loading && !data) return <PageLoading />;
  if (error && !data) {
    return (
      <main id="main" className="field-page">
        <ErrorNotice error={error} />
        <WaitingList />
      </main>
    );
  }

  const set = (patch: Partial<ActivityFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const chooseKind = (kind: ActivityKind) => set({ kind, priorityAreas: [...KIND_AREAS[kind]] });
  const chosen = near?.find((n) => n.place.id === values.placeId) ?? null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const input = { ...toActivityInput(values), clientId };
    if (typeof fix === "object" && near?.[0]?.place.id === values.placeId) Object.assign(input, { lat: fix.lat, lng: fix.lng });
    const found: FieldErrors = {};
    for (const b of checkActivity(input, user.role)) found[b.field] ??= t(b.key, b.params);
    setErrors(found);
    if (Object.keys(found).length || !queue) return;
    const place = placeList.find((p) => p.id === values.placeId) ?? null;
    const record: QueuedRecord = {
      clientId,
      userId: user.id,
      // A corrected record keeps its place in the order and its age.
      createdAt: records?.find((r) => r.clientId === correcting)?.createdAt ?? Date.now(),
      input,
      values,
      where: { lat: input.lat ?? place?.lat ?? 0, lng: input.lng ?? place?.lng ?? 0, placeName: place?.name ?? null },
      kind: values.kind,
      attempts: 0,
      refusal: null,
    };
    setSaving(true);
    try {
      const { state, refusal } = await queue.add(record, correcting ?? undefined);
      setSaved(state);
      // A new record gets a new id: the refused one's may be held by the server for something else.
      setClientId(crypto.randomUUID());
      if (state === "refused") {
        // Refused at once: the server's reasons beside the fields, and saving again replaces it.
        setErrors(refusal?.fields ?? {});
        setCorrecting(record.clientId);
        return;
      }
      setCorrecting(null);
      setValues((v) => newActivityValues({ organisation: v.organisation, status: "DONE", kind: v.kind, priorityAreas: v.priorityAreas, placeId: v.placeId, startsAt: "" }));
    } finally {
      setSaving(false);
    }
  }

  return (
    <main id="main" className="field-page">
      <nav aria-label={t("field.back")} className="field-back">
        <a href={MAP_PATH}>{t("field.toMap")}</a>
      </nav>
      <h1>{t("field.title")}</h1>
      <p role="status" className={saved === "refused" ? "field-refused" : saved ? "field-saved" : undefined}>
        {saved === "sent" ? (
          <>
            {t("field.saved")} <a href={MAP_PATH}>{t("field.toMap")}</a>
          </>
        ) : saved === "waiting" ? (
          t("queue.savedWaiting")
        ) : saved === "refused" ? (
          t("queue.savedRefused")
        ) : correcting ? (
          t("queue.correcting")
        ) : null}
      </p>
      <WaitingList />
      <form onSubmit={submit} noValidate>
        <fieldset className="field-kinds">
          <legend>{t("field.kind")}</legend>
          {kinds.map((kind) => (
            <button key={kind} type="button" className="field-kind" aria-pressed={values.kind === kind} onClick={() => chooseKind(kind)}>
              {t(`kind.${kind}`)}
            </button>
          ))}
        </fieldset>

        <fieldset className="field-group" aria-describedby={errors.priorityAreas ? "priorityAreas-error" : undefined}>
          <legend>{t("edit.priorityAreas")}</legend>
          {PRIORITY_AREAS.map((area) => (
            <label key={area} className="field-check">
              <input
                type="checkbox"
                checked={values.priorityAreas.includes(area)}
                onChange={(ev) => {
                  const on = ev.currentTarget.checked;
                  setValues((v) => ({ ...v, priorityAreas: on ? [...v.priorityAreas, area] : v.priorityAreas.filter((a) => a !== area) }));
                }}
              />
              {t(`area.${area}`)}
            </label>
          ))}
          {errors.priorityAreas ? (
            <p className="field-error" id="priorityAreas-error">
              {errors.priorityAreas}
            </p>
          ) : null}
        </fieldset>

        <section className="field-group" aria-labelledby="field-where">
          <h2 id="field-where">{t("field.where")}</h2>
          <p role="status" className="field-position">
            {fix === "pending" ? (
              t("field.locating")
            ) : fix === "none" ? (
              t("field.noFix")
            ) : chosen ? (
              <>
                <strong>{t("field.nearest", { place: chosen.place.name, distance: formatNumber(Math.round(chosen.metres / 100) / 10) })}</strong>
                {" · "}
                {t("field.zone", { zone: t(`zone.${zoneAt(near!)}`) })}
              </>
            ) : null}
          </p>
          <Field id="placeId" label={t("field.placeList")} error={errors.placeId ?? errors.lat}>
            <select {...described("placeId", errors.placeId ?? errors.lat)} value={values.placeId} onChange={(ev) => set({ placeId: ev.currentTarget.value })}>
              <option value="">—</option>
              {places.map((p) => {
                const n = near?.find((x) => x.place.id === p.id);
                return (
                  <option key={p.id} value={p.id}>
                    {n ? `${p.name} (${formatNumber(Math.round(n.metres / 100) / 10)} km)` : p.name}
                  </option>
                );
              })}
            </select>
          </Field>
        </section>

        <section className="field-group" aria-labelledby="field-time">
          <h2 id="field-time">{t("field.time")}</h2>
          {!afterwards ? (
            <div className="field-times">
              <button type="button" className="field-kind" onClick={() => set({ startsAt: toLocalInput(new Date()), endsAt: "" })}>
                {values.startsAt ? t("field.startedAt", { time: values.startsAt.slice(11) }) : t("field.start")}
              </button>
              <button type="button" className="field-kind" disabled={!values.startsAt} onClick={() => set({ endsAt: toLocalInput(new Date()) })}>
                {values.endsAt ? t("field.doneAt", { time: values.endsAt.slice(11) }) : t("field.done")}
              </button>
              <button type="button" className="button-secondary" onClick={() => setAfterwards(true)}>
                {t("field.afterwards")}
              </button>
            </div>
          ) : null}
          {afterwards || errors.startsAt || errors.endsAt ? (
            <>
              <Field id="startsAt" label={t("edit.startsAt")} error={errors.startsAt ?? errors.status}>
                <input type="datetime-local" {...described("startsAt", errors.startsAt ?? errors.status)} value={values.startsAt} onChange={(ev) => set({ startsAt: ev.currentTarget.value })} />
              </Field>
              <Field id="endsAt" label={t("edit.endsAt")} error={errors.endsAt}>
                <input type="datetime-local" {...described("endsAt", errors.endsAt)} value={values.endsAt} onChange={(ev) => set({ endsAt: ev.currentTarget.value })} />
              </Field>
            </>
          ) : errors.startsAt ? null : null}
        </section>

        <section className="field-group" aria-labelledby="field-outcome">
          <h2 id="field-outcome">{t("edit.outcome")}</h2>
          {OUTCOME_FIELDS[values.kind].map((f) => {
            const id = `outcome.${f}`;
            const err = errors[id];
            return (
              <Field key={f} id={id} label={t(`edit.${f}`)} error={err}>
                {f === "findings" ? (
                  <textarea
                    {...described(id, err)}
                    value={values.outcome.findings}
                    onChange={(ev) => {
                      const v = ev.currentTarget.value;
                      setValues((s) => ({ ...s, outcome: { ...s.outcome, findings: v } }));
                    }}
                  />
                ) : (
                  <input
                    type="text"
                    inputMode="numeric"
                    {...described(id, err)}
                    value={values.outcome[f]}
                    onChange={(ev) => {
                      const v = ev.currentTarget.value;
                      setValues((s) => ({ ...s, outcome: { ...s.outcome, [f]: v } }));
                    }}
                  />
                )}
              </Field>
            );
          })}
          <Field id="notes" label={t("edit.notes")} note={t("edit.notesNote")} error={errors.notes}>
            <textarea {...described("notes", errors.notes, true)} value={values.notes} onChange={(ev) => set({ notes: ev.currentTarget.value })} />
          </Field>
        </section>

        <button type="submit" className="button-primary field-save" disabled={saving}>
          {saving ? t("edit.saving") : t("field.save")}
        </button>
      </form>
    </main>
  );
}
