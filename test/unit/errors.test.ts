import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { AppError, ErrorCode, formatError, isDatabaseUnavailable } from "../../api/common/errors";

describe("formatError", () => {
  it("passes our codes and Apollo's request codes through, without stack traces", () => {
    const error = new AppError(ErrorCode.BAD_USER_INPUT, "Fel", { field: "title" });
    const formatted = formatError({ message: "Fel", extensions: { code: "BAD_USER_INPUT", field: "title", stacktrace: ["x"] } }, error, () => {});
    expect(formatted).toEqual({ message: "Fel", extensions: { code: "BAD_USER_INPUT", field: "title" } });
    expect(formatError({ message: "Syntax", extensions: { code: "GRAPHQL_PARSE_FAILED" } }, null, () => {}).extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("masks and logs anything else", () => {
    const logged: unknown[] = [];
    const cause = new GraphQLError('relation "activity" does not exist', { originalError: new Error("db") });
    const formatted = formatError({ message: cause.message, path: ["activities"], extensions: { code: "INTERNAL_SERVER_ERROR" } }, cause, (e) => logged.push(e));
    expect(formatted).toEqual({
      message: "Ett oväntat fel inträffade. Försök igen eller kontakta administratören.",
      path: ["activities"],
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    expect(JSON.stringify(formatted)).not.toContain("relation");
    expect(logged).toEqual([cause]);
  });
});

describe("database unavailable", () => {
  const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });

  it("is told apart from a failed statement, through the errors that wrap it", () => {
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable(new GraphQLError("x", { originalError: refused }))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([refused], "connect failed"))).toBe(true);
    expect(isDatabaseUnavailable({ message: "x", driverError: { code: "57P01" } })).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable({ message: "syntax error", driverError: { code: "42601" } })).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });

  it("is SERVICE_UNAVAILABLE in Swedish, not a masked internal error", () => {
    const formatted = formatError(
      { message: "connect ECONNREFUSED", path: ["activities"], extensions: { code: "INTERNAL_SERVER_ERROR" } },
      new GraphQLError("x", { originalError: refused }),
      () => {},
    );
    expect(formatted.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    expect(formatted.message).toMatch(/tillfälligt otillgänglig/);
    expect(JSON.stringify(formatted)).not.toMatch(/ECONNREFUSED|5432/);
  });
});

describe("syntax errors", () => {
  it("are told in Swedish with the place, and the token limit has its own code", () => {
    const syntax = formatError({ message: "Syntax Error: Expected Name, found <EOF>.", locations: [{ line: 1, column: 11 }], extensions: { code: "GRAPHQL_PARSE_FAILED" } }, null, () => {});
    expect(syntax).toMatchObject({ message: "Frågan går inte att tolka (rad 1, kolumn 11): Expected Name, found <EOF>.", extensions: { code: "GRAPHQL_PARSE_FAILED" } });
    const tokens = formatError({ message: "Syntax Error: Document contains more that 2000 tokens. Parsing aborted.", extensions: { code: "GRAPHQL_PARSE_FAILED" } }, null, () => {});
    expect(tokens.extensions).toEqual({ code: "TOO_MANY_TOKENS", limit: 2000 });
  });
});
