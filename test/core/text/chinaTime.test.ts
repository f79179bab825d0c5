import { chinaTime } from "../../../src/core/text/chinaTime";

describe("a recorded moment as every front prints it", () => {
  test.each([
    ["2021-06-10T01:30:00.000Z", "zh", "2021-06-10 09:30（北京时间）"],
    ["2021-06-10T01:30:00.000Z", "en", "2021-06-10 09:30 (Beijing time)"],
    // Late evening in UTC is the next morning in China: the day turns too.
    ["2021-12-31T16:05:00.000Z", "zh", "2022-01-01 00:05（北京时间）"],
    // A moment recorded with its own offset is the same moment.
    ["2021-06-10T09:30:00+08:00", "zh", "2021-06-10 09:30（北京时间）"],
    // China keeps no daylight saving: a July moment is UTC+8 as well.
    ["2026-07-01T03:20:00.000Z", "zh", "2026-07-01 11:20（北京时间）"],
    ["not a time", "zh", "not a time"],
  ] as const)("%s (%s) → %s", (iso, lang, shown) => {
    expect(chinaTime(iso, lang)).toBe(shown);
  });
});
