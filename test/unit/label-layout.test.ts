import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { layoutLabels, leaderEnd, type LabelItem, type LabelPlacement, type Rect } from "../../web/src/map/label-layout";

const GAP = 14;

function rectOf(item: LabelItem, p: LabelPlacement): Rect {
  const width = p.compact ? item.compactWidth! : item.width;
  return { left: item.x + p.offset[0] - width / 2, right: item.x + p.offset[0] + width / 2, top: item.y + p.offset[1] - item.height / 2, bottom: item.y + p.offset[1] + item.height / 2 };
}
const intersects = (a: Rect, b: Rect) => Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);

/** A crowd of places on a small map: a grid 40 px apart with labels wider than that. */
function crowd(n: number): LabelItem[] {
  return Array.from({ length: n }, (_, i) => ({ id: `p${i}`, x: 40 + (i % 6) * 40, y: 40 + Math.floor(i / 6) * 40, width: 90, height: 18, compactWidth: 50, keep: i === 0 || i === 7 }));
}
const AREA: Rect = { left: 0, top: 0, right: 300, bottom: 220 };

describe("layoutLabels", () => {
  it("never lets two labels overlap, keeps the labels to keep, and leaves out others rather than cover", () => {
    const items = crowd(24);
    const placed = layoutLabels(items, { gap: GAP, area: AREA });
    const rects = items.filter((i) => placed.has(i.id)).map((i) => [i.id, rectOf(i, placed.get(i.id)!)] as const);
    for (const [a, ra] of rects) for (const [b, rb] of rects) if (a < b) expect(intersects(ra, rb), `${a} × ${b}`).toBe(false);
    expect(placed.has("p0") && placed.has("p7")).toBe(true);
    expect(placed.size).toBeLessThan(items.length);
    // Inside the area, every one.
    for (const [, r] of rects) expect(r.left >= 0 && r.top >= 0 && r.right <= 300 && r.bottom <= 220).toBe(true);
  });

  it("is deterministic and puts a lone label beside its point, to the right", () => {
    const items = crowd(24);
    expect([...layoutLabels(items, { gap: GAP, area: AREA })]).toEqual([...layoutLabels(items, { gap: GAP, area: AREA })]);
    const lone = layoutLabels([{ id: "a", x: 100, y: 100, width: 60, height: 18 }], { gap: GAP });
    expect(lone.get("a")).toEqual({ offset: [GAP + 30, 0], compact: false });
    expect(leaderEnd(lone.get("a")!, { width: 60, height: 18 }, GAP)).toBeNull();
  });

  it("keeps off what covers the map (a control, a cluster), and leaves a place out when only there would it fit", () => {
    const item: LabelItem = { id: "a", x: 100, y: 100, width: 60, height: 18 };
    const all = { left: 0, top: 0, right: 400, bottom: 400 };
    const right = layoutLabels([item], { gap: GAP, covered: [{ left: 110, top: 80, right: 200, bottom: 120 }] }).get("a")!;
    expect(right.offset[0]).toBeLessThan(0);
    // Covered all around but for nothing: not shown; to keep, shown even so.
    expect(layoutLabels([item], { gap: GAP, covered: [all] }).has("a")).toBe(false);
    expect(layoutLabels([{ ...item, keep: true }], { gap: GAP, covered: [all] }).has("a")).toBe(true);
  });

  it("moves a label to keep further out, with a leader line, where beside its point is covered", () => {
    // A cluster's icon over the place and around it (30 px each way).
    const item: LabelItem = { id: "a", x: 200, y: 200, width: 80, height: 20 };
    const covered = [{ left: 170, top: 170, right: 230, bottom: 230 }];
    expect(layoutLabels([item], { gap: GAP, covered }).has("a")).toBe(false);
    const kept = layoutLabels([{ ...item, keep: true }], { gap: GAP, covered }).get("a")!;
    expect(intersects(rectOf(item, kept), covered[0])).toBe(false);
    const end = leaderEnd(kept, item, GAP);
    expect(end).not.toBeNull();
    expect(Math.hypot(...end!)).toBeGreaterThanOrEqual(30);
  });

  it("where two labels to keep crowd each other, both show without their second names rather than one over the other", () => {
    // The phone's map (390×844) of the demo data on 2026-12-04, as PlacesLayer laid it out: the
    // town (1) and a village without activity (7) 11 px apart, each under a cluster.
    const { items, options } = JSON.parse(fs.readFileSync(path.join(__dirname, "fixtures/labels-390x844.json"), "utf8")) as { items: LabelItem[]; options: Parameters<typeof layoutLabels>[1] };
    const placed = layoutLabels(items, options);
    const rects = items.filter((i) => placed.has(i.id)).map((i) => [i.id, rectOf(i, placed.get(i.id)!)] as const);
    for (const [a, ra] of rects) for (const [b, rb] of rects) if (a < b) expect(intersects(ra, rb), `${a} × ${b}`).toBe(false);
    for (const kept of items.filter((i) => i.keep)) expect(placed.has(kept.id), kept.id).toBe(true);
    expect(placed.get("1")!.compact).toBe(true);
  });
});
