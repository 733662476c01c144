import type { AppConfig } from "../../config/config";
import { startEmbeddedDatabase } from "../embedded-database";

/** The database a backup or restore works on, and how to let go of it. */
export interface BackupTarget {
  url: string;
  /** In words, for the command's output (no password). */
  description: string;
  close(): Promise<void>;
}

/**
 * `DATABASE_URL`, or the embedded PostgreSQL of `DATA_DIR`: the one running from it (the app's,
 * found through postmaster.pid) when there is one, else one started for the command and stopped
 * after it (initialising an empty folder first).
 */
export async function openBackupTarget(config: Pick<AppConfig, "databaseUrl" | "dataDir">, log: (line: string) => void): Promise<BackupTarget> {
  if (config.databaseUrl) {
    const u = new URL(config.databaseUrl);
    return { url: config.databaseUrl, description: `${u.hostname}${u.port ? `:${u.port}` : ""}${u.pathname}`, close: async () => {} };
  }
  const embedded = await startEmbeddedDatabase(config.dataDir, log, { shareRunning: true });
  return { url: embedded.url, description: `the embedded PostgreSQL in ${config.dataDir}`, close: () => embedded.stop() };
}
