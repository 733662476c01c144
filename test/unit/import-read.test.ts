import zlib from "node:zlib";
import ExcelJS from "exceljs";
import proj4 from "proj4";
import { describe, expect, it } from "vitest";
import { ActivityKind, ActivityStatus, Organisation, PriorityArea } from "../../api/common/enums";
import { assertRequiredColumns, ImportField, mapColumns, recogniseHeader } from "../../api/import/import-columns";
import { readImportFile } from "../../api/import/import-file";
import { parseAreas, parseDateTime, parseKind, parseNumber, parseOrganisation, parseStatus, stockholmInstant, toWgs84 } from "../../api/import/import-values";

/** A zip archive of one stored-deflated part, written by hand (as a bomb would be). */
function zipOf(name: string, content: Buffer): Buffer {
  const data = zlib.deflateRawSync(content);
  const nameBuf = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBuf.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(nameBuf.length, 28);
  central.writeUInt32LE(0, 42);
  const cdOffset = 30 + nameBuf.length + data.length;
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(46 + nameBuf.length, 12);
  eocd.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, nameBuf, data, central, nameBuf, eocd]);
}

/** Windows-1252 bytes of a text of Latin-1 letters (å, ä, ö lie at the same code points). */
const cp1252 = (text: string) => Buffer.from(text, "latin1");

async function reason(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return (error as { extensions?: { reason?: string } }).extensions?.reason;
  }
  return "none";
}

describe("reading an import file", () => {
  it("reads a Windows-1252 file with semicolons and decimal commas", async () => {
    const csv =
      "Datum;Tid;Aktivitet;Ort;Lat;Long;Anteckning\r\n14/3/2024;09:00;Nykterhetskontroll;Jåhkåmåhkke;66,6053;19,8281;Väg 97, söder om tätorten\r\n;;;;;;\r\n2024-03-15;18.30;fotpatrull;Porjus;;;Kväll\r\n";
    const table = await readImportFile(cp1252(csv));
    expect(table).toMatchObject({ format: "CSV", encoding: "Windows-1252", delimiter: ";", headers: ["Datum", "Tid", "Aktivitet", "Ort", "Lat", "Long", "Anteckning"] });
    expect(table.rows).toHaveLength(2);
    expect(table.rowNumbers).toEqual([2, 4]);
    expect(table.rows[0][3]).toBe("Jåhkåmåhkke");
    expect(table.rows[0][6]).toBe("Väg 97, söder om tätorten");
    expect(parseNumber(table.rows[0][4])).toBeCloseTo(66.6053, 6);
  });

  it("reads UTF-8 with a byte order mark and commas", async () => {
    const table = await readImportFile(Buffer.from('\uFEFFDate,Type,Place\n2024-03-14 09:00,Traffic check,"Jokkmokk"\n', "utf8"));
    expect(table).toMatchObject({ encoding: "UTF-8", delimiter: ",", headers: ["Date", "Type", "Place"], rows: [["2024-03-14 09:00", "Traffic check", "Jokkmokk"]] });
  });

  it("reads the first sheet of an xlsx, or a chosen one, with date serials and date cells", async () => {
    const wb = new ExcelJS.Workbook();
    const first = wb.addWorksheet("2024");
    first.addRow(["Datum", "Typ", "Plats"]);
    first.addRow([45365.375, "Trafikkontroll", "Porjus"]);
    first.addRow([new Date(Date.UTC(2024, 2, 15, 18, 30)), "Fotpatrull", "Jokkmokk"]);
    const second = wb.addWorksheet("Byar");
    second.addRow(["Start", "Aktivitet", "By"]);
    second.addRow(["2024-06-01 10:00", "Byabesök", "Kvikkjokk"]);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const table = await readImportFile(buf);
    expect(table).toMatchObject({ format: "XLSX", sheet: "2024", headers: ["Datum", "Typ", "Plats"], rowNumbers: [2, 3] });
    expect(parseDateTime(table.rows[0][0])).toEqual({ year: 2024, month: 3, day: 14, time: { hour: 9, minute: 0 } });
    expect(parseDateTime(table.rows[1][0])).toEqual({ year: 2024, month: 3, day: 15, time: { hour: 18, minute: 30 } });
    const chosen = await readImportFile(buf, "byar");
    expect(chosen).toMatchObject({ sheet: "Byar", rows: [["2024-06-01 10:00", "Byabesök", "Kvikkjokk"]] });
    expect(await reason(readImportFile(buf, "2023"))).toBe("NO_SUCH_SHEET");
  });

  it("refuses bad files with one reason each", async () => {
    expect(await reason(readImportFile(Buffer.alloc(0)))).toBe("EMPTY");
    expect(await reason(readImportFile(Buffer.from("Datum;Typ;Plats\r\n")))).toBe("EMPTY");
    expect(await reason(readImportFile(Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.from([0, 1, 2, 3, 0, 0, 5])])))).toBe("NOT_TABULAR");
    expect(await reason(readImportFile(Buffer.from("d0cf11e0a1b11ae1000000", "hex")))).toBe("OLD_EXCEL");
    expect(await reason(readImportFile(Buffer.alloc(50 * 1024 * 1024, 0x41)))).toBe("TOO_LARGE");
    expect(await reason(readImportFile(zipOf("xl/worksheets/sheet1.xml", Buffer.alloc(40 * 1024 * 1024))))).toBe("ZIP_BOMB");
    // A part that declares a small size and unpacks to far more is caught while unpacking.
    const liar = zipOf("xl/worksheets/sheet1.xml", Buffer.alloc(2 * 1024 * 1024));
    liar.writeUInt32LE(1000, liar.length - 22 - 46 - "xl/worksheets/sheet1.xml".length + 24);
    expect(await reason(readImportFile(liar))).toBe("ZIP_BOMB");
    expect(await reason(readImportFile(Buffer.from("PK\u0003\u0004garbage")))).toBe("BROKEN");
  });
});

describe("columns and values", () => {
  it("knows headers in Swedish and English, with variants", () => {
    expect(
      [
        "Datum",
        "Start",
        "Slut",
        "Tid",
        "Typ",
        "Aktivitet",
        "Plats",
        "By",
        "Ort",
        "Lat",
        "Long",
        "N",
        "E",
        "Område",
        "Prioriterat område",
        "Organisation",
        "Status",
        "Rubrik",
        "Anteckning",
        "Utandningsprov",
      ].map(recogniseHeader),
    ).toEqual([
      ImportField.DATE,
      ImportField.START,
      ImportField.END,
      ImportField.TIME,
      ImportField.KIND,
      ImportField.KIND,
      ImportField.PLACE,
      ImportField.PLACE,
      ImportField.PLACE,
      ImportField.NORTH,
      ImportField.EAST,
      ImportField.NORTH,
      ImportField.EAST,
      ImportField.AREAS,
      ImportField.AREAS,
      ImportField.ORGANISATION,
      ImportField.STATUS,
      ImportField.TITLE,
      ImportField.NOTES,
      ImportField.BREATH_TESTS,
    ]);
    expect(recogniseHeader("Kolumn 7")).toBeNull();
    expect(() => assertRequiredColumns(mapColumns(["Typ", "Plats"]), ["Typ", "Plats"])).toThrow(/datum/);
    expect(() => assertRequiredColumns(mapColumns(["När", "Typ", "Plats"], { När: ImportField.DATE }), ["När", "Typ", "Plats"])).not.toThrow();
  });

  it("reads kinds, areas, organisations and statuses as people write them", () => {
    expect(parseKind("Trafikkontroll")).toEqual({ kind: ActivityKind.TRAFFIC_CHECK, areas: undefined });
    expect(parseKind("Nykterhetskontroll")).toEqual({ kind: ActivityKind.TRAFFIC_CHECK, areas: [PriorityArea.TRAFFIC, PriorityArea.ALCOHOL_DRUGS] });
    expect(parseKind(" fotpatrull ")?.kind).toBe(ActivityKind.FOOT_PATROL);
    expect(parseKind("Glassbil")).toBeNull();
    expect(parseAreas("Våld, hat och hot, Alkohol och droger")).toEqual({ areas: [PriorityArea.VIOLENCE, PriorityArea.ALCOHOL_DRUGS], unknown: null });
    expect(parseAreas("trafik/alkohol")).toEqual({ areas: [PriorityArea.TRAFFIC, PriorityArea.ALCOHOL_DRUGS], unknown: null });
    expect(parseAreas("trafik, bananer").unknown).toBe("bananer");
    expect(parseOrganisation("Polisen")).toBe(Organisation.POLICE);
    expect(parseOrganisation("kommun")).toBe(Organisation.MUNICIPALITY);
    expect(parseStatus("Genomförd")).toBe(ActivityStatus.DONE);
    expect(parseStatus("inställd")).toBe(ActivityStatus.CANCELLED);
  });

  it("reads dates in the usual shapes, in Stockholm time", () => {
    expect(parseDateTime("2024-03-14 09:00")).toEqual({ year: 2024, month: 3, day: 14, time: { hour: 9, minute: 0 } });
    expect(parseDateTime("14/3/2024")).toEqual({ year: 2024, month: 3, day: 14, time: null });
    expect(parseDateTime("2024-03-14")).toEqual({ year: 2024, month: 3, day: 14, time: null });
    expect(parseDateTime("45365,5")).toEqual({ year: 2024, month: 3, day: 14, time: { hour: 12, minute: 0 } });
    expect(parseDateTime("2024-02-30")).toBeNull();
    expect(parseDateTime("igår")).toBeNull();
    expect(stockholmInstant(2024, 3, 14, 9, 0)?.toISOString()).toBe("2024-03-14T08:00:00.000Z");
    expect(stockholmInstant(2024, 7, 1, 9, 0)?.toISOString()).toBe("2024-07-01T07:00:00.000Z");
  });

  it("reads positions in WGS84 or SWEREF 99 TM, columns swapped or not", () => {
    const [e, n] = proj4("WGS84", "+proj=utm +zone=33 +ellps=GRS80 +units=m +no_defs", [19.8281, 66.6053]);
    const sweref = toWgs84(n, e)!;
    expect(sweref.sweref).toBe(true);
    expect(sweref.lat).toBeCloseTo(66.6053, 5);
    expect(sweref.lng).toBeCloseTo(19.8281, 5);
    expect(toWgs84(19.8281, 66.6053)).toEqual({ lat: 66.6053, lng: 19.8281, sweref: false });
    expect(toWgs84(5, 5_000_000_000)).toBeNull();
  });
});
