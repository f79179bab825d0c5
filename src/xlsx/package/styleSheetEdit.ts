import type { LayoutStyle, TemplateLayout } from "../../core/template/layout";
import { attributesOf, childrenOf, escapeXml, prefixOf, rootOf, spliced, XmlEditError, type ElementSpan } from "./xml";

/** GB2312 charset, so that Excel on any locale picks a Chinese face for 宋体/黑体 (as writeTemplate.ts asks exceljs). */
const CHINESE_CHARSET = 134;

/**
 * The styles part (`xl/styles.xml`) with cell formats added: each a cell's own format (its number
 * format, fill and protection kept, so that the cell prints the same text) with a layout style's
 * font, border and alignment. Existing fonts, borders and formats stay where they are, so every
 * other cell keeps its look.
 */
export interface StyleSheetEdit {
  /** The index in `<cellXfs>` of format `base` (0: a cell without one) dressed in `style`. */
  formatOf(base: number, style: LayoutStyle): number;
  /** The part with the formats asked for appended. */
  xml(): string;
}

interface Collection {
  readonly element: ElementSpan;
  readonly children: readonly ElementSpan[];
  readonly closeStart: number;
  readonly added: string[];
  readonly index: Map<string, number>;
}

function collection(xml: string, root: ElementSpan, local: string): Collection {
  const element = childrenOf(xml, root).children.find((c) => c.local === local);
  if (element === undefined || element.selfClosing) throw new XmlEditError(`the styles part has no <${local}>`);
  const { children, closeStart } = childrenOf(xml, element);
  return { element, children, closeStart, added: [], index: new Map() };
}

/** The entry's index, appending it the first time it is asked for. */
function entry(c: Collection, text: string): number {
  const known = c.index.get(text);
  if (known !== undefined) return known;
  const at = c.children.length + c.added.length;
  c.added.push(text);
  c.index.set(text, at);
  return at;
}

/** The collection's start tag with its `count` made right, and the new entries before its end tag. */
function collectionEdits(xml: string, c: Collection): { start: number; end: number; text: string }[] {
  if (c.added.length === 0) return [];
  const open = xml.slice(c.element.start, c.element.tagEnd);
  const count = String(c.children.length + c.added.length);
  const counted = /\scount\s*=\s*("[^"]*"|'[^']*')/.test(open)
    ? open.replace(/(\scount\s*=\s*)("[^"]*"|'[^']*')/, `$1"${count}"`)
    : `${open.slice(0, open.length - 1)} count="${count}">`;
  return [
    { start: c.element.start, end: c.element.tagEnd, text: counted },
    { start: c.closeStart, end: c.closeStart, text: c.added.join("") },
  ];
}

const attribute = (name: string, value: string) => ` ${name}="${escapeXml(value)}"`;

export function editStyleSheet(xml: string, fonts: TemplateLayout["fonts"]): StyleSheetEdit {
  const root = rootOf(xml);
  const p = prefixOf(root);
  const fontList = collection(xml, root, "fonts");
  const borderList = collection(xml, root, "borders");
  const formats = collection(xml, root, "cellXfs");
  const thin = (side: string) => `<${p}${side} style="thin"><${p}color rgb="FF000000"/></${p}${side}>`;
  const empty = (side: string) => `<${p}${side}/>`;
  const BORDER: Record<Exclude<LayoutStyle["border"], "none">, string> = {
    box: `<${p}border>${["left", "right", "top", "bottom"].map(thin).join("")}${empty("diagonal")}</${p}border>`,
    bottom: `<${p}border>${["left", "right", "top"].map(empty).join("")}${thin("bottom")}${empty("diagonal")}</${p}border>`,
  };

  const memo = new Map<LayoutStyle, Map<number, number>>();
  const dressed = (base: number, style: LayoutStyle): number => {
    const baseXf = formats.children[base] ?? formats.children[0];
    if (baseXf === undefined) throw new XmlEditError("the styles part has no cell format");
    const font =
      `<${p}font>${style.bold ? `<${p}b/>` : ""}<${p}sz val="${style.size}"/>` +
      `<${p}name val="${escapeXml(fonts[style.face])}"/><${p}charset val="${CHINESE_CHARSET}"/></${p}font>`;
    const a = new Map(attributesOf(xml, baseXf));
    a.set("fontId", String(entry(fontList, font)));
    if (style.border !== "none") a.set("borderId", String(entry(borderList, BORDER[style.border])));
    for (const applied of ["applyFont", "applyBorder", "applyAlignment"]) a.set(applied, "1");
    const alignment =
      `<${p}alignment` +
      (style.horizontal === "general" ? "" : attribute("horizontal", style.horizontal)) +
      attribute("vertical", style.vertical === "middle" ? "center" : "bottom") +
      (style.wrap ? attribute("wrapText", "1") : "") +
      (style.shrinkToFit ? attribute("shrinkToFit", "1") : "") +
      "/>";
    const protection = childrenOf(xml, baseXf).children.find((c) => c.local === "protection");
    const kept = protection === undefined ? "" : xml.slice(protection.start, protection.end);
    const attributes = [...a].map(([name, value]) => attribute(name, value)).join("");
    return entry(formats, `<${baseXf.name}${attributes}>${alignment}${kept}</${baseXf.name}>`);
  };
  return {
    formatOf(base, style) {
      const byBase = memo.get(style) ?? new Map<number, number>();
      memo.set(style, byBase);
      const known = byBase.get(base);
      if (known !== undefined) return known;
      const index = dressed(base, style);
      byBase.set(base, index);
      return index;
    },
    xml() {
      return spliced(
        xml,
        [fontList, borderList, formats].flatMap((c) => collectionEdits(xml, c)),
      );
    },
  };
}
