/** Where a label sits relative to its point: a side, and a shift along it in pixels. */
export interface LabelPlacement {
  direction: "right" | "left" | "top" | "bottom";
  /** The offset Leaflet's tooltip takes for this placement, [x, y] in pixels. */
  offset: [number, number];
}

/** A label to place: its point (in pixels at the current zoom) and its estimated size. */
export interface LabelItem {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Something labels should not cover, e.g. where activities (and so their clusters) are drawn. */
export interface Obstacle {
  x: number;
  y: number;
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Covering another label is worst, then another place, then an obstacle. */
const WEIGHT = { label: 6, point: 3, obstacle: 1 } as const;

/** The candidate placements in order of preference: beside, then beside and shifted, then above and below. */
function candidates(item: LabelItem, gap: number): LabelPlacement[] {
  const shift = item.height / 2 + 2;
  return [
    { direction: "right", offset: [gap, 0] },
    { direction: "left", offset: [-gap, 0] },
    { direction: "right", offset: [gap, -shift] },
    { direction: "right", offset: [gap, shift] },
    { direction: "left", offset: [-gap, -shift] },
    { direction: "left", offset: [-gap, shift] },
    { direction: "top", offset: [0, -gap] },
    { direction: "bottom", offset: [0, gap] },
  ];
}

function rectFor(item: LabelItem, { direction, offset: [dx, dy] }: LabelPlacement): Rect {
  const x = item.x + dx;
  const y = item.y + dy;
  const { width: w, height: h } = item;
  switch (direction) {
    case "right":
      return { left: x, right: x + w, top: y - h / 2, bottom: y + h / 2 };
    case "left":
      return { left: x - w, right: x, top: y - h / 2, bottom: y + h / 2 };
    case "top":
      return { left: x - w / 2, right: x + w / 2, top: y - h, bottom: y };
    case "bottom":
      return { left: x - w / 2, right: x + w / 2, top: y, bottom: y + h };
  }
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Greedy label placement: in the given order (most important first), each label takes the first
 * candidate placement that covers no other place (with a margin of `gap`, the room a cluster
 * takes), no obstacle and no label placed before it; failing that, the one that covers least
 * (weighted: other labels count most).
 */
export function layoutLabels(items: readonly LabelItem[], gap: number, obstacles: readonly Obstacle[] = []): Map<string, LabelPlacement> {
  const around = (x: number, y: number): Rect => ({ left: x - gap, right: x + gap, top: y - gap, bottom: y + gap });
  const points: Rect[] = items.map((i) => around(i.x, i.y));
  const blocked: Rect[] = obstacles.map((o) => around(o.x, o.y));
  const placed: Rect[] = [];
  const result = new Map<string, LabelPlacement>();
  items.forEach((item, index) => {
    let best: { placement: LabelPlacement; cost: number; rect: Rect } | null = null;
    for (const placement of candidates(item, gap)) {
      const rect = rectFor(item, placement);
      let cost = 0;
      for (const r of placed) cost += WEIGHT.label * overlap(rect, r);
      points.forEach((p, j) => {
        if (j !== index) cost += WEIGHT.point * overlap(rect, p);
      });
      for (const b of blocked) cost += WEIGHT.obstacle * overlap(rect, b);
      if (!best || cost < best.cost) best = { placement, cost, rect };
      if (cost === 0) break;
    }
    result.set(item.id, best!.placement);
    placed.push(best!.rect);
  });
  return result;
}
