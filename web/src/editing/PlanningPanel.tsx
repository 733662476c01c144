import { useState } from "react";
import type { CoverageQuery } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";
import { LastDone, NextPlanned } from "../coverage/PlaceTimes";
import { useActivityEditor } from "./ActivityEditor";
import { PlanVisitButton } from "./PlanVisitButton";
import { HiddenColumn } from "../ui/Field";
import { ScrollRegion } from "../table/ScrollRegion";

type PlaceCoverage = CoverageQuery["coverage"]["places"][number];

/** How many places show before "show all". */
const FIRST = 8;

/** Never done first, then the longest since the last done activity; ties by name. */
export function planningOrder(places: readonly PlaceCoverage[]): PlaceCoverage[] {
  const days = (p: PlaceCoverage) => p.daysSinceLastDone ?? Number.POSITIVE_INFINITY;
  return places.filter((p) => p.place.kind === "TOWN" || p.place.kind === "VILLAGE").sort((a, b) => days(b) - days(a) || a.place.name.localeCompare(b.place.name, "sv"));
}

/**
 * "Planera": the town and villages by days since their last done activity (all time), with the next
 * planned one, each with
 * a button that opens the form for a village visit there (the role's own organisation, planned).
 */
export function PlanningPanel({ places }: { places: readonly PlaceCoverage[] | null }) {
  const { t } = useI18n();
  const open = useActivityEditor();
  const [all, setAll] = useState(false);
  if (!open) return null;
  const ordered = planningOrder(places ?? []);
  const shown = all ? ordered : ordered.slice(0, FIRST);
  return (
    <section className="planning panel" aria-labelledby="planning-title" data-testid="planning">
      <h2 id="planning-title">{t("plan.title")}</h2>
      <p className="field-note">{t("plan.caption")}</p>
      {places === null ? (
        <p aria-busy="true">{t("app.loading")}</p>
      ) : (
        // A data table may scroll sideways inside its own region on the narrowest screens (WCAG 1.4.10).
        <ScrollRegion labelledBy="planning-title">
          <table className="data-table planning-table">
            <thead>
              <tr>
                <th scope="col">{t("plan.place")}</th>
                <th scope="col">{t("coverage.lastDone")}</th>
                <th scope="col">{t("coverage.nextPlanned")}</th>
                <HiddenColumn label={t("plan.action")} />
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.place.id}>
                  <th scope="row">{row.place.name}</th>
                  <td data-days={row.daysSinceLastDone ?? undefined}>{row.daysSinceLastDone === null ? <strong>{t("coverage.noneDone")}</strong> : <LastDone times={row} />}</td>
                  <td>
                    <NextPlanned times={row} />
                  </td>
                  <td>
                    <PlanVisitButton placeId={row.place.id} label={t("plan.actionIn", { place: row.place.name })} text={t("plan.action")} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {ordered.length > FIRST ? (
        <button type="button" className="button-link" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t("plan.showFewer") : t("plan.showAll", { count: ordered.length })}
        </button>
      ) : null}
    </section>
  );
}
