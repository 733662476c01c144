import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type GqlClient, type TestServer } from "../support/test-server";
import { graphql } from "../gql";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ template: "demo" });
}, 120_000);
afterAll(async () => server?.close());

const BATCHES = graphql(`
  query ImportBatchesTest {
    importBatches {
      id
      fileName
      createdBy
      rowCount
      insertedCount
      duplicateCount
      refusedCount
      activeCount
      undoneAt
      undoneBy
    }
  }
`);
const UNDO = graphql(`
  mutation ImportBatchesUndoTest($id: ID!) {
    undoImportBatch(id: $id) {
      deleted
      batch {
        id
        activeCount
        undoneAt
        undoneBy
      }
    }
  }
`);

/** Imports a CSV through the upload endpoint, the ready rows only; answers the batch id. */
async function importCsv(client: GqlClient, name: string, csv: string): Promise<string> {
  const res = await fetch(`${server.url}/import/activities?mode=import&skipInvalid=1&name=${encodeURIComponent(name)}`, {
    method: "POST",
    headers: { "content-type": "text/csv", "x-lk-import": "1", cookie: client.cookie! },
    body: csv,
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { data: { result: { batchId: number } } };
  return String(body.data.result.batchId);
}

describe("import batches over GraphQL", () => {
  it("lists a user's own batches (ADMIN every batch) and undoes one as a whole, once, by its creator or ADMIN", async () => {
    const polis = await server.as("polis");
    const kommun = await server.as("kommun");
    const admin = await server.as("admin");
    const polisBatch = await importCsv(polis, "polis.csv", "Datum;Typ;Plats\r\n2024-02-03 03:07;Trafikkontroll;Porjus\r\n2024-02-04 03:07;Fotpatrull;Jokkmokk\r\n2024-02-05 03:07;Glassbil;Porjus\r\n");
    const kommunBatch = await importCsv(kommun, "kommun.csv", "Datum;Typ;Plats\r\n2024-02-06 03:07;Medborgardialog;Vuollerim\r\n");

    const own = await polis.ok(BATCHES);
    expect(own.importBatches).toEqual([
      { id: polisBatch, fileName: "polis.csv", createdBy: "polis", rowCount: 3, insertedCount: 2, duplicateCount: 0, refusedCount: 1, activeCount: 2, undoneAt: null, undoneBy: null },
    ]);
    const all = await admin.ok(BATCHES);
    expect(all.importBatches.map((b) => b.id)).toEqual([kommunBatch, polisBatch]);

    // Another importer's batch is not there for them; a viewer may not ask; a malformed id is not found.
    const foreign = await kommun.request(UNDO, { id: polisBatch });
    expect(foreign.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const viewer = await (await server.as("mote")).request(BATCHES);
    expect(viewer.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await polis.request(UNDO, { id: "x1" })).errors?.[0].extensions?.code).toBe("NOT_FOUND");

    const count = async () => (await server.dataSource.query(`SELECT count(*)::int AS n FROM activity WHERE import_batch_id = $1 AND deleted_at IS NULL`, [Number(polisBatch)]))[0].n as number;
    expect(await count()).toBe(2);
    const undone = await polis.ok(UNDO, { id: polisBatch });
    expect(undone.undoImportBatch).toMatchObject({ deleted: 2, batch: { id: polisBatch, activeCount: 0, undoneBy: "polis" } });
    expect(undone.undoImportBatch.batch.undoneAt).toEqual(expect.any(String));
    expect(await count()).toBe(0);
    expect((await polis.request(UNDO, { id: polisBatch })).errors?.[0].extensions?.code).toBe("CONFLICT");

    // ADMIN undoes someone else's batch.
    const byAdmin = await admin.ok(UNDO, { id: kommunBatch });
    expect(byAdmin.undoImportBatch).toMatchObject({ deleted: 1, batch: { undoneBy: "admin" } });
  }, 90_000);

  it("hands back the cells of refused rows, and reads the error column of such a file as nothing", async () => {
    const polis = await server.as("polis");
    const preview = async (csv: string) => {
      const res = await fetch(`${server.url}/import/activities?mode=preview`, { method: "POST", headers: { "x-lk-import": "1", cookie: polis.cookie! }, body: csv });
      return ((await res.json()) as { data: { preview: { fields: Array<string | null>; counts: Record<string, number>; rows: Array<{ row: number; status: string; values?: string[] }> } } }).data
        .preview;
    };
    const first = await preview("Datum;Typ;Plats\r\n2024-02-07 03:07;Glassbil;Porjus\r\n2024-02-08 03:07;Fotpatrull;Porjus\r\n");
    expect(first.rows).toEqual([
      { row: 2, status: "REFUSED", column: "Typ", message: "Okänd typ av aktivitet: ”Glassbil”.", values: ["2024-02-07 03:07", "Glassbil", "Porjus"] },
      { row: 3, status: "READY", column: null, message: null },
    ]);
    const fixed = await preview("Datum;Typ;Plats;Fel\r\n2024-02-07 03:07;Fotpatrull;Porjus;Typ: Okänd typ av aktivitet\r\n");
    expect(fixed.fields).toEqual(["DATE", "KIND", "PLACE", "IGNORE"]);
    expect(fixed.counts).toEqual({ READY: 1, DUPLICATE: 0, REFUSED: 0 });
  }, 60_000);
});
