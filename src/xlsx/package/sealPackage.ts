import JSZip from "jszip";
import { sealedFooters, type SealRecord } from "../../core/seal";
import { encodeStore, type WorkbookStore } from "../../core/storage";
import { STORE_SHEET } from "../../core/workbook";
import { freshRelationshipId, folderOf, relsPartOf, targetFor } from "./parts";
import { sealSheetXml, sheetFootersOf, sheetProtectionOf, type SheetProtection } from "./sheetEdit";
import { storeSheetXml } from "./storeSheetXml";
import { mainNamespaceOf, packed, requiredPart, workbookPackage, writePart } from "./workbookPackage";
import { attributesOf, childrenOf, escapeXml, prefixBoundTo, prefixOf, rootOf, spliced, XmlEditError } from "./xml";

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
  const pkg = await workbookPackage(zip);
  const { workbookPart, workbookXml, workbookRoot, relsPart, relsXml, relationships, relsRoot, entries, sheetsClose, partOf } = pkg;

  const form = entries.find((e) => e.name === seal.sheet);
  const formPart = partOf(form);
  if (formPart === undefined) throw new XmlEditError(`the workbook has no sheet “${seal.sheet}”`);
  const formXml = await requiredPart(zip, formPart);
  // The clerk's footer is kept in the store, so that unsealing gives it back; a reseal keeps the
  // copy taken before the first seal, not the sealed footer.
  const kept = seal.store.footerBeforeSeal;
  const footerBeforeSeal = kept?.sheet === seal.sheet ? kept : { sheet: seal.sheet, footers: sheetFootersOf(formXml) };
  // So is the sheet's own protection, the element itself (its password hash cannot be made again).
  const keptProtection = seal.store.protectionBeforeSeal;
  const protectionBeforeSeal = keptProtection?.sheet === seal.sheet ? keptProtection : sheetProtectionOf(formXml, seal.sheet);
  writePart(zip, formPart, sealSheetXml(formXml, sealedFooters(seal.store.seal, footerBeforeSeal.footers), seal.password ?? {}));

  const mainPrefix = prefixOf(workbookRoot);
  const mainNamespace = mainNamespaceOf(pkg);
  const store = entries.find((e) => e.name === STORE_SHEET);
  const existingPart = partOf(store);
  const storePart = existingPart !== undefined && zip.file(existingPart) !== null ? existingPart : freshSheetPart(zip, formPart);
  writePart(zip, storePart, storeSheetXml(encodeStore({ ...seal.store, footerBeforeSeal, protectionBeforeSeal }), mainNamespace));

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
  return packed(zip);
}
