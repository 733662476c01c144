import "leaflet/dist/leaflet.css";
import { useMutation, useQuery } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { CircleMarker, MapContainer, TileLayer, useMapEvents } from "react-leaflet";
import { ErrorNotice } from "../app/ErrorNotice";
import { activitiesChanged } from "../editing/useActivityMutations";
import { Field, FormActions, HiddenColumn } from "../editing/Field";
import { graphql } from "../gql";
import type { PlaceKind, PlacesAdminPlaceFragment, SchoolLevel } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";

const KINDS: readonly PlaceKind[] = ["TOWN", "VILLAGE", "SCHOOL", "VENUE"];
const LEVELS: readonly SchoolLevel[] = ["PRIMARY", "LOWER_SECONDARY", "UPPER_SECONDARY", "ADULT"];

const PlacesAdminPlace = graphql(`
  fragment PlacesAdminPlace on Place {
    ...PlacesLayerPlace
    radiusM
    schoolLevel
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

/** Moves the marked position to where the map is clicked. */
function PickOnClick({ onPick }: { onPick(lat: number, lng: number): void }) {
  useMapEvents({ click: (e) => onPick(Math.round(e.latlng.lat * 1e6) / 1e6, Math.round(e.latlng.lng * 1e6) / 1e6) });
  return null;
}

type Values = { name: string; samiName: string; kind: PlaceKind; schoolLevel: string; lat: string; lng: string; population: string; radiusM: string };

const valuesOf = (p: PlacesAdminPlaceFragment | null, center: { lat: number; lng: number }): Values => ({
  name: p?.name ?? "",
  samiName: p?.samiName ?? "",
  kind: p?.kind ?? "VILLAGE",
  schoolLevel: p?.schoolLevel ?? "",
  lat: String(p?.lat ?? center.lat),
  lng: String(p?.lng ?? center.lng),
  population: p?.population === null || p?.population === undefined ? "" : String(p.population),
  radiusM: p ? String(p.radiusM) : "",
});

const num = (s: string) => (s.trim() === "" ? null : Number(s.trim().replace(",", ".")));

/** One place's form, with a small map on which a click sets the position. */
function PlaceForm({ place, center, tiles, onDone }: { place: PlacesAdminPlaceFragment | null; center: { lat: number; lng: number }; tiles: { tileUrl: string; tileAttribution: string }; onDone(): void }) {
  const { t } = useI18n();
  const [values, setValues] = useState(() => valuesOf(place, center));
  const [upsert, { loading, error }] = useMutation(UpsertPlaceMutation, { refetchQueries: [PlacesAdminQuery], update: (cache) => activitiesChanged(cache) });
  const set = (key: keyof Values) => (e: { currentTarget: { value: string } }) => setValues({ ...values, [key]: e.currentTarget.value });
  const lat = num(values.lat);
  const lng = num(values.lng);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = {
      id: place?.id,
      name: values.name.trim(),
      samiName: values.samiName.trim() || null,
      kind: values.kind,
      schoolLevel: values.kind === "SCHOOL" && values.schoolLevel ? (values.schoolLevel as SchoolLevel) : null,
      lat: lat ?? NaN,
      lng: lng ?? NaN,
      population: num(values.population),
      radiusM: num(values.radiusM),
    };
    void upsert({ variables: { input } }).then(onDone, () => undefined);
  };
  const input = (key: keyof Values, label: string, props: Record<string, unknown> = {}) => (
    <Field id={`place-${key}`} label={label}>
      <input id={`place-${key}`} value={values[key]} onChange={set(key)} {...props} />
    </Field>
  );
  const valid = lat !== null && lng !== null && Number.isFinite(lat) && Number.isFinite(lng);
  return (
    <form className="admin-form" onSubmit={submit} aria-labelledby="place-form-title">
      <h3 id="place-form-title">{place ? t("admin.place.editTitle", { name: place.name }) : t("admin.place.new")}</h3>
      <div className="form-grid">
        {input("name", t("admin.place.name"), { required: true })}
        {input("samiName", t("admin.place.samiName"), { lang: "smj" })}
        <Field id="place-kind" label={t("admin.place.kind")}>
          <select id="place-kind" value={values.kind} onChange={set("kind")}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`placeKind.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        {values.kind === "SCHOOL" ? (
          <Field id="place-schoolLevel" label={t("admin.place.schoolLevel")}>
            <select id="place-schoolLevel" value={values.schoolLevel} onChange={set("schoolLevel")}>
              <option value="">{t("admin.place.noSchoolLevel")}</option>
              {LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t(`schoolLevel.${l}`)}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
        {input("population", t("admin.place.population"), { inputMode: "numeric" })}
        {input("radiusM", t("admin.place.radius"), { inputMode: "numeric" })}
        {input("lat", t("edit.lat"), { inputMode: "decimal", required: true })}
        {input("lng", t("edit.lng"), { inputMode: "decimal", required: true })}
      </div>
      <p className="field-note">{t("admin.place.mapHint")}</p>
      <div role="region" aria-label={t("admin.place.mapLabel")}>
        <MapContainer className="admin-map" center={valid ? [lat, lng] : [center.lat, center.lng]} zoom={place ? 11 : 7}>
          <TileLayer url={tiles.tileUrl} attribution={tiles.tileAttribution} />
          <PickOnClick onPick={(la, ln) => setValues((v) => ({ ...v, lat: String(la), lng: String(ln) }))} />
          {valid ? <CircleMarker center={[lat, lng]} radius={8} pathOptions={{ color: "#102a44", fillColor: "#1b3a5c", fillOpacity: 0.8 }} /> : null}
        </MapContainer>
      </div>
      {error ? <ErrorNotice error={error} /> : null}
      <FormActions save={t("admin.save")} busy={loading} cancel={t("admin.cancel")} onCancel={onDone} />
    </form>
  );
}

/** The places: a list, and a form (with a map) to add or change one. */
export function PlacesAdmin() {
  const { t, formatNumber } = useI18n();
  const { data, error, refetch } = useQuery(PlacesAdminQuery);
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const places = data?.places ?? [];
  const current = places.find((p) => p.id === editing) ?? null;
  return (
    <>
      {error ? <ErrorNotice error={error} retry={() => void refetch()} /> : null}
      <button type="button" className="button-primary" onClick={() => setEditing("new")}>
        {t("admin.place.new")}
      </button>
      {data && editing ? <PlaceForm key={editing} place={current} center={data.municipality.center} tiles={data.mapConfig} onDone={() => setEditing(null)} /> : null}
      <table className="data-table" data-testid="places">
        <thead>
          <tr>
            <th scope="col">{t("admin.place.name")}</th>
            <th scope="col">{t("admin.place.kind")}</th>
            <th scope="col">{t("edit.lat")}</th>
            <th scope="col">{t("edit.lng")}</th>
            <th scope="col">{t("admin.place.radius")}</th>
            <HiddenColumn label={t("admin.edit")} />
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </>
  );
}
