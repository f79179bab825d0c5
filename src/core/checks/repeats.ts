/**
 * Finds keys that occur more than once, for the duplicate checks. A Map entry for every one of
 * 100,000 rows costs more than all other work on a row together (insertion, growth, garbage), while
 * nearly every key is unique. So each key is first hashed into a table of bucket counts, and only
 * keys whose bucket was hit twice — true repeats and a few per cent of chance collisions — go into
 * a Map, which then decides exactly.
 */

/** Buckets per key: at 8, about one unique key in 16 shares its bucket by chance. */
const BUCKETS_PER_KEY = 8;
const MIN_BUCKETS = 1024;

/** FNV-1a over UTF-16 code units: cheap, and spreads short CJK keys well. */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Calls `visit(index, firstIndex)` for every item whose key equals an earlier item's, in order,
 * with the index of that key's first occurrence. `keyAt` gives an item's key (undefined: the item
 * has none); it is asked once for every item and once more for the few that may repeat, so that
 * nothing per item is kept in between.
 */
export function forEachRepeat(
  count: number,
  keyAt: (index: number) => string | undefined,
  visit: (index: number, firstIndex: number) => void,
): void {
  let size = MIN_BUCKETS;
  while (size < count * BUCKETS_PER_KEY) size *= 2;
  const mask = size - 1;
  const hits = new Uint8Array(size);
  const bucketOf = new Int32Array(count).fill(-1);
  for (let i = 0; i < count; i++) {
    const key = keyAt(i);
    if (key === undefined) continue;
    const bucket = hash(key) & mask;
    bucketOf[i] = bucket;
    if (hits[bucket]! < 2) hits[bucket]! += 1;
  }
  const firstIndex = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const bucket = bucketOf[i]!;
    if (bucket < 0 || hits[bucket]! < 2) continue;
    const key = keyAt(i)!;
    const first = firstIndex.get(key);
    if (first === undefined) firstIndex.set(key, i);
    else visit(i, first);
  }
}
