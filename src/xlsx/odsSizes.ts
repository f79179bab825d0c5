import { openZipBytes } from "./zipBytes";
import { CharBudget, prefixedAttribute, readXmlPart, type XmlAttributes } from "./xmlPart";

/** What an OpenDocument sheet sets that SheetJS does not carry into its .xlsx: sizes and whether it is hidden. */
export interface SheetSizes {
  readonly name: string;
  readonly hidden: boolean;
  /** Column widths in Excel character units, by runs of worksheet columns. */
  readonly columns: ReadonlyArray<{ readonly min: number; readonly max: number; readonly width: number }>;
  /** Row heights in points, by runs of worksheet rows; rows of optimal height are left out. */
  readonly rows: ReadonlyArray<{ readonly min: number; readonly max: number; readonly height: number }>;
}

const POINTS: Readonly<Record<string, number>> = { pt: 1, in: 72, cm: 72 / 2.54, mm: 72 / 25.4, pc: 12, px: 0.75 };

/**
 * LibreOffice's width of one Excel character unit, in points: it opens a column of width 5 as
 * 0.4862in and of width 24 as 2.3335in (7 pt each), so its widths are turned back by the same
 * measure (test/fixtures/formats/libreoffice.ods, made from original.xlsx, checks it).
 */
const POINTS_PER_CHARACTER = 7;

function points(length: string | undefined): number | undefined {
  const m = /^\s*([\d.]+)\s*([a-z]+)\s*$/.exec(length ?? "");
  const unit = m === null ? undefined : POINTS[m[2]!];
  const value = m === null || unit === undefined ? NaN : Number(m[1]) * unit;
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

const rounded = (n: number) => Math.round(n * 10) / 10;

interface Run {
  readonly min: number;
  readonly max: number;
  readonly style: string;
}

/** Reads `content.xml` (or a flat .fods): the automatic styles' sizes, then each table's columns and rows. */
class SizeReader {
  private readonly widths = new Map<string, number>();
  private readonly heights = new Map<string, number>();
  private readonly hiddenTables = new Set<string>();
  private style: string | undefined;
  private table: { name: string; style: string; columns: Run[]; rows: Run[]; col: number; row: number } | undefined;
  private readonly tables: NonNullable<SizeReader["table"]>[] = [];
  /** Tables inside a cell of the current one (an ODF subtable): their columns and rows are not the sheet's. */
  private nested = 0;

  open(name: string, a: XmlAttributes): void {
    const repeat = (local: string) => Math.max(1, Math.floor(Number(prefixedAttribute(a, local) ?? 1)) || 1);
    if (name === "style") this.style = prefixedAttribute(a, "name");
    else if (name === "table-column-properties" && this.style !== undefined) {
      const width = points(prefixedAttribute(a, "column-width"));
      if (width !== undefined) this.widths.set(this.style, rounded(width / POINTS_PER_CHARACTER));
    } else if (name === "table-row-properties" && this.style !== undefined) {
      const height = points(prefixedAttribute(a, "row-height"));
      if (height !== undefined && prefixedAttribute(a, "use-optimal-row-height") !== "true") this.heights.set(this.style, rounded(height));
    } else if (name === "table-properties" && this.style !== undefined) {
      if (prefixedAttribute(a, "display") === "false") this.hiddenTables.add(this.style);
    } else if (name === "table") {
      if (this.table !== undefined) this.nested++;
      else
        this.table = {
          name: prefixedAttribute(a, "name") ?? "",
          style: prefixedAttribute(a, "style-name") ?? "",
          columns: [],
          rows: [],
          col: 1,
          row: 1,
        };
    } else if (this.table === undefined || this.nested > 0) {
      return;
    } else if (name === "table-column") {
      const n = repeat("number-columns-repeated");
      this.table.columns.push({ min: this.table.col, max: this.table.col + n - 1, style: prefixedAttribute(a, "style-name") ?? "" });
      this.table.col += n;
    } else if (name === "table-row") {
      const n = repeat("number-rows-repeated");
      this.table.rows.push({ min: this.table.row, max: this.table.row + n - 1, style: prefixedAttribute(a, "style-name") ?? "" });
      this.table.row += n;
    }
  }

  close(name: string): void {
    if (name === "style") this.style = undefined;
    else if (name === "table" && this.nested > 0) this.nested--;
    else if (name === "table" && this.table !== undefined) {
      this.tables.push(this.table);
      this.table = undefined;
    }
  }

  sizes(): SheetSizes[] {
    return this.tables.map((t) => ({
      name: t.name,
      hidden: this.hiddenTables.has(t.style),
      columns: t.columns.flatMap((r) => {
        const width = this.widths.get(r.style);
        return width === undefined ? [] : [{ min: r.min, max: r.max, width }];
      }),
      rows: t.rows.flatMap((r) => {
        const height = this.heights.get(r.style);
        return height === undefined ? [] : [{ min: r.min, max: r.max, height }];
      }),
    }));
  }
}

async function* once(text: string): AsyncIterable<string> {
  yield text;
}

/**
 * Each sheet's column widths, row heights and visibility as an .ods (its `content.xml`) or a flat
 * .fods sets them, for the .xlsx copy SheetJS writes without them. The file has been read by
 * SheetJS already; the XML goes through the same bounded reader as every part.
 */
export async function odsSheetSizes(bytes: Uint8Array, kind: "ods" | "fods"): Promise<SheetSizes[]> {
  const reader = new SizeReader();
  const budget = new CharBudget();
  if (kind === "fods") {
    await readXmlPart(once(new TextDecoder("utf-8").decode(bytes)), reader, budget);
  } else {
    const zip = await openZipBytes(bytes);
    const content = await zip.text("content.xml");
    if (content === undefined) return [];
    await readXmlPart(content, reader, budget);
  }
  return reader.sizes();
}
