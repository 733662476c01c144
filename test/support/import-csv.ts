/** What a generated import file holds. */
export interface BulkCsvOptions {
  /** The first row's start (UTC); each next row starts 15 minutes later, so no two rows are the same activity. */
  from?: Date;
  /** Windows-1252 with `;` and decimal commas, as Swedish Excel saves (default), or UTF-8 with `,`. */
  swedishExcel?: boolean;
}

/** Kinds as people write them, with the outcome columns a traffic check fills in. */
const KINDS = ["Trafikkontroll", "Fotpatrull", "Byabesök", "Krogbesök", "Nykterhetskontroll", "Ungdomsbesök", "Medborgardialog", "Skolbesök"];
/** Places by Swedish or Sami name; every fifth row gives coordinates instead (on the roads between the villages). */
const PLACES = ["Jokkmokk", "Porjus", "Vuollerim", "Jåhkåmåhkke", "Kvikkjokk", "Murjek", "Bårjås"];

/**
 * A list of `rows` activities in the shape of the spreadsheets the police and the municipality
 * keep (Datum, Typ, Plats or Lat/Long, Status, Utandningsprov, Anteckning), for tests and the
 * bench of the import. The same arguments give the same bytes.
 */
export function bulkActivityCsv(rows: number, options: BulkCsvOptions = {}): Buffer {
  const excel = options.swedishExcel ?? true;
  const sep = excel ? ";" : ",";
  const decimal = (n: number) => (excel ? n.toFixed(4).replace(".", ",") : n.toFixed(4));
  const from = (options.from ?? new Date(Date.UTC(2012, 0, 2, 6, 0))).getTime();
  const lines = [["Datum", "Typ", "Plats", "Lat", "Long", "Status", "Utandningsprov", "Anteckning"].join(sep)];
  for (let i = 0; i < rows; i++) {
    const iso = new Date(from + i * 15 * 60_000).toISOString();
    const kind = KINDS[i % KINDS.length];
    const rural = i % 5 === 4;
    // Rural points on a line between Jokkmokk and Porjus, a few hundred metres apart, outside every village.
    const lat = 66.7 + ((i * 37) % 200) * 0.001;
    const lng = 19.9 + ((i * 53) % 100) * 0.002;
    const place = rural ? "" : PLACES[(i * 3) % PLACES.length];
    const breath = kind === "Nykterhetskontroll" ? String(10 + (i % 40)) : "";
    lines.push([`${iso.slice(0, 10)} ${iso.slice(11, 16)}`, kind, place, rural ? decimal(lat) : "", rural ? decimal(lng) : "", "Genomförd", breath, `rad ${i + 1}`].join(sep));
  }
  const text = `${lines.join("\r\n")}\r\n`;
  return excel ? Buffer.from(text, "latin1") : Buffer.from(text, "utf8");
}
