/**
 * Finds keys that occur more than once, for the duplicate checks. A Map entry for every one of
 * 100,000 rows costs more than all other work on a row together (insertion, growth, garbage), while
 * nearly every key is unique. So each key is hashed as its row is read (the text is then in the
 * cache), and at the end only keys whose hash bucket was hit twice — true repeats and a few per
 * cent of chance collisions — go into a Map, which then decides exactly.
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

export class RepeatFinder {
  private count = 0;
  // Preallocated and filled: pushing 100 000 keys one by one costs more than hashing them.
  private keys: string[];
  private hashes: Int32Array;
  private items: Int32Array;

  /** `expected`: about how many keys will be added (the row count), so the arrays rarely grow. */
  constructor(expected = INITIAL_CAPACITY) {
    const capacity = Math.max(expected, INITIAL_CAPACITY);
    this.keys = new Array<string>(capacity).fill("");
    this.hashes = new Int32Array(capacity);
    this.items = new Int32Array(capacity);
  }

  /** Adds one key of `item` (a row index); items are added in order. */
  add(key: string, item: number): void {
    const n = this.count;
    if (n === this.keys.length) this.grow();
    this.keys[n] = key;
    this.hashes[n] = hash(key);
    this.items[n] = item;
    this.count = n + 1;
  }

  /**
   * Calls `visit(item, firstItem, key)` for every added key that equals an earlier one, in the
   * order they were added, with the item of that key's first occurrence.
   */
  forEachRepeat(visit: (item: number, firstItem: number, key: string) => void): void {
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
    const firstItem = new Map<string, number>();
    for (let i = 0; i < count; i++) {
      const bucket = this.hashes[i]! & mask;
      if ((again[bucket >>> 5]! & (1 << (bucket & 31))) === 0) continue;
      const key = this.keys[i]!;
      const first = firstItem.get(key);
      if (first === undefined) firstItem.set(key, this.items[i]!);
      else visit(this.items[i]!, first, key);
    }
  }

  private grow(): void {
    const capacity = this.keys.length * 2;
    const keys = new Array<string>(capacity).fill("");
    for (let i = 0; i < this.count; i++) keys[i] = this.keys[i]!;
    this.keys = keys;
    const hashes = new Int32Array(capacity);
    hashes.set(this.hashes);
    this.hashes = hashes;
    const items = new Int32Array(capacity);
    items.set(this.items);
    this.items = items;
  }
}
