import JSZip from "jszip";
import { cellAddress, parseAddress } from "../../src/core/grid/address";
import { STORE_SHEET } from "../../src/core/workbook";
import { escapeXml, unescapeXml } from "../../src/xlsx/package/xml";

/**
 * Edits of a saved .xlsx package the way a spreadsheet program writes them after a user's change:
 * a cell typed or cleared (keeping its style), a row or a column hidden, a number format, the
 * print area, a sheet copied, the store's text edited. Each edit changes only its own parts, so a
 * mutation test knows exactly what changed; each leaves a package Excel opens (a typed cell is an
 * inline string or a number, rows and cells stay in order, counts stay true).
 */
export class EditedPackage {
  private constructor(private readonly zip: JSZip) {}

  static async open(bytes: Uint8Array): Promise<EditedPackage> {
    return new EditedPackage(await JSZip.loadAsync(bytes));
  }

  async text(part: string): Promise<string> {
    const file = this.zip.file(part);
    if (file === null) throw new Error(`the package has no ${part}`);
    return file.async("string");
  }

  async edit(part: string, change: (xml: string) => string): Promise<void> {
    const before = await this.text(part);
    const after = change(before);
    if (after === before) throw new Error(`the edit of ${part} changed nothing`);
    this.zip.file(part, after);
  }

  remove(part: string): void {
    this.zip.remove(part);
  }

  add(part: string, text: string): void {
    this.zip.file(part, text);
  }

  bytes(): Promise<Uint8Array> {
    return this.zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  }

  /** The worksheet part of a sheet, by its tab name, through the workbook's relationships. */
  async sheetPart(name: string): Promise<string> {
    const workbook = await this.text("xl/workbook.xml");
    const entry = [...workbook.matchAll(/<sheet [^>]*>/g)].map((m) => m[0]).find((s) => s.includes(`name="${escapeXml(name)}"`));
    const rId = entry === undefined ? undefined : /r:id="([^"]+)"/.exec(entry)?.[1];
    const rels = await this.text("xl/_rels/workbook.xml.rels");
    const target = [...rels.matchAll(/<Relationship [^>]*>/g)].map((m) => m[0]).find((r) => r.includes(`Id="${rId}"`));
    const path = target === undefined ? undefined : /Target="([^"]+)"/.exec(target)?.[1];
    if (path === undefined) throw new Error(`no worksheet part for ${name}`);
    return path.startsWith("/") ? path.slice(1) : `xl/${path}`;
  }

  /** Types `value` into a cell (a number, or text as an inline string), or clears it (`null`), keeping its style. */
  async setCell(sheet: string, address: string, value: string | number | null): Promise<void> {
    await this.edit(await this.sheetPart(sheet), (xml) => withCell(xml, address, value));
  }

  /** Gives the cell a style like its own but with this number format code (a custom format, as Excel adds one). */
  async setNumberFormat(sheet: string, address: string, code: string): Promise<void> {
    const part = await this.sheetPart(sheet);
    const cell = cellElement(await this.text(part), address);
    const style = Number(/ s="(\d+)"/.exec(cell?.text ?? "")?.[1] ?? 0);
    let xfIndex = 0;
    await this.edit("xl/styles.xml", (xml) => {
      const numFmtId = 300;
      const numFmt = `<numFmt numFmtId="${numFmtId}" formatCode="${escapeXml(code)}"/>`;
      let out = xml.includes("<numFmts")
        ? xml.replace(/<numFmts count="(\d+)">/, (_, n: string) => `<numFmts count="${Number(n) + 1}">${numFmt}`)
        : xml.replace(/<fonts[ >]/, (m) => `<numFmts count="1">${numFmt}</numFmts>${m}`);
      const xfs = /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/.exec(out);
      if (xfs === null) throw new Error("styles.xml has no cellXfs");
      const list = [...xfs[2]!.matchAll(/<xf [^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
      const own = list[style];
      if (own === undefined) throw new Error(`no cell style ${style}`);
      const xf = own.replace(/numFmtId="\d+"/, `numFmtId="${numFmtId}"`).replace(/applyNumberFormat="\d"/, "");
      const applied = xf.replace(/^<xf /, '<xf applyNumberFormat="1" ');
      xfIndex = list.length;
      out = out.replace(xfs[0], `<cellXfs count="${list.length + 1}">${xfs[2]}${applied}</cellXfs>`);
      return out;
    });
    await this.edit(part, (xml) => {
      const at = cellElement(xml, address);
      if (at === undefined) throw new Error(`no cell ${address}`);
      const restyled = / s="\d+"/.test(at.text)
        ? at.text.replace(/ s="\d+"/, ` s="${xfIndex}"`)
        : at.text.replace(`<c r="${address}"`, `<c r="${address}" s="${xfIndex}"`);
      return xml.slice(0, at.start) + restyled + xml.slice(at.start + at.text.length);
    });
  }

  async hideRow(sheet: string, row: number): Promise<void> {
    await this.edit(await this.sheetPart(sheet), (xml) => xml.replace(new RegExp(`<row r="${row}"`), `<row r="${row}" hidden="1"`));
  }

  /** Sets a row's height (`ht`, custom), as a program that sizes rather than hides writes a row dragged shut. */
  async setRowHeight(sheet: string, row: number, height: number): Promise<void> {
    await this.edit(await this.sheetPart(sheet), (xml) =>
      xml.replace(new RegExp(`<row r="${row}"([^>]*)>`), (_whole, attrs: string) => {
        const rest = attrs.replace(/ ht="[^"]*"| customHeight="[^"]*"/g, "");
        return `<row r="${row}" ht="${height}" customHeight="1"${rest}>`;
      }),
    );
  }

  async hideColumn(sheet: string, col: number): Promise<void> {
    await this.editColumn(sheet, col, (attrs) => `${attrs} hidden="1"`);
  }

  async setColumnWidth(sheet: string, col: number, width: number): Promise<void> {
    await this.editColumn(sheet, col, (attrs) => attrs.replace(/ width="[^"]*"/, ` width="${width}"`));
  }

  /** Changes one column's `<col>` attributes: its range is split so that the change touches only this column. */
  private async editColumn(sheet: string, col: number, change: (attrs: string) => string): Promise<void> {
    await this.edit(await this.sheetPart(sheet), (xml) =>
      xml.replace(/<col min="(\d+)" max="(\d+)"([^>]*?)\/>/g, (whole, min: string, max: string, rest: string) => {
        const lo = Number(min);
        const hi = Number(max);
        if (col < lo || col > hi) return whole;
        const span = (a: number, b: number, attrs = rest) => (a > b ? "" : `<col min="${a}" max="${b}"${attrs}/>`);
        return span(lo, col - 1) + span(col, col, change(rest)) + span(col + 1, hi);
      }),
    );
  }

  /** Sets the sheet's print area (`_xlnm.Print_Area`, local to the sheet), as Excel's 设置打印区域 does. */
  async setPrintArea(sheet: string, localSheetId: number, area: string): Promise<void> {
    const name = `<definedName name="_xlnm.Print_Area" localSheetId="${localSheetId}">'${escapeXml(sheet)}'!${area}</definedName>`;
    await this.edit("xl/workbook.xml", (xml) =>
      xml.includes("<definedNames>")
        ? xml.replace("<definedNames>", `<definedNames>${name}`)
        : xml.replace("</sheets>", `</sheets><definedNames>${name}</definedNames>`),
    );
  }

  /**
   * Copies a sheet into a new tab right after it (Excel's 移动或复制 → 建立副本), unprotected: its part,
   * its `<sheet>` entry, relationship and content type. The sheets after it move one place, and
   * so do the sheet-local defined names that point at them.
   */
  async copySheet(sheet: string, copyName: string): Promise<void> {
    const source = await this.sheetPart(sheet);
    const parts = Object.keys(this.zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
    const number = Math.max(...parts.map((p) => Number(/(\d+)\.xml$/.exec(p)![1]))) + 1;
    const part = `xl/worksheets/sheet${number}.xml`;
    this.add(part, (await this.text(source)).replace(/<sheetProtection[^>]*\/>/, ""));
    const rId = `rIdCopy${number}`;
    await this.edit("xl/_rels/workbook.xml.rels", (xml) =>
      xml.replace(
        "</Relationships>",
        `<Relationship Id="${rId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${number}.xml"/></Relationships>`,
      ),
    );
    await this.edit("[Content_Types].xml", (xml) =>
      xml.replace(
        "</Types>",
        `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
      ),
    );
    await this.edit("xl/workbook.xml", (xml) => {
      const entries = [...xml.matchAll(/<sheet [^>]*\/>/g)];
      const at = entries.findIndex((m) => m[0].includes(`name="${escapeXml(sheet)}"`));
      const ids = entries.map((m) => Number(/sheetId="(\d+)"/.exec(m[0])![1]));
      const entry = `<sheet name="${escapeXml(copyName)}" sheetId="${Math.max(...ids) + 1}" r:id="${rId}"/>`;
      const after = entries[at]!;
      const inserted = xml.slice(0, after.index + after[0].length) + entry + xml.slice(after.index + after[0].length);
      return inserted.replace(/localSheetId="(\d+)"/g, (whole, id: string) =>
        Number(id) > at ? `localSheetId="${Number(id) + 1}"` : whole,
      );
    });
  }

  /** Drops a sheet with its part, `<sheet>` entry, relationship and content type (the VBA editor's delete). */
  async removeSheet(sheet: string): Promise<void> {
    const part = await this.sheetPart(sheet);
    const workbook = await this.text("xl/workbook.xml");
    const entry = [...workbook.matchAll(/<sheet [^>]*\/>/g)].map((m) => m[0]).find((s) => s.includes(`name="${escapeXml(sheet)}"`))!;
    const rId = /r:id="([^"]+)"/.exec(entry)![1]!;
    await this.edit("xl/workbook.xml", (xml) => xml.replace(entry, ""));
    await this.edit("xl/_rels/workbook.xml.rels", (xml) => xml.replace(new RegExp(`<Relationship Id="${rId}"[^>]*/>`), ""));
    await this.edit("[Content_Types].xml", (xml) => xml.replace(new RegExp(`<Override PartName="/${part}"[^>]*/>`), ""));
    this.remove(part);
  }

  /**
   * Edits the JSON text of the store's `seal` value as someone who unhid the store sheet would
   * edit its cell: `change` gets the record's text (its one chunk) and returns the new text.
   */
  async editSealText(change: (json: string) => string): Promise<void> {
    await this.edit(await this.sheetPart(STORE_SHEET), (xml) => {
      const rows = sealRows(xml);
      if (rows.length !== 1) throw new Error(`the seal record spans ${rows.length} chunks`);
      const row = rows[0]!;
      const chunk = /(<c r="C\d+"[^>]*><is><t[^>]*>)([^<]*)(<\/t>)/.exec(row.text)!;
      const edited = row.text.replace(chunk[0], chunk[1]! + escapeXml(change(unescapeXml(chunk[2]!))) + chunk[3]!);
      return xml.slice(0, row.start) + edited + xml.slice(row.start + row.text.length);
    });
  }

  /** Deletes the store's rows of the `seal` key, leaving the quota and settings. */
  async removeSealRows(): Promise<void> {
    await this.edit(await this.sheetPart(STORE_SHEET), (xml) =>
      sealRows(xml).reduceRight((out, r) => out.slice(0, r.start) + out.slice(r.start + r.text.length), xml),
    );
  }
}

interface Span {
  readonly start: number;
  readonly text: string;
}

function sealRows(xml: string): Span[] {
  return [...xml.matchAll(/<row [^>]*>[\s\S]*?<\/row>/g)]
    .filter((m) => /<c r="A\d+"[^>]*><is><t[^>]*>seal<\/t>/.test(m[0]))
    .map((m) => ({ start: m.index, text: m[0] }));
}

function cellElement(xml: string, address: string): Span | undefined {
  const m = new RegExp(`<c r="${address}"(?: [^>]*?)?(?:/>|>[\\s\\S]*?</c>)`).exec(xml);
  return m === null ? undefined : { start: m.index, text: m[0] };
}

function cellXml(address: string, style: string, value: string | number | null): string {
  if (value === null) return `<c r="${address}"${style}/>`;
  if (typeof value === "number") return `<c r="${address}"${style}><v>${value}</v></c>`;
  return `<c r="${address}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

/** The sheet's XML with one cell typed or cleared; a new cell or row goes where the order of cells and rows puts it. */
function withCell(sheetXml: string, address: string, value: string | number | null): string {
  const at = parseAddress(address);
  if (at === undefined) throw new Error(`not an address: ${address}`);
  const existing = cellElement(sheetXml, address);
  if (existing !== undefined) {
    const style = / s="\d+"/.exec(existing.text)?.[0] ?? "";
    return sheetXml.slice(0, existing.start) + cellXml(address, style, value) + sheetXml.slice(existing.start + existing.text.length);
  }
  const xml = widenDimension(sheetXml, at.row, at.col);
  const fresh = cellXml(address, "", value);
  const row = new RegExp(`<row r="${at.row}"[^>]*?(?:/>|>[\\s\\S]*?</row>)`).exec(xml);
  if (row === null) {
    const element = `<row r="${at.row}">${fresh}</row>`;
    const next = [...xml.matchAll(/<row r="(\d+)"/g)].find((m) => Number(m[1]) > at.row);
    return next === undefined
      ? xml.replace("</sheetData>", `${element}</sheetData>`)
      : xml.slice(0, next.index) + element + xml.slice(next.index);
  }
  const open = row[0].endsWith("/>") ? `${row[0].slice(0, -2)}></row>` : row[0];
  const later = [...open.matchAll(/<c r="([A-Z]+)\d+"/g)].find((m) => (parseAddress(`${m[1]}1`)?.col ?? 0) > at.col);
  const filled =
    later === undefined ? open.replace("</row>", `${fresh}</row>`) : open.slice(0, later.index) + fresh + open.slice(later.index);
  return xml.slice(0, row.index) + filled.replace(/ spans="\d+:\d+"/, "") + xml.slice(row.index + row[0].length);
}

/** The `<dimension>` grown to take in a new cell, as Excel writes it on saving. */
function widenDimension(xml: string, row: number, col: number): string {
  return xml.replace(/<dimension ref="([A-Z]+\d+)(?::([A-Z]+\d+))?"\/>/, (_whole, from: string, to: string | undefined) => {
    const a = parseAddress(from)!;
    const b = parseAddress(to ?? from)!;
    const ref = `${cellAddress(Math.min(a.row, row), Math.min(a.col, col))}:${cellAddress(Math.max(b.row, row), Math.max(b.col, col))}`;
    return `<dimension ref="${ref}"/>`;
  });
}
