import JSZip from "jszip";
import { sealedFooters, type SealRecord } from "../../core/seal";
import { encodeStore, type WorkbookStore } from "../../core/storage";
import { STORE_SHEET } from "../../core/workbook";
import { freshRelationshipId, folderOf, relationshipsOf, relsPartOf, resolveTarget, targetFor, typeName } from "./parts";
import { sealSheetXml, sheetFootersOf, type SheetProtection } from "./sheetEdit";
import { storeSheetXml } from "./storeSheetXml";
import { attributesOf, childrenOf, escapeXml, prefixBoundTo, prefixedValue, prefixOf, rootOf, spliced, XmlEditError } from "./xml";

export interface PackageSeal {
  /** The form sheet: protected, and the seal code in its footer. */
  readonly sheet: string;
  /** The store with the new seal, for the very hidden store sheet. */
  readonly store: WorkbookStore & { readonly seal: SealRecord };
  readonly password?: SheetProtection;
}

const RELATIONSHIP_NS = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
];
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const DEFAULT_WORKBOOK = "xl/workbook.xml";

async function partText(zip: JSZip, name: string): Promise<string | undefined> {
  return zip.file(name)?.async("string");
}

/** Writes a part: no folder entries added (a package has none), a replaced part keeps its date. */
function writePart(zip: JSZip, name: string, text: string): void {
  zip.file(name, text, { createFolders: false, date: zip.file(name)?.date ?? new Date() });
}

async function requiredPart(zip: JSZip, name: string): Promise<string> {
  const text = await partText(zip, name);
  if (text === undefined) throw new XmlEditError(`the package has no ${name}`);
  return text;
}

interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly rId: string;
  /** The qualified name of the `r:id` attribute, in the part's own prefix. */
  readonly idAttribute: string;
  readonly start: number;
  readonly end: number;
}

function sheetEntries(xml: string, sheets: ReturnType<typeof childrenOf>["children"]): SheetEntry[] {
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

/** A free worksheet part name beside the form sheet's: `xl/worksheets/sheetN.xml`, its rels free too. */
function freshSheetPart(zip: JSZip, besides: string): string {
  const folder = folderOf(besides);
  let n = 1;
  while (zip.file(`${folder}sheet${n}.xml`) !== null || zip.file(relsPartOf(`${folder}sheet${n}.xml`)) !== null) n++;
  return `${folder}sheet${n}.xml`;
}

/** `[Content_Types].xml` with an override for the part, unless it has one already. */
function withWorksheetOverride(xml: string, part: string): string {
  const root = rootOf(xml);
  const { children, closeStart } = childrenOf(xml, root);
  const has = children.some(
    (c) => c.local === "Override" && attributesOf(xml, c).get("PartName")?.toLowerCase() === `/${part}`.toLowerCase(),
  );
  if (has) return xml;
  const element = `<${prefixOf(root)}Override PartName="/${escapeXml(part)}" ContentType="${WORKSHEET_TYPE}"/>`;
  return spliced(xml, [{ start: closeStart, end: closeStart, text: element }]);
}

/**
 * Seals a workbook by editing its package: the store sheet's part written (or replaced), with its
 * `<sheet>` entry in workbook.xml, its relationship and its content type when it is new; the form
 * sheet's protection and footer; every other entry of the zip — comments, charts, images, custom
 * XML, document properties, a VBA project, parts no one here understands — copied byte for byte.
 * Browser-safe: the page seals with it too.
 */
export async function sealPackage(bytes: Uint8Array, seal: PackageSeal): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
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
  const { children: sheetChildren, closeStart: sheetsClose } = childrenOf(workbookXml, sheetsElement);
  const entries = sheetEntries(workbookXml, sheetChildren);
  const partOf = (entry: SheetEntry | undefined): string | undefined => {
    const rel = relationships.find((r) => r.id === entry?.rId && !r.external && typeName(r) === "worksheet");
    return rel === undefined ? undefined : resolveTarget(workbookPart, rel.target);
  };

  const form = entries.find((e) => e.name === seal.sheet);
  const formPart = partOf(form);
  if (formPart === undefined) throw new XmlEditError(`the workbook has no sheet “${seal.sheet}”`);
  const formXml = await requiredPart(zip, formPart);
  // The clerk's footer is kept in the store, so that unsealing gives it back; a reseal keeps the
  // copy taken before the first seal, not the sealed footer.
  const kept = seal.store.footerBeforeSeal;
  const footerBeforeSeal = kept?.sheet === seal.sheet ? kept : { sheet: seal.sheet, footers: sheetFootersOf(formXml) };
  writePart(zip, formPart, sealSheetXml(formXml, sealedFooters(seal.store.seal, footerBeforeSeal.footers), seal.password ?? {}));

  const mainPrefix = prefixOf(workbookRoot);
  const mainNamespace = attributesOf(workbookXml, workbookRoot).get(mainPrefix === "" ? "xmlns" : `xmlns:${mainPrefix.slice(0, -1)}`) ?? "";
  const store = entries.find((e) => e.name === STORE_SHEET);
  const existingPart = partOf(store);
  const storePart = existingPart !== undefined && zip.file(existingPart) !== null ? existingPart : freshSheetPart(zip, formPart);
  writePart(zip, storePart, storeSheetXml(encodeStore({ ...seal.store, footerBeforeSeal }), mainNamespace));

  // The entry names the store sheet very hidden; a new one goes last, so that no sheet index
  // (defined names' localSheetId, the active tab) moves.
  const boundPrefix = prefixBoundTo(workbookXml, workbookRoot, RELATIONSHIP_NS);
  const strict = mainNamespace.startsWith("http://purl.oclc.org/");
  const relNamespace = RELATIONSHIP_NS[strict ? 1 : 0]!;
  const idAttribute = store?.idAttribute ?? (boundPrefix === undefined ? "r:id" : `${boundPrefix}:id`);
  const declare = boundPrefix === undefined && store === undefined ? ` xmlns:r="${relNamespace}"` : "";
  const reuse = existingPart === storePart && store !== undefined;
  const rId = reuse ? store.rId : freshRelationshipId(relationships);
  const sheetId = reuse ? store.sheetId : Math.max(0, ...entries.map((e) => e.sheetId)) + 1;
  const entry = `<${mainPrefix}sheet name="${STORE_SHEET}" sheetId="${sheetId}" state="veryHidden" ${idAttribute}="${rId}"${declare}/>`;
  writePart(
    zip,
    workbookPart,
    spliced(workbookXml, [
      store === undefined ? { start: sheetsClose, end: sheetsClose, text: entry } : { start: store.start, end: store.end, text: entry },
    ]),
  );

  if (!reuse) {
    const formRel = relationships.find((r) => r.id === form?.rId)!;
    if (relsRoot === undefined) throw new XmlEditError(`${relsPart} is empty`);
    const close = childrenOf(relsXml, relsRoot).closeStart;
    const relationship = `<${prefixOf(relsRoot)}Relationship Id="${rId}" Type="${escapeXml(formRel.type)}" Target="${escapeXml(targetFor(workbookPart, storePart))}"/>`;
    writePart(zip, relsPart, spliced(relsXml, [{ start: close, end: close, text: relationship }]));
    writePart(zip, "[Content_Types].xml", withWorksheetOverride(await requiredPart(zip, "[Content_Types].xml"), storePart));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
