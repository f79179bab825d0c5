/**
 * Just enough XML to edit a part in place: find an element's children by their spans in the text,
 * read a start tag's attributes, write escaped text. Everything outside the spans an edit replaces
 * stays exactly as the producer wrote it (prefixes, white space, attribute order, unknown markup).
 */
export interface ElementSpan {
  /** The qualified name as written, e.g. `x:sheetProtection`. */
  readonly name: string;
  /** The name without its prefix. */
  readonly local: string;
  /** Index of the `<` of the start tag. */
  readonly start: number;
  /** Index just after the start tag's `>`. */
  readonly tagEnd: number;
  /** Index just after the element (its end tag, or the start tag when self-closing). */
  readonly end: number;
  readonly selfClosing: boolean;
}

export class XmlEditError extends Error {}

function skipTo(xml: string, from: number, marker: string): number {
  const at = xml.indexOf(marker, from);
  if (at < 0) throw new XmlEditError(`unterminated markup at ${from}`);
  return at + marker.length;
}

/** Index just after the `>` that ends the tag starting at `from`, quotes respected. */
function tagEndOf(xml: string, from: number): number {
  let quote = "";
  for (let i = from + 1; i < xml.length; i++) {
    const ch = xml[i];
    if (quote !== "") {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ">") return i + 1;
  }
  throw new XmlEditError(`unterminated tag at ${from}`);
}

function nameOf(xml: string, start: number): string {
  const match = /^[^\s/>]+/.exec(xml.slice(start + 1, start + 200));
  if (match === null) throw new XmlEditError(`no element name at ${start}`);
  return match[0];
}

function span(xml: string, start: number, tagEnd: number, end: number): ElementSpan {
  const name = nameOf(xml, start);
  return { name, local: name.slice(name.indexOf(":") + 1), start, tagEnd, end, selfClosing: end === tagEnd };
}

/**
 * The child elements of the element whose start tag ends at `from`, and where that element's end
 * tag begins. Comments, processing instructions and CDATA are skipped, never taken for elements.
 */
export function childrenOf(xml: string, parent: ElementSpan): { children: ElementSpan[]; closeStart: number } {
  const children: ElementSpan[] = [];
  if (parent.selfClosing) return { children, closeStart: parent.end };
  let depth = 0;
  let childStart = -1;
  let childTagEnd = -1;
  let i = parent.tagEnd;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) throw new XmlEditError(`<${parent.name}> is not closed`);
    if (xml.startsWith("<!--", lt)) i = skipTo(xml, lt + 4, "-->");
    else if (xml.startsWith("<![CDATA[", lt)) i = skipTo(xml, lt + 9, "]]>");
    else if (xml.startsWith("<?", lt)) i = skipTo(xml, lt + 2, "?>");
    else if (xml.startsWith("</", lt)) {
      const end = tagEndOf(xml, lt);
      if (depth === 0) return { children, closeStart: lt };
      depth--;
      if (depth === 0) children.push(span(xml, childStart, childTagEnd, end));
      i = end;
    } else {
      const end = tagEndOf(xml, lt);
      const selfClosing = xml[end - 2] === "/";
      if (depth === 0) {
        childStart = lt;
        childTagEnd = end;
        if (selfClosing) children.push(span(xml, lt, end, end));
      }
      if (!selfClosing) depth++;
      i = end;
    }
  }
}

/** The document element's start tag; its `end` is -1 unless it is empty (`childrenOf` finds its end tag). */
export function rootOf(xml: string): ElementSpan {
  let i = 0;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) throw new XmlEditError("no document element");
    if (xml.startsWith("<?", lt)) i = skipTo(xml, lt + 2, "?>");
    else if (xml.startsWith("<!--", lt)) i = skipTo(xml, lt + 4, "-->");
    else if (xml.startsWith("<!", lt)) i = tagEndOf(xml, lt);
    else {
      const tagEnd = tagEndOf(xml, lt);
      return span(xml, lt, tagEnd, xml[tagEnd - 2] === "/" ? tagEnd : -1);
    }
  }
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith("#x")) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? whole;
  });
}

/** A start tag's attributes by qualified name, values unescaped. */
export function attributesOf(xml: string, element: ElementSpan): Map<string, string> {
  const tag = xml.slice(element.start + 1 + element.name.length, element.tagEnd);
  const attributes = new Map<string, string>();
  for (const m of tag.matchAll(/([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attributes.set(m[1]!, unescapeXml(m[2] ?? m[3] ?? ""));
  return attributes;
}

/** The value of an attribute in whichever namespace prefix the part chose (`r:id`), or undefined. */
export function prefixedValue(attributes: ReadonlyMap<string, string>, local: string): string | undefined {
  for (const [name, value] of attributes) if (name.endsWith(`:${local}`)) return value;
  return undefined;
}

/** The text inside an element (its markup unescaped; no child elements expected). */
export function textOf(xml: string, element: ElementSpan): string {
  if (element.selfClosing) return "";
  return unescapeXml(xml.slice(element.tagEnd, xml.lastIndexOf("<", element.end - 1)));
}

/** `x:` when the element is written with a prefix, so that new siblings share its namespace. */
export function prefixOf(element: ElementSpan): string {
  const colon = element.name.indexOf(":");
  return colon < 0 ? "" : element.name.slice(0, colon + 1);
}

/** The prefix a start tag binds to one of these namespace URIs, or undefined. */
export function prefixBoundTo(xml: string, element: ElementSpan, uris: readonly string[]): string | undefined {
  for (const [name, value] of attributesOf(xml, element)) if (name.startsWith("xmlns:") && uris.includes(value)) return name.slice(6);
  return undefined;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => (ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : "&quot;"));
}

/**
 * Text for an OOXML string (ST_Xstring), XML-escaped: a character XML 1.0 cannot hold (a vertical
 * tab pasted from Word, a lone surrogate, U+FFFE) and a carriage return (which parsers would turn
 * into a line feed) are written `_xHHHH_`, and an underscore that would read as such an escape is
 * written `_x005F_`, exactly as Excel does and as every reader here decodes.
 */
export function xstring(text: string): string {
  const escaped = text
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, "_x005F_")
    .replace(
      /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
    );
  return escapeXml(escaped);
}

/** The text with `replacements` (non-overlapping spans) put in, in one pass. */
export function spliced(xml: string, replacements: readonly { start: number; end: number; text: string }[]): string {
  const sorted = [...replacements].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const r of sorted) {
    out += xml.slice(at, r.start) + r.text;
    at = r.end;
  }
  return out + xml.slice(at);
}
