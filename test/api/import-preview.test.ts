import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../api/common/enums";
import { ImportPreviewService, ImportRowStatus } from "../../api/import/import-preview.service";
import { startTestServer, type TestServer } from "../support/test-server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ template: "demo" });
}, 120_000);
afterAll(async () => server?.close());

const polis = { id: 0, username: "polis", displayName: "Polis", role: Role.POLICE };

describe("the import preview against a real database", () => {
  it("checks every row, finds duplicates of stored activities and of earlier rows, and writes nothing", async () => {
    const [stored] = await server.dataSource.query(
      `SELECT a.kind, to_char(a.starts_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD HH24:MI') AS start, p.name
       FROM activity a JOIN place p ON p.id = a.place_id WHERE a.kind = 'FOOT_PATROL' AND a.status = 'DONE' AND a.deleted_at IS NULL ORDER BY a.starts_at LIMIT 1`,
    );
    const [{ n: before }] = await server.dataSource.query(`SELECT count(*)::int AS n FROM activity`);
    const csv = [
      "Datum;Typ;Plats;Anteckning",
      `${stored.start};Fotpatrull;${stored.name};samma som en lagrad`,
      "2024-03-14 03:17;Trafikkontroll;Jåhkåmåhkke;ny",
      "2024-03-14 03:19;Trafikkontroll;Jokkmokk;samma som raden ovan",
      "2024-03-14 03:17;Glassbil;Porjus;",
    ].join("\r\n");
    const preview = await new ImportPreviewService(server.dataSource).preview(polis, Buffer.from(csv, "latin1"));
    expect(preview.counts).toEqual({ READY: 1, DUPLICATE: 2, REFUSED: 1 });
    expect(preview.rows.map((r) => [r.row, r.status, r.column])).toEqual([
      [2, ImportRowStatus.DUPLICATE, null],
      [3, ImportRowStatus.READY, null],
      [4, ImportRowStatus.DUPLICATE, null],
      [5, ImportRowStatus.REFUSED, "Typ"],
    ]);
    expect(preview.fileHash).toMatch(/^[0-9a-f]{64}$/);
    const [{ n: after }] = await server.dataSource.query(`SELECT count(*)::int AS n FROM activity`);
    expect(after).toBe(before);
  }, 60_000);
});
