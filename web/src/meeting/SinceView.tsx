import { useMutation, useQuery } from "@apollo/client/react";
import { useId } from "react";
import { useSessionUser } from "../auth/session";
import { graphql, useFragment, type FragmentType } from "../gql";
import type { MeetingsQuery as MeetingsResult } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";
import { ErrorNotice } from "../ui/ErrorNotice";

/** A meeting as the reference date's list shows it. */
const SinceViewMeetingFields = graphql(`
  fragment SinceViewMeeting on Meeting {
    id
    heldOn
    note
  }
`);

/** The meetings held, to choose the reference date from. */
export const MeetingsQuery = graphql(`
  query MeetingsQuery {
    meetings {
      ...SinceViewMeeting
    }
  }
`);

/** The report of what changed since the reference date, as `ChangesReport` shows it. */
const SinceChangesFields = graphql(`
  fragment SinceChanges on MeetingChanges {
    since
    total
    byKind {
      kind
      count
    }
    byArea {
      area
      count
    }
    villagesNewlyReached {
      id
      name
    }
    promiseYear
    promiseChanges {
      targetId
      label
      statusBefore
      statusAfter
      promise {
        id
        number
      }
    }
  }
`);

/** What changed since the reference date. */
export const MeetingChangesQuery = graphql(`
  query MeetingChangesQuery($since: String!) {
    meetingChanges(since: $since) {
      ...SinceChanges
    }
  }
`);

/** Records today's meeting (ADMIN, or the meeting's own VIEWER account). */
export const RecordMeetingMutation = graphql(`
  mutation RecordMeetingMutation($heldOn: String!) {
    recordMeeting(heldOn: $heldOn) {
      ...SinceViewMeeting
    }
  }
`);

const NO_MEETINGS: MeetingsResult["meetings"] = [];

const STOCKHOLM_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" });

/** Who may record a meeting. */
const RECORDERS = new Set(["ADMIN", "VIEWER"]);

/** The report of what changed since `since`: the previous report stays (busy) while the next loads. */
function Changes({ since }: { since: string }) {
  const { t } = useI18n();
  const { data, previousData, error, refetch } = useQuery(MeetingChangesQuery, { variables: { since } });
  const shown = (data ?? previousData)?.meetingChanges;
  if (error) return <ErrorNotice error={error} retry={() => void refetch()} />;
  if (!shown) return <p aria-busy="true">{t("app.loading")}</p>;
  return <ChangesReport changes={shown} busy={!data} />;
}

/** What was done since the reference date, by kind and area, the villages newly reached and the promises whose status changed. */
function ChangesReport({ changes, busy }: { changes: FragmentType<typeof SinceChangesFields>; busy: boolean }) {
  const { t, formatNumber } = useI18n();
  const shown = useFragment(SinceChangesFields, changes);
  const areas = shown.byArea.filter((a) => a.count > 0);
  return (
    <div data-testid="since-changes" aria-busy={busy || undefined}>
      <p data-testid="since-total">{t("since.total", { count: formatNumber(shown.total) })}</p>
      {shown.byKind.length ? (
        <>
          <h3>{t("since.byKind")}</h3>
          <ul className="since-list" data-testid="since-kinds">
            {shown.byKind.map((k) => (
              <li key={k.kind}>
                {t(`kind.${k.kind}`)}: <strong>{formatNumber(k.count)}</strong>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {areas.length ? (
        <>
          <h3>{t("since.byArea")}</h3>
          <ul className="since-list" data-testid="since-areas">
            {areas.map((a) => (
              <li key={a.area}>
                {t(`area.${a.area}`)}: <strong>{formatNumber(a.count)}</strong>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t("since.newVillages")}</h3>
      <p data-testid="since-villages">{shown.villagesNewlyReached.length ? shown.villagesNewlyReached.map((v) => v.name).join(", ") : t("since.none")}</p>
      <h3>{t("since.promises", { year: shown.promiseYear })}</h3>
      {shown.promiseChanges.length ? (
        <ul className="since-list" data-testid="since-promises">
          {shown.promiseChanges.map((c) => (
            <li key={`${c.promise.id}-${c.targetId ?? ""}`}>
              {t("since.promiseChange", { number: c.promise.number, label: c.label, before: t(`followUp.statusShort.${c.statusBefore}`), after: t(`followUp.statusShort.${c.statusAfter}`) })}
            </li>
          ))}
        </ul>
      ) : (
        <p data-testid="since-promises">{t("since.noPromiseChanges")}</p>
      )}
    </div>
  );
}

/**
 * "Sedan senaste mötet": a reference date chosen from the meetings held (in the URL as `since`),
 * what was done since it by kind and area, the villages newly reached and the promises whose
 * status changed; ADMIN and the meeting's own account can record today's meeting.
 */
export function SinceView({ since, onSince }: { since: string | null; onSince(since: string | null): void }) {
  const { t, formatDate } = useI18n();
  const user = useSessionUser();
  const id = useId();
  const meetings = useQuery(MeetingsQuery);
  const [record, recording] = useMutation(RecordMeetingMutation, { refetchQueries: [MeetingsQuery] });
  const today = STOCKHOLM_DAY.format(new Date());
  const list = useFragment(SinceViewMeetingFields, meetings.data?.meetings ?? NO_MEETINGS);
  const recordedToday = list.some((m) => m.heldOn === today);
  // A reference date in the URL that is no meeting (a link from elsewhere) still shows, as itself.
  const options = since && !list.some((m) => m.heldOn === since) ? [{ id: "url", heldOn: since, note: null }, ...list] : list;
  return (
    <section className="year-story since-story" aria-labelledby="since-title" data-testid="since-view">
      <h2 id="since-title">{since ? t("since.title", { date: formatDate(since) }) : t("since.titleNone")}</h2>
      <div className="since-picker">
        <label htmlFor={id}>{t("since.pick")}</label>
        <select id={id} value={since ?? ""} onChange={(e) => onSince(e.currentTarget.value || null)} data-testid="since-select">
          <option value="">{t("since.pickNone")}</option>
          {options.map((m) => (
            <option key={m.id} value={m.heldOn}>
              {formatDate(m.heldOn)}
              {m.note ? ` – ${m.note}` : ""}
            </option>
          ))}
        </select>
        {RECORDERS.has(user.role) && !recordedToday && meetings.data ? (
          <button type="button" className="button-secondary" disabled={recording.loading} onClick={() => void record({ variables: { heldOn: today } }).catch(() => undefined)}>
            {t("since.recordToday")}
          </button>
        ) : null}
      </div>
      {recording.error ? <ErrorNotice error={recording.error} /> : null}
      {meetings.error ? <ErrorNotice error={meetings.error} retry={() => void meetings.refetch()} /> : null}
      {meetings.data && list.length === 0 ? <p>{t("since.noMeetings")}</p> : null}
      {since ? <Changes since={since} /> : null}
    </section>
  );
}
