import "leaflet/dist/leaflet.css";
import { useMutation, useQuery } from "@apollo/client/react";
import { useCallback, useEffect, useMemo, useState, type FormEvent } from "react";
import { ErrorNotice } from "../ui/ErrorNotice";
import { activitiesChanged } from "../editing/useActivityMutations";
import { PLACE_KINDS, SCHOOL_LEVELS } from "../../../domain/enums";
import { FormActions } from "../ui/Field";
import { graphql, useFragment } from "../gql";
import type { PlaceKind, PlacesAdminPlaceFragment, PlacesAdminQuery, SchoolLevel } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";
import { AdminTable } from "./AdminTable";
import { breachMessages, numberBreach, parseNumber, SelectField, TextField, useFormErrors, type Breach } from "./admin-form";
import { PlacePickerMap } from "./PlacePickerMap";

/** A place as the list and the form show it, and as the form's map draws the others. */
const PlacesAdminPlace = graphql(`
  fragment PlacesAdminPlace on Place {
    id
    name
    samiName
    kind
    schoolLevel
    lat
    lng
    population
    radiusM
    ...PlacesLayerPlace
  }
`);

const PlacesAdminQuery = graphql(`
  query PlacesAdminQuery {
    places {
      ...PlacesAdminPlace
    }
    mapConfig {
      tileUrl
      tileAttribution
    }
    municipality {
      code
      boundary
      center {
        lat
        lng
      }
    }
  }
`);

const UpsertPlaceMutation = graphql(`
  mutation UpsertPlaceMutation($input: PlaceInput!) {
    upsertPlace(input: $input) {
      ...PlacesAdminPlace
    }
  }
`);

type Values = { name: string; samiName: string; kind: PlaceKind; schoolLevel: string; lat: string; lng: string; population: string; radiusM: string };

/** The form's values: the place's, or empty for a new place (its position is chosen, not assumed). */
const valuesOf = (p: PlacesAdminPlaceFragment | null): Values => ({
  name: p?.name ?? "",
  samiName: p?.samiName ?? "",
  kind: p?.kind ?? "VILLAGE",
  schoolLevel: p?.schoolLevel ?? "",
  lat: p ? String(p.lat) : "",
  lng: p ? String(p.lng) : "",
  population: p?.population === null || p?.population === undefined ? "" : String(p.population),
  radiusM: p ? String(p.radiusM) : "",
});

/** What the form can tell before sending: a name, a position, and numbers where numbers go. */
function checkPlace(values: Values): Breach[] {
  return [
    ...(values.name.trim() === "" ? ([["name", "admin.field.required"]] as Breach[]) : []),
    ...(values.lat.trim() === "" ? ([["lat", "admin.place.pickPosition"]] as Breach[]) : numberBreach("lat", values.lat)),
    ...(values.lng.trim() === "" ? ([["lng", "admin.place.pickPosition"]] as Breach[]) : numberBreach("lng", values.lng)),
    ...numberBreach("population", values.population, true),
    ...numberBreach("radiusM", values.radiusM, true),
  ];
}

const placeFieldId = (field: string) => `place-${field}`;

/** One place's form, with a map of the municipality and the other places on which a click sets the position. */
function PlaceForm({ place, places, data, onDone }: { place: PlacesAdminPlaceFragment | null; places: readonly PlacesAdminPlaceFragment[]; data: PlacesAdminQuery; onDone(): void }) {
  const { t } = useI18n();
  const [values, setValues] = useState(() => valuesOf(place));
  const form = useFormErrors(placeFieldId);
  const [upsert, { loading }] = useMutation(UpsertPlaceMutation, { refetchQueries: [PlacesAdminQuery], update: (cache) => activitiesChanged(cache) });
  const set = (key: keyof Values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const lat = parseNumber(values.lat);
  const lng = parseNumber(values.lng);
  const position = lat !== null && lng !== null && Number.isFinite(lat) && Number.isFinite(lng) ? { lat, lng } : null;
  // The town and villages always; schools and venues (close together in the town) when placing one of them.
  const small = values.kind === "SCHOOL" || values.kind === "VENUE";
  const others = useMemo(() => places.filter((p) => p.id !== place?.id && (small || p.kind === "TOWN" || p.kind === "VILLAGE")), [places, place, small]);
  // The form opens above the list: its first field takes the focus.
  useEffect(() => form.formRef.current?.querySelector<HTMLElement>("input")?.focus(), [form.formRef]);
  const pick = useCallback((p: { lat: number; lng: number }) => setValues((v) => ({ ...v, lat: String(p.lat), lng: String(p.lng) })), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.passes(breachMessages(checkPlace(values), t))) return;
    const input = {
      id: place?.id,
      name: values.name.trim(),
      samiName: values.samiName.trim() || null,
      kind: values.kind,
      schoolLevel: values.kind === "SCHOOL" && values.schoolLevel ? (values.schoolLevel as SchoolLevel) : null,
      lat: lat!,
      lng: lng!,
      population: parseNumber(values.population),
      radiusM: parseNumber(values.radiusM),
    };
    void upsert({ variables: { input } }).then(onDone, form.fail);
  };
  const text = (key: keyof Values, label: string, props: Record<string, unknown> = {}) => (
    <TextField id={placeFieldId(key)} label={label} error={form.errors[key]} value={values[key]} onValue={set(key)} {...props} />
  );
  const select = (key: "kind" | "schoolLevel", label: string, options: ReadonlyArray<readonly [string, string]>) => (
    <SelectField id={placeFieldId(key)} label={label} error={form.errors[key]} value={values[key]} onValue={set(key)} options={options} />
  );
  return (
    <form ref={form.formRef} className="admin-form" onSubmit={submit} noValidate aria-labelledby="place-form-title">
      <h3 id="place-form-title">{place ? t("admin.place.editTitle", { name: place.name }) : t("admin.place.new")}</h3>
      <div className="form-grid">
        {text("name", t("admin.place.name"), { autoComplete: "off" })}
        {text("samiName", t("admin.place.samiName"), { lang: "smj", autoComplete: "off" })}
        {select(
          "kind",
          t("admin.place.kind"),
          PLACE_KINDS.map((k) => [k, t(`placeKind.${k}`)]),
        )}
        {values.kind === "SCHOOL"
          ? select("schoolLevel", t("admin.place.schoolLevel"), [["", t("admin.place.noSchoolLevel")], ...SCHOOL_LEVELS.map((l) => [l, t(`schoolLevel.${l}`)] as const)])
          : null}
        {text("population", t("admin.place.population"), { inputMode: "numeric" })}
        {text("radiusM", t("admin.place.radius"), { inputMode: "numeric" })}
        {text("lat", t("edit.lat"), { inputMode: "decimal" })}
        {text("lng", t("edit.lng"), { inputMode: "decimal" })}
      </div>
      <p className="field-note" id="place-map-note">
        {t("admin.place.mapShows")}
      </p>
      <div role="region" aria-label={t("admin.place.mapLabel")} aria-describedby="place-map-note" data-testid="place-map">
        <PlacePickerMap tiles={data.mapConfig} municipality={data.municipality} others={others} position={position} onPick={pick} />
      </div>
      {form.other ? <ErrorNotice error={form.other} /> : null}
      <FormActions save={t("admin.save")} busy={loading} cancel={t("admin.cancel")} onCancel={onDone} />
    </form>
  );
}

const NO_PLACES: PlacesAdminQuery["places"] = [];

/** The places: a list, and a form (with a map) to add or change one. */
export function PlacesAdmin() {
  const { t, formatNumber } = useI18n();
  const { data, error, refetch } = useQuery(PlacesAdminQuery);
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const places = useFragment(PlacesAdminPlace, data?.places ?? NO_PLACES);
  const current = places.find((p) => p.id === editing) ?? null;
  return (
    <>
      {error ? <ErrorNotice error={error} retry={() => void refetch()} /> : null}
      <button type="button" className="button-primary" onClick={() => setEditing("new")}>
        {t("admin.place.new")}
      </button>
      {data && editing ? <PlaceForm key={editing} place={current} places={places} data={data} onDone={() => setEditing(null)} /> : null}
      <AdminTable testId="places" columns={[t("admin.place.name"), t("admin.place.kind"), t("edit.lat"), t("edit.lng"), t("admin.place.radius")]} actions={t("admin.edit")}>
        {places.map((p) => (
          <tr key={p.id}>
            <th scope="row">
              {p.name}
              {p.samiName ? (
                <>
                  {" "}
                  (<span lang="smj">{p.samiName}</span>)
                </>
              ) : null}
            </th>
            <td>{t(`placeKind.${p.kind}`)}</td>
            <td>{p.lat.toFixed(4)}</td>
            <td>{p.lng.toFixed(4)}</td>
            <td>{formatNumber(p.radiusM)}</td>
            <td>
              <button type="button" className="button-secondary button-small" aria-label={t("admin.place.editTitle", { name: p.name })} onClick={() => setEditing(p.id)}>
                {t("admin.edit")}
              </button>
            </td>
          </tr>
        ))}
      </AdminTable>
    </>
  );
}
