// Writes test/fixtures/rich/: a filled 浙江 form carrying what a real workbook carries besides its
// cells, for the test that sealing keeps every part it does not write (src/xlsx/package/). exceljs
// writes the form with cell comments, conditional formats, defined names and an image; the parts
// exceljs cannot write are then added into the zip as Excel writes them: a chart, a custom XML
// part, custom document properties, Excel 2010+ (x14) data validations; and the .xlsm adds a VBA
// project (a compound file, as Excel stores it) with the macro-enabled content type.
// Run: npm run gen:rich-fixtures
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import JSZip from "jszip";
import { filledWorkbook, FIXED_TIME, ZHEJIANG_FORM } from "./lib/formWorkbook";

const OUT = "test/fixtures/rich";
const SHEET = "申报企业统计表";
const NOTES_SHEET = "说明";

/** A 1×1 red pixel, stretched over a few cells. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==", "base64");

async function exceljsPart(): Promise<Buffer> {
  const { workbook, sheet, layout } = filledWorkbook(ZHEJIANG_FORM);
  const first = layout.firstDataRow;
  sheet.getCell(`B${first}`).note = "龙头企业，材料已核对";
  sheet.getCell(`F${first + 1}`).note = "资产总额以2020年审计报告为准";
  sheet.getCell(`M${first + 2}`).note = "联系人手机已更换";
  sheet.addConditionalFormatting({
    ref: `F${first}:F${first + 3}`,
    rules: [
      {
        type: "cellIs",
        operator: "greaterThan",
        formulae: [1000000],
        priority: 1,
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFF2CC" } } },
      },
    ],
  });
  workbook.definedNames.add(`'${SHEET}'!$B$${first}:$B$${first + 3}`, "申报企业");
  const notes = workbook.addWorksheet(NOTES_SHEET);
  notes.getCell("A1").value = "填报说明：资产总额、营业收入单位为万元。";
  notes.getCell("A2").value = "本页图表由财务处提供，仅供参考。";
  ["杭州市", "宁波市", "温州市"].forEach((city, i) => (notes.getCell(`A${4 + i}`).value = city));
  notes.addImage(workbook.addImage({ buffer: PNG as unknown as ArrayBuffer, extension: "png" }), "C2:D4");
  workbook.created = FIXED_TIME;
  workbook.modified = FIXED_TIME;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const CHART = (first: number) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>资产总额</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>资产总额</c:v></c:tx><c:cat><c:strRef><c:f>'${SHEET}'!$B$${first}:$B$${first + 3}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'${SHEET}'!$F$${first}:$F$${first + 3}</c:f></c:numRef></c:val></c:ser><c:axId val="111"/><c:axId val="222"/></c:barChart><c:catAx><c:axId val="111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="222"/></c:catAx><c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="111"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const CHART_ANCHOR = `<xdr:twoCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>8</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>24</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="100" name="资产总额图"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdChart1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;

const X14_VALIDATIONS = `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>${NOTES_SHEET}!$A$4:$A$6</xm:f></x14:formula1><xm:sqref>D20:D30</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>`;

const CUSTOM_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<申报 xmlns="urn:example:quality-benchmark"><批次>2021-浙江-01</批次><经办>财务处</经办></申报>`;
const CUSTOM_XML_PROPS = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<ds:datastoreItem ds:itemID="{6E2B6D3A-1F0C-4D7E-9A53-2C1B0E9F4A11}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="urn:example:quality-benchmark"/></ds:schemaRefs></ds:datastoreItem>`;
const CUSTOM_PROPERTIES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="报送批次"><vt:lpwstr>2021-浙江-01</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="密级"><vt:lpwstr>内部</vt:lpwstr></property></Properties>`;

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function insertBefore(xml: string, closing: string, text: string): string {
  const at = xml.lastIndexOf(closing);
  if (at < 0) throw new Error(`no ${closing}`);
  return xml.slice(0, at) + text + xml.slice(at);
}

async function text(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (file === null) throw new Error(`no ${name}`);
  return file.async("string");
}

/** The part of a sheet by its name, through workbook.xml and its relationships. */
async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const workbook = await text(zip, "xl/workbook.xml");
  const rId = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const rels = await text(zip, "xl/_rels/workbook.xml.rels");
  const target = new RegExp(`<Relationship [^>]*Id="${rId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (target === undefined) throw new Error(`no part for ${name}`);
  return `xl/${target.replace(/^\/?xl\//, "")}`;
}

async function richXlsx(): Promise<JSZip> {
  const zip = await JSZip.loadAsync(await exceljsPart());
  const put = (name: string, content: string | Uint8Array) => zip.file(name, content, { date: FIXED_TIME, createFolders: false });
  const first = filledWorkbook(ZHEJIANG_FORM).layout.firstDataRow;
  let types = await text(zip, "[Content_Types].xml");

  // The chart, in the drawing exceljs made for the image on the notes sheet.
  const notesPart = await sheetPart(zip, NOTES_SHEET);
  const notesRels = await text(zip, notesPart.replace(/([^/]+)$/, "_rels/$1.rels"));
  const drawing = `xl/drawings/${/Target="\.\.\/drawings\/([^"]+)"/.exec(notesRels)![1]}`;
  put(drawing, insertBefore(await text(zip, drawing), "</xdr:wsDr>", CHART_ANCHOR));
  const drawingRels = drawing.replace(/([^/]+)$/, "_rels/$1.rels");
  put(
    drawingRels,
    insertBefore(
      await text(zip, drawingRels),
      "</Relationships>",
      `<Relationship Id="rIdChart1" Type="${REL}/chart" Target="../charts/chart1.xml"/>`,
    ),
  );
  put("xl/charts/chart1.xml", CHART(first));
  types = insertBefore(
    types,
    "</Types>",
    `<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
  );

  // Excel 2010+ data validations live in the form sheet's extLst, which exceljs neither reads nor writes.
  const formPart = await sheetPart(zip, SHEET);
  const form = await text(zip, formPart);
  if (form.includes("<extLst>")) throw new Error("exceljs wrote an extLst; merge the x14 validations into it");
  put(formPart, insertBefore(form, "</worksheet>", X14_VALIDATIONS));

  // A custom XML part (e.g. from a document management system), related from the workbook.
  put("customXml/item1.xml", CUSTOM_XML);
  put("customXml/itemProps1.xml", CUSTOM_XML_PROPS);
  put(
    "customXml/_rels/item1.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/customXmlProps" Target="itemProps1.xml"/></Relationships>`,
  );
  const wbRels = await text(zip, "xl/_rels/workbook.xml.rels");
  put(
    "xl/_rels/workbook.xml.rels",
    insertBefore(wbRels, "</Relationships>", `<Relationship Id="rIdCustomXml1" Type="${REL}/customXml" Target="../customXml/item1.xml"/>`),
  );
  types = insertBefore(
    types,
    "</Types>",
    `<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>`,
  );
  if (!/Extension="xml"/.test(types)) types = insertBefore(types, "</Types>", `<Default Extension="xml" ContentType="application/xml"/>`);

  // Custom document properties (文件 → 属性 → 自定义).
  put("docProps/custom.xml", CUSTOM_PROPERTIES);
  const rootRels = await text(zip, "_rels/.rels");
  put(
    "_rels/.rels",
    insertBefore(
      rootRels,
      "</Relationships>",
      `<Relationship Id="rIdCustom" Type="${REL}/custom-properties" Target="docProps/custom.xml"/>`,
    ),
  );
  types = insertBefore(
    types,
    "</Types>",
    `<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>`,
  );
  put("[Content_Types].xml", types);
  return zip;
}

/** A VBA project as Excel stores one: a compound file with the PROJECT stream and the VBA storage. */
function vbaProject(): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(
    cfb,
    "/PROJECT",
    Buffer.from('ID="{00000000-0000-0000-0000-000000000000}"\r\nDocument=ThisWorkbook/&H00000000\r\nName="VBAProject"\r\n'),
  );
  XLSX.CFB.utils.cfb_add(cfb, "/VBA/dir", Buffer.from([0x01, 0x00, 0x00]));
  XLSX.CFB.utils.cfb_add(cfb, "/VBA/ThisWorkbook", Buffer.from('Attribute VB_Name = "ThisWorkbook"\r\n'));
  return new Uint8Array(XLSX.CFB.write(cfb, { type: "buffer", fileType: "cfb" }) as Buffer);
}

async function richXlsm(zip: JSZip): Promise<JSZip> {
  const put = (name: string, content: string | Uint8Array) => zip.file(name, content, { date: FIXED_TIME, createFolders: false });
  put("xl/vbaProject.bin", vbaProject());
  const wbRels = await text(zip, "xl/_rels/workbook.xml.rels");
  put(
    "xl/_rels/workbook.xml.rels",
    insertBefore(
      wbRels,
      "</Relationships>",
      `<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>`,
    ),
  );
  let types = await text(zip, "[Content_Types].xml");
  types = types.replace(
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
  );
  types = insertBefore(types, "</Types>", `<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>`);
  put("[Content_Types].xml", types);
  return zip;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const options = { type: "uint8array", compression: "DEFLATE" } as const;
  const xlsx = await richXlsx();
  // exceljs stamps its entries with the time of writing: a fixed time makes the fixtures reproducible.
  xlsx.forEach((_path, file) => (file.date = FIXED_TIME));
  writeFileSync(join(OUT, "rich.xlsx"), await xlsx.generateAsync(options));
  const xlsm = await richXlsm(xlsx);
  xlsm.forEach((_path, file) => (file.date = FIXED_TIME));
  writeFileSync(join(OUT, "rich.xlsm"), await xlsm.generateAsync(options));
}

void main();
