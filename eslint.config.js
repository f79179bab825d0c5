// @ts-check
const tseslint = require("typescript-eslint");

/** The core stays pure: no Office.js, React, Node built-ins or file formats (brief: functional core). */
const CORE_FORBIDDEN = [
  "react", "react-dom", "@fluentui/*", "exceljs", "commander", "cli-progress",
  "fs", "fs/*", "path", "os", "crypto", "child_process", "stream", "zlib", "url", "util", "worker_threads",
  "node:*", "**/taskpane/**", "**/office/**", "**/xlsx/**", "**/cli/**", "**/preview/**",
];

module.exports = tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-artifacts/**", "examples/**", "src/core/reference/generated/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
    languageOptions: { globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly" } },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: CORE_FORBIDDEN.map((group) => ({ group: [group], message: "src/core is pure: no Office, React, Node or file I/O." })) }],
      "no-restricted-globals": ["error", "process", "require", "Buffer", "Office", "Excel", "document", "window"],
    },
  },
);
