import type { ErrorLike } from "@apollo/client";
import { useId, useRef, useState, type FormEvent } from "react";
import { ErrorNotice } from "../ui/ErrorNotice";
import { LanguageSwitch } from "../ui/LanguageSwitch";
import { navigate, safeNext, useLocation } from "../ui/router";
import { describeError } from "../ui/api-errors";
import { useI18n } from "../i18n/i18n";
import { readSignInWait, signInWaitText } from "./sign-in-throttle";
import { useSignIn } from "./useSignIn";

/** True when the sign-in failed because of what was typed (wrong or malformed), not the service. */
function blamesInput(error: ErrorLike): boolean {
  const code = describeError(error).code;
  return code === "UNAUTHENTICATED" || code === "BAD_USER_INPUT" || code === "RATE_LIMITED";
}

/** The sign-in page: username and password; returns to `?next=` (or the map) when done. */
export function SignInPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { search } = useLocation();
  const [signIn, { loading }] = useSignIn();
  const [error, setError] = useState<ErrorLike | null>(null);
  const [missing, setMissing] = useState(false);
  const errorId = useId();
  const usernameRef = useRef<HTMLInputElement>(null);
  const expired = search.get("expired") === "1";

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get("username") ?? "").trim();
    const password = String(form.get("password") ?? "");
    setError(null);
    setMissing(!username || !password);
    if (!username || !password) {
      usernameRef.current?.focus();
      return;
    }
    try {
      if (await signIn(username, password)) navigate(safeNext(search.get("next")));
    } catch (e) {
      setError(e as ErrorLike);
      if (blamesInput(e as ErrorLike)) usernameRef.current?.select();
    }
  }

  // An outage or a server error is no reason to mark what the person typed as wrong.
  const invalid = missing || (error !== null && blamesInput(error));
  const described = missing || error !== null;
  // A refused attempt says, in the page's language, how long to wait (the API counts it, not the page).
  const wait = readSignInWait(error);
  return (
    <div className="sign-in-page">
      <header className="sign-in-header">
        <LanguageSwitch />
      </header>
      <main id="main" className="sign-in-main">
        <h1>
          {t("app.title")}
          <span className="subtitle">{t("app.subtitle")}</span>
        </h1>
        <p>{t("signIn.intro")}</p>
        <form className="sign-in-form" onSubmit={submit} noValidate aria-labelledby="sign-in-title">
          <h2 id="sign-in-title">{t("signIn.title")}</h2>
          {expired && !error ? (
            <p className="notice" role="status">
              {t("signIn.sessionEnded")}
            </p>
          ) : null}
          <label htmlFor="username">{t("signIn.username")}</label>
          <input
            ref={usernameRef}
            id="username"
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            aria-invalid={invalid || undefined}
            aria-describedby={described ? errorId : undefined}
          />
          <label htmlFor="password">{t("signIn.password")}</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required aria-invalid={invalid || undefined} aria-describedby={described ? errorId : undefined} />
          {missing ? (
            <p className="error-notice" role="alert" id={errorId}>
              {t("signIn.required")}
            </p>
          ) : null}
          {wait ? (
            <div className="error-notice" role="alert" id={errorId} data-testid="sign-in-wait">
              <p>{signInWaitText(i18n, wait)}</p>
            </div>
          ) : error ? (
            <ErrorNotice error={error} id={errorId} messages={{ UNAUTHENTICATED: "signIn.wrong" }} />
          ) : null}
          <button type="submit" className="button-primary" disabled={loading}>
            {loading ? t("signIn.busy") : t("signIn.submit")}
          </button>
        </form>
      </main>
    </div>
  );
}
