import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFixture } from "../support/fixture";
import { startTestServer, type TestServer } from "../support/test-server";
import { graphql } from "../gql";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ template: "empty" });
  await buildFixture(server.dataSource);
});
afterAll(() => server?.close());

const LOGIN = graphql(`
  mutation AuthLoginTest($u: String!, $p: String!) {
    login(username: $u, password: $p) {
      id
      username
      displayName
      role
    }
  }
`);
const ME = graphql(`
  query AuthMeTest {
    me {
      id
      username
    }
  }
`);

describe("sign-in", () => {
  it("signs in with a session cookie that is HttpOnly and SameSite=Strict, and me answers", async () => {
    const client = server.client();
    const res = await client.request(LOGIN, { u: "polis", p: "jokkmokk" });
    expect(res.errors).toBeUndefined();
    expect(res.data?.login).toMatchObject({ username: "polis", role: "POLICE" });
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^lk_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Strict");
    expect(cookie).not.toContain("Secure"); // plain HTTP here; Secure is set over HTTPS
    expect((await client.ok(ME)).me!.username).toBe("polis");
  });

  it("stores an argon2id hash with OWASP's parameters, and only a hash of the session token", async () => {
    const [user] = await server.dataSource.query(`SELECT password_hash FROM app_user WHERE username = 'mote'`);
    expect(user.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const client = await server.as("mote");
    const token = client.cookie!.split("=")[1];
    const raw = await server.dataSource.query(`SELECT 1 FROM user_session WHERE token_hash = convert_to($1, 'UTF8')`, [token]);
    const hashed = await server.dataSource.query(`SELECT 1 FROM user_session WHERE token_hash = sha256(convert_to($1, 'UTF8'))`, [token]);
    expect(raw).toHaveLength(0);
    expect(hashed).toHaveLength(1);
  });

  it("a wrong password or unknown user gets one message, and no cookie", async () => {
    for (const [u, p] of [
      ["polis", "fel"],
      ["ingen", "jokkmokk"],
    ]) {
      const res = await server.client().request(LOGIN, { u, p });
      expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(res.errors?.[0]?.message).toBe("Fel användarnamn eller lösenord.");
      expect(res.headers.get("set-cookie")).toBeNull();
    }
  });

  it("logout ends the session server-side", async () => {
    const client = await server.as("kommun");
    const stolen = client.cookie;
    expect(
      (
        await client.ok(
          graphql(`
            mutation AuthLogoutTest {
              logout
            }
          `),
        )
      ).logout,
    ).toBe(true);
    expect((await client.ok(ME)).me).toBeNull();
    const replay = server.client();
    replay.cookie = stolen;
    expect((await replay.ok(ME)).me).toBeNull();
  });

  it("a session idle for more than 30 minutes or older than 8 hours is over", async () => {
    const idle = await server.as("mote");
    const old = await server.as("admin");
    await server.dataSource.query(`UPDATE user_session SET last_seen_at = now() - interval '31 minutes' WHERE user_id = (SELECT id FROM app_user WHERE username = 'mote') AND ended_at IS NULL`);
    await server.dataSource.query(
      `UPDATE user_session SET created_at = now() - interval '9 hours', expires_at = now() - interval '1 hour' WHERE user_id = (SELECT id FROM app_user WHERE username = 'admin') AND ended_at IS NULL`,
    );
    expect((await idle.ok(ME)).me).toBeNull();
    expect((await old.ok(ME)).me).toBeNull();
    expect((await idle.request(`{ coverage { total } }`)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("sign-in and failed sign-in are audited", async () => {
    const rows: Array<{ action: string }> = await server.dataSource.query(`SELECT action FROM audit_event WHERE action IN ('LOGIN', 'LOGIN_FAILED', 'LOGOUT')`);
    const actions = new Set(rows.map((r) => r.action));
    expect(actions).toEqual(new Set(["LOGIN", "LOGIN_FAILED", "LOGOUT"]));
  });
});

describe("errors", () => {
  it("a syntax error is GRAPHQL_PARSE_FAILED and an unknown field GRAPHQL_VALIDATION_FAILED", async () => {
    const client = await server.as("mote");
    const syntax = (await client.request(`{ me { `)).errors?.[0];
    expect(syntax?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
    expect(syntax?.message).toMatch(/^Frågan går inte att tolka \(rad 1, kolumn \d+\): Expected Name/);
    expect((await client.request(`{ nope }`)).errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});
