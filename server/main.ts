import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import type { Server } from "node:http";
import { ConfigError, loadConfig } from "../api/config/config";
import { openDatabase } from "../api/db/database";
import { Services } from "../api/app/container";
import { createHttpApp, type HttpApp } from "../api/app/http-app";
import { importBoundaryIfMissing } from "../api/municipality/boundary-import";
import { seedAll } from "../seed/seed";
import { DEMO_USERS } from "../seed/demo-users";

/**
 * The development boundaries beside the project (../shared/geo), used by the embedded demo when
 * BOUNDARY_FILE is unset; the project itself never carries a boundary file.
 */
function demoBoundaryFile(): string | undefined {
  const file = path.resolve(__dirname, "../../../shared/geo/swedish_municipalities.geojson");
  return fs.existsSync(file) ? file : undefined;
}

/** Starts everything `npm start` promises: database, migrations, demo data, boundary, HTTP. */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = (line: string) => console.log(line);
  // The embedded server's log goes to stderr as it comes (repeats counted, not repeated).
  const db = await openDatabase(config, log, { writeLog: (line) => process.stderr.write(`${line}\n`) });
  let server: Server | undefined;
  let apollo: HttpApp["apollo"] | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    server?.close();
    await apollo?.stop().catch(() => undefined);
    await db.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  if (db.embedded) {
    const [{ n }]: Array<{ n: number }> = await db.dataSource.query("SELECT count(*)::int AS n FROM municipality");
    if (n === 0) {
      log("Empty embedded database: loading Jokkmokk's places, promises and demo data…");
      await seedAll(db.dataSource, { demoUsers: true, demoPassword: config.demoPassword, log });
    }
  }
  const boundaryFile = config.boundaryFile ?? (db.embedded ? demoBoundaryFile() : undefined);
  if (boundaryFile) await importBoundaryIfMissing(db.dataSource, boundaryFile, config.boundaryCode, log);

  const services = new Services(db.dataSource, config);
  const http = await createHttpApp(services, { webDir: path.resolve(__dirname, "../public"), databaseHealth: db.health });
  apollo = http.apollo;
  server = http.app.listen(config.port, config.host, () => {
    const url = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${config.port}/`;
    log(`Löfteskartan is running at ${url} (GraphQL at ${url}graphql)`);
    if (db.embedded) {
      log(`Demo users (password "${config.demoPassword}"): ${DEMO_USERS.map((u) => `${u.username} (${u.role})`).join(", ")}`);
    }
  });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error("Löfteskartan could not start:", error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
