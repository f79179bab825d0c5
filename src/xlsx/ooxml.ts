import { posix } from "node:path";
import type { CellValue } from "../core/grid/cell";
import type { CellRange, Grid } from "../core/grid/grid";
import { excelSerialToDate, isDateFormat } from "./dateFormats";
import { decodeXstring, parseXml } from "./sax";
import { Unreadable } from "./unreadable";
import type { ZipArchive } from "./zip";

/**
 * Reads every worksheet of an .xlsx/.xlsm straight from its XML, streaming: values, cached results
 * of formulas, rich text flattened, hyperlinks as their text, dates, error values, merged ranges.
 * Only cells that hold something are kept, so a sheet that claims a million rows costs nothing.
 */
export interface SheetInfo {
  readonly name: string;
  readonly state: "visible" | "hidden" | "veryHidden";
  readonly path: string;
}

export interface ReadLimits {
  /** Refuse a workbook with more non-empty cells than this (memory stays bounded). */
  readonly maxCells: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { maxCells: 3_000_000 };

const REL_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function resolveTarget(base: string, target: string): string {
  return target.startsWith("/") ? target.slice(1) : posix.normalize(posix.join(posix.dirname(base), target));
}

async function readRels(zip: ZipArchive, part: string): Promise<Map<string, { target: string; type: string }>> {
  const relsPath = posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);
  const rels = new Map<string, { target: string; type: string }>();
  const text = await zip.readText(relsPath);
  if (text === undefined) return rels;
  await parseXml([text], {
    open(name, a) {
      if (name === "Relationship" && a.Id && a.Target && a.TargetMode !== "External") {
        rels.set(a.Id, { target: resolveTarget(part, a.Target), type: a.Type ?? "" });
      }
    },
  });
  return rels;
}

export interface WorkbookParts {
  readonly sheets: readonly SheetInfo[];
  readonly date1904: boolean;
  readonly sharedStrings?: string;
  readonly styles?: string;
}

export async function readWorkbookParts(zip: ZipArchive): Promise<WorkbookParts> {
  let workbookPath = "xl/workbook.xml";
  const rootRels = await readRels(zip, "");
  for (const rel of rootRels.values()) if (rel.type.endsWith("/officeDocument")) workbookPath = rel.target;
  const text = await zip.readText(workbookPath);
  if (text === undefined) {
    throw new Unreadable("not-workbook", "压缩包里没有 Excel 工作簿（可能是 Word 文档或其他压缩文件）", "the zip holds no Excel workbook (perhaps a Word document or another archive)");
  }
  const rels = await readRels(zip, workbookPath);
  const declared: { name: string; state: string; rid: string }[] = [];
  let date1904 = false;
  await parseXml([text], {
    open(name, a) {
      if (name === "sheet") {
        const rid = a["r:id"] ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1] ?? "";
        declared.push({ name: a.name ?? "", state: a.state ?? "visible", rid });
      } else if (name === "workbookPr") {
        date1904 = a.date1904 === "1" || a.date1904 === "true";
      }
    },
  });
  const sheets: SheetInfo[] = [];
  for (const d of declared) {
    const rel = rels.get(d.rid);
    if (rel === undefined || !rel.type.endsWith("/worksheet") || !zip.has(rel.target)) continue;
    const state = d.state === "hidden" || d.state === "veryHidden" ? d.state : "visible";
    sheets.push({ name: d.name, state, path: rel.target });
  }
  let sharedStrings: string | undefined;
  let styles: string | undefined;
  for (const rel of rels.values()) {
    if (rel.type === `${REL_OFFICE}/sharedStrings` || rel.type.endsWith("/sharedStrings")) sharedStrings = rel.target;
    if (rel.type.endsWith("/styles")) styles = rel.target;
  }
  return { sheets, date1904, ...(sharedStrings ? { sharedStrings } : {}), ...(styles ? { styles } : {}) };
}

/** Text of `<si>` or `<is>`: every `<t>` run joined, phonetic guides (`<rPh>`) left out. */
class RunCollector {
  private depthPh = 0;
  private inT = false;
  private parts: string[] = [];
  open(name: string): void {
    if (name === "rPh") this.depthPh++;
    else if (name === "t" && this.depthPh === 0) this.inT = true;
  }
  close(name: string): void {
    if (name === "rPh") this.depthPh--;
    else if (name === "t") this.inT = false;
  }
  text(t: string): void {
    if (this.inT) this.parts.push(t);
  }
  take(): string {
    const s = decodeXstring(this.parts.join(""));
    this.parts = [];
    return s;
  }
}

export async function readSharedStrings(zip: ZipArchive, path: string | undefined): Promise<string[]> {
  const out: string[] = [];
  if (path === undefined || !zip.has(path)) return out;
  const runs = new RunCollector();
  await parseXml(zip.text(path), {
    open: (name) => runs.open(name),
    close(name) {
      if (name === "si") out.push(runs.take());
      else runs.close(name);
    },
    text: (t) => runs.text(t),
  });
  return out;
}

/** For each cell style (`s` attribute), whether it shows a date. */
export async function readDateStyles(zip: ZipArchive, path: string | undefined): Promise<boolean[]> {
  const out: boolean[] = [];
  if (path === undefined || !zip.has(path)) return out;
  const text = await zip.readText(path);
  const codes = new Map<number, string>();
  let inCellXfs = false;
  const xfIds: number[] = [];
  await parseXml([text ?? ""], {
    open(name, a) {
      if (name === "numFmt" && a.numFmtId !== undefined) codes.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) xfIds.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  for (const id of xfIds) out.push(isDateFormat(id, codes.get(id)));
  return out;
}

function columnNumber(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return col;
}

function parseRange(ref: string): CellRange | undefined {
  const [a, b] = ref.split(":");
  const start = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(a ?? "");
  const end = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(b ?? a ?? "");
  if (!start || !end) return undefined;
  return { top: Number(start[2]), left: columnNumber(start[1]!), bottom: Number(end[2]), right: columnNumber(end[1]!) };
}

export interface SheetContext {
  readonly strings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  /** Counts non-empty cells across the workbook against the limit. */
  readonly budget: { cells: number; readonly max: number };
}

const EMPTY_ROW: readonly CellValue[] = Object.freeze([]);

function cellValue(type: string | undefined, raw: string, style: number, ctx: SheetContext): CellValue {
  switch (type) {
    case "s": {
      const s = ctx.strings[Number(raw)];
      return s === undefined || s === "" ? null : s;
    }
    case "str":
    case "inlineStr": {
      const s = decodeXstring(raw);
      return s === "" ? null : s;
    }
    case "b":
      return raw.trim() === "1" || raw.trim().toLowerCase() === "true";
    case "e":
      return { error: raw.trim() };
    case "d": {
      const d = new Date(raw.trim());
      return Number.isNaN(d.getTime()) ? raw : d;
    }
    default: {
      if (raw.trim() === "") return null;
      const n = Number(raw);
      if (!Number.isFinite(n)) return raw;
      return ctx.dateStyles[style] === true ? excelSerialToDate(n, ctx.date1904) : n;
    }
  }
}

export async function readSheet(zip: ZipArchive, sheet: SheetInfo, ctx: SheetContext): Promise<Grid> {
  const rows: { r: number; values: CellValue[] }[] = [];
  const merges: CellRange[] = [];
  let rowNumber = 0;
  let current: CellValue[] | undefined;
  let col = 0;
  let type: string | undefined;
  let style = 0;
  let inCell = false;
  let inValue = false;
  let inInline = false;
  let raw = "";
  const runs = new RunCollector();
  let minCol = Number.POSITIVE_INFINITY;
  let ordered = true;

  await parseXml(zip.text(sheet.path), {
    open(name, a) {
      switch (name) {
        case "row": {
          const r = a.r !== undefined ? Number(a.r) : rowNumber + 1;
          if (r <= rowNumber) ordered = false;
          rowNumber = r;
          current = undefined;
          col = 0;
          break;
        }
        case "c":
          inCell = true;
          col = a.r !== undefined ? columnNumber(a.r) : col + 1;
          type = a.t;
          style = a.s !== undefined ? Number(a.s) : 0;
          raw = "";
          break;
        case "v":
          if (inCell) inValue = true;
          break;
        case "is":
          if (inCell) inInline = true;
          break;
        case "mergeCell": {
          const range = a.ref ? parseRange(a.ref) : undefined;
          if (range) merges.push(range);
          break;
        }
        default:
          if (inInline) runs.open(name);
      }
    },
    close(name) {
      switch (name) {
        case "v":
          inValue = false;
          break;
        case "is":
          inInline = false;
          raw = runs.take();
          break;
        case "c": {
          inCell = false;
          const value = cellValue(type, raw, style, ctx);
          if (value === null || rowNumber === 0) break;
          if (++ctx.budget.cells > ctx.budget.max) {
            throw new Unreadable(
              "too-large",
              `单元格数量超过 ${ctx.budget.max.toLocaleString("en")} 个，文件过大，已拒绝读取`,
              `more than ${ctx.budget.max.toLocaleString("en")} filled cells; the file is too large to read`,
            );
          }
          if (current === undefined) {
            current = [];
            rows.push({ r: rowNumber, values: current });
          }
          current[col - 1] = value;
          if (col < minCol) minCol = col;
          break;
        }
        default:
          if (inInline) runs.close(name);
      }
    },
    text(t) {
      if (inValue) raw += t;
      else if (inInline) runs.text(t);
    },
  });

  if (!ordered) rows.sort((x, y) => x.r - y.r);
  if (rows.length === 0) return { sheet: sheet.name, origin: { row: 1, col: 1 }, values: [], merges };
  const top = rows[0]!.r;
  const shift = minCol - 1;
  const values: (readonly CellValue[])[] = [];
  for (const { r, values: v } of rows) {
    while (top + values.length < r) values.push(EMPTY_ROW);
    const dense = Array.from(v, (x) => x ?? null);
    values[r - top] = shift > 0 ? dense.slice(shift) : dense;
  }
  return { sheet: sheet.name, origin: { row: top, col: minCol }, values, merges };
}
