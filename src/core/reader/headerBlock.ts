import type { HeaderValue } from "../form/formSheet";
import { HEADER_FIELDS, type HeaderFieldKey } from "../form/formSpec";
import { cellAddress } from "../grid/address";
import { isBlank } from "../grid/cell";
import { CHINESE_DIGIT_CLASS, chineseDigitString } from "../text/numerals";
import { compactText } from "./headerKey";
import type { SheetView } from "./sheetView";

/** What the rows around the table say about it: title, the four label/value pairs, money unit. */
export interface HeaderBlock {
  title?: HeaderValue;
  titleYear?: number;
  header: Partial<Record<HeaderFieldKey, HeaderValue>>;
  moneyUnit?: string;
}

const LABELS: ReadonlyArray<{ readonly key: HeaderFieldKey; readonly label: string }> = HEADER_FIELDS.flatMap((f) =>
  f.match.map((label) => ({ key: f.key, label })),
).sort((a, b) => b.label.length - a.label.length);

const fieldOfLabel = new Map<string, HeaderFieldKey>(LABELS.map((l) => [l.label, l.key]));

/** A label, spaces allowed between its characters (`填 报 人`), with an optional `（盖章）`. */
const LABEL_SOURCE = `(${LABELS.map((l) => [...l.label].join("\\s*")).join("|")})\\s*(?:[（(][^）)]*[）)])?`;
/** A label at the start of a cell: `填报人：张三`, `填报人：`, or the bare label `填报人`. */
const LEADING_LABEL = new RegExp(`^\\s*${LABEL_SOURCE}\\s*(?:[^:：\\s]{0,4}\\s*[:：]|$)`);
/** Every label followed by a colon, for a cell that packs several pairs (`填报人：张三  联系电话：…`). */
const ANY_LABEL = new RegExp(`${LABEL_SOURCE}\\s*[^:：\\s]{0,4}\\s*[:：]`, "g");

/** Any label (`金额单位：`, `审核人：`): the next cell to the right of a label is never its value. */
const SOME_LABEL = /^\s*[\u4e00-\u9fff（）()\s]{1,12}[:：]/;
const TITLE_WORDS = /统计表|一览表|汇总表|申报表|推荐表|质量标杆|名单/;
const UNIT_NOTE = /(?:^|\()(?:金额|计量|货币)?单位:?(百万元|万元|千元|亿元|元)/;
const ARABIC_YEAR = /((?:19|20)\d{2})\s*年/;
const CHINESE_YEAR = new RegExp(`([${CHINESE_DIGIT_CLASS}]{4})\\s*年`);
const BARE_YEAR = /(?:^|\D)((?:19|20)\d{2})(?!\d)/;

/** Reads the rows from..to (above the table) for the title, the header fields and the money unit. */
export function readHeaderBlock(view: SheetView, from: number, to: number): HeaderBlock {
  const block: HeaderBlock = { header: {} };
  readFields(view, from, to, block, true);
  return block;
}

/**
 * Fills header fields the block above the table lacks from the rows under it, where some
 * clerks put `填报人：` and `时间：` beside the note.
 */
export function readFooterFields(view: SheetView, from: number, to: number, block: HeaderBlock): void {
  readFields(view, from, to, block, false);
}

function readFields(view: SheetView, from: number, to: number, block: HeaderBlock, above: boolean): void {
  for (let row = Math.max(from, view.top); row <= Math.min(to, view.bottom); row++) {
    const cells = view.rowCells(row);
    for (let i = 0; i < cells.length; i++) {
      const value = cells[i];
      if (typeof value !== "string" || value.length === 0) continue;
      const col = view.left + i;
      if (readLabelCell(view, row, col, value, block)) continue;
      if (!above) continue;
      const compact = compactText(value);
      if (block.moneyUnit === undefined) {
        const unit = UNIT_NOTE.exec(compact);
        if (unit) {
          block.moneyUnit = unit[1]!;
          continue;
        }
      }
      if (block.title === undefined && TITLE_WORDS.test(compact)) {
        block.title = { value, cell: cellAddress(row, col) };
        const year = yearOfTitle(value);
        if (year !== undefined) block.titleYear = year;
      }
    }
  }
}

/** Reads a label cell's pairs into the block; false when the cell is no label. */
function readLabelCell(view: SheetView, row: number, col: number, text: string, block: HeaderBlock): boolean {
  if (text.length > 2000 || !LEADING_LABEL.test(text)) return false;
  const found: Array<{ key: HeaderFieldKey; start: number; end: number }> = [];
  for (const m of text.matchAll(ANY_LABEL)) {
    const key = fieldOfLabel.get(m[1]!.replace(/\s+/g, ""));
    if (key !== undefined) found.push({ key, start: m.index, end: m.index + m[0].length });
  }
  if (found.length === 0 || text.slice(0, found[0]!.start).trim() !== "") {
    // A bare label (`填报人`) with its value in the next cell.
    const bare = LEADING_LABEL.exec(text);
    const key = bare ? fieldOfLabel.get(bare[1]!.replace(/\s+/g, "")) : undefined;
    if (key !== undefined && block.header[key] === undefined) block.header[key] = valueRightOf(view, row, col);
    return true;
  }
  for (let i = 0; i < found.length; i++) {
    const { key, end } = found[i]!;
    if (block.header[key] !== undefined) continue;
    const inCell = text.slice(end, found[i + 1]?.start ?? text.length).trim();
    block.header[key] = inCell !== "" ? { value: inCell, cell: cellAddress(row, col) } : valueRightOf(view, row, col);
  }
  return true;
}

/**
 * The value typed in the next non-empty cell to the right of a label (skipping the rest of a
 * merged label). Without one the value is blank, at the cell where it belongs.
 */
function valueRightOf(view: SheetView, row: number, col: number): HeaderValue {
  const merge = view.mergeAt(row, col);
  const first = merge !== undefined && merge.top === row ? merge.right + 1 : col + 1;
  for (let c = first; c <= view.right; c++) {
    const value = view.cell(row, c);
    if (isBlank(value)) continue;
    if (typeof value === "string" && (LEADING_LABEL.test(value) || SOME_LABEL.test(value))) break;
    return { value, cell: cellAddress(row, c) };
  }
  const target = view.contains(row, first) && isBlank(view.cell(row, first)) ? first : col;
  return { value: null, cell: cellAddress(row, target) };
}

/** The year a title names: `2021年…`, `二〇二一年…`, or a bare `2021`. */
export function yearOfTitle(title: string): number | undefined {
  const half = compactText(title);
  const arabic = ARABIC_YEAR.exec(half);
  if (arabic) return Number(arabic[1]);
  const chinese = CHINESE_YEAR.exec(title.replace(/\s+/g, ""));
  const digits = chinese ? chineseDigitString(chinese[1]!) : undefined;
  if (digits !== undefined) return Number(digits);
  const bare = BARE_YEAR.exec(half);
  return bare ? Number(bare[1]) : undefined;
}
