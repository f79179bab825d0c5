import { terminalJson, visible, visibleLines } from "../../src/cli/terminalText";
import { clip, textWidth } from "../../src/cli/textWidth";

describe("visible: control characters shown, not obeyed", () => {
  test("C0, DEL and C1 as \\xHH (tab, line feed and carriage return by name); bidi controls and separators as \\uHHHH", () => {
    expect(visible("a\u0000b\u0007c\u001b[2Jd\u007fe\u0085f\u009bg")).toBe("a\\x00b\\x07c\\x1b[2Jd\\x7fe\\x85f\\x9bg");
    expect(visible("\t\n\r")).toBe("\\t\\n\\r");
    expect(visible("abc\u202edef\u2066\u2069\u200f\u061c\u2028")).toBe("abc\\u202edef\\u2066\\u2069\\u200f\\u061c\\u2028");
  });

  test("ordinary text, Chinese, full-width punctuation and emoji pass unchanged", () => {
    const text = "杭州海康威视数字技术股份有限公司（ＡＢＣ）“引号” — 😀 café";
    expect(visible(text)).toBe(text);
  });

  test("visibleLines keeps our own line breaks and escapes the rest", () => {
    expect(visibleLines("error: unknown option '--\u001b[2J'\n")).toBe("error: unknown option '--\\x1b[2J'\n");
  });

  test("terminalJson escapes what JSON.stringify leaves raw, and parses back to the same value", () => {
    const value = { name: "\u001b]0;x\u0007\u009b\u202e\u2028公司" };
    const json = terminalJson(value);
    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe("clip: width-aware cut with an ellipsis", () => {
  test("Chinese counts two columns: 10 columns hold 4 characters and the ellipsis", () => {
    const cut = clip("一二三四五六七八", 10);
    expect(cut).toBe("一二三四…");
    expect(textWidth(cut)).toBeLessThanOrEqual(10);
  });

  test("text that fits is only made visible, never cut", () => {
    expect(clip("短\u001b", 10)).toBe("短\\x1b");
  });

  test("a cut never splits an escape", () => {
    expect(clip("ab\u001bcdef", 5)).toBe("ab…");
    expect(clip("ab\u001bcdef", 7)).toBe("ab\\x1b…");
  });
});
