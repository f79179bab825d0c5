// @ts-check
const tseslint = require("typescript-eslint");
const reactHooks = require("eslint-plugin-react-hooks");

/** The core stays pure: no Office.js, React, Node built-ins or file formats (brief: functional core). */
const CORE_FORBIDDEN = [
  "react",
  "react-dom",
  "@fluentui/*",
  "exceljs",
  "commander",
  "cli-progress",
  "fs",
  "fs/*",
  "path",
  "os",
  "crypto",
  "child_process",
  "stream",
  "zlib",
  "url",
  "util",
  "worker_threads",
  "node:*",
  "**/taskpane/**",
  "**/office/**",
  "**/xlsx/**",
  "**/cli/**",
  "**/preview/**",
];

const NOT_TASKPANE = {
  group: ["**/taskpane", "**/taskpane/**"],
  message: "Adapters and the command line import the workbook contract from src/core/workbook, never the task pane.",
};

/** The command line is one front among others: what the web page and the task pane share with it lives in src/core. */
const NOT_CLI = {
  group: ["**/cli", "**/cli/**"],
  message: "Fronts share src/core (e.g. core/analysis for a batch), never the command line.",
};

module.exports = tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-artifacts/**", "examples/**", "src/core/reference/generated/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
    languageOptions: {
      globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly" },
    },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: __dirname } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Promises that nobody awaits lose their errors: the pane must show every failure.
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/return-await": ["error", "in-try-catch"],
      "@typescript-eslint/no-unnecessary-type-assertion": "error",
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/only-throw-error": "error",
      "@typescript-eslint/prefer-promise-reject-errors": "error",
    },
  },
  {
    files: ["src/taskpane/**/*.tsx", "src/preview/**/*.tsx", "test/**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "error" },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: CORE_FORBIDDEN.map((group) => ({ group: [group], message: "src/core is pure: no Office, React, Node or file I/O." })) },
      ],
      "no-restricted-globals": ["error", "process", "require", "Buffer", "Office", "Excel", "document", "window"],
    },
  },
  {
    // The hosts and the command line meet the task pane only through the contract in
    // src/core/workbook; the preview's entry point is the one place that mounts the pane over its
    // workbook (a composition root, like src/taskpane/index.tsx over the Office adapter).
    files: ["src/office/**/*.{ts,tsx}", "src/preview/**/*.{ts,tsx}", "src/xlsx/**/*.{ts,tsx}", "src/web/**/*.{ts,tsx}"],
    ignores: ["src/preview/index.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: [NOT_TASKPANE, NOT_CLI] }] },
  },
  {
    files: ["src/cli/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [NOT_TASKPANE] }] },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "src/preview/index.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: [NOT_CLI] }] },
  },
  {
    // The package sealer runs in the web page too: no Node built-ins in it.
    files: ["src/xlsx/package/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["node:*", "fs", "path", "crypto", "zlib", "stream", "yauzl", "exceljs"],
              message: "src/xlsx/package runs in the browser too.",
            },
            {
              group: ["**/taskpane", "**/taskpane/**"],
              message: "The package sealer imports the workbook contract from src/core, never the task pane.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", "process", "require", "Buffer"],
    },
  },
);
