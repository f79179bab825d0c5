import fc from "fast-check";
import { RepeatFinder } from "../../../src/core/checks/repeats";

/** Adds each key with its index as the item (undefined: the item has no key). */
function repeatsOf(keys: readonly (string | undefined)[], expected?: number): [number, number][] {
  const finder = new RepeatFinder(expected);
  keys.forEach((k, i) => {
    if (k !== undefined) finder.add(k, i);
  });
  const found: [number, number][] = [];
  finder.forEachRepeat(
    (i) => keys[i]!,
    (i, first, key) => {
      expect(key).toBe(keys[i]);
      found.push([i, first]);
    },
  );
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

describe("RepeatFinder", () => {
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

  it("stays exact among 200,000 keys with repeats spread through them", () => {
    const keys = Array.from({ length: 200_000 }, (_v, i) => (i % 1_000 === 999 ? `企业${i - 500}` : `企业${i}`));
    const firstAt = new Map<string, number>();
    const expected: [number, number][] = [];
    keys.forEach((k, i) => {
      const first = firstAt.get(k);
      if (first === undefined) firstAt.set(k, i);
      else expected.push([i, first]);
    });
    expect(expected).toHaveLength(200);
    expect(repeatsOf(keys)).toEqual(expected);
  });

  it("tells apart distinct keys whose hashes are equal", () => {
    // Found by search: the two strings have the same FNV-1a hash.
    expect(repeatsOf(["企业6pfs", "企业nvja", "企业6pfs", "企业nvja"])).toEqual([
      [2, 0],
      [3, 1],
    ]);
  });

  it("grows beyond the expected count without losing keys", () => {
    const keys = Array.from({ length: 5_000 }, (_v, i) => `企业${i % 3_001}`);
    expect(repeatsOf(keys, 10)).toEqual(naive(keys));
  });

  it("tells several keys of one item apart by their part", () => {
    const cells = [["甲", "乙"], ["丙"], ["乙", "丙", "丁"]];
    const finder = new RepeatFinder();
    cells.forEach((keys, item) => keys.forEach((k, part) => finder.add(k, item, part)));
    const found: [number, number, string][] = [];
    finder.forEachRepeat(
      (item, part) => cells[item]![part]!,
      (item, first, key) => found.push([item, first, key]),
    );
    expect(found).toEqual([
      [2, 0, "乙"],
      [2, 1, "丙"],
    ]);
  });

  it("agrees with the plain answer on any keys", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.string({ maxLength: 3 }), { nil: undefined }), { maxLength: 60 }), (keys) => {
        expect(repeatsOf(keys)).toEqual(naive(keys));
      }),
    );
  });
});
