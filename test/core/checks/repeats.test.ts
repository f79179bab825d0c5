import fc from "fast-check";
import { forEachRepeat } from "../../../src/core/checks/repeats";

function repeatsOf(keys: readonly (string | undefined)[]): [number, number][] {
  const found: [number, number][] = [];
  forEachRepeat(keys.length, (i) => keys[i], (i, first) => found.push([i, first]));
  return found;
}

/** The plain answer, for comparison. */
function naive(keys: readonly (string | undefined)[]): [number, number][] {
  const found: [number, number][] = [];
  keys.forEach((k, i) => {
    if (k === undefined) return;
    const first = keys.indexOf(k);
    if (first < i) found.push([i, first]);
  });
  return found;
}

describe("forEachRepeat", () => {
  it("reports every later occurrence with the first one, in order", () => {
    expect(repeatsOf(["甲", "乙", "甲", undefined, "乙", "甲", undefined])).toEqual([
      [2, 0],
      [4, 1],
      [5, 0],
    ]);
  });

  it("reports nothing for unique keys or none at all", () => {
    expect(repeatsOf(["a", "b", "c"])).toEqual([]);
    expect(repeatsOf([])).toEqual([]);
  });

  it("stays exact when many keys share buckets", () => {
    const keys = Array.from({ length: 20_000 }, (_v, i) => `企业${i % 15_000}`);
    expect(repeatsOf(keys)).toEqual(naive(keys));
  });

  it("agrees with the plain answer on any keys", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.string({ maxLength: 3 }), { nil: undefined }), { maxLength: 60 }), (keys) => {
        expect(repeatsOf(keys)).toEqual(naive(keys));
      }),
    );
  });
});
