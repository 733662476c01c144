import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "../../api/followup/csv";

describe("CSV for Excel with Swedish settings", () => {
  it("starts with a BOM, separates with semicolons and ends every line with CRLF", () => {
    const csv = toCsv(
      [
        { a: "Jokkmokk", b: 2 },
        { a: "Åsele", b: 3 },
      ],
      [
        { header: "Ort", value: (r) => r.a },
        { header: "Antal", value: (r) => r.b },
      ],
    );
    expect(csv).toBe("\uFEFFOrt;Antal\r\nJokkmokk;2\r\nÅsele;3\r\n");
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("quotes fields holding a separator, a quote or a line break (RFC 4180)", () => {
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell('säger "hej"')).toBe('"säger ""hej"""');
    expect(csvCell("rad 1\r\nrad 2")).toBe('"rad 1\r\nrad 2"');
    expect(csvCell("a, b och c")).toBe("a, b och c");
  });

  it("writes numbers with a decimal comma, times in Stockholm without seconds, nothing for null", () => {
    expect(csvCell(0.4545454545)).toBe("0,454545");
    expect(csvCell(66.96029999999999)).toBe("66,9603");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(Number.NaN)).toBe("");
    expect(csvCell(new Date("2022-12-31T22:30:00Z"))).toBe("2022-12-31 23:30");
    expect(csvCell(new Date("2023-07-01T10:05:00Z"))).toBe("2023-07-01 12:05");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(true)).toBe("ja");
  });

  it("keeps typed text that would start a formula as text (CSV injection)", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+46 70 123")).toBe("'+46 70 123");
    expect(csvCell("-kontroll")).toBe("'-kontroll");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("Kontroll = bra")).toBe("Kontroll = bra");
  });
});
