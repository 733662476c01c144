import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql";
import type { GqlClient } from "../support/test-server";
import { ARTIFACTS, POLL, browserAvailable, describePagesOnFailure, expectNoAxeViolations, signInContext, startBrowserApp, type BrowserApp } from "./browser";

const DESK = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
/** A window of 2024 the CSV's rows fall in, to count them through the API. */
const COUNT = graphql(`
  query ImportWebCountTest {
    activities(filter: { from: "2024-04-01T00:00:00Z", to: "2024-04-06T00:00:00Z" }) {
      totalCount
    }
  }
`);

const run = browserAvailable();

describe.skipIf(!run)("importing a list in Chromium", () => {
  let app: BrowserApp;
  let page: Page;
  let polis: GqlClient;
  let csvFile: string;
  let unknownFile: string;

  beforeAll(async () => {
    app = await startBrowserApp();
    page = app.page;
    polis = await signInContext(app, "polis");
    // As Swedish Excel saves it: a BOM, `;`, CRLF; one row of a kind nobody knows, one header nobody knows.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lofteskartan-import-"));
    csvFile = path.join(dir, "aktiviteter-2024.csv");
    fs.writeFileSync(
      csvFile,
      "\uFEFFDatum;Typ;Plats;Anteckning;Väder\r\n2024-04-02 03:13;Trafikkontroll;Porjus;vid bron;klart\r\n2024-04-03 03:13;Fotpatrull;Jåhkåmåhkke;centrum;snö\r\n2024-04-04 03:13;Glassbil;Vuollerim;;sol\r\n",
    );
    unknownFile = path.join(dir, "besok.csv");
    fs.writeFileSync(unknownFile, "När;Typ;Plats\r\n2024-04-05 03:13;Byabesök;Porjus\r\n");
  });
  afterAll(() => app?.close());
  describePagesOnFailure(() => [page]);

  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `import-${name}.png`), fullPage: true });
  const count = async () => (await polis.ok(COUNT)).activities.totalCount;

  it("previews a file with its bad row in Swedish, imports the ready rows, and undoes the batch; maps the unknown date column of a dropped file; at desk and phone sizes", async () => {
    await page.setViewportSize(DESK);
    await page.goto(`${app.server.url}/importera`, { waitUntil: "domcontentloaded" });
    await page.getByRole("heading", { level: 1, name: "Importera aktiviteter" }).waitFor();
    expect(await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Importera" }).getAttribute("aria-current")).toBe("page");
    const before = await count();

    await page.getByLabel("Fil (CSV eller Excel .xlsx)").setInputFiles(csvFile);
    await page.getByRole("button", { name: "Förhandsgranska" }).click();
    const rows = page.getByTestId("import-rows");
    await rows.waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId("import-status").textContent(), POLL).toBe("Förhandsgranskningen är klar: 2 klara, 0 finns redan, 1 kan inte importeras.");
    // The bar has run to its end.
    const previewBar = page.getByRole("progressbar", { name: "Förhandsgranskningens förlopp" });
    expect(await previewBar.getAttribute("aria-valuenow")).toBe("100");
    expect(await previewBar.getAttribute("aria-valuetext")).toBe("Klart (100 %)");
    const bad = rows.locator("tbody tr").first();
    expect(await bad.locator("th, td").allTextContents()).toEqual(["4", "Kan inte importeras", "Typ", "Okänd typ av aktivitet: ”Glassbil”."]);
    expect(await rows.locator("tbody tr").count()).toBe(3);
    // The header the import does not know is offered for mapping.
    await page.getByLabel("Kolumnen ”Väder”").waitFor();
    await expectNoAxeViolations(page, "the import preview");
    await shot("preview-desk");

    // The refused rows as a file to fix: the file's columns and why.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Ladda ned raderna som inte kan importeras (CSV)" }).click()]);
    expect(download.suggestedFilename()).toBe("aktiviteter-2024-fel.csv");
    const refused = fs.readFileSync((await download.path())!, "utf8");
    expect(refused).toBe("\uFEFFDatum;Typ;Plats;Anteckning;Väder;Fel\r\n2024-04-04 03:13;Glassbil;Vuollerim;;sol;Typ: Okänd typ av aktivitet: ”Glassbil”.\r\n");

    // All or nothing refuses; the ready rows go in.
    await page.getByRole("button", { name: "Importera allt" }).click();
    await expect.poll(() => page.getByTestId("import-error").textContent(), POLL).toContain("1 rader kan inte importeras");
    expect(await count()).toBe(before);
    // What the import's bar says, as it changes.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { barTexts: string[] }).barTexts = seen;
      new MutationObserver(() => {
        const text = document.querySelector('progress[aria-label="Importens förlopp"]')?.getAttribute("aria-valuetext");
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.getByRole("button", { name: "Importera de godkända raderna" }).click();
    await expect.poll(() => page.getByTestId("import-result").textContent(), { ...POLL, timeout: 30_000 }).toBe("Importen är klar: 2 aktiviteter sparades, 0 fanns redan, 1 rader hoppades över.");
    const importBar = page.getByRole("progressbar", { name: "Importens förlopp" });
    expect(await importBar.getAttribute("aria-valuenow")).toBe("100");
    const barTexts = await page.evaluate(() => (window as unknown as { barTexts: string[] }).barTexts);
    expect(barTexts[0]).toBe("Skickar filen…");
    expect(barTexts.at(-1)).toBe("Klart (100 %)");
    expect(barTexts.every((text) => /^(Skickar filen…|Läser filen: \d+ rader|Kontrollerar raderna: \d+ av \d+ \(\d+ %\)|Sparar aktiviteterna: \d+ av \d+ \(\d+ %\)|Klart \(100 %\))$/.test(text))).toBe(
      true,
    );
    expect(await page.getByTestId("import-status").textContent()).toBe("Importen är klar: 2 aktiviteter sparades, 0 fanns redan, 1 rader hoppades över.");
    expect(await count()).toBe(before + 2);
    const batch = page.getByTestId("import-batches").locator("tbody tr").first();
    await expect.poll(() => batch.locator("td").first().textContent(), POLL).toBe("aktiviteter-2024.csv");
    await expectNoAxeViolations(page, "the import result");
    await shot("result-desk");

    // Undo the batch as a whole.
    await batch.getByRole("button", { name: /^Ångra importen av aktiviteter-2024\.csv från / }).click();
    // A yes is asked first, with the focus on it.
    const yes = batch.getByRole("button", { name: "Ja, ångra importen" });
    await expect.poll(() => yes.evaluate((el) => el === document.activeElement), POLL).toBe(true);
    expect(await batch.getByRole("group").textContent()).toContain("Ta bort importens 2 aktiviteter?");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("undo-status").textContent(), POLL).toBe("Importen av aktiviteter-2024.csv är ångrad: 2 aktiviteter togs bort.");
    await expect.poll(() => batch.locator("td").last().textContent(), POLL).toMatch(/^Ångrad .* av polis$/);
    expect(await count()).toBe(before);

    // On a phone: a file whose date column has a heading nobody knows is refused as a whole, mapped by hand, and previewed.
    await page.setViewportSize(PHONE);
    await page.reload({ waitUntil: "domcontentloaded" });
    // Dropped on the drop zone this time.
    const dropped = await page.evaluateHandle(
      (text) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], "besok.csv", { type: "text/csv" }));
        return transfer;
      },
      fs.readFileSync(unknownFile, "utf8"),
    );
    await page.getByTestId("import-drop").dispatchEvent("drop", { dataTransfer: dropped });
    await expect.poll(() => page.getByTestId("import-chosen").textContent(), POLL).toBe("Vald fil: besok.csv (1 kB)");
    await page.getByRole("button", { name: "Förhandsgranska" }).click();
    await expect.poll(() => page.getByTestId("import-error").textContent(), { ...POLL, timeout: 30_000 }).toContain("Filen saknar en kolumn med datum");
    await page.getByLabel("Kolumnen ”När”").selectOption({ label: "Datum" });
    await page.getByRole("button", { name: "Förhandsgranska igen" }).click();
    await expect.poll(() => page.getByTestId("import-status").textContent(), { ...POLL, timeout: 30_000 }).toBe("Förhandsgranskningen är klar: 1 klara, 0 finns redan, 0 kan inte importeras.");
    expect(await page.getByLabel("Kolumnen ”När”").inputValue()).toBe("DATE");
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectNoAxeViolations(page, "the import preview on a phone");
    await shot("mapped-phone");
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Import activities" }).waitFor();
    expect(await page.getByRole("button", { name: "Import everything" }).count()).toBe(1);
    expect(app.errors).toEqual([]);
  }, 180_000);
});
