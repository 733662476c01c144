import "reflect-metadata";
import { parseArgs } from "node:util";
import { loadConfig } from "../config/config";
import { openDatabase } from "../db/database";
import { importBoundary } from "../municipality/boundary-import";
import { runCommand } from "./run-command";

/** `npm run import:boundary -- FILE --code 2510`: stores a municipal boundary from GeoJSON. */
async function run(): Promise<number> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { code: { type: "string" } } });
  const config = loadConfig();
  const file = positionals[0];
  if (!file) {
    console.error("Usage: npm run import:boundary -- FILE.geojson [--code 2510]");
    return 2;
  }
  const code = values.code ?? config.boundaryCode;
  const db = await openDatabase(config);
  try {
    const result = await importBoundary(db.dataSource, file, code);
    console.log(`Stored the boundary of ${result.name ?? code} (${result.type}, ${result.rings} ring(s), ${result.vertices} vertices).`);
    return 0;
  } catch (error) {
    console.error(`Boundary not imported: ${(error as Error).message}`);
    console.error("The stored boundary is unchanged.");
    return 1;
  } finally {
    await db.close();
  }
}

runCommand(run);
