/**
 * Lists of strings keyed by a 16-bit code (a name's last character, or a bucket of its first two),
 * looked up by indexing a typed array: the enterprise-name rules ask for them on every row of
 * 100 000-row sheets, where hashing a key in a Map costs more than the rest of the lookup.
 */
export class ListsByCode {
  /** Per code, the list's index in `lists` plus one; 0 for none. */
  private readonly slots = new Uint16Array(0x10000);
  private readonly lists: string[][] = [];

  /** Lists `text` under `code`; lists keep the order texts were added in unless sorted. */
  add(code: number, text: string): void {
    const slot = this.slots[code]!;
    if (slot !== 0) {
      this.lists[slot - 1]!.push(text);
      return;
    }
    this.lists.push([text]);
    this.slots[code] = this.lists.length;
  }

  get(code: number): readonly string[] | undefined {
    const slot = this.slots[code];
    return slot === undefined || slot === 0 ? undefined : this.lists[slot - 1];
  }

  /** Orders every list longest first, so that the first match is the longest. */
  sortLongestFirst(): this {
    for (const list of this.lists) list.sort((a, b) => b.length - a.length);
    return this;
  }
}
