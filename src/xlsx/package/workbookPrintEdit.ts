import { attributesOf, childrenOf, escapeXml, prefixOf, spliced } from "./xml";
import { putChild, type Edit } from "./sheetEdit";
import type { WorkbookPackage } from "./workbookPackage";

/** CT_Workbook's children in order (ECMA-376 Part 1, §18.2.27), for a new `<definedNames>`. */
const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

const PRINT_TITLES = "_xlnm.Print_Titles";

/**
 * The workbook part with the form sheet's print titles set (`rows`, e.g. `1:5`, repeated on every
 * page: one `_xlnm.Print_Titles` in place of any the sheet had) and the sheets named in `hidden`
 * hidden, as the source kept them — never the form sheet, nor every sheet. Every other name and
 * entry stays as written (a print area included: the seal covers it).
 */
export function printWorkbookXml(pkg: WorkbookPackage, form: string, rows: string, hidden: ReadonlySet<string>): string {
  const xml = pkg.workbookXml;
  const p = prefixOf(pkg.workbookRoot);
  const index = pkg.entries.findIndex((e) => e.name === form);
  const { children, closeStart } = childrenOf(xml, pkg.workbookRoot);
  const edits: Edit[] = [];

  const stateOf = (start: number, end: number) => /\sstate\s*=\s*["']([^"']*)["']/.exec(xml.slice(start, end))?.[1] ?? "visible";
  const visible = pkg.entries.filter((e) => stateOf(e.start, e.end) === "visible");
  const toHide = visible.filter((e) => hidden.has(e.name) && e.name !== form);
  if (toHide.length < visible.length) {
    for (const e of toHide) {
      const tag = xml.slice(e.start, e.end);
      edits.push({ start: e.start, end: e.end, text: tag.replace(/\s*\/?>$/, (end) => ` state="hidden"${end.trimStart()}`) });
    }
  }

  if (index >= 0) {
    const [top, bottom] = rows.split(":");
    const ref = `'${form.replace(/'/g, "''")}'!$${top}:$${bottom}`;
    const name = `<${p}definedName name="${PRINT_TITLES}" localSheetId="${index}">${escapeXml(ref)}</${p}definedName>`;
    const names = children.find((c) => c.local === "definedNames");
    if (names === undefined || names.selfClosing) {
      const text = `<${p}definedNames>${name}</${p}definedNames>`;
      edits.push(
        names === undefined
          ? putChild(children, closeStart, WORKBOOK_ORDER, "definedNames", text)
          : { start: names.start, end: names.end, text },
      );
    } else {
      const own = childrenOf(xml, names).children.filter((c) => {
        const a = attributesOf(xml, c);
        return c.local === "definedName" && a.get("name") === PRINT_TITLES && a.get("localSheetId") === String(index);
      });
      own.forEach((c, i) => edits.push({ start: c.start, end: c.end, text: i === 0 ? name : "" }));
      if (own.length === 0) edits.push({ start: childrenOf(xml, names).closeStart, end: childrenOf(xml, names).closeStart, text: name });
    }
  }
  return spliced(xml, edits);
}
