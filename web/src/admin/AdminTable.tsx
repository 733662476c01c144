import type { ReactNode } from "react";
import { HiddenColumn } from "../ui/Field";
import { ScrollRegion } from "../ui/ScrollRegion";

/**
 * A table of the admin pages: column headings (and a last column of buttons, named for screen
 * readers only), scrolling sideways in its own keyboard-reachable region on a narrow screen.
 */
export function AdminTable({
  testId,
  labelledBy = "admin-section-title",
  columns,
  actions,
  busy,
  children,
}: {
  testId: string;
  labelledBy?: string;
  columns: readonly string[];
  actions?: string;
  busy?: boolean;
  children: ReactNode;
}) {
  return (
    <ScrollRegion labelledBy={labelledBy}>
      <table className="data-table" data-testid={testId} aria-busy={busy || undefined}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
            {actions ? <HiddenColumn label={actions} /> : null}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollRegion>
  );
}
