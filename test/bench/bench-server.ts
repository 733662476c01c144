import "reflect-metadata";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { DataSource } from "typeorm";
import { Services } from "../../api/app/container";
import { createHttpApp, type HttpApp } from "../../api/app/http-app";
import { loadConfig } from "../../api/config/config";
import { createDataSource } from "../../api/db/data-source";

/** One SQL statement as the API sent it. */
export interface SentStatement {
  sql: string;
  parameters: unknown[];
}

/** The real HTTP API in this process, on its own data source, recording every statement it sends. */
export interface BenchServer {
  url: string;
  dataSource: DataSource;
  /** Every statement since the last `takeStatements()`. */
  takeStatements(): SentStatement[];
  close(): Promise<void>;
}

/** Starts the API (production settings) on `databaseUrl`, listening on a free loopback port. */
export async function startBenchServer(databaseUrl: string): Promise<BenchServer> {
  const config = loadConfig({ NODE_ENV: "production", DATABASE_URL: databaseUrl });
  let sent: SentStatement[] = [];
  const dataSource = createDataSource(databaseUrl, { onQuery: (sql, parameters) => sent.push({ sql, parameters: parameters ?? [] }) });
  await dataSource.initialize();
  const { app, apollo }: HttpApp = await createHttpApp(new Services(dataSource, config), { logError: (e) => console.error("[api]", e) });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    dataSource,
    takeStatements() {
      const out = sent;
      sent = [];
      return out;
    },
    async close() {
      await new Promise((resolve) => server.close(resolve));
      server.closeAllConnections?.();
      await apollo.stop();
      await dataSource.destroy();
    },
  };
}

/** A GraphQL client over HTTP that keeps its session cookie. */
export class BenchClient {
  private cookie: string | undefined;

  constructor(private readonly url: string) {}

  /** Posts an operation; throws on any GraphQL error. */
  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(`${this.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get("set-cookie");
    if (setCookie) this.cookie = setCookie.split(";")[0];
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data as T;
  }

  /** Signs in. */
  async login(username: string, password: string): Promise<void> {
    await this.request(`mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { id } }`, { u: username, p: password });
  }
}
