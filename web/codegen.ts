import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Types for every web operation, generated from the committed schema (`npm run codegen`).
 * The client preset writes typed documents to web/src/gql/; they are committed.
 */
/** `MapRouteQueryQuery` → `MapRouteQuery`, `SignInMutationMutationVariables` → `SignInMutationVariables`; other names as they are. */
function dedupeOperationSuffix(name: string): string {
  return name.replace(/(Query|Mutation|Subscription)\1(?=Variables$|$)/, "$1");
}

/** What both outputs share: the names and the shapes of the generated types. */
const typeConfig = {
  useTypeImports: true,
  // Operations are named by their role (`MapRouteQuery`): their types keep that name, not
  // `MapRouteQueryQuery`. (The client preset does not pass `dedupeOperationSuffix` on; the
  // naming convention sees the name with its suffix, so it drops the repeated one.)
  namingConvention: { typeNames: dedupeOperationSuffix },
  enumsAsTypes: true,
  avoidOptionals: { field: true, inputValue: false, object: true },
  scalars: { DateTime: "string", JSON: "unknown" },
  skipTypename: false,
  nonOptionalTypename: false,
};

const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  ignoreNoDocuments: false,
  generates: {
    // The web: a component reads only the fields of its own fragments (masking on).
    "web/src/gql/": {
      documents: ["web/src/**/*.tsx", "web/src/**/*.ts", "!web/src/gql/**/*"],
      preset: "client",
      presetConfig: { fragmentMasking: true },
      config: typeConfig,
    },
    // The tests' own operations, typed the same way; a test reads whole answers (masking off).
    "test/gql/": {
      documents: ["test/**/*.ts", "!test/gql/**/*"],
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: typeConfig,
    },
  },
};

export default config;
