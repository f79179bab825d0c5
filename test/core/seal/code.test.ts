import { createHash } from "node:crypto";
import { compareSealCode, parseSealCode, sealCodeOf } from "../../../src/core/seal/code";

const digest = (seed: string): string => createHash("sha256").update(seed).digest("hex");
/** Digests whose codes between them hold every check symbol, the extra five included. */
const DIGESTS = Array.from({ length: 400 }, (_, i) => digest(`form ${i}`));
const SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ*~$=U";

describe("the seal code", () => {
  it("is 80 bits of the digest as four groups of four Crockford symbols and a check symbol", () => {
    expect(sealCodeOf("0".repeat(64))).toBe("0000-0000-0000-0000-0");
    expect(sealCodeOf("f".repeat(64))).toBe("ZZZZ-ZZZZ-ZZZZ-ZZZZ-" + SYMBOLS[Number((2n ** 80n - 1n) % 37n)]);
    // 0x00000_00001… : the 20th bit is the last of the first four symbols.
    expect(sealCodeOf("00001" + "0".repeat(59))).toBe("0001-0000-0000-0000-" + SYMBOLS[32 ** 12 % 37]);
    for (const d of DIGESTS) expect(sealCodeOf(d)).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z*~$=U]$/);
  });

  it("uses every check symbol across many digests, so the tests below meet each of them", () => {
    const checks = new Set(DIGESTS.map((d) => sealCodeOf(d).slice(-1)));
    expect(checks.size).toBe(37);
  });

  it("reads back as typed: lower case, without hyphens, with spaces, full-width, O for 0 and I or L for 1", () => {
    const code = sealCodeOf(DIGESTS[0]!);
    const compact = code.replace(/-/g, "");
    expect(parseSealCode(code.toLowerCase())).toEqual({ valid: true, code });
    expect(parseSealCode(compact)).toEqual({ valid: true, code });
    expect(parseSealCode(code.replace(/-/g, " "))).toEqual({ valid: true, code });
    const fullWidth = [...code].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join("");
    expect(parseSealCode(fullWidth)).toEqual({ valid: true, code });
    const withZeroAndOne = "0100-0000-0000-0000-" + SYMBOLS[32 ** 14 % 37];
    expect(parseSealCode("O1OO-OOOO-OOOO-OOOO-" + SYMBOLS[32 ** 14 % 37])).toEqual({ valid: true, code: withZeroAndOne });
    expect(parseSealCode("0L00 0000 0000 0000 " + SYMBOLS[32 ** 14 % 37])).toEqual({ valid: true, code: withZeroAndOne });
  });

  it("calls every single-symbol substitution of every code a typo", () => {
    let tried = 0;
    const missed: string[] = [];
    for (const d of DIGESTS) {
      const compact = sealCodeOf(d).replace(/-/g, "");
      for (let i = 0; i < compact.length; i++) {
        for (const s of SYMBOLS) {
          if (s === compact[i]) continue;
          const typed = compact.slice(0, i) + s + compact.slice(i + 1);
          if (compareSealCode(typed, d).kind !== "typo") missed.push(typed);
          tried++;
        }
      }
    }
    expect(missed).toEqual([]);
    expect(tried).toBe(DIGESTS.length * 17 * 36);
  });

  it("calls every swap of two neighbouring symbols of every code a typo, the check symbol included", () => {
    let tried = 0;
    const missed: string[] = [];
    for (const d of DIGESTS) {
      const compact = sealCodeOf(d).replace(/-/g, "");
      for (let i = 0; i + 1 < compact.length; i++) {
        if (compact[i] === compact[i + 1]) continue;
        const typed = compact.slice(0, i) + compact[i + 1]! + compact[i]! + compact.slice(i + 2);
        if (compareSealCode(typed, d).kind !== "typo") missed.push(typed);
        tried++;
      }
    }
    expect(missed).toEqual([]);
    expect(tried).toBeGreaterThan(DIGESTS.length * 15);
  });

  it("tells a code of another seal from a typo, and names the file's own code", () => {
    const [a, b] = [DIGESTS[0]!, DIGESTS[1]!];
    expect(compareSealCode(sealCodeOf(a), a)).toEqual({ kind: "match" });
    expect(compareSealCode(sealCodeOf(b), a)).toEqual({ kind: "mismatch", fileCode: sealCodeOf(a) });
    expect(compareSealCode(sealCodeOf(a).slice(0, -2), a)).toEqual({ kind: "typo", reason: "length" });
    expect(compareSealCode(sealCodeOf(a).replace(/^./, "#"), a)).toEqual({ kind: "typo", reason: "symbol" });
  });
});
