import { SaxesParser } from "saxes";
import { parseRange } from "../core/grid/range";
import type { CellRange } from "../core/grid/grid";

/** Cell types whose values exceljs's streaming reader loses (see `readCellFixups`). */
const FIXUP_MARKERS = ['t="e"', "t='e'", 't="inlineStr"', "t='inlineStr'"];
const MERGES_MARKER = "<mergeCells";
const MERGES_END = "</mergeCells>";
const DONE = Symbol("merges read");
const CARRY = Math.max(MERGES_MARKER.length, ...FIXUP_MARKERS.map((m) => m.length)) - 1;

/**
 * Watches a worksheet's XML on its way into exceljs's streaming reader, which skips merged ranges.
 * `<mergeCells>` follows `<sheetData>`, and no `<` occurs unescaped in cell text, so only the tail
 * from that marker on is parsed (by saxes). It also notes whether the sheet holds cells that need
 * a second look (`needsFixups`), so that sheets without them cost nothing more.
 */
export class SheetTap {
  readonly merges: CellRange[] = [];
  needsFixups = false;
  private tail: SaxesParser | typeof DONE | undefined;
  private carry = "";

  async *pass(chunks: AsyncIterable<string>): AsyncGenerator<string> {
    for await (const chunk of chunks) {
      this.watch(chunk);
      yield chunk;
    }
  }

  private watch(chunk: string): void {
    if (this.tail === DONE) return;
    if (this.tail !== undefined) {
      this.feedTail(chunk);
      return;
    }
    // Where the previous chunk ends and this one begins, a marker may lie across the two.
    const seam = this.carry + chunk.slice(0, CARRY);
    if (!this.needsFixups && FIXUP_MARKERS.some((m) => chunk.includes(m) || seam.includes(m))) this.needsFixups = true;
    const inSeam = seam.indexOf(MERGES_MARKER);
    const at = inSeam >= 0 ? -1 : chunk.indexOf(MERGES_MARKER);
    if (inSeam < 0 && at < 0) {
      this.carry = chunk.length >= CARRY ? chunk.slice(-CARRY) : (this.carry + chunk).slice(-CARRY);
      return;
    }
    const tail = new SaxesParser();
    // The tail is no whole document (it begins mid-way); exceljs reports any real damage.
    tail.on("error", () => undefined);
    tail.on("opentag", (node) => {
      const ref = node.name === "mergeCell" ? node.attributes.ref : undefined;
      const range = typeof ref === "string" ? parseRange(ref) : undefined;
      if (range !== undefined) this.merges.push(range);
    });
    this.tail = tail;
    this.feedTail(inSeam >= 0 ? (this.carry + chunk).slice(inSeam) : chunk.slice(at));
  }

  private feedTail(text: string): void {
    if (this.tail === undefined || this.tail === DONE) return;
    const end = text.indexOf(MERGES_END);
    if (end < 0) {
      this.tail.write(text);
      return;
    }
    this.tail.write(text.slice(0, end + MERGES_END.length));
    this.tail = DONE;
  }
}
