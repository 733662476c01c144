import type { ErrorLike } from "@apollo/client";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/sv";
import { describeError } from "./api-errors";

/**
 * An API error shown where it happened, as an alert, in the page's language (the API's own
 * Swedish detail is added where it says more). `retry` adds a button that runs the request again;
 * `messages` replaces the message of some codes where the context knows better.
 */
export function ErrorNotice({ error, retry, id, messages }: { error: ErrorLike; retry?: () => void; id?: string; messages?: Partial<Record<string, MessageKey>> }) {
  const { t } = useI18n();
  const problem = describeError(error);
  const own = problem.code ? messages?.[problem.code] : undefined;
  return (
    <div className="error-notice" role="alert" id={id}>
      <p>
        {t(own ?? problem.key)}
        {problem.detail && problem.detail !== t(own ?? problem.key) ? <> {problem.detail}</> : null}
      </p>
      {retry ? (
        <button type="button" className="button-secondary" onClick={retry}>
          {t("error.retry")}
        </button>
      ) : null}
    </div>
  );
}
