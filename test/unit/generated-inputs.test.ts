import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputChecker, answerProblem, committedSchema, generatedOperations, type GeneratedOperation } from "../support/generated-inputs";

/** The judgement the generated-inputs test and the soak share: it must be able to fail. */

describe("answerProblem", () => {
  it("finds a 5xx, a body that is not JSON, an error without a code and a masked internal error", () => {
    expect(answerProblem(500, `{"errors":[{"message":"x","extensions":{"code":"BAD_USER_INPUT"}}]}`).problem).toBe("HTTP 500");
    expect(answerProblem(400, "<html>Bad Request</html>").problem).toBe("not JSON");
    expect(answerProblem(200, `{"errors":[{"message":"x"}]}`).problem).toBe("an error without a code");
    expect(answerProblem(200, `{"errors":[{"message":"x","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}`).problem).toBe("INTERNAL_SERVER_ERROR");
  });

  it("passes coded refusals and data", () => {
    expect(answerProblem(400, `{"errors":[{"message":"x","extensions":{"code":"BAD_USER_INPUT"}}]}`).problem).toBeNull();
    expect(answerProblem(200, `{"data":{"me":null}}`).problem).toBeNull();
  });
});

describe("InputChecker", () => {
  /** A database of one table whose checksum the fake API's answers may change. */
  function fakes(answer: { status: number; text: string; writes: boolean }) {
    let version = 0;
    const query = async (sql: string) => (sql.includes("pg_tables") ? [{ t: "activity" }] : [{ t: "activity", c: `1:${version}` }]);
    const post = async () => {
      if (answer.writes) version += 1;
      return answer;
    };
    return new InputChecker(query, post);
  }
  const mutation: GeneratedOperation = { kind: "mutation", name: "createActivity", document: "mutation { x }", variables: fc.constant({}) };
  const refused = `{"errors":[{"message":"x","extensions":{"code":"BAD_USER_INPUT"}}],"data":null}`;

  it("names the tables a refused write changed", async () => {
    const outcome = await fakes({ status: 400, text: refused, writes: true }).check(mutation, "admin", {});
    expect(outcome).toMatchObject({ refusedWrite: true, changed: ["activity"], problem: null });
  });

  it("lets a refused write that changed nothing, a write that went through and a refused sign-in pass", async () => {
    expect((await fakes({ status: 400, text: refused, writes: false }).check(mutation, "admin", {})).changed).toEqual([]);
    expect((await fakes({ status: 200, text: `{"data":{"x":1}}`, writes: true }).check(mutation, "admin", {})).changed).toEqual([]);
    expect((await fakes({ status: 400, text: refused, writes: true }).check({ ...mutation, name: "login" }, "anonymous", {})).changed).toEqual([]);
  });
});

it("generates an operation for every query and mutation of the committed schema", () => {
  const schema = committedSchema();
  const operations = generatedOperations(schema, { realIds: ["1"], otherUserIds: ["2"] });
  const fields = Object.keys(schema.getQueryType()!.getFields()).length + Object.keys(schema.getMutationType()!.getFields()).length;
  expect(operations).toHaveLength(fields);
  expect(fc.sample(operations.find((o) => o.name === "createActivity")!.variables, { numRuns: 5, seed: 1 }).every((v) => "input" in v)).toBe(true);
});
