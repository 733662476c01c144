import { useQuery } from "@apollo/client/react";
import { Fragment, type ReactNode } from "react";
import { ErrorNotice } from "../ui/ErrorNotice";
import { graphql, useFragment, type FragmentType } from "../gql";
import type { ActivityFilter, PriorityArea } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";
import { formatForecast } from "../followup/PromiseCard";
import { storyFacts } from "./year-story";

/** The year's follow-up as the story counts it: whether a period covers the year, and each target's result. */
const YearStoryFollowUpFields = graphql(`
  fragment YearStoryFollowUp on FollowUp {
    year
    inProgress
    period {
      id
    }
    promises {
      targetId
      status
      explanation
      forecast
      measure
      promise {
        id
        priorityArea
      }
    }
  }
`);

/** The coverage of the year's done work as the story tells it: the split by zone and the villages reached. */
const YearStoryCoverageFields = graphql(`
  fragment YearStoryCoverage on Coverage {
    total
    byZone {
      zone
      count
    }
    places {
      count
      place {
        id
        name
        kind
      }
    }
  }
`);

/** The year's follow-up (targets) and the coverage of its done work in the selection. */
export const MeetingStoryQuery = graphql(`
  query MeetingStoryQuery($year: Int!, $filter: ActivityFilter) {
    followUp(year: $year) {
      ...YearStoryFollowUp
    }
    coverage(filter: $filter) {
      ...YearStoryCoverage
    }
  }
`);

/** How many names of villages not reached are listed before "and N more". */
const NAMES_SHOWN = 6;

/** A message with `{name}` places filled by nodes (figures set in large type). */
function fillNodes(template: string, values: Record<string, ReactNode>): ReactNode {
  return template.split(/\{(\w+)\}/).map((part, i) => <Fragment key={i}>{i % 2 === 1 ? (values[part] ?? `{${part}}`) : part}</Fragment>);
}

/** Props of `YearStory`. */
export interface YearStoryProps {
  year: number;
  /** The selection holds more years than the one told. */
  ofSeveral: boolean;
  /** The map's selection; the story counts its done activities of `year`. */
  filter: ActivityFilter;
  areas: readonly PriorityArea[] | null;
}

/** Props of `StoryFigures`. */
interface StoryFiguresProps {
  year: number;
  followUp: FragmentType<typeof YearStoryFollowUpFields>;
  coverage: FragmentType<typeof YearStoryCoverageFields>;
  areas: readonly PriorityArea[] | null;
}

/** The year's sentences: the targets at risk first, then what was done where, the targets met and missed, and the villages reached. */
function StoryFigures({ year, areas, ...props }: StoryFiguresProps) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const followUp = useFragment(YearStoryFollowUpFields, props.followUp);
  const coverage = useFragment(YearStoryCoverageFields, props.coverage);
  const n = (value: number) => <strong className="story-figure">{formatNumber(value)}</strong>;
  const facts = storyFacts(followUp.period ? followUp.promises : null, coverage, areas);
  const soFar = followUp.inProgress;
  const { activities, targets, villages } = facts;
  const notReached =
    villages.notReached.length > NAMES_SHOWN
      ? t("story.andMore", { names: villages.notReached.slice(0, NAMES_SHOWN).join(", "), count: villages.notReached.length - NAMES_SHOWN })
      : villages.notReached.join(", ");
  return (
    <>
      {facts.atRisk.length > 0 ? (
        <div className="story-at-risk" data-testid="story-at-risk">
          <h3>{t("story.atRiskTitle", { count: facts.atRisk.length })}</h3>
          <ul>
            {facts.atRisk.map((r) => (
              <li key={r.explanation}>{r.forecast === null ? r.explanation : t("story.atRisk", { what: r.explanation, forecast: formatForecast(i18n, r.measure, r.forecast) })}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p data-testid="story-activities">
        {fillNodes(t(soFar ? "story.activitiesSoFar" : "story.activities"), { total: n(activities.total), town: n(activities.TOWN), village: n(activities.VILLAGE), rural: n(activities.RURAL) })}
      </p>
      <p data-testid="story-targets">
        {targets === null
          ? t("story.noPeriod", { year })
          : targets.total === 0
            ? t("story.noTargets")
            : fillNodes(t(soFar && targets.open > 0 ? "story.targetsSoFar" : "story.targets"), { met: n(targets.met), total: n(targets.total), open: n(targets.open) })}
      </p>
      {facts.missed.map((what) => (
        <p key={what} className="story-missed" data-testid="story-missed">
          {t("story.missed", { what })}
        </p>
      ))}
      <p data-testid="story-villages">{fillNodes(t("story.villages"), { reached: n(villages.reached), total: n(villages.total) })}</p>
      {notReached ? <p className="story-not-reached">{t("story.notReached", { names: notReached })}</p> : null}
    </>
  );
}

/**
 * The meeting's screen that tells a year in sentences: what was done where, how many targets
 * were met and which were missed, how many villages were reached and which were not.
 */
export function YearStory({ year, ofSeveral, filter, areas }: YearStoryProps) {
  const { t } = useI18n();
  const variables = { year, filter: { ...filter, years: [year], statuses: ["DONE" as const] } };
  const { data, previousData, error, refetch } = useQuery(MeetingStoryQuery, { variables });
  const shown = data ?? previousData;
  const area = areas?.length === 1 ? t(`area.${areas[0]}`) : areas ? t("meeting.someAreas", { count: areas.length }) : null;
  const title = area ? t("story.titleArea", { year, area }) : t("story.title", { year });
  let body: ReactNode;
  if (error) body = <ErrorNotice error={error} retry={() => void refetch()} />;
  else if (!shown) body = <p aria-busy="true">{t("app.loading")}</p>;
  else body = <StoryFigures year={year} followUp={shown.followUp} coverage={shown.coverage} areas={areas} />;
  return (
    <section className="year-story" aria-labelledby="year-story-title" data-testid="year-story" aria-busy={!data && !error ? true : undefined}>
      <h2 id="year-story-title">{title}</h2>
      {ofSeveral ? <p className="story-note">{t("story.oneYear", { year })}</p> : null}
      {body}
    </section>
  );
}
