import type { ReactNode } from "react";
import { ZoneSplit } from "../coverage/ZoneSplit";
import type { CoverageQueryQuery } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";
import { YearStepper } from "./YearStepper";

/** Props of `MeetingMode`. */
export interface MeetingModeProps {
  /** The map, already set up with large marks. */
  map: ReactNode;
  legend: ReactNode;
  summary: ReactNode;
  coverage: CoverageQueryQuery["coverage"] | null;
  years: readonly number[];
  selectableYears: readonly number[];
  periodYears: readonly number[];
  onYears(years: number[]): void;
  onExit(): void;
}

/**
 * The joint meeting's big screen: the map over the whole screen, large legend and text, a year
 * stepper and nothing that edits or filters beyond the year.
 */
export function MeetingMode({ map, legend, summary, coverage, years, selectableYears, periodYears, onYears, onExit }: MeetingModeProps) {
  const { t } = useI18n();
  return (
    <div className="meeting" data-testid="meeting-mode">
      <main id="main" className="meeting-main">
        <h1 className="visually-hidden">
          {t("app.title")} – {t("meeting.title")}
        </h1>
        <div className="meeting-map">{map}</div>
        <div className="meeting-side">
          <section className="meeting-panel" aria-label={t("meeting.title")}>
            <p className="meeting-title" aria-hidden="true">
              {t("app.title")} · {t("meeting.title")}
            </p>
            <YearStepper years={years} selectable={selectableYears} period={periodYears} onChange={onYears} />
            {summary}
            {coverage ? <ZoneSplit byZone={coverage.byZone} total={coverage.total} /> : null}
            <button type="button" className="button-secondary meeting-exit" onClick={onExit}>
              {t("meeting.exit")}
            </button>
          </section>
          <div className="meeting-legend">{legend}</div>
        </div>
      </main>
    </div>
  );
}
