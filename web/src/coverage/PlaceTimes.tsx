import { useI18n, type I18n } from "../i18n/i18n";
import "./coverage.css";

/** A place's last done and next planned activity, as the coverage query gives them. */
export interface PlaceTimesValue {
  lastDoneAt: string | null;
  daysSinceLastDone: number | null;
  nextPlannedAt: string | null;
  daysUntilNextPlanned: number | null;
}

/** "för 188 dagar sedan", "i dag", "om 19 dagar". */
function relativeDays({ t, tn }: I18n, days: number, past: boolean): string {
  if (days === 0) return t("coverage.today");
  return past ? tn("coverage.daysAgo", days) : tn("coverage.inDays", days);
}

/** One figure: the date and the days from or to it, or what there is not. */
function TimeFigure({ at, days, past }: { at: string | null; days: number | null; past: boolean }) {
  const i18n = useI18n();
  if (at === null || days === null) return <span className="muted">{i18n.t(past ? "coverage.noneDone" : "coverage.nonePlanned")}</span>;
  return (
    <>
      <time dateTime={at}>{i18n.formatDate(at)}</time> <span className="time-relative">{relativeDays(i18n, days, past)}</span>
    </>
  );
}

/** When the place's work was last done: the date and the days since. */
export function LastDone({ times }: { times: PlaceTimesValue }) {
  return <TimeFigure at={times.lastDoneAt} days={times.daysSinceLastDone} past />;
}

/** The place's next planned work: the date and the days until. */
export function NextPlanned({ times }: { times: PlaceTimesValue }) {
  return <TimeFigure at={times.nextPlannedAt} days={times.daysUntilNextPlanned} past={false} />;
}

/** Both figures as one sentence, for a place's own heading (PlaceActivities). */
export function placeTimesText(i18n: I18n, times: PlaceTimesValue): string {
  const figure = (at: string | null, days: number | null, past: boolean) =>
    at === null || days === null ? i18n.t(past ? "coverage.noneDone" : "coverage.nonePlanned") : `${i18n.formatDate(at)} (${relativeDays(i18n, days, past)})`;
  return i18n.t("coverage.placeTimeline", {
    last: figure(times.lastDoneAt, times.daysSinceLastDone, true),
    next: figure(times.nextPlannedAt, times.daysUntilNextPlanned, false),
  });
}
