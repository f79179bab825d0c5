import JSZip from "jszip";
import { relationshipsOf, relsPartOf, resolveTarget, typeName, type Relationship } from "./parts";
import { attributesOf, childrenOf, prefixedValue, prefixOf, rootOf, XmlEditError, type ElementSpan } from "./xml";

/** The workbook's parts as sealing and unsealing edit them: its sheets' entries, their parts and relationships. */

const DEFAULT_WORKBOOK = "xl/workbook.xml";

export async function partText(zip: JSZip, name: string): Promise<string | undefined> {
  return zip.file(name)?.async("string");
}

/** Writes a part: no folder entries added (a package has none), a replaced part keeps its date. */
export function writePart(zip: JSZip, name: string, text: string): void {
  zip.file(name, text, { createFolders: false, date: zip.file(name)?.date ?? new Date() });
}

export async function requiredPart(zip: JSZip, name: string): Promise<string> {
  const text = await partText(zip, name);
  if (text === undefined) throw new XmlEditError(`the package has no ${name}`);
  return text;
}

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly rId: string;
  /** The qualified name of the `r:id` attribute, in the part's own prefix. */
  readonly idAttribute: string;
  readonly start: number;
  readonly end: number;
}

function sheetEntries(xml: string, sheets: readonly ElementSpan[]): SheetEntry[] {
  return sheets
    .filter((c) => c.local === "sheet")
    .map((c) => {
      const a = attributesOf(xml, c);
      const idAttribute = [...a.keys()].find((k) => k.endsWith(":id")) ?? "r:id";
      return {
        name: a.get("name") ?? "",
        sheetId: Number(a.get("sheetId") ?? 0),
        rId: prefixedValue(a, "id") ?? "",
        idAttribute,
        start: c.start,
        end: c.end,
      };
    });
}

export interface WorkbookPackage {
  readonly workbookPart: string;
  readonly workbookXml: string;
  readonly workbookRoot: ElementSpan;
  readonly relsPart: string;
  readonly relsXml: string;
  readonly relationships: readonly Relationship[];
  readonly relsRoot: ElementSpan | undefined;
  /** The `<sheet>` entries of `<sheets>`, in tab order, and where `</sheets>` begins. */
  readonly entries: readonly SheetEntry[];
  readonly sheetsClose: number;
  /** The worksheet part an entry's relationship points to. */
  partOf(entry: SheetEntry | undefined): string | undefined;
}

/** The workbook part the package's root relationship names (`xl/workbook.xml` when it names none), with its sheets. */
export async function workbookPackage(zip: JSZip): Promise<WorkbookPackage> {
  const office = relationshipsOf(await partText(zip, "_rels/.rels")).relationships.find(
    (r) => typeName(r) === "officeDocument" && !r.external,
  );
  const workbookPart = office === undefined ? DEFAULT_WORKBOOK : resolveTarget("", office.target);
  const workbookXml = await requiredPart(zip, workbookPart);
  const relsPart = relsPartOf(workbookPart);
  const relsXml = await requiredPart(zip, relsPart);
  const { relationships, root: relsRoot } = relationshipsOf(relsXml);
  const workbookRoot = rootOf(workbookXml);
  const sheetsElement = childrenOf(workbookXml, workbookRoot).children.find((c) => c.local === "sheets");
  if (sheetsElement === undefined) throw new XmlEditError(`${workbookPart} lists no sheets`);
  const { children, closeStart: sheetsClose } = childrenOf(workbookXml, sheetsElement);
  return {
    workbookPart,
    workbookXml,
    workbookRoot,
    relsPart,
    relsXml,
    relationships,
    relsRoot,
    entries: sheetEntries(workbookXml, children),
    sheetsClose,
    partOf(entry) {
      const rel = relationships.find((r) => r.id === entry?.rId && !r.external && typeName(r) === "worksheet");
      return rel === undefined ? undefined : resolveTarget(workbookPart, rel.target);
    },
  };
}

/** The workbook's main namespace (transitional or Strict Open XML), as its root declares it. */
export function mainNamespaceOf(pkg: WorkbookPackage): string {
  const prefix = prefixOf(pkg.workbookRoot);
  return attributesOf(pkg.workbookXml, pkg.workbookRoot).get(prefix === "" ? "xmlns" : `xmlns:${prefix.slice(0, -1)}`) ?? "";
}

/** Zips the edited package as the sealer always has: deflated, level 6. */
export function packed(zip: JSZip): Promise<Uint8Array> {
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
