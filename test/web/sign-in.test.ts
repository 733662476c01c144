import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIGN_IN_LIMITS } from "../../api/auth/sign-in-throttle";
import { ARTIFACTS, POLL, browserAvailable, describePagesOnFailure, expectNoAxeViolations, startBrowserApp, type BrowserApp } from "./browser";

const run = browserAvailable();

describe.skipIf(!run)("the sign-in page when guessing is slowed down", () => {
  let app: BrowserApp;
  let page: Page;

  beforeAll(async () => {
    app = await startBrowserApp();
    page = app.page;
  });
  afterAll(() => app?.close());
  describePagesOnFailure(() => [page]);

  /** Types and submits as a person does; returns the alert the answer leaves. */
  async function attempt(username: string, password: string): Promise<string> {
    await page.getByLabel(/^(Användarnamn|Username)$/).fill(username);
    await page.getByLabel(/^(Lösenord|Password)$/).fill(password);
    const answered = page.waitForResponse((r) => r.url().endsWith("/graphql") && (r.request().postData() ?? "").includes("SignInMutation"));
    await page.getByRole("button", { name: /^(Logga in|Sign in)$/ }).click();
    await answered;
    await expect.poll(() => page.getByRole("button", { name: /^(Logga in|Sign in)$/ }).isEnabled(), POLL).toBe(true);
    return (await page.locator("form [role=alert]").textContent()) ?? "";
  }

  it("says in Swedish how long to wait after five failures, in English when asked, and lets the user in from elsewhere", async () => {
    await page.goto(`${app.server.url}/logga-in`, { waitUntil: "domcontentloaded" });
    await expect.poll(() => page.getByRole("heading", { name: "Logga in" }).count(), POLL).toBe(1);
    for (let i = 0; i < SIGN_IN_LIMITS.pairFree; i++) expect(await attempt("kommun", `fel ${i}`)).toContain("Fel användarnamn eller lösenord");

    const text = await attempt("kommun", "jokkmokk");
    // A minute, or its last seconds on a slow machine.
    expect(text).toMatch(/^För många misslyckade inloggningar med det här användarnamnet\. Försök igen om (1 minut|[1-5]?\d sekunder)\.$/);
    expect(await page.getByLabel("Användarnamn").getAttribute("aria-invalid")).toBe("true");
    await expectNoAxeViolations(page, "the sign-in page with the wait");
    await page.screenshot({ path: path.join(ARTIFACTS, "sign-in-wait-1440.png") });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(ARTIFACTS, "sign-in-wait-390.png") });
    await page.setViewportSize({ width: 1440, height: 900 });

    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect.poll(() => page.getByRole("heading", { name: "Sign in" }).count(), POLL).toBe(1);
    expect(await attempt("kommun", "jokkmokk")).toMatch(/^Too many failed sign-ins with this username\. Try again in (1 minute|[1-5]?\d seconds)\.$/);
    await page.getByRole("button", { name: "Byt till svenska" }).click();

    // The account is not locked: another user signs in from the same browser.
    await page.getByLabel("Användarnamn").fill("mote");
    await page.getByLabel("Lösenord").fill("jokkmokk");
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.waitForURL((url) => url.pathname === "/");
  });
});
