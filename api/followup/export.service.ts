import type { DataSource } from "typeorm";
import { ActivityFilter } from "../activities/activity-filter.input";
import { activityWhere } from "../activities/activity-filter.sql";
import { auditPlannedPoliceRead } from "../activities/activity-read-audit";
import { ACTIVITY_COLUMNS, CSV_COLUMNS, type ActivityRow } from "../activities/activity-columns";
import type { AuditService } from "../audit/audit.service";
import type { AuthUser, RequestContext } from "../common/context.type";
import type { Organisation } from "../common/enums";
import { errors } from "../common/errors";
import { SqlParams } from "../common/sql-params";
import { toCsv, type CsvColumn, type CsvValue } from "./csv";
import { AREA_LABEL, KIND_LABEL, MEASURE_LABEL, ORGANISATION_LABEL, PROMISE_STATUS_LABEL, STATUS_LABEL, ZONE_LABEL } from "./follow-up.labels";
import type { FollowUpService } from "./follow-up.service";
import type { PromiseResult } from "./follow-up.types";

/** The most activities one CSV export may hold. */
export const MAX_CSV_ROWS = 50_000;

/** An activity row as the export reads it (`ACTIVITY_COLUMNS` and the place's name). */
type ActivityCsvRow = ActivityRow & { placeName: string | null };

/** How the export writes a column, where it is not the value as it is; the place by its name. */
const CSV_VALUE: Partial<Record<keyof ActivityRow, (r: ActivityCsvRow) => CsvValue>> = {
  kind: (r) => KIND_LABEL[r.kind],
  organisation: (r) => ORGANISATION_LABEL[r.organisation],
  status: (r) => STATUS_LABEL[r.status],
  priorityAreas: (r) => r.priorityAreas.map((a) => AREA_LABEL[a]).join(", "),
  placeId: (r) => r.placeName,
  zone: (r) => ZONE_LABEL[r.zone],
};

/** The activity export's columns, in Swedish, as the column map orders and names them. */
const ACTIVITY_CSV: CsvColumn<ActivityCsvRow>[] = CSV_COLUMNS.map(({ property, header }) => ({
  header,
  value: CSV_VALUE[property as keyof ActivityRow] ?? ((r: ActivityCsvRow) => r[property as keyof ActivityRow] as CsvValue),
}));

/** A follow-up row: this year's result beside the previous year's. */
interface FollowUpCsvRow {
  year: number;
  result: PromiseResult;
  previous: PromiseResult | undefined;
}

/** The follow-up table's columns, in Swedish; the previous year's header names the year. */
function followUpColumns(year: number): CsvColumn<FollowUpCsvRow>[] {
  return [
    { header: "År", value: (r) => r.year },
    { header: "Löfte nr", value: (r) => r.result.promise.number },
    { header: "Löfte", value: (r) => r.result.promise.title },
    { header: "Mål", value: (r) => r.result.label },
    { header: "Mått", value: (r) => MEASURE_LABEL[r.result.measure] },
    { header: "Utfall", value: (r) => r.result.actual },
    { header: "Målvärde", value: (r) => r.result.target },
    { header: "Status", value: (r) => PROMISE_STATUS_LABEL[r.result.status] },
    { header: "Förklaring", value: (r) => r.result.sentences.SV },
    { header: `Utfall ${year - 1}`, value: (r) => r.previous?.actual },
    { header: "Prognos vid årets slut", value: (r) => r.result.forecast },
    { header: "Timmar på plats", value: (r) => r.result.hours },
    { header: "Aktiviteter utan sluttid", value: (r) => r.result.activitiesWithoutEnd },
  ];
}

/** A row of the time table: what is summed (a promise target, a kind, an organisation or all) and its hours. */
interface TimeCsvRow {
  group: string;
  name: string;
  hours: number;
  withoutEnd: number;
}

/** The time table's columns, in Swedish. */
function timeColumns(year: number): CsvColumn<TimeCsvRow>[] {
  return [
    { header: "År", value: () => year },
    { header: "Grupp", value: (r) => r.group },
    { header: "Namn", value: (r) => r.name },
    { header: "Timmar på plats", value: (r) => r.hours },
    { header: "Aktiviteter utan sluttid", value: (r) => r.withoutEnd },
  ];
}

/** CSV exports of what the reader may see: the follow-up table and the activities of a filter. */
export class ExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly followUps: FollowUpService,
    private readonly audit: AuditService,
  ) {}

  /** The follow-up of `year` as a table, one row per promise target, with the previous year's result. */
  async followUpCsv(ctx: RequestContext, user: AuthUser, year: number, organisations: Organisation[] | null = null, asOf: string | null = null): Promise<string> {
    const followUp = await this.followUps.followUp(ctx, user, year, organisations, new Date(), asOf);
    const rows = followUp.promises.map((result, i) => ({ year, result, previous: followUp.previous.promises[i] }));
    return toCsv(rows, followUpColumns(year));
  }

  /** The hours on site of `year`: per promise target, per kind, per organisation, and in all. */
  async followUpTimeCsv(ctx: RequestContext, user: AuthUser, year: number, organisations: Organisation[] | null = null, asOf: string | null = null): Promise<string> {
    const { promises, timeSpent } = await this.followUps.followUp(ctx, user, year, organisations, new Date(), asOf);
    const rows: TimeCsvRow[] = [
      ...promises.map((r) => ({ group: "Löfte", name: `${r.promise.number}. ${r.label}`, hours: r.hours, withoutEnd: r.activitiesWithoutEnd })),
      ...timeSpent.byKind.map((k) => ({ group: "Aktivitetsslag", name: KIND_LABEL[k.kind], hours: k.hours, withoutEnd: k.withoutEnd })),
      ...timeSpent.byOrganisation.map((o) => ({ group: "Organisation", name: ORGANISATION_LABEL[o.organisation], hours: o.hours, withoutEnd: o.withoutEnd })),
      { group: "Totalt", name: "Alla aktiviteter", hours: timeSpent.hours, withoutEnd: timeSpent.withoutEnd },
    ];
    return toCsv(rows, timeColumns(year));
  }

  /**
   * The activities of `filter` that the reader may see, oldest first, at most `MAX_CSV_ROWS`
   * (more is BAD_USER_INPUT, asking for a narrower filter). An export holding planned police
   * activities is audited like any read of them.
   */
  async activitiesCsv(user: AuthUser, filter: ActivityFilter | null | undefined): Promise<string> {
    const params = new SqlParams();
    const where = activityWhere(filter, user, params);
    const rows: ActivityCsvRow[] = await this.dataSource.query(
      `SELECT ${ACTIVITY_COLUMNS}, p.name AS "placeName"
       FROM activity a LEFT JOIN place p ON p.id = a.place_id
       WHERE ${where} ORDER BY a.starts_at, a.id LIMIT ${MAX_CSV_ROWS + 1}`,
      params.values,
    );
    if (rows.length > MAX_CSV_ROWS) {
      throw errors.badInput("filter", `Urvalet har fler än ${MAX_CSV_ROWS.toLocaleString("sv-SE")} aktiviteter. Begränsa filtret, till exempel till ett år, och exportera igen.`);
    }
    await auditPlannedPoliceRead(this.audit, user, rows, { export: "csv", filter: filter ?? null });
    return toCsv(rows, ACTIVITY_CSV);
  }
}
