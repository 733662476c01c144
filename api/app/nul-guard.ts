import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, visit, type ValueNode } from "graphql";
import { AppError, ErrorCode } from "../common/errors";

/** The refusal of a NUL character, which PostgreSQL cannot store in text, naming where it was. */
function nulError(field: string): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, `${field} innehåller ett NUL-tecken (\\u0000), som inte kan sparas eller sökas på. Ta bort det och försök igen.`, {
    field,
    http: { status: 400 },
  });
}

/** The first path in a variable's JSON value whose string holds a NUL, or null. */
function nulInJson(value: unknown, path: string): string | null {
  if (typeof value === "string") return value.includes("\0") ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = nulInJson(value[i], `${path}.${i}`);
      if (hit) return hit;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      const hit = nulInJson(inner, `${path}.${key}`);
      if (hit) return hit;
    }
  }
  return null;
}

/** The first path in an argument's literal (or the variables it names) whose string holds a NUL. */
function nulInValue(node: ValueNode, path: string, variables: Record<string, unknown>): string | null {
  switch (node.kind) {
    case Kind.STRING:
      return node.value.includes("\0") ? path : null;
    case Kind.VARIABLE:
      return nulInJson(variables[node.name.value], path);
    case Kind.LIST:
      for (let i = 0; i < node.values.length; i++) {
        const hit = nulInValue(node.values[i], `${path}.${i}`, variables);
        if (hit) return hit;
      }
      return null;
    case Kind.OBJECT:
      for (const field of node.fields) {
        const hit = nulInValue(field.value, `${path}.${field.name.value}`, variables);
        if (hit) return hit;
      }
      return null;
    default:
      return null;
  }
}

/**
 * One check for every string input: before anything runs, each argument of the operation (written
 * in the document or passed as a variable, however deeply nested) is searched for a NUL character,
 * and the first one found is BAD_USER_INPUT with the argument's path (`input.title`,
 * `filter.actions.1`) as `field`.
 */
export function nulGuardPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const variables = request.variables ?? {};
          let found: string | null = null;
          visit(document, {
            Argument(node) {
              found ??= nulInValue(node.value, node.name.value, variables);
              return found ? false : undefined;
            },
          });
          if (found) throw nulError(found);
        },
      };
    },
  };
}
