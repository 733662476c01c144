import { buildSchema, parse, validate } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATION_LIMITS, operationArmor } from "../../api/app/security";
import { buildFixture } from "../support/fixture";
import { startTestServer, type TestServer } from "../support/test-server";

let server: TestServer;
let production: TestServer;

beforeAll(async () => {
  [server, production] = await Promise.all([startTestServer({ template: "empty" }), startTestServer({ template: "empty", env: { NODE_ENV: "production" } })]);
  await Promise.all([buildFixture(server.dataSource), buildFixture(production.dataSource)]);
});
afterAll(async () => {
  await server?.close();
  await production?.close();
});

async function post(url: string, body: string, headers: Record<string, string>) {
  const res = await fetch(`${url}/graphql`, { method: "POST", body, headers });
  return { status: res.status, text: await res.text(), headers: res.headers };
}

describe("CSRF prevention (as Apollo's own suite checks it)", () => {
  it("refuses a POST without a content type", async () => {
    const res = await post(server.url, JSON.stringify({ query: "{ me { id } }" }), {});
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/CSRF/);
  });

  it("refuses text/plain", async () => {
    const res = await post(server.url, JSON.stringify({ query: "{ me { id } }" }), { "content-type": "text/plain" });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/CSRF/);
  });

  it("refuses a simple GET query without a preflight header", async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent("{ me { id } }")}`);
    expect(res.status).toBe(400);
  });

  it("accepts application/json", async () => {
    const res = await post(server.url, JSON.stringify({ query: "{ me { id } }" }), { "content-type": "application/json" });
    expect(res.status).toBe(200);
  });
});

describe("operation limits", () => {
  it("a query deeper than the limit is refused (checked on a recursive schema, since ours has no cycle)", () => {
    const schema = buildSchema(`type Node { id: ID child: Node } type Query { node: Node }`);
    const nested = (depth: number) => `{ node ${"{ child ".repeat(depth - 2)}{ id }${" }".repeat(depth - 2)} }`;
    const rules = operationArmor().validationRules;
    expect(validate(schema, parse(nested(OPERATION_LIMITS.maxDepth)), rules)).toHaveLength(0);
    const errors = validate(schema, parse(nested(OPERATION_LIMITS.maxDepth + 2)), rules);
    expect(errors.map((e) => e.message).join()).toMatch(/för djup: högst 8 nivåer/);
    expect(errors[0].extensions).toMatchObject({ code: "QUERY_TOO_DEEP", limit: OPERATION_LIMITS.maxDepth });
  });

  it("more aliases than allowed are refused", async () => {
    const client = await server.as("mote");
    const aliases = Array.from({ length: 11 }, (_, i) => `a${i}: me { id }`).join(" ");
    const res = await client.request(`{ ${aliases} }`);
    expect(res.errors?.[0]?.extensions?.code).toBe("TOO_MANY_ALIASES");
    expect(res.errors?.[0]?.message).toMatch(/alias/i);
  });

  it("an operation with too many tokens is refused", async () => {
    const client = await server.as("mote");
    const res = await client.request(`{ me { ${"id ".repeat(2100)} } }`);
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(res.errors)).toMatch(/token/i);
  });

  it("field suggestions are hidden", async () => {
    const client = await server.as("mote");
    const res = await client.request(`{ activites { totalCount } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean/);
  });

  it("batched HTTP requests are refused", async () => {
    const res = await post(server.url, JSON.stringify([{ query: "{ me { id } }" }, { query: "{ me { id } }" }]), { "content-type": "application/json" });
    expect(res.status).toBe(400);
  });
});

describe("production mode", () => {
  it("has no introspection", async () => {
    const res = await production.client().request(`{ __schema { queryType { name } } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("has no landing page", async () => {
    const res = await fetch(`${production.url}/graphql`, { headers: { accept: "text/html" } });
    expect(res.headers.get("content-type") ?? "").not.toMatch(/html/);
    expect(await res.text()).not.toMatch(/<html|sandbox|embeddable/i);
  });
});

describe("security headers on every response", () => {
  for (const path of ["/healthz", "/graphql"]) {
    it(path, async () => {
      const res = await fetch(`${server.url}${path}`, path === "/graphql" ? { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ me { id } }" }) } : {});
      expect(res.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
      expect(res.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      expect(res.headers.get("x-powered-by")).toBeNull();
    });
  }
});

describe("sign-in", () => {
  it("refuses login inside an aliased or multi-field operation", async () => {
    const aliased = await server.client().request(`mutation { a: login(username: "mote", password: "jokkmokk") { id } }`);
    expect(aliased.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const two = await server.client().request(`mutation { login(username: "mote", password: "jokkmokk") { id } logout }`);
    expect(two.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("the limits leave room for real work", () => {
  it("the largest queries the web and the tests make are within the cost limit", async () => {
    const client = await server.as("polis");
    const res = await client.request(
      `query ($filter: ActivityFilter) {
      activities(filter: $filter, first: 500) { totalCount edges { cursor node { id kind organisation status priorityAreas startsAt endsAt lat lng zone title notes version
        place { id name samiName kind lat lng radiusM } outcome { vehiclesChecked breathTests suspectedDrunkDriving suspectedDrugDriving peopleReached findings } } } pageInfo { hasNextPage endCursor } }
      coverage(filter: $filter) { total byZone { zone count share } places { place { id name samiName kind lat lng radiusM population } count lastActivityAt daysSinceLast byKind { kind count } } unvisited { id name samiName kind lat lng } }
      places { id name samiName kind lat lng radiusM population schoolLevel }
      municipality { code name samiName center { lat lng } boundary }
      me { id username displayName role }
    }`,
      { filter: { years: [2023] } },
    );
    expect(res.errors).toBeUndefined();
  });
});

describe("the cost limit", () => {
  it("refuses an operation that asks for too much", async () => {
    const client = await server.as("polis");
    const fields = "id kind organisation status priorityAreas startsAt endsAt lat lng zone title notes version place { id name samiName kind lat lng radiusM population schoolLevel }";
    const heavy = Array.from({ length: 10 }, (_, i) => `a${i}: activities(first: 500) { edges { node { ${fields} ${fields.replace(/ place \{.*\}/, "")} } } }`).join(" ");
    const res = await client.request(`{ ${heavy} }`);
    expect(JSON.stringify(res.errors)).toMatch(/OPERATION_TOO_COSTLY/);
  });
});
