import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

/**
 * `npm run dev`: the TypeScript compiler in watch mode, the API restarted on every build, and
 * Vite's dev server (with a proxy to the API) for the web, all stopped together.
 */
const root = path.resolve(__dirname, "../..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const children: ChildProcess[] = [];

function run(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}, onOutput?: (text: string) => void): void {
  const child = spawn(command, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split("\n")
      .filter(Boolean)
      .map((line) => `[${name}] ${line}\n`)
      .join("");
  child.stdout?.on("data", (chunk: Buffer) => {
    process.stdout.write(prefix(chunk));
    onOutput?.(chunk.toString());
  });
  child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(prefix(chunk)));
  child.on("exit", (code) => {
    if (!stopping) console.error(`[${name}] exited with ${code}`);
  });
  children.push(child);
}

let stopping = false;
function stopAll(): void {
  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on("SIGINT", stopAll);
process.on("SIGTERM", stopAll);

const apiPort = process.env.PORT ?? "4000";
// The API starts once the watcher's first build is written, so that build does not restart it
// (a restart in the middle of creating the embedded database would leave a broken cluster).
let apiStarted = false;
run("tsc", bin("tsc"), ["-p", "tsconfig.json", "--watch", "--preserveWatchOutput"], {}, (text) => {
  if (apiStarted || !text.includes("Watching for file changes")) return;
  apiStarted = true;
  run("api", process.execPath, ["--watch-path=dist/api", "--watch-path=dist/seed", "--watch-path=dist/server", "dist/server/main.js"]);
});
run("web", bin("vite"), ["--config", "web/vite.config.mts", "--port", process.env.WEB_PORT ?? "5173", "--strictPort"], { API_PORT: apiPort });
console.log(`Dev: web on http://127.0.0.1:${process.env.WEB_PORT ?? "5173"}/ (proxying the API on port ${apiPort})`);
