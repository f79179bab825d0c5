import JSZip from "jszip";
import { unsealedFooters } from "../../core/seal";
import { encodeStore, type WorkbookStore } from "../../core/storage";
import { STORE_SHEET } from "../../core/workbook";
import { relsPartOf } from "./parts";
import { sheetFootersOf, unsealSheetXml } from "./sheetEdit";
import { storeSheetXml } from "./storeSheetXml";
import { mainNamespaceOf, packed, requiredPart, workbookPackage, writePart, type WorkbookPackage } from "./workbookPackage";
import { attributesOf, childrenOf, rootOf, spliced, XmlEditError } from "./xml";

/** What the store keeps once the seal is gone: the unit's quota and settings, as the add-in's unsealing keeps them. */
function unsealedStore(store: WorkbookStore): WorkbookStore {
  return {
    ...(store.quota === undefined ? {} : { quota: store.quota }),
    ...(store.settings === undefined ? {} : { settings: store.settings }),
  };
}

/**
 * Whether the store sheet can go altogether: nothing left to keep, the last tab (so that no sheet
 * index moves), no defined name scoped to it and no relationships of its own.
 */
function storeSheetRemovable(zip: JSZip, pkg: WorkbookPackage, rest: WorkbookStore, storePart: string): boolean {
  const index = pkg.entries.findIndex((e) => e.name === STORE_SHEET);
  if (Object.keys(rest).length > 0 || index !== pkg.entries.length - 1 || zip.file(relsPartOf(storePart)) !== null) return false;
  const definedNames = childrenOf(pkg.workbookXml, pkg.workbookRoot).children.find((c) => c.local === "definedNames");
  const scoped =
    definedNames !== undefined &&
    childrenOf(pkg.workbookXml, definedNames).children.some(
      (c) => c.local === "definedName" && attributesOf(pkg.workbookXml, c).get("localSheetId") === String(index),
    );
  return !scoped;
}

/** The part's text with the child elements of its root that `drop` picks taken out. */
function withoutChildren(xml: string, drop: (attributes: Map<string, string>, local: string) => boolean): string {
  const { children } = childrenOf(xml, rootOf(xml));
  const gone = children.filter((c) => drop(attributesOf(xml, c), c.local));
  return spliced(
    xml,
    gone.map((c) => ({ start: c.start, end: c.end, text: "" })),
  );
}

/**
 * Unseals a workbook by editing its package, the seal's edits taken back as the add-in takes them
 * back: the form sheet's protection lifted and the clerk's own footer restored (from the store's
 * copy; without one, the seal's sections taken off); the seal record gone from the store. A store
 * left empty goes with its sheet, its entry, relationship and content type — so that a workbook
 * sealed once comes back as it was before — else the store sheet is rewritten without the seal.
 * Every other entry of the zip is copied byte for byte. Browser-safe.
 */
export async function unsealPackage(bytes: Uint8Array, store: WorkbookStore): Promise<Uint8Array> {
  const sheet = store.seal?.sheet;
  if (sheet === undefined) throw new XmlEditError("the workbook holds no seal record");
  const zip = await JSZip.loadAsync(bytes);
  const pkg = await workbookPackage(zip);
  const formPart = pkg.partOf(pkg.entries.find((e) => e.name === sheet));
  if (formPart === undefined) throw new XmlEditError(`the workbook has no sheet “${sheet}”`);
  const formXml = await requiredPart(zip, formPart);
  const before = store.footerBeforeSeal;
  const protection = store.protectionBeforeSeal;
  writePart(
    zip,
    formPart,
    unsealSheetXml(
      formXml,
      before?.sheet === sheet ? before.footers : unsealedFooters(sheetFootersOf(formXml)),
      protection?.sheet === sheet ? protection : undefined,
    ),
  );

  const entry = pkg.entries.find((e) => e.name === STORE_SHEET);
  const storePart = pkg.partOf(entry);
  if (entry === undefined || storePart === undefined) throw new XmlEditError(`the workbook has no sheet “${STORE_SHEET}”`);
  const rest = unsealedStore(store);
  if (!storeSheetRemovable(zip, pkg, rest, storePart)) {
    writePart(zip, storePart, storeSheetXml(encodeStore(rest), mainNamespaceOf(pkg)));
    return packed(zip);
  }
  zip.remove(storePart);
  writePart(zip, pkg.workbookPart, spliced(pkg.workbookXml, [{ start: entry.start, end: entry.end, text: "" }]));
  writePart(
    zip,
    pkg.relsPart,
    withoutChildren(pkg.relsXml, (a, local) => local === "Relationship" && a.get("Id") === entry.rId),
  );
  const override = `/${storePart}`.toLowerCase();
  writePart(
    zip,
    "[Content_Types].xml",
    withoutChildren(
      await requiredPart(zip, "[Content_Types].xml"),
      (a, local) => local === "Override" && a.get("PartName")?.toLowerCase() === override,
    ),
  );
  return packed(zip);
}
