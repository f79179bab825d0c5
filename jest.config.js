/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true, tsconfig: "tsconfig.json" }],
    "/node_modules/@noble/hashes/argon2\\.js$": "<rootDir>/test/moduleScopeMath.js",
  },
  transformIgnorePatterns: ["/node_modules/(?!@noble/hashes/argon2\\.js$)"],
  reporters: ["default", "<rootDir>/test/e2e/support/browserNoticeReporter.js", "<rootDir>/test/summaryReporter.js"],
};
