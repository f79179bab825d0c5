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
}

/** What every sheet of a workbook is read against: its shared strings and which styles show dates. */
export interface WorkbookParts {
  readonly sheets: readonly WorkbookSheet[];
  readonly date1904: boolean;
  readonly sharedStrings: readonly string[];
  /** By cell style index (`<c s>`): true when the style's number format shows a date or a time. */
  readonly dateStyles: readonly boolean[];
}

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/**
 * Built-in number formats that show a date or time (ECMA-376 §18.8.30), the East Asian ones
 * (27–36, 50–58) included: a workbook names these by id alone, with no code to look at.
 */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

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
): Promise<{ sheets: { name: string; state: SheetState; rId: string }[]; date1904: boolean }> {
  const text = await zip.text(part);
  if (text === undefined) throw noWorkbook();
  const sheets: { name: string; state: SheetState; rId: string }[] = [];
  let date1904 = false;
  await readXmlPart(
    text,
    {
      open(name, a) {
        if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
        if (name !== "sheet") return;
        const rId = prefixedAttribute(a, "id");
        if (a.name !== undefined && rId !== undefined) sheets.push({ name: a.name, state: stateOf(a.state), rId });
      },
    },
    budget,
  );
  return { sheets, date1904 };
}

/** Which cell styles show dates: `<cellXfs>`'s `<xf numFmtId>`, against the custom `<numFmts>`. */
async function readDateStyles(zip: ZipParts, part: string | undefined, budget: CharBudget): Promise<boolean[]> {
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
  return formatIds.map((id) => {
    const code = customCodes.get(id);
    return code === undefined ? BUILT_IN_DATE_FORMATS.has(id) : isDateFormat(code);
  });
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
  const dateStyles = await readDateStyles(zip, partOfType("styles"), budget);
  const sharedStrings = await readSharedStrings(zip, partOfType("sharedStrings"), budget);
  const sheets: WorkbookSheet[] = [];
  for (const sheet of workbook.sheets) {
    const rel = rels.find((r) => r.id === sheet.rId);
    if (rel === undefined || rel.external || typeName(rel) !== "worksheet") continue;
    const part = resolveTarget(workbookPart, rel.target);
    if (zip.has(part)) sheets.push({ name: sheet.name, state: sheet.state, part });
  }
  return { sheets, date1904: workbook.date1904, sharedStrings, dateStyles };
}
