import fc from "fast-check";
import { isTidyPhone, parsePhone, parsePhones, tidyPhoneKey } from "../../../src/core/text/phone";

describe("parsePhones", () => {
  it.each(["13912345678", "0571-87654321", "010-12345678", "0571-8765432", "0571-87654321转123", "0571-87654321-123"])(
    "takes %p as tidy",
    (text) => {
      const p = parsePhones(text);
      expect(p).toMatchObject({ valid: true, tidy: true, normalized: text });
    },
  );

  it.each([
    ["139 1234 5678", "13912345678"],
    ["139-1234-5678", "13912345678"],
    ["+86 139 1234 5678", "13912345678"],
    ["+8613912345678", "13912345678"],
    ["8613912345678", "13912345678"],
    ["(0571)87654321", "0571-87654321"],
    ["（0571）87654321", "0571-87654321"],
    ["0571 8765 4321", "0571-87654321"],
    ["057187654321", "0571-87654321"],
    ["01012345678", "010-12345678"],
    ["+86 571 87654321", "0571-87654321"],
    ["0571－87654321", "0571-87654321"],
    ["０５７１-８７６５４３２１", "0571-87654321"],
    ["0571-87654321 ext. 123", "0571-87654321转123"],
    ["0571-87654321x123", "0571-87654321转123"],
    ["0571-87654321分机123", "0571-87654321转123"],
    ["手机：13912345678", "13912345678"],
    [" 13912345678 ", "13912345678"],
    ["13912345678，", "13912345678"],
  ])("tidies %p to %p", (text, tidy) => {
    expect(parsePhones(text)).toMatchObject({ valid: true, tidy: false, normalized: tidy });
  });

  it("reads several numbers and keeps the clerk's separators", () => {
    for (const sep of ["、", ",", "，", ";", "；", "/", " "]) {
      const text = `13912345678${sep}0571-87654321`;
      const p = parsePhones(text);
      expect(p).toMatchObject({ valid: true, tidy: true, normalized: text });
      expect(p.numbers.map((n) => n.kind)).toEqual(["mobile", "landline"]);
    }
  });

  it("tidies each of several numbers on its own", () => {
    expect(parsePhones("139 1234 5678、(0571)87654321").normalized).toBe("13912345678、0571-87654321");
  });

  it("takes a mobile stored as a NUMBER as valid but not tidy", () => {
    expect(parsePhones(13912345678)).toMatchObject({ valid: true, tidy: false, normalized: "13912345678" });
  });

  it("gives back the leading 0 Excel dropped from a landline stored as a NUMBER", () => {
    expect(parsePhones(57187654321)).toMatchObject({ valid: true, normalized: "0571-87654321" });
    expect(parsePhones(1087654321)).toMatchObject({ valid: true, normalized: "010-87654321" });
  });

  it.each([
    "87654321", // no area code
    "1391234567", // 10 digits
    "139123456789", // 12 digits
    "12912345678", // 12x is no mobile prefix
    "400-123-4567",
    "0571-123456", // subscriber too short
    "0571-012345678",
    "13912345678转123", // a mobile has no extension
    "王芳",
    "13912345678、无",
    "",
    "  ",
  ])("refuses %p", (text) => {
    expect(parsePhones(text).valid).toBe(false);
  });

  it("refuses cells that hold no text or integer", () => {
    for (const v of [null, true, new Date(), { error: "#N/A" }, 1.5, -13912345678, Number.NaN]) {
      expect(parsePhones(v).valid).toBe(false);
    }
  });

  it("keys numbers so that spellings of one number compare equal, extensions apart", () => {
    expect(parsePhone("(0571) 8765 4321")?.key).toBe(parsePhone("0571-87654321")?.key);
    expect(parsePhone("0571-87654321转1")?.key).not.toBe(parsePhone("0571-87654321转2")?.key);
  });
});

describe("isTidyPhone and tidyPhoneKey", () => {
  it("know one tidy mobile or landline, with the key parsePhones gives it", () => {
    expect(tidyPhoneKey("13912345678")).toBe("13912345678");
    expect(tidyPhoneKey("0571-87654321")).toBe("057187654321");
    expect(tidyPhoneKey("010-1234567")).toBe("0101234567");
    for (const text of [
      "1391234567",
      "12912345678",
      "0571-07654321",
      "057-187654321",
      "0571-87654321转123",
      "139 1234 5678",
      "13912345678、13812345678",
    ]) {
      expect([text, isTidyPhone(text), tidyPhoneKey(text)]).toEqual([text, false, undefined]);
    }
  });

  it("agree with parsePhones on any text", () => {
    const piece = fc.constantFrom("0", "1", "2", "3", "5", "9", "-", " ", "０", "13912345678", "0571-", "010-", "8765432", "1");
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(piece, { maxLength: 5 }).map((p) => p.join("")),
        ),
        (text) => {
          const parsed = parsePhones(text);
          const oneTidy = parsed.valid && parsed.tidy && parsed.numbers.length === 1 && !parsed.numbers[0]!.key.includes("#");
          expect(isTidyPhone(text)).toBe(oneTidy);
          expect(tidyPhoneKey(text)).toBe(oneTidy ? parsed.numbers[0]!.key : undefined);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
