import { Buffer } from "buffer";
import { md5, sha1 } from "@noble/hashes/legacy";

/**
 * Node's `crypto` as far as officecrypto-tool's .xls decryption uses it, for the browser builds
 * (webpack.officecrypto.js aliases `crypto` to this module inside officecrypto-tool and crypto-js
 * only): its RC4 and RC4 CryptoAPI key derivations call `createHash("md5")` and
 * `createHash("sha1")`, and nothing else of `crypto` on the .xls path (the ciphers themselves are
 * crypto-js's). The hashes are @noble/hashes', which the OOXML decryptor uses already.
 */
const HASHES = { md5, sha1 } as const;

interface Hash {
  update(data: Uint8Array): Hash;
  digest(): Buffer;
}

export function createHash(algorithm: string): Hash {
  const hash = algorithm === "md5" || algorithm === "sha1" ? HASHES[algorithm] : undefined;
  if (hash === undefined) throw new Error(`the browser's .xls decryptor has no ${algorithm} hash (src/xlsx/browserCrypto.ts)`);
  const state = hash.create();
  const api: Hash = {
    update(data) {
      state.update(data);
      return api;
    },
    // A Buffer, as Node's: the library slices and concatenates the digest as one.
    digest: () => Buffer.from(state.digest()),
  };
  return api;
}
