import type { ReactNode } from "react";
import { ACTIVITY_KINDS, PRIORITY_AREAS, STATUSES } from "../../../domain/enums";
import type { ColourBy } from "../filters/view-state";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/sv";
import type { MapActivity } from "./useMapActivities";
import type { ServerClusters } from "./ServerClusterLayer";
import { AREA_COLOURS, KIND_COLOURS, OUTLINE, UNVISITED } from "../activities/colours";

/** A small drawing of a map mark, for the legend (decorative: the text says what it is). */
function Mark({
  fill,
  stroke = OUTLINE,
  dashed = false,
  opacity = 0.95,
  r = 6,
  strokeWidth = 1.5,
}: {
  fill: string;
  stroke?: string;
  dashed?: boolean;
  opacity?: number;
  r?: number;
  strokeWidth?: number;
}) {
  return (
    <svg className="legend-mark" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r={r} fill={fill} fillOpacity={opacity} stroke={stroke} strokeWidth={strokeWidth} strokeDasharray={dashed ? "3 2" : undefined} />
    </svg>
  );
}

interface Entry {
  key: string;
  mark: ReactNode;
  label: string;
  count?: number;
}

/** Counts keyed like the catalogue (`kind.X`, `status.X`, `area.X`) of the activities drawn one by one. */
export function countActivities(activities: readonly MapActivity[]): Map<string, number> {
  const result = new Map<string, number>();
  const add = (key: string) => result.set(key, (result.get(key) ?? 0) + 1);
  for (const a of activities) {
    add(`kind.${a.kind}`);
    add(`status.${a.status}`);
    for (const area of a.priorityAreas) add(`area.${area}`);
  }
  return result;
}

/** Counts by kind of the server's clusters in view (they carry no statuses or areas). */
export function countClusters(clusters: ServerClusters): Map<string, number> {
  const result = new Map<string, number>();
  for (const c of clusters) for (const k of c.byKind) result.set(`kind.${k.kind}`, (result.get(`kind.${k.kind}`) ?? 0) + k.count);
  return result;
}

/**
 * What the colours and marks on the map mean: the kinds (or areas) on the map with their numbers,
 * the statuses, the places and clusters. A `<details>` so it can be folded away. With server
 * clusters the numbers are those of the view, and areas and statuses are not counted.
 */
export function Legend({ colourBy, counts, clustered = false, large = false }: { colourBy: ColourBy; counts: ReadonlyMap<string, number>; clustered?: boolean; large?: boolean }) {
  const { t, formatNumber } = useI18n();

  const colourEntries: Entry[] =
    colourBy === "kind"
      ? ACTIVITY_KINDS.filter((k) => counts.has(`kind.${k}`)).map((k) => ({ key: k, mark: <Mark fill={KIND_COLOURS[k]} />, label: t(`kind.${k}`), count: counts.get(`kind.${k}`) }))
      : PRIORITY_AREAS.map((a) => ({ key: a, mark: <Mark fill={AREA_COLOURS[a]} />, label: t(`area.${a}`), count: clustered ? undefined : (counts.get(`area.${a}`) ?? 0) }));
  if (colourBy === "area") {
    colourEntries.push({ key: "multi", mark: <Mark fill={AREA_COLOURS.TRAFFIC} stroke={AREA_COLOURS.ALCOHOL_DRUGS} strokeWidth={3} />, label: t("map.legendMultiArea") });
  }
  const statusMarks: Record<string, ReactNode> = {
    DONE: <Mark fill="#6B7280" />,
    PLANNED: <Mark fill="#6B7280" opacity={0.45} dashed />,
    CANCELLED: <Mark fill="#6B7280" opacity={0.2} dashed />,
  };
  const statusEntries: Entry[] = STATUSES.filter((s) => counts.has(`status.${s}`)).map((s) => ({
    key: s,
    mark: statusMarks[s],
    label: t(`status.${s}` as MessageKey),
    count: counts.get(`status.${s}`),
  }));
  const otherEntries: Entry[] = [
    {
      key: "cluster",
      mark: (
        <span className="legend-cluster" aria-hidden="true">
          12
        </span>
      ),
      label: t("map.legendCluster"),
    },
    { key: "town", mark: <Mark fill={OUTLINE} stroke="#FFFFFF" r={7} />, label: t("map.legendTown") },
    { key: "village", mark: <Mark fill={OUTLINE} stroke="#FFFFFF" r={4.5} />, label: t("map.legendVillage") },
    { key: "unvisited", mark: <Mark fill="#FFFFFF" stroke={UNVISITED} strokeWidth={3} dashed r={7} />, label: t("map.legendUnvisited") },
    {
      key: "boundary",
      mark: (
        <svg className="legend-mark" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <path d="M2 14 L8 6 L18 10" fill="none" stroke="#1B3A5C" strokeWidth="2.5" />
        </svg>
      ),
      label: t("map.legendBoundary"),
    },
  ];

  const list = (entries: Entry[]) => (
    <ul className="legend-list">
      {entries.map((e) => (
        <li key={e.key}>
          {e.mark}
          <span className="legend-label">{e.label}</span>
          {e.count !== undefined ? <span className="legend-count">{formatNumber(e.count)}</span> : null}
        </li>
      ))}
    </ul>
  );

  return (
    <details className={`legend${large ? " legend-large" : ""}`} open>
      <summary className="legend-title">{t("map.legend")}</summary>
      <h3 className="legend-heading">{t(colourBy === "kind" ? "filters.colourByKind" : "filters.colourByArea")}</h3>
      {list(colourEntries)}
      {statusEntries.length ? (
        <>
          <h3 className="legend-heading">{t("activity.status")}</h3>
          {list(statusEntries)}
        </>
      ) : null}
      {list(otherEntries)}
      {clustered ? <p className="legend-note">{t("map.legendServerClusters")}</p> : null}
    </details>
  );
}
