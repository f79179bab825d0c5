import { posix } from "node:path";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { EAST_ASIAN_DATE_CODE, EAST_ASIAN_DATE_FORMAT_IDS } from "./dateFormats";
import { withoutSpreadsheetPrefix } from "./namespacePrefix";
import { Unreadable } from "./unreadable";
import type { ZipArchive } from "./zip";

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface StreamedSheet {
  readonly name: string;
  readonly state: SheetState;
  /** The worksheet's part in the zip, e.g. `xl/worksheets/sheet1.xml`. */
  readonly part: string;
}

interface Relationship {
  readonly Id: string;
  readonly Type: string;
  readonly Target: string;
  readonly TargetMode?: string;
}

/**
 * The parts of exceljs 4.4's streaming WorkbookReader used here, which its typings leave out.
 * Its own `parse()` reads the zip with unzipper in stored order and hands raw byte chunks to the
 * XML parser, which garbles any multi-byte character (all Chinese text) split across two chunks
 * (exceljs issues #2063, #2316; the fix, PR #1665, is unmerged). So the parts are fed here instead,
 * from yauzl as already-decoded text, in dependency order; the parsing stays exceljs's.
 */
interface WorkbookReaderParts {
  workbookRels?: Relationship[];
  model?: { sheets?: { name: string; rId: string; state?: string }[] };
  properties?: { model?: { date1904?: boolean } };
  styles: { index?: { numFmt: Record<number, string | undefined> } };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: AsyncIterable<string>, sheetNo: string): Generator<{ eventType: string; value: AsyncIterable<ExcelJS.Row> }>;
}

const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";

function partOf(rel: Relationship): string {
  return rel.Target.startsWith("/") ? rel.Target.slice(1) : posix.normalize(posix.join(posix.dirname(WORKBOOK), rel.Target));
}

function stateOf(state: string | undefined): SheetState {
  return state === "hidden" || state === "veryHidden" ? state : "visible";
}

/** A spreadsheetml part's text, its element names unprefixed: exceljs matches them literally. */
async function spreadsheetPart(zip: ZipArchive, part: string): Promise<Readable | undefined> {
  const stream = await zip.text(part);
  return stream === undefined ? undefined : Readable.from(withoutSpreadsheetPrefix(stream));
}

function required(stream: Readable | undefined): Readable {
  if (stream === undefined) {
    throw new Unreadable(
      "not-workbook",
      "压缩包里没有 Excel 工作簿（可能是 Word 文档或其他压缩文件）",
      "the zip holds no Excel workbook (perhaps a Word document or another archive)",
    );
  }
  return stream;
}

/** A workbook opened with exceljs's streaming reader: its sheets, and each sheet's rows on demand. */
export class ExcelStream {
  private constructor(
    private readonly zip: ZipArchive,
    private readonly reader: WorkbookReaderParts,
    readonly sheets: readonly StreamedSheet[],
  ) {}

  /** Reads the workbook, its relationships, styles and shared strings; the sheets wait for `rows`. */
  static async open(zip: ZipArchive): Promise<ExcelStream> {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader("", {
      sharedStrings: "cache",
      styles: "cache",
      // Every hyperlink in a sheet follows its cells, so a cell already holds the link's text.
      hyperlinks: "ignore",
      worksheets: "emit",
      entries: "ignore",
    }) as unknown as WorkbookReaderParts;
    await reader._parseRels(required(await zip.text(WORKBOOK_RELS)));
    await reader._parseWorkbook(required(await spreadsheetPart(zip, WORKBOOK)));
    const rels = reader.workbookRels ?? [];
    const partOfType = (type: string) => {
      const rel = rels.find((r) => r.Type.endsWith(`/${type}`) && r.TargetMode !== "External");
      return rel === undefined ? undefined : partOf(rel);
    };
    const styles = partOfType("styles");
    const stylesStream = styles === undefined ? undefined : await spreadsheetPart(zip, styles);
    if (stylesStream !== undefined) {
      await reader._parseStyles(stylesStream);
      const numFmt = reader.styles.index?.numFmt;
      if (numFmt !== undefined) for (const id of EAST_ASIAN_DATE_FORMAT_IDS) numFmt[id] ??= EAST_ASIAN_DATE_CODE;
    }
    const strings = partOfType("sharedStrings");
    const stringsStream = strings === undefined ? undefined : await spreadsheetPart(zip, strings);
    if (stringsStream !== undefined) {
      for await (const _ of reader._parseSharedStrings(stringsStream)) {
        // cached by the reader, nothing emitted
      }
    }
    const sheets: StreamedSheet[] = [];
    for (const sheet of reader.model?.sheets ?? []) {
      const rel = rels.find((r) => r.Id === sheet.rId);
      if (rel === undefined || !rel.Type.endsWith("/worksheet") || !zip.has(partOf(rel))) continue;
      sheets.push({ name: sheet.name, state: stateOf(sheet.state), part: partOf(rel) });
    }
    return new ExcelStream(zip, reader, sheets);
  }

  get date1904(): boolean {
    return this.reader.properties?.model?.date1904 === true;
  }

  /** The sheet's XML as text, to hand to `rows` through a `SheetTap`, or to read again for fix-ups. */
  async text(sheet: StreamedSheet): Promise<Readable> {
    return required(await spreadsheetPart(this.zip, sheet.part));
  }

  /**
   * exceljs's rows of the sheet, parsed from `text` as it is read. The sheet number given to exceljs
   * only names its reader, and the name and visibility come from `sheets` instead.
   */
  rows(text: AsyncIterable<string>): AsyncIterable<ExcelJS.Row> {
    for (const { value } of this.reader._parseWorksheet(text, "1")) return value;
    throw new Error("exceljs emitted no worksheet reader");
  }
}
