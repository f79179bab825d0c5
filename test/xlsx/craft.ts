import { writeFileSync } from "node:fs";
import { constants, crc32, deflateRawSync } from "node:zlib";

/** Hand-made files for the bad-input tests: zips written byte by byte, CFB headers, XML parts. */
export interface CraftEntry {
  readonly name: string;
  readonly data: Buffer | string | DeflatedData;
}

/** An entry's data already deflated, for content too large to hold inflated (see `deflatedRepeat`). */
export interface DeflatedData {
  readonly packed: Buffer;
  readonly crc: number;
  readonly size: number;
}

/**
 * `head`, then `unit` repeated `times`, then `tail`, deflated without ever holding the whole: each
 * piece is deflated on its own and ended with a full flush, which resets the compressor, so the
 * one deflated `unit` can be repeated byte for byte and the pieces join into one valid stream.
 */
export function deflatedRepeat(head: string, unit: Buffer, times: number, tail: string): DeflatedData {
  const flushed = (data: Buffer) => deflateRawSync(data, { finishFlush: constants.Z_FULL_FLUSH });
  const first = Buffer.from(head, "utf8");
  const last = Buffer.from(tail, "utf8");
  const packedUnit = flushed(unit);
  let crc = crc32(first);
  for (let i = 0; i < times; i++) crc = crc32(unit, crc);
  crc = crc32(last, crc);
  return {
    packed: Buffer.concat([flushed(first), ...Array<Buffer>(times).fill(packedUnit), deflateRawSync(last)]),
    crc,
    size: first.length + unit.length * times + last.length,
  };
}

/**
 * The run both headers share, from "version needed" to the name length (at 4 in a local header,
 * at 6 in a central one): zip 2.0, UTF-8 names, deflate, times left at zero.
 */
function writeEntryFields(header: Buffer, at: number, e: { crc: number; packed: number; size: number; nameLength: number }): void {
  header.writeUInt16LE(20, at);
  header.writeUInt16LE(0x0800, at + 2);
  header.writeUInt16LE(8, at + 4);
  header.writeUInt32LE(e.crc, at + 10);
  header.writeUInt32LE(e.packed, at + 14);
  header.writeUInt32LE(e.size, at + 18);
  header.writeUInt16LE(e.nameLength, at + 22);
}

/** A zip of deflated entries, with sizes as declared (or lying, when `declared` says so). */
export function craftZip(entries: readonly CraftEntry[], declared?: (name: string, real: number) => number): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = typeof e.data === "string" ? Buffer.from(e.data, "utf8") : e.data;
    const {
      packed,
      crc,
      size: real,
    } = Buffer.isBuffer(data) ? { packed: deflateRawSync(data), crc: crc32(data), size: data.length } : data;
    const name = Buffer.from(e.name, "utf8");
    const size = declared ? declared(e.name, real) : real;
    const fields = { crc, packed: packed.length, size, nameLength: name.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, fields);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    writeEntryFields(central, 6, fields);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

/** The worksheet part around its content, for a sheet crafted as `DeflatedData`. */
export const WORKSHEET_OPEN = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`;
export const WORKSHEET_CLOSE = "</worksheet>";

/** A minimal .xlsx whose one sheet has the given sheetData (and optional extra parts). */
export function craftWorkbook(
  sheetXml: string,
  extra: readonly CraftEntry[] = [],
  options: { date1904?: boolean; styles?: string } = {},
): CraftEntry[] {
  const rels = [
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>`,
    ...(options.styles
      ? [`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`]
      : []),
    ...(extra.some((e) => e.name === "xl/sharedStrings.xml")
      ? [
          `<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`,
        ]
      : []),
  ];
  return [
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    { name: "_rels/.rels", data: ROOT_RELS },
    {
      name: "xl/workbook.xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${options.date1904 ? '<workbookPr date1904="1"/>' : ""}<sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
    },
    {
      name: "xl/worksheets/sheet1.xml",
      data: `${WORKSHEET_OPEN}${sheetXml}${WORKSHEET_CLOSE}`,
    },
    ...(options.styles ? [{ name: "xl/styles.xml", data: options.styles }] : []),
    ...extra,
  ];
}

/** A compound-file (OLE2) header followed by directory names, as .xls/.et and encrypted OOXML files are. */
export function craftCfb(streams: readonly string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const dir = Buffer.concat(
    streams.map((s) => {
      const entry = Buffer.alloc(128);
      Buffer.from(s, "utf16le").copy(entry);
      return entry;
    }),
  );
  return Buffer.concat([header, dir, Buffer.alloc(1024)]);
}

export function writeBytes(path: string, data: Buffer | string): string {
  writeFileSync(path, data);
  return path;
}
