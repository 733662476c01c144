import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../api/common/enums";
import { AuditService } from "../../api/audit/audit.service";
import { ImportPreviewService, ImportRowStatus } from "../../api/import/import-preview.service";
import { ImportWriteService } from "../../api/import/import-write.service";
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

  it("imports all or nothing, or the ready rows; the same file again adds nothing; a batch is undone as a whole, audited", async () => {
    const [{ id }] = await server.dataSource.query(`SELECT id FROM app_user WHERE username = 'polis'`);
    const user = { ...polis, id };
    const previews = new ImportPreviewService(server.dataSource);
    const writes = new ImportWriteService(server.dataSource, new AuditService(server.dataSource));
    const csv = Buffer.from("Datum;Tid;Typ;Plats;Anteckning\r\n2024-05-02;04:11;Trafikkontroll;Porjus;a\r\n2024-05-03;04:11;Fotpatrull;Jokkmokk;b\r\n2024-05-03;04:11;Glassbil;Jokkmokk;c\r\n", "utf8");
    const count = async () => (await server.dataSource.query(`SELECT count(*)::int AS n FROM activity WHERE deleted_at IS NULL`))[0].n as number;
    const before = await count();
    await expect(writes.import(user, await previews.preview(user, csv), "lista.csv")).rejects.toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(await count()).toBe(before);
    const result = await writes.import(user, await previews.preview(user, csv), "lista.csv", { skipInvalid: true });
    expect(result).toMatchObject({ inserted: 2, duplicates: 0, refused: 1 });
    expect(await count()).toBe(before + 2);
    const again = await writes.import(user, await previews.preview(user, csv), "lista.csv", { skipInvalid: true });
    expect(again).toMatchObject({ batchId: null, inserted: 0, duplicates: 2 });
    expect(await count()).toBe(before + 2);
    const [batch] = await server.dataSource.query(`SELECT file_name, row_count, inserted_count, refused_count FROM import_batch WHERE id = $1`, [result.batchId]);
    expect(batch).toEqual({ file_name: "lista.csv", row_count: 3, inserted_count: 2, refused_count: 1 });
    expect(await writes.undo(user, result.batchId!)).toBe(2);
    expect(await count()).toBe(before);
    const audit = await server.dataSource.query(
      `SELECT action, count(*)::int AS n FROM audit_event WHERE details->>'importBatch' = $1 OR (entity = 'import_batch' AND entity_id = $1) GROUP BY action ORDER BY action`,
      [String(result.batchId)],
    );
    expect(audit).toEqual([
      { action: "CREATE", n: 2 },
      { action: "DELETE", n: 2 },
      { action: "IMPORT", n: 1 },
      { action: "IMPORT_UNDO", n: 1 },
    ]);
    await expect(writes.undo(user, result.batchId!)).rejects.toMatchObject({ extensions: { code: "CONFLICT" } });
  }, 60_000);

  it("answers the upload endpoint beside /graphql with the session's rights", async () => {
    const post = (cookie: string | undefined, body: Buffer, query = "mode=preview", headers: Record<string, string> = { "x-lk-import": "1" }) =>
      fetch(`${server.url}/import/activities?${query}`, {
        method: "POST",
        headers: { "content-type": "application/octet-stream", ...(cookie ? { cookie } : {}), ...headers },
        body: new Uint8Array(body),
      });
    const csv = Buffer.from("Datum;Typ;Plats\r\n2024-06-01 10:00;Byabesök;Porjus\r\n", "utf8");
    const polisClient = await server.as("polis");
    const ok = await post(polisClient.cookie, csv);
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { data: { preview: { counts: Record<string, number>; headers: string[] } } };
    expect(body.data.preview).toMatchObject({ counts: { READY: 1, DUPLICATE: 0, REFUSED: 0 }, headers: ["Datum", "Typ", "Plats"] });
    expect((await post(undefined, csv)).status).toBe(401);
    expect((await post((await server.as("mote")).cookie, csv)).status).toBe(403);
    expect((await post(polisClient.cookie, csv, "mode=preview", {})).status).toBe(400);
    const big = await post(polisClient.cookie, Buffer.alloc(50 * 1024 * 1024, 0x41));
    expect(big.status).toBe(413);
    expect(((await big.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
    const noDate = await post(polisClient.cookie, Buffer.from("Typ;Plats\r\nFotpatrull;Porjus\r\n"));
    expect(noDate.status).toBe(400);
    expect(((await noDate.json()) as { errors: Array<{ message: string; extensions: { reason: string } }> }).errors[0]).toMatchObject({ extensions: { reason: "NO_DATE_COLUMN" } });
  }, 60_000);
});
