import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditService } from "../../api/audit/audit.service";
import { Role } from "../../api/common/enums";
import { ImportPreviewService } from "../../api/import/import-preview.service";
import { ImportWriteService } from "../../api/import/import-write.service";
import { graphql } from "../gql";
import { startTestServer, type TestServer } from "../support/test-server";

const CSV = graphql(`
  query ImportRoundTripCsvTest($filter: ActivityFilter) {
    activitiesCsv(filter: $filter)
  }
`);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ template: "demo" });
}, 120_000);
afterAll(async () => server?.close());

const FIELDS = `kind, organisation, status, priority_areas::text, starts_at, ends_at, place_id, round(lat::numeric, 6) AS lat, round(lng::numeric, 6) AS lng, zone, title, notes,
  vehicles_checked, breath_tests, suspected_drunk_driving, suspected_drug_driving, people_reached, findings`;

describe("the CSV Löfteskartan exports", () => {
  it("imports back to the same activities", async () => {
    const admin = await server.as("admin");
    const year = { filter: { years: [2024] } };
    const { activitiesCsv } = await admin.ok(CSV, year);
    const original = await server.dataSource.query(
      `SELECT ${FIELDS} FROM activity WHERE deleted_at IS NULL AND starts_at >= '2024-01-01T00:00:00+01' AND starts_at < '2025-01-01T00:00:00+01' ORDER BY starts_at, kind, lat`,
    );
    expect(original.length).toBeGreaterThan(50);
    const [{ id }] = await server.dataSource.query(`SELECT id FROM app_user WHERE username = 'admin'`);
    const user = { id, username: "admin", displayName: "Admin", role: Role.ADMIN };
    const previews = new ImportPreviewService(server.dataSource);
    const first = await previews.preview(user, Buffer.from(activitiesCsv, "utf8"));
    // Every row is understood, and every row is the activity it came from.
    expect(first.counts).toEqual({ READY: 0, DUPLICATE: original.length, REFUSED: 0 });
    await server.dataSource.query(`UPDATE activity SET deleted_at = now() WHERE deleted_at IS NULL AND starts_at >= '2024-01-01T00:00:00+01' AND starts_at < '2025-01-01T00:00:00+01'`);
    const again = await previews.preview(user, Buffer.from(activitiesCsv, "utf8"));
    const result = await new ImportWriteService(server.dataSource, new AuditService(server.dataSource)).import(user, again, "export.csv");
    expect(result.inserted).toBe(original.length);
    const imported = await server.dataSource.query(`SELECT ${FIELDS} FROM activity WHERE import_batch_id = $1 ORDER BY starts_at, kind, lat`, [result.batchId]);
    expect(imported).toEqual(original);
  }, 120_000);
});
