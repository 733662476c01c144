import { PRIORITY_AREAS } from "../../../domain/enums";
import type { PriorityArea } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";
import { AREA_COLOURS } from "../activities/colours";
import { Stepper } from "./Stepper";

/** The stops of the area stepper: every area (null), then each area alone, round and round. */
const STOPS: ReadonlyArray<PriorityArea | null> = [null, ...PRIORITY_AREAS];

/**
 * The areas one step back and on from `areas` (null: every area). From a hand-picked set of
 * several, "next" starts at the first area and "previous" at the last.
 */
export function areaSteps(areas: readonly PriorityArea[] | null): { previous: PriorityArea[] | null; next: PriorityArea[] | null } {
  const at = (i: number) => {
    const stop = STOPS[(i + STOPS.length) % STOPS.length];
    return stop === null ? null : [stop];
  };
  if (areas !== null && areas.length !== 1) return { previous: at(STOPS.length - 1), next: at(1) };
  const index = areas === null ? 0 : STOPS.indexOf(areas[0]);
  return { previous: at(index - 1), next: at(index + 1) };
}

/** Steps through the priority areas for the meeting: all, then each one in its colour. */
export function AreaStepper({ areas, onChange }: { areas: readonly PriorityArea[] | null; onChange(areas: PriorityArea[] | null): void }) {
  const { t } = useI18n();
  const { previous, next } = areaSteps(areas);
  const single = areas?.length === 1 ? areas[0] : null;
  const value =
    single !== null ? (
      <>
        <span className="swatch" style={{ background: AREA_COLOURS[single] }} aria-hidden="true" />
        {t(`area.${single}`)}
      </>
    ) : areas === null ? (
      t("meeting.allAreas")
    ) : (
      t("meeting.someAreas", { count: areas.length })
    );
  return (
    <Stepper
      id="area-stepper"
      label={t("meeting.area")}
      value={value}
      testId="meeting-area"
      arrows={["▲", "▼"]}
      previous={{ label: t("meeting.previousArea"), go: () => onChange(previous) }}
      next={{ label: t("meeting.nextArea"), go: () => onChange(next) }}
    />
  );
}
