import type { ErrorLike } from "@apollo/client";
import { useEffect, useRef } from "react";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/sv";
import { describeError } from "./api-errors";

/** The first automatic retry while the service is unavailable, and the longest wait between two. */
export const AUTO_RETRY_FIRST_MS = 2_000;
export const AUTO_RETRY_MAX_MS = 30_000;

/**
 * The wait before the next automatic retry, shared by every notice: a refetch unmounts the notice
 * and a new failure mounts another, and the wait must keep growing across them. It starts over
 * once no retry has been needed for a while.
 */
const outage = { wait: AUTO_RETRY_FIRST_MS, lastRetry: 0 };

/** Runs `retry` after a wait that doubles with each retry of an outage (up to a maximum), while `active`. */
function useAutoRetry(active: boolean, retry: (() => void) | undefined): void {
  const latest = useRef(retry);
  latest.current = retry;
  useEffect(() => {
    if (!active) return;
    if (Date.now() - outage.lastRetry > 2 * AUTO_RETRY_MAX_MS) outage.wait = AUTO_RETRY_FIRST_MS;
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      outage.lastRetry = Date.now();
      outage.wait = Math.min(outage.wait * 2, AUTO_RETRY_MAX_MS);
      latest.current?.();
      // Still here (the notice stayed while the request ran): try again later.
      timer = setTimeout(tick, outage.wait);
    };
    timer = setTimeout(tick, outage.wait);
    return () => clearTimeout(timer);
  }, [active]);
}

/**
 * An API error shown where it happened, as an alert, in the page's language (the API's own
 * Swedish detail is added where it says more). `retry` adds a button that runs the request again;
 * `messages` replaces the message of some codes where the context knows better. While the service
 * is briefly unavailable (SERVICE_UNAVAILABLE), a read with `retry` is also retried by itself.
 */
export function ErrorNotice({ error, retry, id, messages }: { error: ErrorLike; retry?: () => void; id?: string; messages?: Partial<Record<string, MessageKey>> }) {
  const { t } = useI18n();
  const problem = describeError(error);
  const autoRetry = problem.code === "SERVICE_UNAVAILABLE" && retry !== undefined;
  const own = autoRetry ? "error.serviceUnavailableRetrying" : problem.code ? messages?.[problem.code] : undefined;
  useAutoRetry(autoRetry, retry);
  return (
    <div className="error-notice" role="alert" id={id} data-auto-retry={autoRetry || undefined}>
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
