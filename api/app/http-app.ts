import fs from "node:fs";
import path from "node:path";
import { ApolloServer, HeaderMap } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express } from "express";
import type { GraphQLError } from "graphql";
import { SESSION_COOKIE, readCookie } from "../auth/session-cookie";
import { errors, formatError, isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "../common/errors";
import type { EmbeddedHealth } from "../db/embedded-database";
import { ResolverContainer, Services } from "./container";
import { BODY_LIMIT, errorStatusPlugin, graphqlHttpErrors, graphqlSubpathNotFound } from "./http-errors";
import { importRouter } from "../import/import.route";
import { nulGuardPlugin } from "./nul-guard";
import { buildAppSchema, type SchemaContext } from "./schema";
import { operationArmor, PARSE_OPTIONS, securityHeaders } from "./security";

/** The HTTP app and its Apollo server (stop it before closing the database). */
export interface HttpApp {
  app: Express;
  apollo: ApolloServer<SchemaContext>;
}

/** Options for the HTTP app. */
export interface HttpAppOptions {
  /** Folder of the built web app to serve at `/`; skipped when missing. */
  webDir?: string;
  /** Where unknown errors are logged. */
  logError?: (error: unknown) => void;
  /** How the embedded PostgreSQL is doing (restarting after a stop, …), shown by `/healthz`. */
  databaseHealth?: () => EmbeddedHealth;
}

/**
 * Builds the Express app: `/healthz`, `/graphql` (Apollo Server with the session from the cookie)
 * and the web app's static files with a fallback to `index.html` for client-side routes.
 */
export async function createHttpApp(services: Services, options: HttpAppOptions = {}): Promise<HttpApp> {
  const production = services.config.nodeEnv === "production";
  const logError = options.logError ?? ((error: unknown) => console.error("[graphql]", error));
  const armor = operationArmor();
  const apollo = new ApolloServer<SchemaContext>({
    schema: await buildAppSchema(),
    introspection: !production,
    // One operation per request: batching would multiply sign-in attempts and limits.
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    parseOptions: PARSE_OPTIONS,
    validationRules: armor.validationRules,
    formatError: (formatted, error) => formatError(formatted, error, logError),
    // No cache hints are used: without the cache-control plugin Apollo does not wrap every field
    // resolver (a tenth of the time of a 500-activity page went there).
    plugins: [...armor.plugins, nulGuardPlugin(), errorStatusPlugin(), ApolloServerPluginCacheControlDisabled(), ...(production ? [ApolloServerPluginLandingPageDisabled()] : [])],
  });
  await apollo.start();

  const container = new ResolverContainer(services);
  const app = express();
  app.disable("x-powered-by");
  // Express reads its environment from the config, as the rest of the app does.
  app.set("env", services.config.nodeEnv);
  // Behind the configured reverse proxies, believe their X-Forwarded-* (for Secure cookies and the
  // client address the sign-in throttle counts); from anyone else those headers are ignored.
  app.set("trust proxy", services.config.trustProxy.length > 0 ? services.config.trustProxy : false);

  app.use(securityHeaders(services.config.tileUrl));

  // 200 while the database answers; 503 "degraded" while it does not, with what the embedded server is doing.
  app.get("/healthz", async (_req, res) => {
    const embedded = options.databaseHealth?.();
    if (embedded && embedded.database !== "up") {
      res.status(503).json({ status: "degraded", ...embedded });
      return;
    }
    try {
      await services.dataSource.query("SELECT 1");
      res.status(200).json({ status: "ok", database: "up", ...(embedded ? { restarts: embedded.restarts } : {}) });
    } catch {
      res.status(503).json({ status: "degraded", database: "unavailable", ...(embedded ? { restarts: embedded.restarts } : {}) });
    }
  });

  app.use(
    "/graphql",
    graphqlSubpathNotFound,
    express.json({ limit: BODY_LIMIT }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<SchemaContext> => {
        const session = await services.auth.resolveSession(readCookie(req, SESSION_COOKIE)).catch((error: unknown) => {
          // Thrown here, an error skips Apollo's plugins: it carries its 503 itself.
          if (isDatabaseUnavailable(error)) throw withStatus(errors.serviceUnavailable(), 503, { "retry-after": String(RETRY_AFTER_SECONDS) });
          throw error;
        });
        return { req, res, user: session?.user ?? null, sessionId: session?.sessionId ?? null, memo: new Map(), container };
      },
    }),
    graphqlHttpErrors(logError),
  );

  app.use("/import", importRouter(services, logError));

  const webDir = options.webDir;
  if (webDir && fs.existsSync(path.join(webDir, "index.html"))) {
    app.use(express.static(webDir, { index: false, maxAge: "1h" }));
    // Client-side routes (paths without a file extension) get the app; a missing file stays a 404.
    app.get(/^\/(?!graphql|healthz|import\/)[^.]*$/, (_req, res) => res.sendFile(path.join(webDir, "index.html")));
  }
  return { app, apollo };
}

/** Gives a GraphQL error the HTTP status (and headers) Apollo should answer with. */
function withStatus<E extends GraphQLError>(error: E, status: number, headers: Record<string, string> = {}): E {
  Object.assign(error.extensions, { http: { status, headers: new HeaderMap(Object.entries(headers)) } });
  return error;
}
