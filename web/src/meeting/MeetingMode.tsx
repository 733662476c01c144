import { useEffect, useState, type ComponentProps, type ReactNode } from "react";
import { ZoneSplit } from "../coverage/ZoneSplit";
import type { ActivityFilter, PriorityArea } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";
import { useLatest } from "../ui/useLatest";
import { AreaStepper, areaSteps } from "./AreaStepper";
import { SinceView } from "./SinceView";
import { YearStepper, yearSteps } from "./YearStepper";
import { YearStory } from "./YearStory";
import "./meeting.css";

/** Props of `MeetingMode`. */
export interface MeetingModeProps {
  /** The map, already set up with large marks. */
  map: ReactNode;
  legend: ReactNode;
  summary: ReactNode;
  /** The selection's split by zone (what `ZoneSplit` shows), or null while it loads. */
  coverage: ComponentProps<typeof ZoneSplit>["coverage"] | null;
  /** The selection, for the year told in words. */
  filter: ActivityFilter;
  years: readonly number[];
  selectableYears: readonly number[];
  periodYears: readonly number[];
  onYears(years: number[]): void;
  /** The priority areas chosen; null: every one. */
  areas: readonly PriorityArea[] | null;
  onAreas(areas: PriorityArea[] | null): void;
  /** The reference date of "since the last meeting" (YYYY-MM-DD), or null. */
  since: string | null;
  onSince(since: string | null): void;
  onExit(): void;
}

type MeetingView = "map" | "story" | "since";

const VIEW_LABELS = { map: "meeting.viewMap", story: "meeting.viewStory", since: "meeting.viewSince" } as const;

/**
 * The arrow keys anywhere in meeting mode (the map's own arrow-key panning included): left and
 * right step the year, up and down the priority area. `+`/`-` still zoom the map.
 */
function useArrowKeys(step: { year(direction: -1 | 1): void; area(direction: -1 | 1): void }) {
  const latest = useLatest(step);
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const direction = e.key === "ArrowLeft" || e.key === "ArrowUp" ? -1 : e.key === "ArrowRight" || e.key === "ArrowDown" ? 1 : 0;
      if (direction === 0) return;
      // Before Leaflet's own handler on the map, which would pan instead.
      e.preventDefault();
      e.stopPropagation();
      if (e.key === "ArrowLeft" || e.key === "ArrowRight") latest.current.year(direction);
      else latest.current.area(direction);
    };
    window.addEventListener("keydown", onKeyDown, { capture: true });
    return () => window.removeEventListener("keydown", onKeyDown, { capture: true });
  }, [latest]);
}

/**
 * The joint meeting's big screen: the map over the screen with the legend beside it, large type,
 * steppers for the year and the priority area (buttons and arrow keys), a screen that tells the
 * year in sentences and one that tells what changed since an earlier meeting; nothing that edits or filters beyond year and area.
 */
export function MeetingMode({ map, legend, summary, coverage, filter, years, selectableYears, periodYears, onYears, areas, onAreas, since, onSince, onExit }: MeetingModeProps) {
  const { t } = useI18n();
  // A link with a reference date opens on what changed since it.
  const [view, setView] = useState<MeetingView>(since ? "since" : "map");
  useArrowKeys({
    year(direction) {
      const { previous, next } = yearSteps(years, selectableYears);
      const to = direction < 0 ? previous : next;
      if (to !== null) onYears([to]);
    },
    area(direction) {
      const { previous, next } = areaSteps(areas);
      onAreas(direction < 0 ? previous : next);
    },
  });
  const storyYear = years.length ? years[years.length - 1] : null;
  return (
    <div className="meeting" data-testid="meeting-mode" data-view={view}>
      <main id="main" className="meeting-main">
        <h1 className="visually-hidden">
          {t("app.title")} – {t("meeting.title")}
        </h1>
        <div className="meeting-map" inert={view !== "map"}>
          {map}
        </div>
        <div className="meeting-side">
          <section className="meeting-panel" aria-label={t("meeting.title")}>
            <p className="meeting-title" aria-hidden="true">
              {t("app.title")} · {t("meeting.title")}
            </p>
            <YearStepper years={years} selectable={selectableYears} period={periodYears} onChange={onYears} />
            <AreaStepper areas={areas} onChange={onAreas} />
            <p className="meeting-keys">{t("meeting.keys")}</p>
            <div className="meeting-views" role="group" aria-label={t("meeting.views")}>
              {(["map", "story", "since"] as const).map((v) => (
                <button key={v} type="button" className="button-secondary" aria-pressed={view === v} onClick={() => setView(v)}>
                  {t(VIEW_LABELS[v])}
                </button>
              ))}
            </div>
            {summary}
            {coverage ? <ZoneSplit coverage={coverage} headingLevel={2} /> : null}
            <button type="button" className="button-secondary meeting-exit" onClick={onExit}>
              {t("meeting.exit")}
            </button>
          </section>
        </div>
        <div className="meeting-legend" inert={view !== "map"}>
          {legend}
        </div>
        {view === "story" && storyYear !== null ? <YearStory year={storyYear} ofSeveral={years.length > 1} filter={filter} areas={areas} /> : null}
        {view === "since" ? <SinceView since={since} onSince={onSince} /> : null}
      </main>
    </div>
  );
}
