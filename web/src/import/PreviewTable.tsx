import { AdminTable } from "../admin/AdminTable";
import { useI18n } from "../i18n/i18n";
import type { ImportPreview } from "./import-api";

/** Rows the table shows at most; the counts above it are always whole. */
const SHOWN = 500;

/** The preview's rows, the refused and the duplicates first: row number, outcome, column and the API's Swedish message. */
export function PreviewTable({ preview }: { preview: ImportPreview }) {
  const { t, formatNumber } = useI18n();
  const order = { REFUSED: 0, DUPLICATE: 1, READY: 2 } as const;
  const rows = [...preview.rows].sort((a, b) => order[a.status] - order[b.status] || a.row - b.row).slice(0, SHOWN);
  const total = preview.counts.READY + preview.counts.DUPLICATE + preview.counts.REFUSED;
  return (
    <>
      {rows.length < total ? <p className="field-note">{t("import.rowsShown", { shown: formatNumber(rows.length), total: formatNumber(total) })}</p> : null}
      <AdminTable testId="import-rows" labelledBy="import-preview-title" columns={[t("import.row"), t("import.outcome"), t("import.column"), t("import.message")]}>
        {rows.map((r) => (
          <tr key={r.row} className={`import-row-${r.status.toLowerCase()}`}>
            <th scope="row" className="numeric">
              {r.row}
            </th>
            <td>
              <span className={`import-outcome import-outcome-${r.status.toLowerCase()}`}>{t(`import.status.${r.status}`)}</span>
            </td>
            <td>{r.column ?? ""}</td>
            <td lang="sv">{r.message ?? ""}</td>
          </tr>
        ))}
      </AdminTable>
    </>
  );
}
