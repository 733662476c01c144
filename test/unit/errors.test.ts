import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { AppError, ErrorCode, formatError } from "../../api/common/errors";

describe("formatError", () => {
  it("passes our codes and Apollo's request codes through, without stack traces", () => {
    const error = new AppError(ErrorCode.BAD_USER_INPUT, "Fel", { field: "title" });
    const formatted = formatError({ message: "Fel", extensions: { code: "BAD_USER_INPUT", field: "title", stacktrace: ["x"] } }, error, () => {});
    expect(formatted).toEqual({ message: "Fel", extensions: { code: "BAD_USER_INPUT", field: "title" } });
    expect(formatError({ message: "Syntax", extensions: { code: "GRAPHQL_PARSE_FAILED" } }, null, () => {}).extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("masks and logs anything else", () => {
    const logged: unknown[] = [];
    const cause = new GraphQLError("relation \"activity\" does not exist", { originalError: new Error("db") });
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
