import { FOOTER_PAGES, joinFooter, splitFooter, type FooterPages, type SheetFooters } from "../../core/seal/footer";
import {
  allowancesOfSheetProtection,
  SEAL_PROTECTION,
  sheetProtectionAttributes,
  type ProtectionAllowances,
} from "../../core/seal/protection";
import type { ProtectionBeforeSeal } from "../../core/storage";
import { decodeXstring } from "../cellValue";
import { attributesOf, childrenOf, escapeXml, prefixOf, rootOf, spliced, textOf, xstring, type ElementSpan } from "./xml";

/**
 * The children of a worksheet in the order CT_Worksheet requires (ECMA-376 Part 1, §18.3.1.99):
 * Excel refuses a sheet whose elements come out of order, so a new element goes before the first
 * existing one that must follow it.
 */
export const WORKSHEET_ORDER = [
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

export type Edit = { start: number; end: number; text: string };

/**
 * Where a new child goes: before the first sibling that the schema puts after it. Markup
 * Compatibility blocks (`mc:AlternateContent`) wrap controls and OLE objects, which come last.
 */
function insertionPoint(children: readonly ElementSpan[], closeStart: number, order: readonly string[], local: string): number {
  const rank = order.indexOf(local);
  const after = children.find((c) => c.local === "AlternateContent" || order.indexOf(c.local) > rank);
  return after?.start ?? closeStart;
}

export function putChild(
  children: readonly ElementSpan[],
  closeStart: number,
  order: readonly string[],
  local: string,
  text: string,
): Edit {
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

/** A `<sheetProtection>` with these allowances (the seal's: `SEAL_PROTECTION`) and the password's hash, if any. */
function protectionElement(prefix: string, password: SheetProtection, allow: ProtectionAllowances): string {
  const attributes: [string, string][] = [["sheet", "1"]];
  if (password.hashValue !== undefined) {
    attributes.push(
      ["algorithmName", password.algorithmName ?? "SHA-512"],
      ["hashValue", password.hashValue],
      ["saltValue", password.saltValue ?? ""],
      ["spinCount", String(password.spinCount ?? 100000)],
    );
  }
  attributes.push(...sheetProtectionAttributes(allow));
  return `<${prefix}sheetProtection ${attributes.map(([k, v]) => `${k}="${escapeXml(v)}"`).join(" ")}/>`;
}

const isTrue = (value: string | undefined) => value === "1" || value === "true";

/** The footer element of each page group (`differentOddEven` splits the default into odd and even). */
const ELEMENT_OF: Readonly<Record<FooterPages, string>> = {
  default: "oddFooter",
  odd: "oddFooter",
  even: "evenFooter",
  first: "firstFooter",
};

/** The page groups the sheet prints with, as Excel.HeaderFooterState names them from these flags. */
function groupsOf(xml: string, headerFooter: ElementSpan | undefined): FooterPages[] {
  const a = headerFooter === undefined ? new Map<string, string>() : attributesOf(xml, headerFooter);
  const groups: FooterPages[] = isTrue(a.get("differentOddEven")) ? ["odd", "even"] : ["default"];
  if (isTrue(a.get("differentFirst"))) groups.unshift("first");
  return groups;
}

function headerFooterOf(xml: string): ElementSpan | undefined {
  return childrenOf(xml, rootOf(xml)).children.find((c) => c.local === "headerFooter");
}

/** The sheet's footers, by the page groups it prints with (an absent footer is empty sections). */
export function sheetFootersOf(xml: string): SheetFooters {
  const headerFooter = headerFooterOf(xml);
  const children = headerFooter === undefined ? [] : childrenOf(xml, headerFooter).children;
  const footers: SheetFooters = {};
  for (const pages of groupsOf(xml, headerFooter)) {
    const element = children.find((c) => c.local === ELEMENT_OF[pages]);
    footers[pages] = splitFooter(element === undefined ? "" : decodeXstring(textOf(xml, element)));
  }
  return footers;
}

/**
 * The `<headerFooter>` with these footers written into their page groups' elements, an empty
 * footer's element taken out; the other children (the headers) and the element's attributes stay
 * as written. Empty — nothing left in it and no attributes — it is left out ("").
 */
function headerFooterElement(xml: string, existing: ElementSpan | undefined, prefix: string, footers: SheetFooters): string {
  const written = FOOTER_PAGES.flatMap((pages) => {
    const sections = footers[pages];
    return sections === undefined ? [] : [{ local: ELEMENT_OF[pages], text: joinFooter(sections) }];
  });
  const element = ({ local, text }: { local: string; text: string }) =>
    text === "" ? "" : `<${prefix}${local}>${xstring(text)}</${prefix}${local}>`;
  if (existing === undefined)
    return written.some((w) => w.text !== "") ? `<${prefix}headerFooter>${written.map(element).join("")}</${prefix}headerFooter>` : "";
  const { children, closeStart } = childrenOf(xml, existing);
  const edits = written
    .filter((w) => w.text !== "" || children.some((c) => c.local === w.local))
    .map((w) => putChild(children, closeStart, HEADER_FOOTER_ORDER, w.local, element(w)));
  const kept = children.filter((c) => !written.some((w) => w.local === c.local && w.text === "")).length;
  const added = written.filter((w) => w.text !== "" && !children.some((c) => c.local === w.local)).length;
  if (kept + added === 0 && attributesOf(xml, existing).size === 0) return "";
  if (existing.selfClosing) {
    if (added === 0) return xml.slice(existing.start, existing.end);
    const open = xml.slice(existing.start, existing.end - 2).trimEnd();
    return `${open}>${edits.map((e) => e.text).join("")}</${existing.name}>`;
  }
  const shift = (e: Edit) => ({ start: e.start - existing.start, end: e.end - existing.start, text: e.text });
  return spliced(xml.slice(existing.start, existing.end), edits.map(shift));
}

/**
 * The sealed form sheet: `<sheetProtection>` and the seal's footers put in (replacing any before),
 * every other byte of the part as it was, cells included.
 */
export function sealSheetXml(xml: string, footers: SheetFooters, password: SheetProtection): string {
  const root = rootOf(xml);
  const prefix = prefixOf(root);
  const { children, closeStart } = childrenOf(xml, root);
  const headerFooter = children.find((c) => c.local === "headerFooter");
  return spliced(xml, [
    putChild(children, closeStart, WORKSHEET_ORDER, "sheetProtection", protectionElement(prefix, password, SEAL_PROTECTION)),
    putChild(children, closeStart, WORKSHEET_ORDER, "headerFooter", headerFooterElement(xml, headerFooter, prefix, footers)),
  ]);
}

/**
 * The sheet's protection as sealing finds it: what it allows (null: not protected), whether it has
 * a password, and its `<sheetProtection>` element byte for byte (a password's hash cannot be made again).
 */
export function sheetProtectionOf(xml: string, sheet: string): ProtectionBeforeSeal {
  const element = childrenOf(xml, rootOf(xml)).children.find((c) => c.local === "sheetProtection");
  if (element === undefined) return { sheet, protection: null };
  const attributes = attributesOf(xml, element);
  const protection = allowancesOfSheetProtection((name) => attributes.get(name)) ?? null;
  const password = attributes.has("hashValue") || attributes.has("password");
  return { sheet, protection, ...(password ? { password } : {}), element: xml.slice(element.start, element.end) };
}

/**
 * The unsealed form sheet, the seal's edits taken back: the `<sheetProtection>` the sheet had
 * before sealing put back (the element as it was, or one made from the allowances a seal in Excel
 * kept; none when it had none), the footers written as they were before sealing (an empty one's
 * element out, and the `<headerFooter>` too when nothing is left in it), every other byte of the
 * part as it was.
 */
export function unsealSheetXml(xml: string, footers: SheetFooters, before: ProtectionBeforeSeal | undefined): string {
  const root = rootOf(xml);
  const { children, closeStart } = childrenOf(xml, root);
  const headerFooter = children.find((c) => c.local === "headerFooter");
  const restored =
    before?.element ??
    (before?.protection === null || before === undefined ? "" : protectionElement(prefixOf(root), {}, before.protection));
  const edits: Edit[] = [putChild(children, closeStart, WORKSHEET_ORDER, "sheetProtection", restored)];
  edits.push(
    putChild(children, closeStart, WORKSHEET_ORDER, "headerFooter", headerFooterElement(xml, headerFooter, prefixOf(root), footers)),
  );
  return spliced(xml, edits);
}
