import type { ReactNode } from "react";

/**
 * A table's horizontal scroll box: a named region that takes keyboard focus, so a keyboard user
 * can scroll a table wider than the screen (WCAG 2.1.1).
 */
export function ScrollRegion({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
