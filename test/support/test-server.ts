import "reflect-metadata";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import type { DataSource } from "typeorm";
import { Services } from "../../api/app/container";
import { createHttpApp } from "../../api/app/http-app";
import { loadConfig, type AppConfig } from "../../api/config/config";
import { createDataSource } from "../../api/db/data-source";
import { graphql } from "../gql";
import { DbProxy } from "./db-proxy";
import { createTestDatabase, DEMO_PASSWORD, type TestDatabase } from "./test-db";

const LOGIN = graphql(`
  mutation TestServerLoginTest($u: String!, $p: String!) {
    login(username: $u, password: $p) {
      id
    }
  }
`);

/** A GraphQL answer as the tests read it. */
export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; [k: string]: unknown } }>;
  headers: Headers;
}

/** A client that keeps its session cookie, like a browser. */
export class GqlClient {
  cookie: string | undefined;

  constructor(readonly baseUrl: string) {}

  /** Posts a GraphQL operation as JSON: a typed document (test/gql's `graphql()`) types its answer and variables. */
  async request<T = Record<string, unknown>, V = Record<string, unknown>>(
    query: string | TypedDocumentNode<T, V>,
    variables: V = {} as V,
    headers: Record<string, string> = {},
  ): Promise<GqlResponse<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(this.cookie ? { cookie: this.cookie } : {}), ...headers },
      body: JSON.stringify({ query: typeof query === "string" ? query : print(query), variables }),
    });
    const setCookie = res.headers.get("set-cookie");
    if (setCookie) {
      const pair = setCookie.split(";")[0];
      this.cookie = pair.endsWith("=") ? undefined : pair;
    }
    const body = (await res.json()) as { data?: T; errors?: GqlResponse["errors"] };
    return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
  }

  /** Like `request`, but fails the test on any GraphQL error. */
  async ok<T = Record<string, unknown>, V = Record<string, unknown>>(query: string | TypedDocumentNode<T, V>, variables: V = {} as V): Promise<T> {
    const res = await this.request(query, variables);
    if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  }

  /** Signs in; fails the test when it does not work. */
  async login(username: string, password = DEMO_PASSWORD): Promise<this> {
    await this.ok(LOGIN, { u: username, p: password });
    return this;
  }
}

/** A running API on a database of its own. */
export interface TestServer {
  url: string;
  dataSource: DataSource;
  config: AppConfig;
  /** SQL statements the server's data source has sent so far. */
  readonly statements: number;
  /** A fresh client (no session). */
  client(): GqlClient;
  /** A client signed in as a user (demo users: polis, kommun, mote, admin). */
  as(username: string, password?: string): Promise<GqlClient>;
  /** With `dbProxy`: the cut-able link between the API and its database. */
  dbProxy?: DbProxy;
  close(): Promise<void>;
}

/** Starts the API on a copy of a template database, listening on a free loopback port. */
export async function startTestServer(options: { template?: "empty" | "demo"; webDir?: string; env?: Record<string, string>; dbProxy?: boolean } = {}): Promise<TestServer> {
  const db: TestDatabase = await createTestDatabase(options.template ?? "demo");
  // The API may reach its database through a proxy the test can cut (the test's own data source too).
  const proxied = options.dbProxy ? await DbProxy.around(db.url) : undefined;
  const apiUrl = proxied?.url ?? db.url;
  const config = loadConfig({ NODE_ENV: "test", DATABASE_URL: apiUrl, ...options.env });
  const counter = { statements: 0 };
  const dataSource = createDataSource(apiUrl, { poolSize: 5, onQuery: () => counter.statements++ });
  await dataSource.initialize();
  const errors: unknown[] = [];
  const { app, apollo } = await createHttpApp(new Services(dataSource, config), { webDir: options.webDir, logError: (e) => errors.push(e) });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    dataSource,
    get statements() {
      return counter.statements;
    },
    config,
    client: () => new GqlClient(url),
    as: (username, password) => new GqlClient(url).login(username, password),
    dbProxy: proxied?.proxy,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      server.closeAllConnections?.();
      await apollo.stop();
      await dataSource.destroy();
      await proxied?.proxy.down();
      await db.drop();
    },
  };
}
