import { describe, expect, it } from "vitest";
import { ActivityKind, ActivityStatus, Organisation, PriorityArea, Role } from "../../api/common/enums";
import { ImportField, mapColumns } from "../../api/import/import-columns";
import { checkRow, placeIndex } from "../../api/import/import-rows";
import { KIND_AREAS } from "../../domain/kind-areas";

const places = placeIndex([
  { id: 1, name: "Jokkmokk", samiName: "Jåhkåmåhkke", lat: 66.6053, lng: 19.8281 },
  { id: 2, name: "Porjus", samiName: "Bårjås", lat: 66.9553, lng: 19.8142 },
]);
const area = { boundary: null, extent: { south: 66.3, north: 67.3, west: 19.3, east: 20.4 } };
const now = new Date("2026-12-01T12:00:00Z");
const polis: { id: number; username: string; displayName: string; role: Role } = { id: 1, username: "polis", displayName: "Polis", role: Role.POLICE };
const kommun = { id: 2, username: "kommun", displayName: "Kommun", role: Role.MUNICIPALITY };
const headers = ["Datum", "Tid", "Typ", "Plats", "Lat", "Long", "Organisation", "Status", "Område", "Anteckning", "Utandningsprov"];
const map = mapColumns(headers);
const row = (over: Partial<Record<string, string>>) => headers.map((h) => over[h] ?? "");
const check = (over: Partial<Record<string, string>>, user = polis) => checkRow(row(over), map, { user, places, area, now });

describe("checking an import row with the rules of every write", () => {
  it("makes an activity of a good row", () => {
    const r = check({ Datum: "14/3/2024", Tid: "09:00–11:00", Typ: "Nykterhetskontroll", Plats: "Jåhkåmåhkke", Utandningsprov: "42" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.input).toMatchObject({
      kind: ActivityKind.TRAFFIC_CHECK,
      organisation: Organisation.POLICE,
      status: ActivityStatus.DONE,
      priorityAreas: [PriorityArea.TRAFFIC, PriorityArea.ALCOHOL_DRUGS],
      placeId: "1",
    });
    expect(r.input.startsAt.toISOString()).toBe("2024-03-14T08:00:00.000Z");
    expect(r.input.endsAt?.toISOString()).toBe("2024-03-14T10:00:00.000Z");
    expect(r.input.outcome?.breathTests).toBe(42);
    expect(check({ Datum: "2024-03-14", Typ: "fotpatrull", Plats: "Porjus" }).ok).toBe(true);
  });

  it("fills in the areas of a kind as the field form does, unless the word or the file says otherwise", () => {
    const areas = (Typ: string, Område = "") => {
      const r = check({ Datum: "2024-03-14", Typ, Plats: "Porjus", Område });
      return r.ok ? r.input.priorityAreas : r.message;
    };
    expect(areas("Trafikkontroll")).toEqual([...KIND_AREAS.TRAFFIC_CHECK]);
    expect(areas("Trafikkontroll")).toEqual([PriorityArea.TRAFFIC, PriorityArea.ALCOHOL_DRUGS]);
    expect(areas("Hastighetskontroll")).toEqual([PriorityArea.TRAFFIC]);
    expect(areas("Medborgardialog")).toEqual([PriorityArea.FLEXIBLE]);
    expect(areas("Skolbesök")).toEqual([PriorityArea.FLEXIBLE]);
    expect(areas("Medborgardialog", "Våld, hat och hot")).toEqual([PriorityArea.VIOLENCE]);
  });

  it("refuses every kind of bad row with its column and a Swedish message", () => {
    const cases: Array<[Partial<Record<string, string>>, ImportField | null, RegExp, typeof polis?]> = [
      [{ Datum: "2024-03-14", Typ: "Glassbil", Plats: "Porjus" }, ImportField.KIND, /Okänd typ/],
      [{ Typ: "Fotpatrull", Plats: "Porjus" }, ImportField.DATE, /Datum saknas/],
      [{ Datum: "igår", Typ: "Fotpatrull", Plats: "Porjus" }, ImportField.DATE, /går inte att läsa/],
      [{ Datum: "2024-03-14", Typ: "Fotpatrull", Plats: "Atlantis" }, ImportField.PLACE, /Okänd plats/],
      [{ Datum: "2024-03-14", Typ: "Fotpatrull", Lat: "59,33", Long: "18,06" }, ImportField.NORTH, /utanför kommunen/],
      [{ Datum: "2024-03-14", Tid: "11:00-09:00", Typ: "Fotpatrull", Plats: "Porjus" }, ImportField.END, /före starttiden/],
      [{ Datum: "2024-03-14", Typ: "Fotpatrull", Plats: "Porjus", Anteckning: "Pratade med 19811218-9876" }, ImportField.NOTES, /personnummer/],
      [{ Datum: "2024-03-14", Typ: "Fotpatrull", Plats: "Porjus", Organisation: "Polisen" }, ImportField.ORGANISATION, /får inte/, kommun],
      [{ Datum: "2024-03-14", Typ: "Fotpatrull", Plats: "Porjus", Status: "kanske" }, ImportField.STATUS, /Okänd status/],
      [{ Datum: "2024-03-14", Typ: "Fotpatrull", Plats: "Porjus", Område: "bananer" }, ImportField.AREAS, /Okänt prioriterat område/],
      [{ Datum: "2030-03-14", Typ: "Fotpatrull", Plats: "Porjus", Status: "Genomförd" }, ImportField.DATE, /mellan år 2000/],
      [{ Datum: "2026-12-20", Typ: "Fotpatrull", Plats: "Porjus", Status: "Genomförd" }, ImportField.STATUS, /genomförd innan/],
      [{ Datum: "2024-03-14", Typ: "Trafikkontroll", Plats: "Porjus", Utandningsprov: "många" }, ImportField.BREATH_TESTS, /inget antal/],
      [{ Datum: "2024-03-14", Typ: "Trafikkontroll", Plats: "Porjus", Utandningsprov: "-3" }, ImportField.BREATH_TESTS, /heltal/],
    ];
    for (const [over, field, message, user] of cases) {
      const r = check(over, user ?? polis);
      expect(r, JSON.stringify(over)).toMatchObject({ ok: false, field });
      if (!r.ok) expect(r.message).toMatch(message);
    }
  });
});
