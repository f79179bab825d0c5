import fc from "fast-check";
import { toNfc } from "../../../src/core/text/normalize";

describe("toNfc", () => {
  it("equals normalize('NFC') on every single UTF-16 code unit", () => {
    const differing: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const s = String.fromCharCode(c);
      if (toNfc(s) !== s.normalize("NFC")) differing.push(c);
    }
    expect(differing).toEqual([]);
  });

  it("composes and reorders what NFC composes and reorders", () => {
    expect(toNfc("e\u0301")).toBe("é");
    expect(toNfc("经验\u0041\u030a")).toBe("经验Å");
    expect(toNfc("a\u0301\u0316")).toBe("a\u0316\u0301".normalize("NFC"));
    expect(toNfc("\u2126")).toBe("\u03a9");
  });

  it("equals normalize('NFC') on any text, including ideographs next to combining marks", () => {
    const unit = fc.oneof(
      fc.integer({ min: 0x20, max: 0x2ff }),
      fc.integer({ min: 0x300, max: 0x36f }),
      fc.integer({ min: 0x3000, max: 0x30ff }),
      fc.integer({ min: 0x4e00, max: 0x4e20 }),
      fc.integer({ min: 0xf900, max: 0xf910 }),
      fc.integer({ min: 0xff00, max: 0xffef }),
      fc.integer({ min: 0x1100, max: 0x11ff }),
      fc.integer({ min: 0xac00, max: 0xac10 }),
    );
    const text = fc.oneof(
      fc.string(),
      fc.array(unit, { maxLength: 8 }).map((codes) => String.fromCharCode(...codes)),
    );
    fc.assert(
      fc.property(text, (s) => {
        expect(toNfc(s)).toBe(s.normalize("NFC"));
      }),
      { numRuns: 2000 },
    );
  });
});
