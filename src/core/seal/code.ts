/**
 * The seal code: the part of the digest a person reads off the stamped paper and types back
 * (docs/seal.md). 80 bits of the digest as 16 Crockford base32 symbols in groups of four, then
 * one check symbol (Crockford's mod-37 check), e.g. `7KQ2-M9XD-4T1B-R8WZ-5`.
 *
 * Why mod 37: 37 is a prime above 32, so a single changed symbol (a difference d·32^k with
 * 0 < |d| < 32) and two swapped neighbours (a difference (a−b)·31·32^k) never leave the
 * remainder unchanged — every such typo fails the check instead of naming another seal.
 */

/** Crockford's 32 data symbols: digits and letters without I, L, O, U. */
const SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/** The check symbol of remainders 32–36 comes from Crockford's five extra symbols. */
const CHECK_SYMBOLS = SYMBOLS + "*~$=U";
const DATA_LENGTH = 16;
const GROUP = 4;
/** 16 symbols × 5 bits. */
export const SEAL_CODE_BITS = DATA_LENGTH * 5;

function checkOf(values: readonly number[]): number {
  let remainder = 0;
  for (const v of values) remainder = (remainder * 32 + v) % 37;
  return remainder;
}

function format(values: readonly number[]): string {
  const groups: string[] = [];
  for (let i = 0; i < values.length; i += GROUP)
    groups.push(
      values
        .slice(i, i + GROUP)
        .map((v) => SYMBOLS[v])
        .join(""),
    );
  return `${groups.join("-")}-${CHECK_SYMBOLS[checkOf(values)]!}`;
}

/** The seal code of a SHA-256 digest (64 hex digits): its first 80 bits, most significant first. */
export function sealCodeOf(digestHex: string): string {
  if (!/^[0-9a-f]{64}$/.test(digestHex)) throw new Error("a seal code is made from a SHA-256 digest in lower-case hex");
  const values: number[] = [];
  // 20 hex digits are 80 bits: each group of 5 hex digits (20 bits) gives 4 symbols.
  for (let i = 0; i < 20; i += 5) {
    const bits = parseInt(digestHex.slice(i, i + 5), 16);
    for (let shift = 15; shift >= 0; shift -= 5) values.push((bits >> shift) & 31);
  }
  return format(values);
}

export type ParsedSealCode =
  { readonly valid: true; readonly code: string } | { readonly valid: false; readonly reason: "length" | "symbol" | "check" };

/** What people type for a symbol: Crockford reads O as 0 and I, L as 1; case does not matter. */
function symbolValue(ch: string): number {
  const c = ch.toUpperCase();
  if (c === "O") return 0;
  if (c === "I" || c === "L") return 1;
  return SYMBOLS.indexOf(c);
}

/**
 * Reads a code as typed from the paper: hyphens, spaces and full-width forms (a Chinese input
 * method) are ignored, O/I/L read as 0/1. A code that fails the check is a typo, never a
 * different seal; the result is the code in its printed form.
 */
export function parseSealCode(typed: string): ParsedSealCode {
  const compact = typed.normalize("NFKC").replace(/[\s\-‐‑‒–—−]/g, "");
  if (compact.length !== DATA_LENGTH + 1) return { valid: false, reason: "length" };
  const values: number[] = [];
  for (const ch of compact.slice(0, DATA_LENGTH)) {
    const v = symbolValue(ch);
    if (v < 0) return { valid: false, reason: "symbol" };
    values.push(v);
  }
  const last = compact.slice(DATA_LENGTH).toUpperCase();
  const check = CHECK_SYMBOLS.indexOf(last === "O" ? "0" : last === "I" || last === "L" ? "1" : last);
  if (check < 0) return { valid: false, reason: "symbol" };
  if (check !== checkOf(values)) return { valid: false, reason: "check" };
  return { valid: true, code: format(values) };
}

export type SealCodeComparison =
  | { readonly kind: "match" }
  | { readonly kind: "mismatch"; readonly fileCode: string }
  | { readonly kind: "typo"; readonly reason: "length" | "symbol" | "check" };

/** The code from the paper against the file's own: the same seal, another seal, or a typo. */
export function compareSealCode(typed: string, digestHex: string): SealCodeComparison {
  const parsed = parseSealCode(typed);
  if (!parsed.valid) return { kind: "typo", reason: parsed.reason };
  const fileCode = sealCodeOf(digestHex);
  return parsed.code === fileCode ? { kind: "match" } : { kind: "mismatch", fileCode };
}
