import fc from "fast-check";
import { characterCount, experienceLengthCheck } from "../../../src/core/checks/experienceLength";
import { renderMessage } from "../../../src/core/issues/render";
import { goodRows, makeForm, runCheck } from "../../helpers/form";

const title = (n: number) => `${"质".repeat(n - 2)}经验`;

describe("experience-name-too-long", () => {
  it("accepts 40 characters", () => {
    expect(runCheck(experienceLengthCheck, makeForm(goodRows({ experience: title(40) })))).toEqual([]);
  });

  it("flags 41 characters with the count", () => {
    const issues = runCheck(experienceLengthCheck, makeForm(goodRows({ experience: title(41) })));
    expect(issues.map((i) => [i.code, i.cell, i.severity, i.params])).toEqual([
      ["experience-name-too-long", "C5", "error", { length: 41 }],
    ]);
    expect(renderMessage(issues[0]!, "zh")).toBe("经验名称共 41 字，超过 40 字");
    expect(renderMessage(issues[0]!, "en")).toBe("The experience title has 41 characters; at most 40 are allowed");
  });

  it("does not count surrounding spaces", () => {
    expect(runCheck(experienceLengthCheck, makeForm(goodRows({ experience: `  ${title(40)}\n` })))).toEqual([]);
  });

  it("counts as a person does: an astral character is one, a decomposed accent joins its letter", () => {
    expect(characterCount("𠀀经验")).toBe(3);
    expect(characterCount("e\u0301")).toBe(1);
    expect(runCheck(experienceLengthCheck, makeForm(goodRows({ experience: `${"𠀀".repeat(38)}经验` })))).toEqual([]);
  });

  it("counts the code points of the trimmed NFC text, for any text", () => {
    const unit = fc.constantFrom("质", "经", "验", " ", "\u3000", "\u2000", "\n", "e", "\u0301", "𠀀", "\ud800", "ａ", "\u00e9", "\uf900");
    const text = fc.oneof(
      fc.string(),
      fc.array(unit, { maxLength: 10 }).map((u) => u.join("")),
    );
    fc.assert(
      fc.property(text, (s) => {
        expect(characterCount(s)).toBe([...s.normalize("NFC").trim()].length);
      }),
    );
  });
});
