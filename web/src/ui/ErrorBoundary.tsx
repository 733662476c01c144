import { Component, type ErrorInfo, type ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/sv";
import { LanguageSwitch } from "./LanguageSwitch";
import { MAP_PATH } from "./router";
import "./error-boundary.css";

/** Props of `ErrorBoundary`. */
export interface ErrorBoundaryProps {
  children: ReactNode;
  /**
   * `page`: the fault replaces a whole screen (a page with a heading, the language switch and a
   * way back to the map); `section`: it replaces one part, in place, with a retry.
   */
  variant?: "page" | "section";
  /** What the message says instead of the general one (e.g. that a form's draft is kept). */
  message?: MessageKey;
  /** A new value starts the children afresh (e.g. the path, when the person goes elsewhere). */
  resetKey?: unknown;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

/**
 * Keeps a fault in rendering from blanking the app: what is inside is replaced by a message in the
 * page's language with a way to go on ("Försök igen" renders it again; a page also links to the
 * map, a full reload). Everything outside the boundary stays as it was.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // For whoever opens the console (React logs the error itself); the person sees the fallback.
    console.error("Löfteskartan: a part of the page failed and was replaced by a message.", error, info.componentStack);
  }

  private readonly retry = () => this.setState({ error: null });

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return <Fault variant={this.props.variant ?? "section"} message={this.props.message} retry={this.retry} />;
  }
}

/** The message that stands where the failed part was. */
function Fault({ variant, message, retry }: { variant: "page" | "section"; message?: MessageKey; retry(): void }) {
  const { t } = useI18n();
  const body = (
    <div className="error-notice fault-notice" role="alert" data-testid="fault">
      <p>{t(message ?? (variant === "page" ? "fault.page" : "fault.section"))}</p>
      <div className="form-actions">
        <button type="button" className="button-primary" onClick={retry}>
          {t("error.retry")}
        </button>
        {variant === "page" ? (
          <a className="button-secondary" href={MAP_PATH}>
            {t("fault.toMap")}
          </a>
        ) : null}
      </div>
    </div>
  );
  if (variant === "section") return body;
  return (
    <main id="main" className="page-message">
      <p>
        <LanguageSwitch />
      </p>
      <h1>{t("app.title")}</h1>
      {body}
    </main>
  );
}
