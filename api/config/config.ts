import { isIP } from "node:net";
import path from "node:path";

/** Everything the process reads from its environment, validated once at start. */
export interface AppConfig {
  /** TCP port the HTTP server listens on. */
  port: number;
  /** Interface the HTTP server binds to. */
  host: string;
  /** External PostgreSQL; `undefined` means the embedded one in `dataDir`. */
  databaseUrl: string | undefined;
  /** Where the embedded PostgreSQL keeps its cluster. */
  dataDir: string;
  /** Password of the demo users on the embedded database. */
  demoPassword: string;
  /** GeoJSON FeatureCollection imported at start when no boundary is stored. */
  boundaryFile: string | undefined;
  /** Municipality code (`id` property) picked from `boundaryFile`. */
  boundaryCode: string;
  /** Raster tile URL template for the map. */
  tileUrl: string;
  /** Attribution shown for the tiles (HTML allowed, as Leaflet expects). */
  tileAttribution: string;
  /** `production`, `development` or `test`. */
  nodeEnv: "production" | "development" | "test";
  /**
   * The reverse proxies whose `X-Forwarded-For` / `-Proto` are believed (Express `trust proxy`):
   * names (`loopback`, `linklocal`, `uniquelocal`), addresses and subnets. Empty: none.
   */
  trustProxy: string[];
}

/** Thrown when the environment holds values the app cannot run with. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

const DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
const DEFAULT_TILE_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>-bidragsgivare';

/**
 * Reads and validates the configuration from an environment map.
 * Collects every problem before failing so one run shows all of them.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const text = (name: string) => {
    const value = env[name]?.trim();
    return value === undefined || value === "" ? undefined : value;
  };

  const portText = text("PORT") ?? "4000";
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    problems.push(`PORT must be a whole number from 1 to 65535 (got "${portText}")`);
  }

  const host = text("HOST") ?? "127.0.0.1";
  if (!/^[A-Za-z0-9.:\-[\]]+$/.test(host)) problems.push(`HOST is not a host name or address (got "${host}")`);

  const databaseUrl = text("DATABASE_URL");
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push("DATABASE_URL must start with postgres:// or postgresql://");
  }

  const nodeEnvText = text("NODE_ENV") ?? "development";
  if (!["production", "development", "test"].includes(nodeEnvText)) {
    problems.push(`NODE_ENV must be production, development or test (got "${nodeEnvText}")`);
  }

  const demoPassword = text("DEMO_PASSWORD") ?? "jokkmokk";
  if (demoPassword.length < 6) problems.push("DEMO_PASSWORD must be at least 6 characters");

  const boundaryCode = text("BOUNDARY_CODE") ?? "2510";
  if (!/^\d{4}$/.test(boundaryCode)) problems.push(`BOUNDARY_CODE must be a four-digit municipality code (got "${boundaryCode}")`);

  const tileUrl = text("TILE_URL") ?? DEFAULT_TILE_URL;
  if (!/^(https?:\/\/|\/)/.test(tileUrl) || !tileUrl.includes("{z}")) {
    problems.push("TILE_URL must be an http(s) or absolute path template containing {z}, {x} and {y}");
  }

  const trustProxy = parseTrustProxy(text("TRUST_PROXY") ?? "loopback", problems);

  if (problems.length > 0) throw new ConfigError(problems);

  return {
    port,
    host,
    databaseUrl,
    dataDir: path.resolve(text("DATA_DIR") ?? ".data"),
    demoPassword,
    boundaryFile: text("BOUNDARY_FILE"),
    boundaryCode,
    tileUrl,
    tileAttribution: text("TILE_ATTRIBUTION") ?? DEFAULT_TILE_ATTRIBUTION,
    nodeEnv: nodeEnvText as AppConfig["nodeEnv"],
    trustProxy,
  };
}

/** The names Express (proxy-addr) knows for groups of addresses. */
const PROXY_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);

/**
 * `TRUST_PROXY`: `none`, or a comma-separated list of names, addresses and subnets. Trusting every
 * address (`true`, `*`) or a hop count is refused: any client could then choose the address the
 * sign-in throttle counts it under.
 */
function parseTrustProxy(value: string, problems: string[]): string[] {
  if (value === "none" || value === "false") return [];
  const entries = value
    .split(",")
    .map((e) => e.trim())
    .filter((e) => e !== "");
  const bad = entries.filter((entry) => {
    if (PROXY_NAMES.has(entry)) return false;
    const [address, prefix, extra] = entry.split("/");
    const family = isIP(address);
    if (family === 0 || extra !== undefined) return true;
    return prefix !== undefined && (!/^\d{1,3}$/.test(prefix) || Number(prefix) > (family === 4 ? 32 : 128));
  });
  if (entries.length === 0 || bad.length > 0) {
    problems.push(
      `TRUST_PROXY must be none, or the proxies as a comma-separated list of loopback, linklocal, uniquelocal, addresses and subnets such as 172.30.80.0/24 (got "${bad.join(",") || value}")`,
    );
  }
  return entries;
}
