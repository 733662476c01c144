import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import {
  buildSchema,
  getNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";

/**
 * Generated inputs (fast-check) over every query and mutation of the committed schema: the
 * arbitraries, the operations, how an answer is judged and the per-table checksums that show a
 * refused write changed nothing. Shared by test/api/generated-inputs.test.ts (a few hundred, in
 * `npm test`) and the soak (`npm run soak`, a thousand and more); no Vitest in here.
 */

/** Runs a statement and gives its rows (a TypeORM data source's `query`, or a `pg` pool's rows). */
export type RunQuery = (sql: string) => Promise<Array<Record<string, unknown>>>;

/** The callers the inputs are sent as. */
export const CALLERS = ["anonymous", "polis", "admin"] as const;
export type Caller = (typeof CALLERS)[number];

/** Generated inputs per operation for each caller: most where the most code runs. */
export const RUNS: Record<Caller, number> = { anonymous: 2, polis: 4, admin: 6 };

/** The committed schema (from the source tree, or from the tree above `dist/`). */
export function committedSchema(): GraphQLSchema {
  const candidates = ["../../schema/schema.graphql", "../../../schema/schema.graphql"].map((p) => path.resolve(__dirname, p));
  const file = candidates.find((f) => fs.existsSync(f));
  if (!file) throw new Error(`schema/schema.graphql not found from ${__dirname}`);
  return buildSchema(fs.readFileSync(file, "utf8"));
}

/** A seed of its own for each operation and caller, from one seed for the run. */
export const seedOf = (seed: number, name: string, caller: string) => [...`${name}/${caller}`].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, seed);

/** Real ids, so that generated inputs also reach past the "not found" checks. */
export interface IdPools {
  /** Ids of several kinds (activities' public ids, places, promises, periods, targets). */
  realIds: string[];
  /** Ids of the users the generated writes may change (not the callers themselves). */
  otherUserIds: string[];
}

/** Reads the id pools from the database; `callers` are the user names whose accounts stay untouched. */
export async function idPools(query: RunQuery, callers: readonly string[] = ["polis", "admin"]): Promise<IdPools> {
  const rows = await query(
    `(SELECT public_id::text AS id FROM activity ORDER BY activity.id DESC LIMIT 3) UNION ALL (SELECT id::text FROM place LIMIT 2)
     UNION ALL (SELECT id::text FROM promise LIMIT 2) UNION ALL (SELECT id::text FROM promise_period LIMIT 1)
     UNION ALL (SELECT id::text FROM promise_target LIMIT 2)`,
  );
  const names = callers.map((c) => `'${c.replace(/'/g, "''")}'`).join(", ");
  const users = await query(`SELECT id::text AS id FROM app_user WHERE username NOT IN (${names})`);
  return { realIds: rows.map((r) => String(r.id)), otherUserIds: users.map((r) => String(r.id)) };
}

/**
 * Every table's rows as one checksum per table: the row count and the sum of a 64-bit hash of
 * each row's text (no sort, so it stays cheap when it runs after every generated write). A
 * session's `last_seen_at` is left out: any request may refresh it (once a minute), a refused
 * write as much as a read.
 */
export async function tableChecksums(query: RunQuery): Promise<Record<string, string>> {
  const tables = await query(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
  const parts = tables.map(({ t }) => {
    const row = t === "user_session" ? `(to_jsonb(x) - 'last_seen_at')::text` : `x::text`;
    return `SELECT '${t}' AS t, count(*)::text || ':' || coalesce(sum(hashtextextended(${row}, 0)), 0)::text AS c FROM "${t}" x`;
  });
  const rows = await query(parts.join(" UNION ALL "));
  return Object.fromEntries(rows.map((r) => [String(r.t), String(r.c)]));
}

/** The tables whose checksums differ between two snapshots. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((t) => before[t] !== after[t]).sort();
}

/** Whether a refused write of this mutation must leave every row as it was (a refused sign-in is recorded by design). */
export const comparesRows = (kind: "query" | "mutation", name: string) => kind === "mutation" && name !== "login";

/** A GraphQL answer's body, as far as the judgement reads it. */
export interface AnswerBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message?: string; extensions?: { code?: unknown } }>;
}

/**
 * What is wrong with the answer to a generated input, or null: a 5xx, a body that is not JSON, an
 * error without a code, or a masked internal error. `body` is the parsed answer when it parsed.
 */
export function answerProblem(status: number, text: string): { problem: string | null; body: AnswerBody | null } {
  if (status >= 500) return { problem: `HTTP ${status}`, body: null };
  let body: AnswerBody;
  try {
    body = JSON.parse(text) as AnswerBody;
  } catch {
    return { problem: "not JSON", body: null };
  }
  for (const error of body.errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code !== "string") return { problem: "an error without a code", body };
    if (code === "INTERNAL_SERVER_ERROR") return { problem: "INTERNAL_SERVER_ERROR", body };
  }
  return { problem: null, body };
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
const leaf = (where: string) =>
  where
    .split(".")
    .filter((p) => !/^\d+$/.test(p))
    .pop() ?? "";

/** One operation with every argument as a variable, and a generator of those variables. */
export interface GeneratedOperation {
  kind: "query" | "mutation";
  name: string;
  document: string;
  variables: fc.Arbitrary<Record<string, unknown>>;
}

/** Every query and mutation of `schema`, each with a generator of its variables drawing ids from `pools`. */
export function generatedOperations(schema: GraphQLSchema, pools: IdPools): GeneratedOperation[] {
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
        return where.startsWith("updateUser.id") ? fc.constantFrom(...pools.otherUserIds) : fc.constantFrom(...pools.realIds);
      case "Boolean":
        return fc.boolean();
      case "String":
        if (name === "password") return fc.constant("ett-langt-losenord");
        if (name === "username")
          return fc.oneof(
            fc.constantFrom("polis", "kommun", "nobody"),
            fc.integer({ min: 0, max: 1e6 }).map((n) => `gen_${n}`),
          );
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
    if (isInputObjectType(type))
      return fc.oneof(
        fc.constant({}),
        plausibleArb(type, where, depth).map((v) => ({ ...(v as object), unknownField: 1 })),
        wrongType,
      );
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

  const out: GeneratedOperation[] = [];
  for (const kind of ["query", "mutation"] as const) {
    const root = (kind === "query" ? schema.getQueryType() : schema.getMutationType()) as GraphQLObjectType;
    for (const field of Object.values(root.getFields())) {
      const defs = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
      const args = field.args.map((a) => `${a.name}: $${a.name}`).join(", ");
      const document = `${kind}${defs ? ` (${defs})` : ""} { ${field.name}${args ? `(${args})` : ""}${selection(field)} }`;
      out.push({ kind, name: field.name, document, variables: recordArb(field.args, field.name, 0) });
    }
  }
  return out;
}

/** Whether a caller sends this operation at all: signing out would end the callers' sessions for the operations after it. */
export const sendsAs = (name: string, caller: Caller) => name !== "logout" || caller === "anonymous";

/** What one generated input got: the answer, what is wrong with it, and for a refused write the tables it changed. */
export interface InputOutcome {
  status: number;
  text: string;
  body: AnswerBody | null;
  problem: string | null;
  /** A write (other than a sign-in) that was answered with an error. */
  refusedWrite: boolean;
  /** Tables whose checksum a refused write changed (empty as it should be). */
  changed: string[];
}

/**
 * Sends generated inputs one after another and judges each answer; around each write it takes
 * the checksums, reusing those after the last write as the next one's "before" while nothing
 * else writes (the mutations run one after another, after the queries, some of which write audit
 * rows): one checksum per write.
 */
export class InputChecker {
  private afterLastWrite: Record<string, string> | null = null;

  constructor(
    private readonly query: RunQuery,
    private readonly post: (document: string, variables: Record<string, unknown>, caller: Caller) => Promise<{ status: number; text: string }>,
  ) {}

  async check(op: GeneratedOperation, caller: Caller, variables: Record<string, unknown>): Promise<InputOutcome> {
    const compare = comparesRows(op.kind, op.name);
    const before = compare ? (this.afterLastWrite ?? (await tableChecksums(this.query))) : null;
    this.afterLastWrite = null;
    const { status, text } = await this.post(op.document, variables, caller);
    const { problem, body } = answerProblem(status, text);
    const outcome: InputOutcome = { status, text, body, problem, refusedWrite: false, changed: [] };
    if (!before) return outcome;
    this.afterLastWrite = await tableChecksums(this.query);
    outcome.refusedWrite = Boolean(body?.errors?.length);
    if (outcome.refusedWrite) outcome.changed = changedTables(before, this.afterLastWrite);
    return outcome;
  }
}
