// Lint configuration: typescript-eslint recommended rules over all TypeScript sources.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "coverage/", "out/", "**/*.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-constant-condition": ["error", { checkLoops: false }],
    },
  },
  {
    files: ["core/**/*.ts", "cli/**/*.ts", "addin-excel/**/*.ts", "addin-sheets/**/*.ts", "ui-shared/**/*.ts"],
    // Shipped code only (tests and benches build small arrays). Every argument of a call goes on the
    // stack: a spread of ~125,000 findings overflows it (issue 15).
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name=/^(push|unshift|splice)$/] > SpreadElement",
          message: "Spreading an array into push/unshift/splice overflows the call stack on large sheets; append in a loop.",
        },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
);
