import { CircleMarker, Pane, Tooltip } from "react-leaflet";
import { useI18n } from "../i18n/i18n";
import { useFieldQueue } from "../offline/FieldQueue";
import { useRecordName, useWaited } from "../offline/WaitingList";

/** The pane of the records still on the device: above the activities' marks, below tooltips and popups. */
const WAITING_PANE = "waitingRecords";
/** The colour of a waiting record's ring (dark orange, 4.6:1 on the map's light ground) and of a refused one. */
const WAITING = "#B34700";
const REFUSED = "#B00020";

/**
 * The signed-in user's own records that have not reached the server, as dashed rings labelled
 * "Ej skickad": what the user did is on the map before the server has it. The list beside the
 * table names them for the keyboard and the screen reader.
 */
export function WaitingLayer() {
  const { t } = useI18n();
  const queue = useFieldQueue();
  const name = useRecordName();
  const waited = useWaited();
  const records = queue?.records ?? [];
  if (!records.length) return null;
  return (
    <Pane name={WAITING_PANE} style={{ zIndex: 640 }}>
      {records.map((record) => (
        <CircleMarker
          key={record.clientId}
          center={[record.where.lat, record.where.lng]}
          radius={12}
          pathOptions={{ color: record.refusal ? REFUSED : WAITING, weight: 4, dashArray: "6 4", fillColor: "#FFF3E0", fillOpacity: 0.9 }}
          className="waiting-record"
        >
          <Tooltip direction="top" offset={[0, -12]} permanent className="waiting-record-label">
            <span title={t("queue.mapTooltip", { what: name(record), waited: waited(record) })}>{record.refusal ? t("queue.refused") : t("queue.notSent")}</span>
          </Tooltip>
        </CircleMarker>
      ))}
    </Pane>
  );
}
