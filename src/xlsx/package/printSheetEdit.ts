import { cellAddress, parseAddress } from "../../core/grid/address";
import type { CellRange } from "../../core/grid/grid";
import type { TemplateLayout } from "../../core/template/layout";
import { putChild, WORKSHEET_ORDER, type Edit } from "./sheetEdit";
import { attributesOf, childrenOf, escapeXml, prefixOf, rootOf, spliced, xstring, type ElementSpan } from "./xml";

/** What the print layout changes on a worksheet part; nothing else of it is touched. */
export interface SheetPrintPlan {
  /** Every cell of each range gets the format `restyle` gives for its own (0 for none); a missing cell is written empty. */
  readonly ranges: ReadonlyArray<{ readonly range: CellRange; readonly restyle: (format: number) => number }>;
  /** Column widths to set (Excel character units). */
  readonly widths: ReadonlyMap<number, number>;
  /** Row heights (points) for rows that set none. */
  readonly heights: ReadonlyMap<number, number>;
  /** Row heights a row is raised to when it is lower. */
  readonly minHeights: ReadonlyMap<number, number>;
  /** The page setup; absent: the sheet's own stays. */
  readonly print?: TemplateLayout["print"];
}

/** exceljs's and Excel's paper size code for A4. */
const A4 = 9;

const isOn = (v: string | undefined) => v === "1" || v === "true";
const serialize = (name: string, a: ReadonlyMap<string, string>, close: string) =>
  `<${name}${[...a].map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join("")}${close}`;

/** A start tag with attribute `name` set to `value` (added when absent), the rest as written. */
function withAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (pattern.test(tag)) return tag.replace(pattern, `$1"${value}"`);
  const head = /^<[^\s/>]+/.exec(tag)![0];
  return `${head} ${name}="${value}"${tag.slice(head.length)}`;
}

/** A row's or column's size is out of sight (hidden, or 0): the seal counts it hidden, so it is left as it is. */
function outOfSight(a: ReadonlyMap<string, string>, size: string): boolean {
  return isOn(a.get("hidden")) || a.get(size) === "0";
}

/** `<cols>` with the widths set, one `<col>` per run of equal columns; hidden columns keep theirs. */
function colsXml(xml: string, p: string, cols: ElementSpan | undefined, widths: ReadonlyMap<number, number>): string {
  const byColumn = new Map<number, Map<string, string>>();
  for (const col of cols === undefined ? [] : childrenOf(xml, cols).children.filter((c) => c.local === "col")) {
    const a = attributesOf(xml, col);
    const min = Number(a.get("min"));
    const max = Math.min(Number(a.get("max")), 16384);
    for (let c = min; c <= max; c++) byColumn.set(c, new Map([...a].filter(([k]) => k !== "min" && k !== "max")));
  }
  for (const [col, width] of widths) {
    const a = byColumn.get(col) ?? new Map<string, string>();
    if (outOfSight(a, "width")) continue;
    a.set("width", String(width));
    a.set("customWidth", "1");
    byColumn.set(col, a);
  }
  const runs: { min: number; max: number; key: string; a: Map<string, string> }[] = [];
  for (const col of [...byColumn.keys()].sort((x, y) => x - y)) {
    const a = byColumn.get(col)!;
    const key = JSON.stringify([...a]);
    const last = runs[runs.length - 1];
    if (last !== undefined && last.max === col - 1 && last.key === key) last.max = col;
    else runs.push({ min: col, max: col, key, a });
  }
  const items = runs.map((r) => serialize(`${p}col`, new Map([["min", String(r.min)], ["max", String(r.max)], ...r.a]), "/>"));
  return items.length === 0 ? "" : `<${p}cols>${items.join("")}</${p}cols>`;
}

/** The rows the plan styles or sizes, each with the ranges that cross it. */
function plannedRows(plan: SheetPrintPlan): Map<number, SheetPrintPlan["ranges"][number][]> {
  const rows = new Map<number, SheetPrintPlan["ranges"][number][]>();
  for (const r of plan.ranges) {
    for (let row = r.range.top; row <= r.range.bottom; row++) {
      const list = rows.get(row) ?? [];
      list.push(r);
      rows.set(row, list);
    }
  }
  for (const row of [...plan.heights.keys(), ...plan.minHeights.keys()]) if (!rows.has(row)) rows.set(row, []);
  return rows;
}

/** A row's start tag with its height settled: the source's where it set none, raised to the layout's least. */
function rowStart(name: string, a: Map<string, string>, row: number, plan: SheetPrintPlan): string {
  if (!outOfSight(a, "ht")) {
    const own = a.has("ht") ? Number(a.get("ht")) : plan.heights.get(row);
    const height = Math.max(own ?? 0, plan.minHeights.get(row) ?? 0);
    if (height > 0 && String(height) !== a.get("ht")) {
      a.set("ht", String(height));
      a.set("customHeight", "1");
    }
  }
  a.delete("spans"); // a hint of the columns the row uses, which new cells may widen
  return serialize(name, a, ">");
}

/** One row's cells: each styled cell's format replaced, missing ones of the ranges written empty, in column order. */
function rowCells(xml: string, p: string, row: number, cells: readonly ElementSpan[], ranges: SheetPrintPlan["ranges"]): string {
  const styleAt = (col: number) => ranges.find((r) => col >= r.range.left && col <= r.range.right);
  const wanted = new Set<number>();
  for (const r of ranges) for (let col = r.range.left; col <= r.range.right; col++) wanted.add(col);
  const out: { col: number; text: string }[] = [];
  let col = 0;
  for (const cell of cells) {
    if (cell.local !== "c") {
      out.push({ col: Infinity, text: xml.slice(cell.start, cell.end) }); // a row's extLst comes after its cells
      continue;
    }
    const a = attributesOf(xml, cell);
    col = parseAddress(a.get("r") ?? "")?.col ?? col + 1;
    const text = xml.slice(cell.start, cell.end);
    const range = styleAt(col);
    wanted.delete(col);
    if (range === undefined) {
      out.push({ col, text });
      continue;
    }
    const s = range.restyle(Number(a.get("s") ?? 0));
    out.push({ col, text: withAttribute(xml.slice(cell.start, cell.tagEnd), "s", String(s)) + text.slice(cell.tagEnd - cell.start) });
  }
  for (const c of wanted) out.push({ col: c, text: `<${p}c r="${cellAddress(row, c)}" s="${styleAt(c)!.restyle(0)}"/>` });
  return out
    .sort((x, y) => x.col - y.col)
    .map((c) => c.text)
    .join("");
}

/** `<sheetData>`'s rows with the plan's styles and heights, new rows put in order; untouched rows byte for byte. */
function sheetDataInner(xml: string, p: string, sheetData: ElementSpan, plan: SheetPrintPlan): string {
  const planned = plannedRows(plan);
  const pending = [...planned.keys()].sort((x, y) => x - y);
  const fresh = (row: number) => {
    const cells = rowCells(xml, p, row, [], planned.get(row)!);
    const start = rowStart(`${p}row`, new Map([["r", String(row)]]), row, plan);
    return `${start}${cells}</${p}row>`;
  };
  let out = "";
  let number = 0;
  let next = 0;
  for (const element of childrenOf(xml, sheetData).children) {
    if (element.local !== "row") {
      out += xml.slice(element.start, element.end);
      continue;
    }
    const a = attributesOf(xml, element);
    number = Number(a.get("r") ?? number + 1);
    while (next < pending.length && pending[next]! < number) out += fresh(pending[next++]!);
    if (pending[next] !== number) {
      out += xml.slice(element.start, element.end);
      continue;
    }
    next++;
    const cells = childrenOf(xml, element).children;
    out += `${rowStart(element.name, new Map(a), number, plan)}${rowCells(xml, p, number, cells, planned.get(number)!)}</${element.name}>`;
  }
  while (next < pending.length) out += fresh(pending[next++]!);
  return out;
}

/** `<sheetPr>` asking to fit the page (`<pageSetUpPr fitToPage="1"/>`), its other content kept. */
function sheetPrXml(xml: string, p: string, sheetPr: ElementSpan | undefined): string {
  const fit = `<${p}pageSetUpPr fitToPage="1"/>`;
  if (sheetPr === undefined) return `<${p}sheetPr>${fit}</${p}sheetPr>`;
  const open = xml.slice(sheetPr.start, sheetPr.tagEnd);
  if (sheetPr.selfClosing) return `${open.slice(0, -2).trimEnd()}>${fit}</${sheetPr.name}>`;
  const { children, closeStart } = childrenOf(xml, sheetPr);
  const existing = children.find((c) => c.local === "pageSetUpPr");
  const edit: Edit =
    existing === undefined
      ? putChild(children, closeStart, ["tabColor", "outlinePr", "pageSetUpPr"], "pageSetUpPr", fit)
      : { start: existing.start, end: existing.tagEnd, text: withAttribute(xml.slice(existing.start, existing.tagEnd), "fitToPage", "1") };
  return spliced(xml.slice(sheetPr.start, sheetPr.end), [{ ...edit, start: edit.start - sheetPr.start, end: edit.end - sheetPr.start }]);
}

/**
 * The worksheet part with the print layout applied: cell formats in the styled ranges, column
 * widths, row heights and the page setup. Values, their types, merges, hidden rows and columns
 * and every other element stay as written.
 */
export function printSheetXml(xml: string, plan: SheetPrintPlan): string {
  const root = rootOf(xml);
  const p = prefixOf(root);
  const { children, closeStart } = childrenOf(xml, root);
  const child = (local: string) => children.find((c) => c.local === local);
  const put = (local: string, text: string) => putChild(children, closeStart, WORKSHEET_ORDER, local, text);
  const edits: Edit[] = [];
  const sheetData = child("sheetData");
  if (plan.print !== undefined) edits.push(put("sheetPr", sheetPrXml(xml, p, child("sheetPr"))));
  if (plan.widths.size > 0) edits.push(put("cols", colsXml(xml, p, child("cols"), plan.widths)));
  if (sheetData !== undefined) {
    const open = sheetData.selfClosing
      ? `${xml.slice(sheetData.start, sheetData.end - 2).trimEnd()}>`
      : xml.slice(sheetData.start, sheetData.tagEnd);
    edits.push({
      start: sheetData.start,
      end: sheetData.end,
      text: `${open}${sheetDataInner(xml, p, sheetData, plan)}</${sheetData.name}>`,
    });
  }
  const print = plan.print;
  if (print !== undefined) {
    const m = print.margins;
    edits.push(
      put("printOptions", `<${p}printOptions${print.centerHorizontally ? ' horizontalCentered="1"' : ""}/>`),
      put(
        "pageMargins",
        `<${p}pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`,
      ),
      put(
        "pageSetup",
        `<${p}pageSetup paperSize="${A4}" orientation="${print.orientation}" fitToWidth="${print.fitToWidth}" fitToHeight="${print.fitToHeight}"/>`,
      ),
    );
    if (child("headerFooter") === undefined) {
      edits.push(
        put("headerFooter", `<${p}headerFooter><${p}oddFooter>${xstring(`&C${print.footerCenter}`)}</${p}oddFooter></${p}headerFooter>`),
      );
    }
  }
  return spliced(xml, edits);
}
