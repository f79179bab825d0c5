import { decodeXstring } from "../cellValue";
import { attributesOf, childrenOf, escapeXml, prefixOf, rootOf, spliced, textOf, xstring, type ElementSpan } from "./xml";

/**
 * The children of a worksheet in the order CT_Worksheet requires (ECMA-376 Part 1, §18.3.1.99):
 * Excel refuses a sheet whose elements come out of order, so a new element goes before the first
 * existing one that must follow it.
 */
const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** CT_HeaderFooter's children, in order (§18.3.1.46). */
const HEADER_FOOTER_ORDER = ["oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter"];

type Edit = { start: number; end: number; text: string };

/**
 * Where a new child goes: before the first sibling that the schema puts after it. Markup
 * Compatibility blocks (`mc:AlternateContent`) wrap controls and OLE objects, which come last.
 */
function insertionPoint(children: readonly ElementSpan[], closeStart: number, order: readonly string[], local: string): number {
  const rank = order.indexOf(local);
  const after = children.find((c) => c.local === "AlternateContent" || order.indexOf(c.local) > rank);
  return after?.start ?? closeStart;
}

function putChild(children: readonly ElementSpan[], closeStart: number, order: readonly string[], local: string, text: string): Edit {
  const existing = children.find((c) => c.local === local);
  if (existing !== undefined) return { start: existing.start, end: existing.end, text };
  const at = insertionPoint(children, closeStart, order, local);
  return { start: at, end: at, text };
}

/** Sheet protection as Excel writes it; a password is hashed by the caller (SHA-512, spun). */
export interface SheetProtection {
  readonly algorithmName?: string;
  readonly hashValue?: string;
  readonly saltValue?: string;
  readonly spinCount?: number;
}

/**
 * The protection the seal sets: the sheet's cells and objects locked; selecting cells, formatting
 * rows and columns and filtering stay allowed (a reviewer may widen a column to read it).
 */
function protectionElement(prefix: string, password: SheetProtection): string {
  const attributes: [string, string][] = [["sheet", "1"]];
  if (password.hashValue !== undefined) {
    attributes.push(
      ["algorithmName", password.algorithmName ?? "SHA-512"],
      ["hashValue", password.hashValue],
      ["saltValue", password.saltValue ?? ""],
      ["spinCount", String(password.spinCount ?? 100000)],
    );
  }
  attributes.push(["objects", "1"], ["scenarios", "1"], ["formatColumns", "0"], ["formatRows", "0"], ["autoFilter", "0"]);
  return `<${prefix}sheetProtection ${attributes.map(([k, v]) => `${k}="${escapeXml(v)}"`).join(" ")}/>`;
}

const isTrue = (value: string | undefined) => value === "1" || value === "true";

/**
 * The `<headerFooter>` with the seal's footers: the odd pages' always, the even and first pages'
 * when the sheet gives them their own. The other children (headers) and the element's attributes
 * stay as written.
 */
function headerFooterElement(xml: string, existing: ElementSpan | undefined, prefix: string, footer: (current: string) => string): string {
  const write = (local: string, current: string) => `<${prefix}${local}>${xstring(footer(current))}</${prefix}${local}>`;
  if (existing === undefined) return `<${prefix}headerFooter>${write("oddFooter", "")}</${prefix}headerFooter>`;
  const attributes = attributesOf(xml, existing);
  const sealed = ["oddFooter"];
  if (isTrue(attributes.get("differentOddEven"))) sealed.push("evenFooter");
  if (isTrue(attributes.get("differentFirst"))) sealed.push("firstFooter");
  const { children, closeStart } = childrenOf(xml, existing);
  const edits = sealed.map((local) => {
    const child = children.find((c) => c.local === local);
    const text = write(local, child === undefined ? "" : decodeXstring(textOf(xml, child)));
    return putChild(children, closeStart, HEADER_FOOTER_ORDER, local, text);
  });
  if (existing.selfClosing) {
    const open = xml.slice(existing.start, existing.end - 2).trimEnd();
    return `${open}>${edits.map((e) => e.text).join("")}</${existing.name}>`;
  }
  const shift = (e: Edit) => ({ start: e.start - existing.start, end: e.end - existing.start, text: e.text });
  return spliced(xml.slice(existing.start, existing.end), edits.map(shift));
}

/**
 * The sealed form sheet: `<sheetProtection>` and the footer put in (replacing any before), every
 * other byte of the part as it was, cells included.
 */
export function sealSheetXml(xml: string, footer: (current: string) => string, password: SheetProtection): string {
  const root = rootOf(xml);
  const prefix = prefixOf(root);
  const { children, closeStart } = childrenOf(xml, root);
  const headerFooter = children.find((c) => c.local === "headerFooter");
  return spliced(xml, [
    putChild(children, closeStart, WORKSHEET_ORDER, "sheetProtection", protectionElement(prefix, password)),
    putChild(children, closeStart, WORKSHEET_ORDER, "headerFooter", headerFooterElement(xml, headerFooter, prefix, footer)),
  ]);
}
