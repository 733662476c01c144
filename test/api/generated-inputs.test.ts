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
/**
 * Generated inputs per operation for each caller (most where the most code runs); a fixed seed
 * per operation and caller makes a failure repeatable. GENERATED_RUNS multiplies them.
 */
const RUNS = { anonymous: 2, polis: 4, admin: 6 } as const;
const SCALE = Number(process.env.GENERATED_RUNS ?? 1);
const SEED = Number(process.env.GENERATED_SEED ?? 20261203);
/** A seed of its own for each operation and caller. */
const seedOf = (name: string, caller: string) => [...`${name}/${caller}`].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, SEED);

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
/** GENERATED_STATS=1 prints how often each operation and caller got which answer (to see how deep the inputs reach). */
const STATS = new Map<string, number>();
afterAll(async () => {
  if (process.env.GENERATED_STATS) console.log([...STATS].sort().map(([k, v]) => `${v}\t${k}`).join("\n"));
  await server?.close();
});

/** Every table's rows as one checksum per table. */
async function checksums(): Promise<Record<string, string>> {
  const tables: Array<{ t: string }> = await server.dataSource.query(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
  // A session's last_seen_at moves with any request a signed-in caller makes (the idle timeout), refused or not.
  const row = `(to_jsonb(x) - 'last_seen_at')::text`;
  const parts = tables.map(({ t }) => `SELECT '${t}' AS t, count(*)::text || ':' || coalesce(md5(string_agg(${row}, '|' ORDER BY ${row})), '') AS c FROM "${t}" x`);
  const rows: Array<{ t: string; c: string }> = await server.dataSource.query(parts.join(" UNION ALL "));
  return Object.fromEntries(rows.map((r) => [r.t, r.c]));
}

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

// Strings that have broken things before, or might: NUL, lone surrogates, SQL, huge, odd dates
// and cursors, a personal identity number.
const NASTY_STRINGS = [
  "",
  " ",
  "\u0000",
  "\ud800",
  "😀🇸🇪",
  "Jåhkåmåhkke",
  "'; DROP TABLE activity; --",
  "%E0%A4%A",
  "x".repeat(5000),
  "1e400",
  "-1",
  "2024-01-01 garbage",
  "2024-13-45T25:61:00Z",
  "19121212-1212",
  "<script>alert(1)</script>",
  cursorOf({ o: 1e300 }),
  cursorOf({ k: ["2024-01-01 (x)", "1"] }),
  cursorOf({ k: ["2024-01-01T00:00:00.000Z", "1234567890123456789012345"] }),
];

/** A string that is wrong somehow: one of the above, random, or with a NUL inside. */
const wildString = fc.oneof(
  fc.constantFrom(...NASTY_STRINGS),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 })).map(([a, b]) => `${a}\u0000${b}`),
);
const wildInt = fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 53, 1.5, 501, 10_000), fc.constant("1"));
const wildFloat = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 91, -181, 1e-12), fc.constant("66.6"));
const wildDate = fc.oneof(
  fc.date({ min: new Date("0001-01-01"), max: new Date("9999-12-31"), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom("2024-02-30T10:00:00Z", "0000-01-01T00:00:00Z", "2024-01-01", "garbage", "2024-01-01T10:00:00+25:00", "1700000000"),
  fc.integer(),
);
const wildId = fc.oneof(fc.constantFrom("0", "-1", "1e3", "abc", "99999999", "123456789012345678901234", "a\u0000b", "", " 1"), fc.integer({ min: -2, max: 100 }), fc.string({ maxLength: 10 }));
/** Anything at all, for a value of the wrong type. */
const wrongType = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.string({ maxLength: 5 }), fc.constant([]), fc.constant({}), fc.constant({ nested: { deep: [1, "x"] } }));

/** The last name in a path such as `createActivity.input.outcome.findings`. */
const leaf = (where: string) => where.split(".").filter((p) => !/^\d+$/.test(p)).pop() ?? "";

/** A value a real client could send for a scalar, guessed from the argument's name. */
function plausibleScalar(type: string, where: string): fc.Arbitrary<unknown> {
  const name = leaf(where);
  switch (type) {
    case "Int":
      if (/year/i.test(name)) return fc.integer({ min: 2019, max: 2027 });
      if (name === "first") return fc.integer({ min: 0, max: 50 });
      if (name === "zoom") return fc.integer({ min: 0, max: 22 });
      if (name === "number") return fc.integer({ min: 1, max: 99 });
      if (name === "version") return fc.integer({ min: 1, max: 3 });
      return fc.integer({ min: 0, max: 5000 });
    case "Float":
      if (/^(lat|south)$/.test(name)) return fc.double({ min: 66.0, max: 67.2, noNaN: true });
      if (name === "north") return fc.double({ min: 67.2, max: 68, noNaN: true });
      if (/^(lng|west)$/.test(name)) return fc.double({ min: 17, max: 20, noNaN: true });
      if (name === "east") return fc.double({ min: 20, max: 21.5, noNaN: true });
      return fc.double({ min: 0, max: 1, noNaN: true });
    case "DateTime":
      return fc.date({ min: new Date("2021-01-01"), max: new Date("2027-12-31"), noInvalidDate: true }).map((d) => d.toISOString());
    case "ID":
      // The callers' own accounts are not the generated writes' to change.
      return where.startsWith("updateUser.id") ? fc.constantFrom(...otherUserIds) : fc.constantFrom(...realIds);
    case "Boolean":
      return fc.boolean();
    case "String":
      if (name === "password") return fc.constant("ett-langt-losenord");
      if (name === "username") return fc.oneof(fc.constantFrom("polis", "kommun", "nobody"), fc.integer({ min: 0, max: 1e6 }).map((n) => `gen_${n}`));
      if (name === "after") return fc.constant(null);
      return fc.oneof(fc.lorem({ maxCount: 5 }), fc.constantFrom("Jokkmokk", "Porjus", "LOGIN", "activity"));
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** A value of the wrong kind, or an extreme one, for an input type. */
function wildArb(type: GraphQLInputType, where: string, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return fc.oneof(fc.constant(null), wildArb(type.ofType, where, depth));
  if (isListType(type)) return fc.oneof(fc.array(valueArb(type.ofType, `${where}.0`, depth + 1), { minLength: 50, maxLength: 200 }), valueArb(type.ofType, where, depth + 1), wrongType);
  if (isEnumType(type)) return fc.constantFrom("NOPE", type.getValues()[0].name.toLowerCase(), 1);
  if (isInputObjectType(type)) return fc.oneof(fc.constant({}), plausibleArb(type, where, depth).map((v) => ({ ...(v as object), unknownField: 1 })), wrongType);
  const scalar = { String: wildString, Int: wildInt, Float: wildFloat, DateTime: wildDate, ID: wildId, Boolean: fc.constantFrom("true", 1, 0) }[type.name];
  return scalar ? fc.oneof({ weight: 4, arbitrary: scalar }, { weight: 1, arbitrary: wrongType }) : wrongType;
}

/** A value of the right type that a real client could send, its parts each possibly wild. */
function plausibleArb(type: GraphQLInputType, where: string, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return plausibleArb(type.ofType, where, depth);
  if (isListType(type)) return fc.array(valueArb(type.ofType, `${where}.0`, depth + 1), { minLength: 1, maxLength: 3 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (isInputObjectType(type)) return recordArb(Object.values(type.getFields()), where, depth + 1);
  return plausibleScalar(type.name, where);
}

/**
 * A value for an input type: mostly plausible (so that it gets past coercion and validation and
 * reaches the database), with each part wild one time in eight.
 */
function valueArb(type: GraphQLInputType, where: string, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 4) return fc.constant(null);
  return fc.oneof({ weight: 7, arbitrary: plausibleArb(type, where, depth) }, { weight: 1, arbitrary: wildArb(type, where, depth) });
}

/** An object of `fields`: the required ones always there, the others now and then. */
function recordArb(fields: ReadonlyArray<{ name: string; type: GraphQLInputType }>, where: string, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const record = Object.fromEntries(fields.map((f) => [f.name, valueArb(f.type, `${where}.${f.name}`, depth)]));
  return fc.record(record, { requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name) as never[] });
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
  const variables = recordArb(field.args, field.name, 0);
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
  const k = `${name} ${caller} ${body.errors ? String(body.errors[0].extensions?.code) + " " + String((body.errors[0] as { message?: string }).message).slice(0, 60) : "ok"}`;
  STATS.set(k, (STATS.get(k) ?? 0) + 1);
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
            { numRuns: RUNS[caller] * SCALE, seed: seedOf(field.name, caller), endOnFailure: true },
          );
        }
      });
    }
  });
}
