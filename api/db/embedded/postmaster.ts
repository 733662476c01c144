import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

/**
 * What a data folder says about the PostgreSQL running from it: `postmaster.pid` (written by the
 * server: pid, data folder, start time, port, socket folder, listen address, shared memory key,
 * status) and `lofteskartan-owner.json` (written by us: the process that started the server).
 */

/** The lines of postmaster.pid we read. */
export interface PostmasterPid {
  pid: number;
  dataDir: string;
  port: number;
  host: string;
  /** `starting`, `stopping`, `ready` or `standby`; empty while the server starts. */
  status: string;
}

/** The file our process writes next to postmaster.pid, naming itself as the server's parent. */
export const OWNER_FILE = "lofteskartan-owner.json";

/** Who started the server, as written in OWNER_FILE. */
export interface ClusterOwner {
  pid: number;
  postmasterPid: number;
  command: string;
}

/** What is running from a data folder. */
export type ClusterState =
  | { state: "none" }
  /** postmaster.pid names a process that is gone, or one that is not this folder's server. */
  | { state: "stale"; pid: number }
  /** A server whose starting process is alive and still its parent. */
  | { state: "owned"; postmaster: PostmasterPid; owner: ClusterOwner }
  /** A server whose starting process is gone (killed, out of memory): nobody stops it. */
  | { state: "orphaned"; postmaster: PostmasterPid };

/** Parses postmaster.pid; undefined when it is missing or not (yet) complete. */
export async function readPostmasterPid(dataDir: string): Promise<PostmasterPid | undefined> {
  const text = await fs.readFile(path.join(dataDir, "postmaster.pid"), "utf8").catch(() => undefined);
  if (text === undefined) return undefined;
  const lines = text.split("\n");
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  return {
    pid,
    dataDir: lines[1] ?? "",
    port: Number(lines[3] ?? 0),
    host: (lines[5] ?? "").trim() || "127.0.0.1",
    status: (lines[7] ?? "").trim(),
  };
}

/** True when a process with this id exists (ours or another user's). */
export function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The parent and command line of a process, from /proc or else from `ps`; undefined when it is gone. */
export async function processInfo(pid: number): Promise<{ ppid: number; command: string } | undefined> {
  try {
    const stat = await fs.readFile(`/proc/${pid}/stat`, "utf8");
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ")".
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    const command = (await fs.readFile(`/proc/${pid}/cmdline`, "utf8")).split("\0").join(" ").trim();
    return { ppid, command };
  } catch {
    if (process.platform === "linux") return undefined;
  }
  try {
    const { stdout } = await promisify(execFile)("ps", ["-o", "ppid=", "-o", "command=", "-p", String(pid)]);
    const match = /^\s*(\d+)\s+(.*)$/.exec(stdout.trim());
    return match ? { ppid: Number(match[1]), command: match[2] } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The processes working in `dataDir` (PostgreSQL's server and backends run with it as their current
 * folder), from /proc; undefined where that cannot be seen (not Linux).
 */
export async function processesIn(dataDir: string): Promise<number[] | undefined> {
  const entries = await fs.readdir("/proc").catch(() => undefined);
  if (!entries) return undefined;
  const target = path.resolve(dataDir);
  const found: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const cwd = await fs.readlink(`/proc/${entry}/cwd`).catch(() => undefined);
    if (cwd === target) found.push(Number(entry));
  }
  return found;
}

/** Reads who started the server; undefined when the file is missing or unreadable. */
export async function readOwner(dataDir: string): Promise<ClusterOwner | undefined> {
  try {
    const owner = JSON.parse(await fs.readFile(path.join(dataDir, OWNER_FILE), "utf8")) as ClusterOwner;
    return Number.isInteger(owner.pid) && Number.isInteger(owner.postmasterPid) ? owner : undefined;
  } catch {
    return undefined;
  }
}

/** Records this process as the starter of the server `postmasterPid`. */
export async function writeOwner(dataDir: string, postmasterPid: number): Promise<void> {
  const owner: ClusterOwner = { pid: process.pid, postmasterPid, command: process.argv.slice(1).join(" ") };
  await fs.writeFile(path.join(dataDir, OWNER_FILE), `${JSON.stringify(owner)}\n`);
}

/**
 * Looks at what runs from `dataDir`: nothing; a stale postmaster.pid (its process is gone, or the
 * id now belongs to another program); a server with a living owner; or an orphaned one. A server
 * counts as owned when its parent is the process named in OWNER_FILE — an orphan's parent is init
 * or a subreaper, never the process that started it.
 */
export async function inspectCluster(dataDir: string): Promise<ClusterState> {
  const postmaster = await readPostmasterPid(dataDir);
  if (!postmaster) return { state: "none" };
  const info = processExists(postmaster.pid) ? await processInfo(postmaster.pid) : undefined;
  // The same id, reused by another program after a reboot or a crash, is no server of ours.
  const isServer = info !== undefined && /postgres/.test(info.command) && (info.command.includes(path.resolve(dataDir)) || info.command.includes(postmaster.dataDir));
  if (!info || !isServer) return { state: "stale", pid: postmaster.pid };
  const owner = await readOwner(dataDir);
  if (owner && owner.postmasterPid === postmaster.pid && info.ppid === owner.pid) return { state: "owned", postmaster, owner };
  return { state: "orphaned", postmaster };
}

/** Waits until `test` holds, checking every `everyMs`, for at most `timeoutMs`; returns whether it did. */
export async function waitFor(test: () => boolean | Promise<boolean>, timeoutMs: number, everyMs = 50): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await test()) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/**
 * Stops a server nobody owns: a fast shutdown (SIGINT: open transactions are rolled back, what was
 * committed stays, a checkpoint is written), and if it has not ended within `graceMs`, an immediate
 * one (SIGQUIT: the next start recovers from the write-ahead log). Never SIGKILL.
 */
export async function stopPostmaster(pid: number, graceMs = 60_000): Promise<void> {
  const gone = () => !processExists(pid);
  const send = (signal: NodeJS.Signals) => {
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone.
    }
  };
  send("SIGINT");
  if (await waitFor(gone, graceMs, 100)) return;
  send("SIGQUIT");
  if (await waitFor(gone, 10_000, 100)) return;
  throw new Error(`PostgreSQL (PID ${pid}) did not stop; stop it by hand and start again.`);
}
