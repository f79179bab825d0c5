// `npm run test:excel`: the add-in inside a real Excel desktop (Windows or macOS), as Microsoft's
// template tests it. Not part of `npm test` or CI: Linux has no Excel desktop.
/** @type {import('jest').Config} */
module.exports = {
  rootDir: "../..",
  roots: ["<rootDir>/test/excel-e2e"],
  testMatch: ["**/*.e2e.ts"],
  testEnvironment: "node",
  testTimeout: 300_000,
  transform: { "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true, tsconfig: "tsconfig.json" }] },
};
