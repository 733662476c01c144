import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIGN_IN_LIMITS, SignInThrottle, throttleAddress, waitInSwedish } from "../../api/auth/sign-in-throttle";
import { Role } from "../../api/common/enums";
import { buildUser } from "../support/factories";
import { buildFixture } from "../support/fixture";
import { startTestServer, type GqlResponse, type TestServer } from "../support/test-server";

let server: TestServer;

beforeAll(async () => {
  // The default TRUST_PROXY (loopback): the tests stand in for a proxy on 127.0.0.1 and say which
  // client each attempt comes from with X-Forwarded-For.
  server = await startTestServer({ template: "empty" });
  await buildFixture(server.dataSource);
});
afterAll(() => server?.close());

const LOGIN = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { id } }`;

/** A sign-in as if from `ip` (through the trusted proxy). */
function login(u: string, p: string, ip: string, target: TestServer = server): Promise<GqlResponse> {
  return target.client().request(LOGIN, { u, p }, { "x-forwarded-for": ip });
}

/** What an answer tells the client: its code, its message, its wait. */
function answer(res: GqlResponse): { code: string; message?: string; retryAfterSeconds?: unknown } {
  const error = res.errors?.[0];
  if (!error) return { code: "OK" };
  return { code: String(error.extensions?.code), message: error.message, retryAfterSeconds: error.extensions?.retryAfterSeconds };
}

/** Sign-ins whose password was checked from `ip`: each writes one LOGIN or LOGIN_FAILED row. */
async function checkedFrom(ip: string): Promise<number> {
  const [{ n }] = await server.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action IN ('LOGIN', 'LOGIN_FAILED') AND details->>'ip' = $1`, [ip]);
  return n;
}

describe("a burst of guesses", () => {
  it("39 wrong passwords and the right one at once: at most 5 are checked, the rest wait", async () => {
    const ip = "198.51.100.1";
    const burst = await Promise.all(Array.from({ length: 40 }, (_, i) => login("kommun", i === 17 ? "jokkmokk" : `fel${i}`, ip)));
    const answers = burst.map(answer);
    const checked = await checkedFrom(ip);
    expect(checked).toBeLessThanOrEqual(SIGN_IN_LIMITS.pairFree);
    expect(checked).toBeGreaterThan(0);
    const refused = answers.filter((a) => a.code === "RATE_LIMITED");
    expect(refused).toHaveLength(40 - checked);
    expect(answers.filter((a) => a.code === "UNAUTHENTICATED" || a.code === "OK")).toHaveLength(checked);
    for (const a of refused) expect(Number(a.retryAfterSeconds)).toBeGreaterThan(0);
    // The right one signed in only if it was among those checked.
    const [{ signedIn }] = await server.dataSource.query(`SELECT count(*)::int AS "signedIn" FROM audit_event WHERE action = 'LOGIN' AND details->>'ip' = $1`, [ip]);
    expect(answers[17].code === "OK").toBe(signedIn === 1);
  });

  it("40 made-up names at once from one address: at most 20 are checked", async () => {
    const ip = "198.51.100.2";
    const burst = await Promise.all(Array.from({ length: 40 }, (_, i) => login(`gissning${i}`, "fel", ip)));
    expect(await checkedFrom(ip)).toBeLessThanOrEqual(SIGN_IN_LIMITS.addressLimit);
    expect(burst.map(answer).filter((a) => a.code === "RATE_LIMITED").length).toBeGreaterThanOrEqual(40 - SIGN_IN_LIMITS.addressLimit);
    // What the burst left behind is bounded by the limit, not by the number of attempts.
    const [{ rows }] = await server.dataSource.query(`SELECT count(*)::int AS rows FROM sign_in_throttle WHERE address = $1 OR name LIKE 'gissning%'`, [ip]);
    expect(rows).toBeLessThanOrEqual(1 + 2 * SIGN_IN_LIMITS.addressLimit);
  });
});

describe("growing delays per name and address, without lockouts", () => {
  it("after 5 failures the pair waits 1 minute, then 2; the right password waits too; from another address the user signs in", async () => {
    const ip = "198.51.100.3";
    for (let i = 0; i < 5; i++) expect(answer(await login("polis", "fel", ip)).code).toBe("UNAUTHENTICATED");
    const first = answer(await login("polis", "jokkmokk", ip));
    expect(first).toMatchObject({ code: "RATE_LIMITED", message: "För många misslyckade inloggningar med det här användarnamnet. Försök igen om 1 minut." });
    expect(first.retryAfterSeconds).toBeGreaterThan(55);
    expect(first.retryAfterSeconds).toBeLessThanOrEqual(60);

    // The wait is over: one more failure, and the next wait is twice as long.
    await server.dataSource.query(`UPDATE sign_in_throttle SET blocked_until = now() - interval '1 second' WHERE scope = 'pair' AND name = 'polis' AND address = $1`, [ip]);
    expect(answer(await login("polis", "fel", ip)).code).toBe("UNAUTHENTICATED");
    const second = answer(await login("polis", "jokkmokk", ip));
    expect(second).toMatchObject({ code: "RATE_LIMITED", message: "För många misslyckade inloggningar med det här användarnamnet. Försök igen om 2 minuter." });

    // OWASP: the user is not locked out; from an address with no failures they sign in.
    expect(answer(await login("polis", "jokkmokk", "198.51.100.4")).code).toBe("OK");
    // And another name from the blocked address is not held back.
    expect(answer(await login("mote", "jokkmokk", ip)).code).toBe("OK");
  });

  it("a success clears the pair: four failures, a sign-in and four more do not make anyone wait", async () => {
    const ip = "198.51.100.5";
    for (let i = 0; i < 4; i++) expect(answer(await login("admin", "fel", ip)).code).toBe("UNAUTHENTICATED");
    expect(answer(await login("admin", "jokkmokk", ip)).code).toBe("OK");
    for (let i = 0; i < 4; i++) expect(answer(await login("admin", "fel", ip)).code).toBe("UNAUTHENTICATED");
    expect(answer(await login("admin", "jokkmokk", ip)).code).toBe("OK");
  });

  it("an address that failed 20 times with made-up names waits, but not for a user who signed in from it before", async () => {
    const office = "203.0.113.10";
    await buildUser(server.dataSource, "kollega", Role.VIEWER);
    await buildUser(server.dataSource, "nyanstalld", Role.VIEWER);
    expect(answer(await login("kollega", "jokkmokk", office)).code).toBe("OK");
    for (let i = 0; i < SIGN_IN_LIMITS.addressLimit; i++) expect(answer(await login(`påhittad${i}`, "fel", office)).code).toBe("UNAUTHENTICATED");
    const refused = answer(await login("nyanstalld", "jokkmokk", office));
    expect(refused.code).toBe("RATE_LIMITED");
    expect(refused.message).toMatch(/^För många misslyckade inloggningar från din adress\. Försök igen om 1[45] minuter\.$/);
    // The colleague who signs in here every day is not locked out by whoever shares the address.
    expect(answer(await login("kollega", "jokkmokk", office)).code).toBe("OK");
    expect(answer(await login("nyanstalld", "jokkmokk", "203.0.113.11")).code).toBe("OK");
  });

  it("junk counts like any failure: 20 over-long names from one address, then that address waits", async () => {
    const ip = "203.0.113.20";
    for (let i = 0; i < SIGN_IN_LIMITS.addressLimit; i++) expect(answer(await login(`${i}-${"x".repeat(70)}`, "fel", ip)).code).toBe("BAD_USER_INPUT");
    expect(answer(await login("mote", "jokkmokk", ip)).code).toBe("RATE_LIMITED");
  });

  it("the name's own limit (50 an hour, from anywhere) is far above the pair's, and holds back only addresses the user never signed in from", async () => {
    await buildUser(server.dataSource, "spridd", Role.VIEWER);
    expect(answer(await login("spridd", "jokkmokk", "192.0.2.200")).code).toBe("OK");
    for (let a = 0; a < SIGN_IN_LIMITS.nameLimit / SIGN_IN_LIMITS.pairFree; a++) {
      for (let i = 0; i < SIGN_IN_LIMITS.pairFree; i++) expect(answer(await login("spridd", "fel", `192.0.2.${a + 1}`)).code).toBe("UNAUTHENTICATED");
    }
    expect(answer(await login("spridd", "jokkmokk", "192.0.2.100"))).toMatchObject({ code: "RATE_LIMITED", message: expect.stringMatching(/användarnamnet/) });
    expect(answer(await login("spridd", "jokkmokk", "192.0.2.200")).code).toBe("OK");
  });

  it("a new password from the administrator lifts the wait", async () => {
    const ip = "203.0.113.30";
    const user = await buildUser(server.dataSource, "glomsk", Role.VIEWER);
    for (let i = 0; i < 6; i++) await login("glomsk", "fel", ip);
    expect(answer(await login("glomsk", "jokkmokk", ip)).code).toBe("RATE_LIMITED");
    const admin = await server.as("admin");
    await admin.ok(`mutation ($id: ID!, $input: UserUpdateInput!) { updateUser(id: $id, input: $input) { id } }`, { id: String(user.id), input: { password: "ett nytt lösenord" } });
    expect(answer(await login("glomsk", "ett nytt lösenord", ip)).code).toBe("OK");
  });
});

describe("unknown, inactive and real names look the same", () => {
  it("the same answers, the same waits, and one audited, checked attempt each", async () => {
    const user = await buildUser(server.dataSource, "slutat", Role.MUNICIPALITY);
    await server.dataSource.query(`UPDATE app_user SET active = false WHERE id = $1`, [user.id]);
    const names = { real: "kommun", inactive: "slutat", unknown: "finnsinte" };
    const seen: Record<string, Array<ReturnType<typeof answer>>> = {};
    for (const [kind, name] of Object.entries(names)) {
      const ip = `198.51.100.${kind === "real" ? 60 : kind === "inactive" ? 61 : 62}`;
      seen[kind] = [];
      // The inactive account is tried with its own (right) password: it must not tell either.
      for (let i = 0; i < 7; i++) seen[kind].push(answer(await login(name, kind === "inactive" ? "jokkmokk" : "fel", ip)));
      expect(await checkedFrom(ip)).toBe(SIGN_IN_LIMITS.pairFree);
    }
    const shape = (list: Array<ReturnType<typeof answer>>) =>
      list.map((a) => ({ ...a, retryAfterSeconds: a.retryAfterSeconds === undefined ? undefined : Math.ceil(Number(a.retryAfterSeconds) / 60) }));
    expect(shape(seen.inactive)).toEqual(shape(seen.real));
    expect(shape(seen.unknown)).toEqual(shape(seen.real));
    expect(seen.real.slice(0, 5).every((a) => a.code === "UNAUTHENTICATED" && a.message === "Fel användarnamn eller lösenord.")).toBe(true);
    expect(seen.real.slice(5).every((a) => a.code === "RATE_LIMITED")).toBe(true);
  });
});

describe("the table stays small", () => {
  it("rows whose time has passed are deleted", async () => {
    await server.dataSource.query(
      `INSERT INTO sign_in_throttle (scope, name, address, failures, window_start, expires_at)
       SELECT 'pair', 'gammal' || g, '192.0.2.250', 1, now() - interval '2 days', now() - interval '1 day' FROM generate_series(1, 500) g`,
    );
    const live = await server.dataSource.query(`SELECT count(*)::int AS n FROM sign_in_throttle WHERE expires_at >= now()`);
    const deleted = await new SignInThrottle(server.dataSource).cleanup();
    expect(deleted).toBeGreaterThanOrEqual(500);
    const [left] = await server.dataSource.query(`SELECT count(*)::int AS n, count(*) FILTER (WHERE expires_at < now())::int AS expired FROM sign_in_throttle`);
    expect(left).toEqual({ n: live[0].n, expired: 0 });
  });

  it("an expired row does not count: its window starts over", async () => {
    const ip = "198.51.100.70";
    for (let i = 0; i < 5; i++) await login("mote", "fel", ip);
    expect(answer(await login("mote", "jokkmokk", ip)).code).toBe("RATE_LIMITED");
    await server.dataSource.query(`UPDATE sign_in_throttle SET window_start = now() - interval '25 hours', blocked_until = now() - interval '1 second' WHERE scope = 'pair' AND address = $1`, [ip]);
    for (let i = 0; i < 4; i++) expect(answer(await login("mote", "fel", ip)).code).toBe("UNAUTHENTICATED");
    expect(answer(await login("mote", "jokkmokk", ip)).code).toBe("OK");
  });
});

describe("the client's address behind a proxy", () => {
  let untrusting: TestServer;
  beforeAll(async () => {
    // A proxy that is not where this client is: X-Forwarded-* from 127.0.0.1 are not believed.
    untrusting = await startTestServer({ template: "empty", env: { TRUST_PROXY: "10.0.0.0/8" } });
    await buildFixture(untrusting.dataSource);
    await untrusting.as("kommun");
  });
  afterAll(() => untrusting?.close());

  it("X-Forwarded-For from an untrusted peer is ignored: a guesser cannot pick a new address for each guess", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.addressLimit; i++) expect(answer(await login(`skräp${i}`, "fel", `100.64.0.${i}`, untrusting)).code).toBe("UNAUTHENTICATED");
    expect(answer(await login("mote", "jokkmokk", "100.64.1.1", untrusting)).code).toBe("RATE_LIMITED");
    const [{ ips }] = await untrusting.dataSource.query(`SELECT array_agg(DISTINCT details->>'ip') AS ips FROM audit_event WHERE action = 'LOGIN_FAILED'`);
    expect(ips).toEqual(["127.0.0.1"]);
  });

  it("from a trusted proxy the forwarded address is the one counted and audited", async () => {
    await login("mote", "fel", "100.64.2.2");
    const [row] = await server.dataSource.query(`SELECT details->>'ip' AS ip FROM audit_event WHERE action = 'LOGIN_FAILED' ORDER BY id DESC LIMIT 1`);
    expect(row.ip).toBe("100.64.2.2");
  });

  it("the cookie is Secure when a trusted proxy says the request came over HTTPS, and only then", async () => {
    const trusted = await server.client().request(LOGIN, { u: "mote", p: "jokkmokk" }, { "x-forwarded-proto": "https", "x-forwarded-for": "100.64.3.3" });
    expect(trusted.headers.get("set-cookie")).toMatch(/; Secure$/);
    const spoofed = await untrusting.client().request(LOGIN, { u: "kommun", p: "jokkmokk" }, { "x-forwarded-proto": "https" });
    expect(spoofed.errors).toBeUndefined();
    expect(spoofed.headers.get("set-cookie")).not.toContain("Secure");
  });
});

describe("keys and words", () => {
  it("an IPv6 client is counted by its /64, an IPv4-mapped one by its IPv4", () => {
    expect(throttleAddress("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(throttleAddress("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(throttleAddress("2001:db8::5")).toBe("2001:db8:0:0::/64");
    expect(throttleAddress("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(throttleAddress("192.0.2.1")).toBe("192.0.2.1");
    expect(throttleAddress(undefined)).toBe("unknown");
  });

  it("the wait reads as Swedish", () => {
    expect([1, 45, 60, 61, 120, 900].map(waitInSwedish)).toEqual(["1 sekund", "45 sekunder", "1 minut", "2 minuter", "2 minuter", "15 minuter"]);
  });
});
