/**
 * Finds keys that occur more than once, for the duplicate checks. A Map entry for every one of
 * 100,000 rows costs more than all other work on a row together (insertion, growth, garbage), while
 * nearly every key is unique. So each key is hashed as its row is read (the text is then in the
 * cache) and only its hash is kept, in typed arrays that cost the garbage collector nothing. At the
 * end, keys whose hash bucket was hit twice — true repeats and a few per cent of chance collisions —
 * are sorted out by their full hash, and only those whose full hash repeats are derived again and
 * go into a Map, which then decides exactly.
 */

/** Buckets per key: at 16, about one unique key in 16 shares its bucket by chance. */
const BUCKETS_PER_KEY = 16;
const MIN_BUCKETS = 1024;
const INITIAL_CAPACITY = 64;

/** FNV-1a over UTF-16 code units: cheap, and spreads short CJK keys well. */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h;
}

/** A hash cut to 30 bits, which V8 keeps as a small integer rather than a boxed number in a Map. */
function smallHash(h: number): number {
  return h & 0x3fffffff;
}

/**
 * The keys of items (rows) in the order they are added. An item may have several keys (a cell with
 * two phone numbers); `part` tells them apart, so that `keyOf(item, part)` can derive a key again.
 */
export class RepeatFinder {
  private count = 0;
  private hashes: Int32Array;
  private items: Int32Array;
  private parts: Int32Array;

  /** `expected`: about how many keys will be added (the row count), so the arrays rarely grow. */
  constructor(expected = INITIAL_CAPACITY) {
    const capacity = Math.max(expected, INITIAL_CAPACITY);
    this.hashes = new Int32Array(capacity);
    this.items = new Int32Array(capacity);
    this.parts = new Int32Array(capacity);
  }

  /** Adds key number `part` of `item`; items are added in order. */
  add(key: string, item: number, part = 0): void {
    const n = this.count;
    if (n === this.hashes.length) this.grow();
    this.hashes[n] = hash(key);
    this.items[n] = item;
    this.parts[n] = part;
    this.count = n + 1;
  }

  /**
   * Calls `visit(item, firstItem, key)` for every added key that equals an earlier one, in the
   * order they were added, with the item of that key's first occurrence. `keyOf` derives again
   * the key that `add` was given for an item and part.
   */
  forEachRepeat(keyOf: (item: number, part: number) => string, visit: (item: number, firstItem: number, key: string) => void): void {
    const count = this.count;
    let size = MIN_BUCKETS;
    while (size < count * BUCKETS_PER_KEY) size *= 2;
    const mask = size - 1;
    // Two bits per bucket (hit once, hit again) keep the table small enough to stay in cache.
    const once = new Int32Array(size >>> 5);
    const again = new Int32Array(size >>> 5);
    for (let i = 0; i < count; i++) {
      const bucket = this.hashes[i]! & mask;
      const word = bucket >>> 5;
      const bit = 1 << (bucket & 31);
      if ((once[word]! & bit) === 0) once[word] = once[word]! | bit;
      else again[word] = again[word]! | bit;
    }
    // Entries in a bucket hit twice, then those whose full hash repeats: only they need their key.
    const suspects: number[] = [];
    const hashCount = new Map<number, number>();
    for (let i = 0; i < count; i++) {
      const bucket = this.hashes[i]! & mask;
      if ((again[bucket >>> 5]! & (1 << (bucket & 31))) === 0) continue;
      suspects.push(i);
      const h = smallHash(this.hashes[i]!);
      hashCount.set(h, (hashCount.get(h) ?? 0) + 1);
    }
    const firstItem = new Map<string, number>();
    for (const i of suspects) {
      if (hashCount.get(smallHash(this.hashes[i]!))! < 2) continue;
      const item = this.items[i]!;
      const key = keyOf(item, this.parts[i]!);
      const first = firstItem.get(key);
      if (first === undefined) firstItem.set(key, item);
      else visit(item, first, key);
    }
  }

  private grow(): void {
    const capacity = this.hashes.length * 2;
    const hashes = new Int32Array(capacity);
    hashes.set(this.hashes);
    this.hashes = hashes;
    const items = new Int32Array(capacity);
    items.set(this.items);
    this.items = items;
    const parts = new Int32Array(capacity);
    parts.set(this.parts);
    this.parts = parts;
  }
}
