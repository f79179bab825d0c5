/**
 * A Jest transform for @noble/hashes/argon2.js, the one library whose speed tests depend on. Jest
 * runs every test file in a vm context, and Node 20 looks up each global there (Math, …) some 80
 * times slower than in a plain module; noble's Argon2 calls Math.imul in its innermost loop, so one
 * derivation as LibreOffice asks for it (64 MiB, 3 passes) takes two minutes under Jest instead of
 * the three seconds `qbench` takes. Binding Math once in the module's own scope gives the tests
 * qbench's speed back; the code that runs is otherwise the library's, unchanged.
 */
module.exports = {
  process(source) {
    if (!source.startsWith('"use strict";')) throw new Error("@noble/hashes/argon2.js changed shape: review test/moduleScopeMath.js");
    return { code: source.replace('"use strict";', '"use strict";const Math = globalThis.Math;') };
  },
};
