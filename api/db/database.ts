import type { DataSource } from "typeorm";
import type { AppConfig } from "../config/config";
import { restoreActivitySetAside } from "./bulk-load";
import { createDataSource } from "./data-source";
import { startEmbeddedDatabase, type EmbeddedHealth, type EmbeddedOptions } from "./embedded-database";

/** An open database: the data source, whether it is the embedded default, and how to close it. */
export interface Database {
  dataSource: DataSource;
  /** True when no DATABASE_URL was given and the embedded PostgreSQL serves. */
  embedded: boolean;
  /** How the embedded server is doing (restarts and all); undefined with DATABASE_URL. */
  health?: () => EmbeddedHealth;
  /** Closes the pool and stops an embedded server. */
  close(): Promise<void>;
}

/**
 * Connects to `DATABASE_URL`, or starts the embedded PostgreSQL in `DATA_DIR` (see
 * startEmbeddedDatabase for `options`), and applies pending migrations (and what an interrupted
 * bulk load set aside).
 */
export async function openDatabase(config: Pick<AppConfig, "databaseUrl" | "dataDir">, log: (line: string) => void = () => {}, options: EmbeddedOptions = {}): Promise<Database> {
  const embedded = config.databaseUrl === undefined ? await startEmbeddedDatabase(config.dataDir, log, options) : undefined;
  const dataSource = createDataSource(config.databaseUrl ?? embedded!.url);
  try {
    await dataSource.initialize();
    const applied = await dataSource.runMigrations({ transaction: "each" });
    for (const m of applied) log(`Applied migration ${m.name}`);
    // A bulk load that was cut off leaves activity without some indexes: put them back first.
    await restoreActivitySetAside(dataSource, log);
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    embedded: embedded !== undefined,
    health: embedded?.health,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
