import { execFile, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { stopPostmaster } from "../../api/db/embedded/postmaster";

/** The project's root. */
const ROOT = path.resolve(__dirname, "../..");

/**
 * Builds the API with the project's tsc into a folder of test/artifacts (git-ignored; not dist/, so
 * a running `npm start` is untouched), as `npm start` builds it. Returns the folder.
 */
export async function buildApi(name: string): Promise<string> {
  const outDir = path.join(ROOT, "test", "artifacts", `build-${name}-${process.pid}`);
  await promisify(execFile)(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json", "--outDir", outDir], { cwd: ROOT }).catch(
    (error: { stdout?: string; message: string }) => {
      throw new Error(`The build failed: ${error.stdout || error.message}`);
    },
  );
  return outDir;
}

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The environment of a child: ours without DATABASE_URL (the embedded default), plus `env`. */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  return { ...rest, NODE_ENV: "test", ...env };
}

/** The API (`node <build>/server/main.js`) running as a child process. */
export interface AppProcess {
  url: string;
  child: ChildProcess;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with how it ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts the built API on a free port with `env` (DATA_DIR and the like) and waits until it says it
 * is running; fails with its output when it ends first.
 */
export async function startApp(build: string, env: Record<string, string>): Promise<AppProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(build, "server", "main.js")], { cwd: ROOT, env: childEnv({ PORT: String(port), HOST: "127.0.0.1", ...env }), stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Löfteskartan is running at")) resolve();
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    void exited.then(({ code, signal }) => reject(new Error(`The app ended (${signal ?? code}) before it served:\n${output}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child, output: () => output, exited };
}

/** Runs one of the built command-line tools and returns how it ended and what it said. */
export async function runCli(build: string, script: string, args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [path.join(build, "api", "cli", `${script}.js`), ...args], { cwd: ROOT, env: childEnv(env), stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  const code = await new Promise<number>((resolve) => child.once("exit", (c) => resolve(c ?? 1)));
  return { code, stdout, stderr };
}

/** Removes a build folder. */
export async function removeBuild(build: string | undefined): Promise<void> {
  if (build) await fs.rm(build, { recursive: true, force: true });
}

/**
 * Stops every PostgreSQL server whose data folder lies under `root` (a test's own temporary
 * folder), by process id: what a failed test left running, even with its postmaster.pid gone.
 */
export async function stopServersUnder(root: string): Promise<void> {
  const entries = await fs.readdir("/proc").catch(() => [] as string[]);
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const command = await fs.readFile(`/proc/${entry}/cmdline`, "utf8").catch(() => "");
    const args = command.split("\0");
    const dataDir = args[args.indexOf("-D") + 1];
    if (!/postgres$/.test(args[0] ?? "") || !args.includes("-D") || !dataDir?.startsWith(root)) continue;
    await stopPostmaster(Number(entry));
  }
}
