// The project's one ESLint configuration (the root eslint.config.mjs re-exports it). It lives
// beside its own package.json because typescript-eslint reads TypeScript 6's compiler API, which
// the project's TypeScript 7 compiler no longer ships. Style is Prettier's, so no stylistic rules.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import Module from "node:module";

// npm hoists some of typescript-eslint's helpers (ts-api-utils) to the root, where `typescript` is
// TypeScript 7: every `require("typescript")` made while linting gets this package's TypeScript 6.
const typescript6 = Module.createRequire(import.meta.url).resolve("typescript");
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, request === "typescript" ? typescript6 : request, ...rest);
};
const { default: tseslint } = await import("typescript-eslint");

export default tseslint.config(
  { ignores: ["**/node_modules/", "dist/", ".data/", "test/artifacts/", "test/bench/results/", "web/src/gql/", "test/gql/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mts,mjs,js}"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // An underscore marks a binding left unused on purpose (a destructured field left out).
      "prefer-const": ["error", { ignoreReadBeforeAssign: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  {
    files: ["web/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "error" },
  },
);
