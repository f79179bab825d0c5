import { createHash as nodeCreateHash } from "node:crypto";
import { createHash } from "../../src/xlsx/browserCrypto";

/**
 * The browser's stand-in for Node's `crypto` in officecrypto-tool (webpack.officecrypto.js): the
 * md5 and sha1 digests its .xls key derivations take, as Node gives them, and a clear error for
 * anything else it might be asked for.
 */
const DATA = new Uint8Array(Buffer.from("质标2021 Password1234_", "utf16le"));

test.each(["md5", "sha1"])("%s digests in parts as Node's does in one go, as a Buffer", (algorithm) => {
  const digest = createHash(algorithm).update(DATA.subarray(0, 5)).update(DATA.subarray(5)).digest();
  expect(Buffer.isBuffer(digest)).toBe(true);
  expect(digest.toString("hex")).toBe(nodeCreateHash(algorithm).update(DATA).digest("hex"));
});

test("any other algorithm is an error naming it, not a wrong digest", () => {
  expect(() => createHash("sha512")).toThrow(/no sha512 hash.*browserCrypto/);
});
