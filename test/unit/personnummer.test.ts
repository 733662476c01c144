import { describe, expect, it } from "vitest";
import { containsPersonalIdentityNumber } from "../../domain/personnummer";

describe("containsPersonalIdentityNumber", () => {
  // Skatteverket's published test numbers (not real people) and their variants.
  it.each(["Kontakt 811228-9874 kallad", "8112289874", "198112289874", "19811228-9874", "20811228+9874".replace("20", "19"), "pnr 811228 9874", "samordningsnummer 701063-2391"])(
    "finds one in %s",
    (text) => {
      expect(containsPersonalIdentityNumber(text)).toBe(true);
    },
  );

  it.each([
    "Kontrollerade 120 fordon, 45 utandningsprov",
    "Telefon 070-123 45 67",
    "811228-9875", // wrong check digit
    "811328-9874", // month 13
    "Datum 2023-10-06, dnr 2023:530",
    "",
  ])("leaves %s alone", (text) => {
    expect(containsPersonalIdentityNumber(text)).toBe(false);
  });
});
