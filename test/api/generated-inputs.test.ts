import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isAbstractType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type GqlClient, type TestServer } from "../support/test-server";

/**
 * Generated inputs (fast-check) over every query and mutation of the committed schema, as an
 * anonymous caller, a police officer and an administrator: never a 5xx, never an error without a
 * code or a masked internal error, and a refused write changes no row of any table.
 */

const SCHEMA = buildSchema(fs.readFileSync(path.resolve(__dirname, "../../schema/schema.graphql"), "utf8"));
/** Generated inputs per operation and caller; a fixed seed makes a failure repeatable. */
const RUNS = Number(process.env.GENERATED_RUNS ?? 4);
const SEED = Number(process.env.GENERATED_SEED ?? 20261203);

let server: TestServer;
let clients: Record<"anonymous" | "polis" | "admin", GqlClient>;
/** Real ids of each kind, so generated inputs also reach past the "not found" checks. */
let realIds: string[] = [];
/** Ids of the users the generated writes may change (not the callers themselves). */
let otherUserIds: string[] = [];

beforeAll(async () => {
  server = await startTestServer({ template: "demo" });
  const [polis, admin] = await Promise.all([server.as("polis"), server.as("admin")]);
  clients = { anonymous: server.client(), polis, admin };
  const rows: Array<{ id: string }> = await server.dataSource.query(
    `(SELECT id::text FROM activity ORDER BY id DESC LIMIT 3) UNION ALL (SELECT id::text FROM place LIMIT 2)
     UNION ALL (SELECT id::text FROM promise LIMIT 2) UNION ALL (SELECT id::text FROM promise_period LIMIT 1)
     UNION ALL (SELECT id::text FROM promise_target LIMIT 2)`,
  );
  realIds = rows.map((r) => r.id);
  otherUserIds = (await server.dataSource.query(`SELECT id::text FROM app_user WHERE username NOT IN ('polis', 'admin')`)).map((r: { id: string }) => r.id);
});
afterAll(async () => {
  await server?.close();
});

/** Every table's rows as one checksum per table. */
async function checksums(): Promise<Record<string, string>> {
  const tables: Array<{ t: string }> = await server.dataSource.query(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
  const parts = tables.map(({ t }) => `SELECT '${t}' AS t, count(*)::text || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS c FROM "${t}" x`);
  const rows: Array<{ t: string; c: string }> = await server.dataSource.query(parts.join(" UNION ALL "));
  return Object.fromEntries(rows.map((r) => [r.t, r.c]));
}

// Strings that have broken things before, or might: NUL, lone surrogates, SQL, huge, dates.
const NASTY_STRINGS = [
  "",
  " ",
  "a\u0000b",
  "\u0000",
  "\ud800",
  "😀🇸🇪",
  "Jåkkåkaskiellde",
  "'; DROP TABLE activity; --",
  "%E0%A4%A",
  "x".repeat(5000),
  "1e400",
  "-1",
  "2024-01-01 garbage",
  "2024-13-45T25:61:00Z",
  "19121212-1212",
  "<script>alert(1)</script>",
];

const stringArb = fc.oneof({ weight: 3, arbitrary: fc.string({ maxLength: 30 }) }, { weight: 2, arbitrary: fc.constantFrom(...NASTY_STRINGS) }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) });
const intArb = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 1990, max: 2110 }), fc.integer(), fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31), 99, 500, 501));
const floatArb = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ min: 60, max: 70, noNaN: true }), fc.double({ min: 10, max: 25, noNaN: true }), fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 90, -180, 181));
const dateArb = fc.oneof(
  fc.date({ min: new Date("1900-01-01"), max: new Date("2200-01-01"), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.date({ min: new Date("2020-01-01"), max: new Date("2027-12-31"), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom("2024-02-30T10:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2024-01-01", "garbage"),
);
const idArb = () => fc.oneof(fc.constantFrom(...realIds), fc.constantFrom("0", "-1", "1e3", "abc", "99999999", "123456789012345678901234", "a\u0000b", ""), fc.integer({ min: 0, max: 100 }).map(String));

/** Anything at all, for a value of the wrong type. */
const wrongTypeArb = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.string({ maxLength: 5 }), fc.constant([]), fc.constant({}), fc.constant({ nested: { deep: [1, "x"] } }));

/** A value for an input type: mostly of the right type (to get past coercion), sometimes not. */
function valueArb(type: GraphQLInputType, where: string, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return fc.oneof({ weight: 12, arbitrary: valueArb(type.ofType, where, depth) }, { weight: 1, arbitrary: wrongTypeArb });
  const inner: fc.Arbitrary<unknown> = (() => {
    if (isListType(type)) {
      return fc.oneof({ weight: 6, arbitrary: fc.array(valueArb(type.ofType, where, depth + 1), { maxLength: 4 }) }, { weight: 1, arbitrary: fc.array(valueArb(type.ofType, where, depth + 1), { minLength: 50, maxLength: 200 }) });
    }
    if (isEnumType(type)) return fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) }, { weight: 1, arbitrary: fc.constantFrom("NOPE", type.getValues()[0].name.toLowerCase()) });
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields());
      const record = Object.fromEntries(fields.map((f) => [f.name, depth > 3 ? fc.constant(null) : valueArb(f.type, `${where}.${f.name}`, depth + 1)]));
      const required = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
      return fc.oneof(
        { weight: 8, arbitrary: fc.record(record, { requiredKeys: required as never[] }) },
        { weight: 1, arbitrary: fc.record({ ...record, unknownField: fc.constant(1) }) },
      );
    }
    switch (type.name) {
      case "String":
        return stringArb;
      case "Int":
        return intArb;
      case "Float":
        return floatArb;
      case "Boolean":
        return fc.boolean();
      case "DateTime":
        return dateArb;
      case "ID":
        // The callers' own accounts are not the generated writes' to change.
        return where.startsWith("updateUser.id") ? fc.oneof(fc.constantFrom(...otherUserIds), idArb()) : idArb();
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  })();
  return fc.oneof({ weight: 10, arbitrary: inner }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: wrongTypeArb });
}

/** The smallest selection a field's type allows. */
function selection(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  return isObjectType(named) || isAbstractType(named) ? " { __typename }" : "";
}

/** One operation with every argument as a variable, and a generator of those variables. */
function operationOf(kind: "query" | "mutation", field: GraphQLField<unknown, unknown>) {
  const defs = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(", ");
  const document = `${kind}${defs ? ` (${defs})` : ""} { ${field.name}${args ? `(${args})` : ""}${selection(field)} }`;
  const variables = fc.record(Object.fromEntries(field.args.map((a) => [a.name, valueArb(a.type, `${field.name}.${a.name}`)])), { requiredKeys: [] });
  return { document, variables };
}

const CALLERS = ["anonymous", "polis", "admin"] as const;

/**
 * The checksums after the last write, while nothing else has written since (the mutations run one
 * after another, after the queries, some of which write audit rows): one checksum per write.
 */
let afterLastWrite: Record<string, string> | null = null;

/** Sends one operation and checks the answer; for a refused write, that no row changed. */
async function check(kind: "query" | "mutation", name: string, caller: (typeof CALLERS)[number], document: string, variables: Record<string, unknown>): Promise<void> {
  // A refused sign-in is recorded by design (its audit row, the failure count): only other writes are compared.
  const compare = kind === "mutation" && name !== "login";
  const before = compare ? (afterLastWrite ?? (await checksums())) : null;
  afterLastWrite = null;
  const res = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(clients[caller].cookie ? { cookie: clients[caller].cookie! } : {}) },
    body: JSON.stringify({ query: document, variables }),
  });
  const text = await res.text();
  const what = `${caller} ${name} ${JSON.stringify(variables).slice(0, 600)} → ${res.status} ${text.slice(0, 400)}`;
  expect(res.status, what).toBeLessThan(500);
  const body = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: Array<{ extensions?: { code?: unknown } }> };
  for (const error of body.errors ?? []) {
    expect(typeof error.extensions?.code, what).toBe("string");
    expect(error.extensions?.code, what).not.toBe("INTERNAL_SERVER_ERROR");
  }
  if (!compare) return;
  afterLastWrite = await checksums();
  if (body.errors?.length) expect(afterLastWrite, `a refused write changed rows: ${what}`).toEqual(before);
}

for (const kind of ["query", "mutation"] as const) {
  const root = (kind === "query" ? SCHEMA.getQueryType() : SCHEMA.getMutationType()) as GraphQLObjectType;
  describe(`generated inputs: every ${kind}`, () => {
    for (const field of Object.values(root.getFields())) {
      it(field.name, async () => {
        const { document, variables } = operationOf(kind, field);
        for (const caller of CALLERS) {
          // Signing out would end the callers' sessions for the operations after it.
          if (field.name === "logout" && caller !== "anonymous") continue;
          await fc.assert(
            fc.asyncProperty(variables, (vars) => check(kind, field.name, caller, document, vars)),
            { numRuns: RUNS, seed: SEED, endOnFailure: true },
          );
        }
      });
    }
  });
}
