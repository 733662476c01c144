import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Types for every web operation, generated from the committed schema (`npm run codegen`).
 * The client preset writes typed documents to web/src/gql/; they are committed.
 */
const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["web/src/**/*.tsx", "web/src/**/*.ts", "!web/src/gql/**/*"],
  ignoreNoDocuments: false,
  generates: {
    "web/src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true },
        scalars: { DateTime: "string", JSON: "unknown" },
        skipTypename: false,
        nonOptionalTypename: false,
      },
    },
  },
};

export default config;
