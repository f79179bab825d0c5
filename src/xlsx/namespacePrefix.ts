const SPREADSHEETML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** A prolog that runs this long without a root element is no workbook part; it passes untouched. */
const MAX_PROLOG = 64 * 1024;

/** The constructs whose insides are no markup, keyed by how they open. */
const OPAQUE: readonly (readonly [open: string, close: string])[] = [
  ["<!--", "-->"],
  ["<![CDATA[", "]]>"],
  ["<?", "?>"],
];
const LONGEST_OPENING = Math.max(...OPAQUE.map(([open]) => open.length));

/** Where the start tag opening at `at` ends (its `>`), skipping quoted attribute values; -1 if not yet in `text`. */
function tagEnd(text: string, at: number): number {
  let quote: string | undefined;
  for (let i = at + 1; i < text.length; i++) {
    const c = text[i];
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === ">") {
      return i;
    }
  }
  return -1;
}

/** The prefix the root start tag binds to the spreadsheetml namespace, or null when it binds none. */
function spreadsheetPrefix(rootTag: string): string | null {
  for (const m of rootTag.matchAll(/\sxmlns:([^\s=/>]+)\s*=\s*(["'])(.*?)\2/g)) {
    if (m[3] === SPREADSHEETML) return m[1]!;
  }
  return null;
}

/**
 * Removes the spreadsheetml namespace prefix from element names (`<x:row>` → `<row>`), fed one
 * text chunk at a time. exceljs 4.4 matches tag names literally, so a part written with a prefix
 * (OpenXML SDK exporters do) would otherwise read as empty. The prefix is the one the root element
 * declares; a part that declares none passes through as it comes. Only `<` opens markup (it cannot
 * stand unescaped in text or in an attribute value), so text and attribute values stay as they are;
 * comments, CDATA and processing instructions are passed over whole.
 */
export class SpreadsheetPrefixStripper {
  /** undefined until the root element has been seen; null when it binds no prefix. */
  private prefix: string | null | undefined;
  private pending = "";
  private closing: string | undefined;

  push(chunk: string): string {
    if (this.prefix === null) return chunk;
    this.pending += chunk;
    if (this.prefix === undefined) {
      this.prefix = this.findPrefix(false);
      if (this.prefix === undefined) return "";
      if (this.prefix === null) return this.flush();
    }
    return this.strip(this.prefix, false);
  }

  /** What is still held back, once the last chunk has been pushed. */
  end(): string {
    if (this.prefix === undefined) this.prefix = this.findPrefix(true);
    return this.prefix === null || this.prefix === undefined ? this.flush() : this.strip(this.prefix, true);
  }

  private flush(): string {
    const out = this.pending;
    this.pending = "";
    return out;
  }

  private findPrefix(final: boolean): string | null | undefined {
    const text = this.pending;
    let pos = 0;
    for (;;) {
      const at = text.indexOf("<", pos);
      if (at < 0 || (!final && text.length - at < LONGEST_OPENING)) break;
      const opaque = OPAQUE.find(([open]) => text.startsWith(open, at));
      const end =
        opaque !== undefined
          ? text.indexOf(opaque[1], at + opaque[0].length)
          : text.startsWith("<!", at)
            ? text.indexOf(">", at)
            : tagEnd(text, at);
      if (end < 0) break;
      if (opaque === undefined && !text.startsWith("<!", at)) return spreadsheetPrefix(text.slice(at, end + 1));
      pos = end + 1;
    }
    return final || text.length > MAX_PROLOG ? null : undefined;
  }

  private strip(prefix: string, final: boolean): string {
    const text = this.pending;
    const open = `<${prefix}:`;
    const close = `</${prefix}:`;
    const lookahead = Math.max(LONGEST_OPENING, close.length);
    const out: string[] = [];
    let pos = 0;
    for (;;) {
      if (this.closing !== undefined) {
        const end = text.indexOf(this.closing, pos);
        if (end < 0) {
          // The closing mark may begin in this chunk and end in the next.
          const keep = final ? text.length : Math.max(pos, text.length - this.closing.length + 1);
          out.push(text.slice(pos, keep));
          pos = keep;
          break;
        }
        out.push(text.slice(pos, end + this.closing.length));
        pos = end + this.closing.length;
        this.closing = undefined;
      }
      const at = text.indexOf("<", pos);
      if (at < 0) {
        out.push(text.slice(pos));
        pos = text.length;
        break;
      }
      out.push(text.slice(pos, at));
      pos = at;
      if (!final && text.length - at < lookahead) break;
      const opaque = OPAQUE.find(([o]) => text.startsWith(o, at));
      if (opaque !== undefined) {
        out.push(opaque[0]);
        pos = at + opaque[0].length;
        this.closing = opaque[1];
      } else if (text.startsWith(close, at)) {
        out.push("</");
        pos = at + close.length;
      } else if (text.startsWith(open, at)) {
        out.push("<");
        pos = at + open.length;
      } else {
        out.push("<");
        pos = at + 1;
      }
    }
    this.pending = text.slice(pos);
    return out.join("");
  }
}

/** A part's text with the spreadsheetml prefix removed from its element names (see `SpreadsheetPrefixStripper`). */
export async function* withoutSpreadsheetPrefix(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  const stripper = new SpreadsheetPrefixStripper();
  for await (const chunk of chunks) {
    const out = stripper.push(chunk);
    if (out !== "") yield out;
  }
  const rest = stripper.end();
  if (rest !== "") yield rest;
}
