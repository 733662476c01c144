/** A rectangle in pixels. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Where a label sits: the offset of its centre from its point in pixels (Leaflet's tooltip with
 * `direction: "center"` takes it as is), and whether it is shown short (without its second name).
 */
export interface LabelPlacement {
  offset: [number, number];
  compact: boolean;
}

/** A label to place: its point (in pixels of the view) and its measured size. */
export interface LabelItem {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The width without what may be left out where room is short (the Sami name); absent: nothing to leave out. */
  compactWidth?: number;
  /** Shown even where it must cover another label (the town, a village without activity, the chosen place). */
  keep?: boolean;
  /** Drawn over the obstacles (which it would hide), not under them: keeps off them as off another label. */
  onTop?: boolean;
}

/** What the labels are laid out around. */
export interface LabelLayoutOptions {
  /** From a point to its label; also the room kept around the other points and the obstacles (a cluster's half width). */
  gap: number;
  /** What labels should not cover: where activities are drawn, one by one or as clusters. */
  obstacles?: readonly Rect[];
  /** Where labels may go (the visible map); absent: anywhere. A label whose point lies outside is not shown. */
  area?: Rect;
  /** Parts of the area covered by something else (the map's controls, a side panel over the map). */
  covered?: readonly Rect[];
}

/** How far from its point a label may go, in gaps; a label to keep may go further. */
const REACHES = [1, 1.5];
const KEPT_REACHES = [1, 1.5, 2, 3, 4];

/** Room kept between two labels, so that they never touch. */
const MARGIN = 2;

/** Covering another label is worst, then another place, then an obstacle. */
const WEIGHT = { label: 6, point: 3, obstacle: 1 } as const;

/**
 * What a label nearer another place than its own costs (it would be read as that place's): as
 * much as covering another label over 30 × 30 pixels.
 */
const AMBIGUOUS = WEIGHT.label * 900;

/**
 * The candidate centres in order of preference: beside, beside and shifted up or down, above and
 * below, then the four corners; `gap` from the point.
 */
function candidates(width: number, height: number, gap: number): Array<[number, number]> {
  const side = gap + width / 2;
  const shift = height / 2 + 2;
  const vertical = gap + height / 2;
  const corner = gap * 0.7;
  return [
    [side, 0],
    [-side, 0],
    [side, -shift],
    [side, shift],
    [-side, -shift],
    [-side, shift],
    [0, -vertical],
    [0, vertical],
    [corner + width / 2, -(corner + height / 2)],
    [corner + width / 2, corner + height / 2],
    [-(corner + width / 2), -(corner + height / 2)],
    [-(corner + width / 2), corner + height / 2],
  ];
}

/** The square of half-side `r` around a point. */
export function around({ x, y }: { x: number; y: number }, r: number): Rect {
  return { left: x - r, right: x + r, top: y - r, bottom: y + r };
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** How far `p` lies from the rectangle `r` (0 inside). */
function distance(r: Rect, p: { x: number; y: number }): number {
  return Math.hypot(Math.max(0, r.left - p.x, p.x - r.right), Math.max(0, r.top - p.y, p.y - r.bottom));
}

function inside(r: Rect, area: Rect): boolean {
  return r.left >= area.left && r.right <= area.right && r.top >= area.top && r.bottom <= area.bottom;
}

/** How much of `r` lies outside `area`. */
function outside(r: Rect, area: Rect): number {
  return (r.right - r.left) * (r.bottom - r.top) - overlap(r, area);
}

/**
 * Greedy label placement, deterministic: in the given order (most important first), each label
 * takes the first candidate placement that stays in the area, off what covers it and clear of every
 * label placed before it, and covers least of the other places (with a margin of `gap`, the room a
 * cluster takes) and of the obstacles; one further out than beside its point and nearer another
 * place than its own is taken only by a label to keep. Where no candidate is clear, the label is tried without its
 * second name and a little further out; where that fails too it is left out — unless it is to be
 * kept, when it may move up to four gaps away, and failing that takes the placement that covers
 * least. A label to keep that had to cover another is then laid out first (once or twice more, the
 * pass that forced fewest kept labels wins); where some still had to, the passes run again with every
 * label to keep shown without its second name. The labels left out are missing from the result.
 */
export function layoutLabels(items: readonly LabelItem[], options: LabelLayoutOptions): Map<string, LabelPlacement> {
  let best = layoutInRounds(items, options, false);
  if (best.forced.length > 0) {
    // Still crowded: the labels to keep give up their second names, which frees room for each other.
    const short = layoutInRounds(items, options, true);
    if (better(short, best)) best = short;
  }
  return best.result;
}

/** The passes of `layoutLabels`: the kept labels that had to cover something are laid out first, up to twice more. */
function layoutInRounds(items: readonly LabelItem[], options: LabelLayoutOptions, shortKept: boolean): Pass {
  let order = items.map((_, i) => i);
  let best: Pass | null = null;
  for (let round = 0; round < 3; round++) {
    const attempt = layoutInOrder(items, order, options, shortKept);
    if (!best || better(attempt, best)) best = attempt;
    if (attempt.forced.length === 0) break;
    const forced = new Set(attempt.forced);
    order = [...attempt.forced, ...order.filter((i) => !forced.has(i))];
  }
  return best!;
}

/**
 * A pass's placements; `forced`: the kept labels that had to cover something; `covering`: how much
 * (in square pixels) they cover of other labels and of what covers the map, or lies outside it.
 */
interface Pass {
  result: Map<string, LabelPlacement>;
  forced: number[];
  covering: number;
}

/** Covering less wins; at equal covering, fewer forced labels. */
const better = (a: Pass, b: Pass) => a.covering < b.covering || (a.covering === b.covering && a.forced.length < b.forced.length);

/**
 * One greedy pass over `items` in `order` (see `Pass`); `forced`: the kept labels that had to cover something.
 * `shortKept`: the labels to keep are shown without their second names.
 */
function layoutInOrder(items: readonly LabelItem[], order: readonly number[], options: LabelLayoutOptions, shortKept: boolean): Pass {
  const { gap, obstacles = [], area, covered = [] } = options;
  const points: Rect[] = items.map((i) => around(i, gap));
  const placed: Rect[] = [];
  const result = new Map<string, LabelPlacement>();
  const forced: number[] = [];
  let covering = 0;

  const rectAt = (item: LabelItem, width: number, [dx, dy]: [number, number]): Rect => ({
    left: item.x + dx - width / 2,
    right: item.x + dx + width / 2,
    top: item.y + dy - item.height / 2,
    bottom: item.y + dy + item.height / 2,
  });
  const softCost = (rect: Rect, index: number) => {
    let cost = 0;
    const own = distance(rect, items[index]);
    points.forEach((p, j) => {
      if (j === index) return;
      cost += WEIGHT.point * overlap(rect, p);
      if (distance(rect, items[j]) < own) cost += AMBIGUOUS;
    });
    const obstacleWeight = items[index].onTop ? WEIGHT.label : WEIGHT.obstacle;
    for (const b of obstacles) cost += obstacleWeight * overlap(rect, b);
    return cost;
  };
  const clear = (rect: Rect) => {
    if (area && !inside(rect, area)) return false;
    if (covered.some((c) => overlap(rect, c) > 0)) return false;
    const spaced = { left: rect.left - MARGIN, right: rect.right + MARGIN, top: rect.top - MARGIN, bottom: rect.bottom + MARGIN };
    return !placed.some((p) => overlap(spaced, p) > 0);
  };

  for (const index of order) {
    const item = items[index];
    if (area && !inside({ left: item.x, right: item.x, top: item.y, bottom: item.y }, area)) continue;
    const shortens = item.compactWidth !== undefined && item.compactWidth < item.width;
    const forms: Array<[number, boolean]> = shortKept && item.keep && shortens ? [] : [[item.width, false]];
    if (shortens) forms.push([item.compactWidth!, true]);
    // A little further out clears a cluster drawn on the place itself; a label to keep may move
    // further still (with a leader line, see `leaderEnd`) before it covers another.
    const reaches = (item.keep ? KEPT_REACHES : REACHES).map((r) => r * gap);
    let best: { placement: LabelPlacement; cost: number; rect: Rect; covers?: number } | null = null;
    search: for (const reach of reaches) {
      for (const [width, compact] of forms) {
        for (const offset of candidates(width, item.height, reach)) {
          const rect = rectAt(item, width, offset);
          if (!clear(rect)) continue;
          const cost = softCost(rect, index);
          // Moved away from its point, a label that would be read as another place's is worse than
          // none, unless it must show.
          if (!item.keep && reach > gap && cost >= AMBIGUOUS) continue;
          if (!best || cost < best.cost) best = { placement: { offset, compact }, cost, rect };
          if (cost === 0) break;
        }
        // A label drawn over the obstacles tries further out rather than hide one.
        if (best && (best.cost === 0 || !item.onTop)) break search;
      }
    }
    if (!best && item.keep) {
      // No clear spot: the one that covers least, other labels and what lies outside counting most.
      forced.push(index);
      const [width, compact] = forms[forms.length - 1];
      for (const reach of reaches) {
        for (const offset of candidates(width, item.height, reach)) {
          const rect = rectAt(item, width, offset);
          let covers = 0;
          for (const p of placed) covers += overlap(rect, p);
          for (const c of covered) covers += overlap(rect, c);
          // Cut off by the map's edge is worse than covering: the area counts a hundred times.
          if (area) covers += 100 * outside(rect, area);
          const cost = softCost(rect, index) + WEIGHT.label * covers;
          if (!best || cost < best.cost) best = { placement: { offset, compact }, cost, rect, covers };
        }
      }
    }
    if (!best) continue;
    covering += best.covers ?? 0;
    result.set(item.id, best.placement);
    placed.push(best.rect);
  }
  return { result, forced, covering };
}

/**
 * Where the leader line from a label's point ends, as an offset from the point: the nearest point
 * of the label's box, when the label sits further than beside it (one and a half gaps); else null.
 */
export function leaderEnd(placement: LabelPlacement, size: { width: number; height: number }, gap: number): [number, number] | null {
  const [dx, dy] = placement.offset;
  const x = Math.max(dx - size.width / 2, Math.min(0, dx + size.width / 2));
  const y = Math.max(dy - size.height / 2, Math.min(0, dy + size.height / 2));
  return Math.hypot(x, y) > gap * 1.6 ? [x, y] : null;
}
