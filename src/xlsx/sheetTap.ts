import { SaxesParser } from "saxes";
import { parseAddress } from "../core/grid/address";
import type { CellRange } from "../core/grid/grid";

/** Cell types whose values exceljs's streaming reader loses (see `readCellFixups`). */
const FIXUP_MARKERS = ['t="e"', "t='e'", 't="inlineStr"', "t='inlineStr'"];
const MERGES_MARKER = "<mergeCells";
const CARRY = Math.max(MERGES_MARKER.length, ...FIXUP_MARKERS.map((m) => m.length)) - 1;

export function parseRange(ref: string): CellRange | undefined {
  const [a, b] = ref.split(":");
  const start = parseAddress(a ?? "");
  const end = parseAddress(b ?? a ?? "");
  if (start === undefined || end === undefined) return undefined;
  return { top: start.row, left: start.col, bottom: end.row, right: end.col };
}

/**
 * Watches a worksheet's XML on its way into exceljs's streaming reader, which skips merged ranges.
 * `<mergeCells>` follows `<sheetData>`, and no `<` occurs unescaped in cell text, so only the tail
 * from that marker on is parsed (by saxes). It also notes whether the sheet holds cells that need
 * a second look (`needsFixups`), so that sheets without them cost nothing more.
 */
export class SheetTap {
  readonly merges: CellRange[] = [];
  needsFixups = false;
  private tail: SaxesParser | undefined;
  private carry = "";

  async *pass(chunks: AsyncIterable<string>): AsyncGenerator<string> {
    for await (const chunk of chunks) {
      this.watch(chunk);
      yield chunk;
    }
  }

  private watch(chunk: string): void {
    if (this.tail !== undefined) {
      this.tail.write(chunk);
      return;
    }
    const text = this.carry + chunk;
    if (!this.needsFixups && FIXUP_MARKERS.some((m) => text.includes(m))) this.needsFixups = true;
    const at = text.indexOf(MERGES_MARKER);
    if (at < 0) {
      this.carry = text.slice(-CARRY);
      return;
    }
    this.tail = new SaxesParser();
    // The tail is no whole document (its closing tags have no opening ones); exceljs reports real damage.
    this.tail.on("error", () => undefined);
    this.tail.on("opentag", (node) => {
      const ref = node.name === "mergeCell" ? node.attributes.ref : undefined;
      const range = typeof ref === "string" ? parseRange(ref) : undefined;
      if (range !== undefined) this.merges.push(range);
    });
    this.tail.write(text.slice(at));
  }
}
