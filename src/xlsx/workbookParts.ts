import { builtInFormat } from "../core/grid/builtInFormats";
import type { CellRange } from "../core/grid/grid";
import { parsePrintArea } from "../core/grid/range";
import { isDateFormat } from "./dateFormats";
import { Unreadable } from "./unreadable";
import { prefixedAttribute, readXmlPart, type CharBudget } from "./xmlPart";

/**
 * What the part readers need of a zip: the command line's (zip.ts, yauzl) and the browser's
 * (zipBytes.ts) alike hand each part over as text while it inflates.
 */
export interface ZipParts {
  has(name: string): boolean;
  text(name: string): Promise<AsyncIterable<string> | undefined>;
}

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface WorkbookSheet {
  readonly name: string;
  readonly state: SheetState;
  /** The worksheet's part in the zip, e.g. `xl/worksheets/sheet1.xml`. */
  readonly part: string;
  /** Its `_xlnm.Print_Area`, when the workbook defines one for it. */
  readonly printArea?: readonly CellRange[];
}

/** What every sheet of a workbook is read against: its shared strings and which styles show dates. */
export interface WorkbookParts {
  readonly sheets: readonly WorkbookSheet[];
  readonly date1904: boolean;
  readonly sharedStrings: readonly string[];
  /** By cell style index (`<c s>`): the style's number format code (built-in ids by their code). */
  readonly styleFormats: readonly string[];
  /** By cell style index: true when the style's number format shows a date or a time. */
  readonly dateStyles: readonly boolean[];
}

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

const DEFAULT_WORKBOOK = "xl/workbook.xml";

function noWorkbook(): Unreadable {
  return new Unreadable(
    "not-workbook",
    "压缩包里没有 Excel 工作簿（可能是 Word 文档或其他压缩文件）",
    "the zip holds no Excel workbook (perhaps a Word document or another archive)",
  );
}

function folderOf(part: string): string {
  return part.slice(0, Math.max(0, part.lastIndexOf("/")));
}

/** Part names joined and normalised as zip paths (`xl/worksheets/../styles.xml` → `xl/styles.xml`). */
function joinParts(...segments: string[]): string {
  const out: string[] = [];
  for (const segment of segments.join("/").split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") out.pop();
    else out.push(segment);
  }
  return out.join("/");
}

/** The relationships part beside a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
function relsPartOf(part: string): string {
  return joinParts(folderOf(part), "_rels", `${part.slice(part.lastIndexOf("/") + 1)}.rels`);
}

function resolveTarget(from: string, target: string): string {
  return target.startsWith("/") ? target.slice(1) : joinParts(folderOf(from), target);
}

/** The type's last segment: transitional and Strict Open XML differ only in the URI before it. */
function typeName(rel: Relationship): string {
  return rel.type.slice(rel.type.lastIndexOf("/") + 1);
}

async function readRelationships(zip: ZipParts, part: string, budget: CharBudget): Promise<Relationship[]> {
  const text = await zip.text(relsPartOf(part));
  const rels: Relationship[] = [];
  if (text === undefined) return rels;
  await readXmlPart(
    text,
    {
      open(name, a) {
        if (name !== "Relationship" || a.Id === undefined || a.Target === undefined) return;
        rels.push({ id: a.Id, type: a.Type ?? "", target: a.Target, external: a.TargetMode === "External" });
      },
    },
    budget,
  );
  return rels;
}

function stateOf(state: string | undefined): SheetState {
  return state === "hidden" || state === "veryHidden" ? state : "visible";
}

async function readWorkbookPart(
  zip: ZipParts,
  part: string,
  budget: CharBudget,
): Promise<{ sheets: { name: string; state: SheetState; rId: string; printArea?: CellRange[] }[]; date1904: boolean }> {
  const text = await zip.text(part);
  if (text === undefined) throw noWorkbook();
  const sheets: { name: string; state: SheetState; rId: string; printArea?: CellRange[] }[] = [];
  let date1904 = false;
  /** `localSheetId` (a sheet's index among `<sheet>`s) → the print area's text. */
  const printAreas = new Map<number, string>();
  let printAreaOf: number | undefined;
  let sheetIndex = 0;
  await readXmlPart(
    text,
    {
      open(name, a) {
        if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
        if (name === "definedName") {
          const local = Number(a.localSheetId);
          printAreaOf = a.name?.toLowerCase() === "_xlnm.print_area" && Number.isInteger(local) ? local : undefined;
          if (printAreaOf !== undefined) printAreas.set(printAreaOf, "");
        }
        if (name !== "sheet") return;
        const index = sheetIndex++;
        const rId = prefixedAttribute(a, "id");
        if (a.name !== undefined && rId !== undefined) sheets[index] = { name: a.name, state: stateOf(a.state), rId };
      },
      text(t) {
        if (printAreaOf !== undefined) printAreas.set(printAreaOf, printAreas.get(printAreaOf)! + t);
      },
      close(name) {
        if (name === "definedName") printAreaOf = undefined;
      },
    },
    budget,
  );
  for (const [index, area] of printAreas) {
    const sheet = sheets[index];
    const ranges = parsePrintArea(area);
    if (sheet !== undefined && ranges !== undefined) sheet.printArea = ranges;
  }
  return { sheets: sheets.filter((s) => s !== undefined), date1904 };
}

/** Each cell style's number format code: `<cellXfs>`'s `<xf numFmtId>`, against the custom `<numFmts>` and the built-ins. */
async function readStyleFormats(zip: ZipParts, part: string | undefined, budget: CharBudget): Promise<string[]> {
  const text = part === undefined ? undefined : await zip.text(part);
  if (text === undefined) return [];
  const customCodes = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  await readXmlPart(
    text,
    {
      open(name, a) {
        if (name === "numFmt" && a.numFmtId !== undefined) customCodes.set(Number(a.numFmtId), a.formatCode ?? "");
        else if (name === "cellXfs") inCellXfs = true;
        else if (name === "xf" && inCellXfs) formatIds.push(Number(a.numFmtId ?? 0));
      },
      close(name) {
        if (name === "cellXfs") inCellXfs = false;
      },
    },
    budget,
  );
  return formatIds.map((id) => customCodes.get(id) ?? builtInFormat(id));
}

/**
 * The shared string table, each item's text as Excel shows it: rich-text runs joined, phonetic
 * guides (`<rPh>`, furigana) left out.
 */
async function readSharedStrings(zip: ZipParts, part: string | undefined, budget: CharBudget): Promise<string[]> {
  const text = part === undefined ? undefined : await zip.text(part);
  const strings: string[] = [];
  if (text === undefined) return strings;
  let item = "";
  let inText = false;
  let phonetic = 0;
  await readXmlPart(
    text,
    {
      open(name) {
        if (name === "si") item = "";
        else if (name === "t") inText = phonetic === 0;
        else if (name === "rPh") phonetic++;
      },
      text(t) {
        if (inText) item += t;
      },
      close(name) {
        if (name === "t") inText = false;
        else if (name === "rPh") phonetic--;
        else if (name === "si") strings.push(item);
      },
    },
    budget,
  );
  return strings;
}

/** The workbook part, its sheets and what they are read against; the sheets' own parts wait. */
export async function readWorkbookParts(zip: ZipParts, budget: CharBudget): Promise<WorkbookParts> {
  const rootRels = await readRelationships(zip, "", budget);
  const office = rootRels.find((r) => typeName(r) === "officeDocument" && !r.external);
  const workbookPart = office === undefined ? DEFAULT_WORKBOOK : resolveTarget("", office.target);
  if (!zip.has(workbookPart)) throw noWorkbook();
  const rels = await readRelationships(zip, workbookPart, budget);
  const partOfType = (type: string): string | undefined => {
    const rel = rels.find((r) => typeName(r) === type && !r.external);
    return rel === undefined ? undefined : resolveTarget(workbookPart, rel.target);
  };
  const workbook = await readWorkbookPart(zip, workbookPart, budget);
  const styleFormats = await readStyleFormats(zip, partOfType("styles"), budget);
  const sharedStrings = await readSharedStrings(zip, partOfType("sharedStrings"), budget);
  const sheets: WorkbookSheet[] = [];
  for (const sheet of workbook.sheets) {
    const rel = rels.find((r) => r.id === sheet.rId);
    if (rel === undefined || rel.external || typeName(rel) !== "worksheet") continue;
    const part = resolveTarget(workbookPart, rel.target);
    if (zip.has(part))
      sheets.push({ name: sheet.name, state: sheet.state, part, ...(sheet.printArea ? { printArea: sheet.printArea } : {}) });
  }
  return { sheets, date1904: workbook.date1904, sharedStrings, styleFormats, dateStyles: styleFormats.map((code) => isDateFormat(code)) };
}
