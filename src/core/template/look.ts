import type { ColumnKey, ColumnKind } from "../form/columns";
import type { CellRole, LayoutStyle, TemplateLayout } from "./layout";

/**
 * How the printed Annex 3 looks, whoever lays it out: the template (buildLayout.ts) and the print
 * layout of a form read from a unit's file (formPrintLayout.ts) share these, so that a sealed copy
 * prints like the template.
 */

/**
 * Printed widths (Excel character units). Narrower than the on-screen defaults of FORM_COLUMNS so
 * that fitting 13 columns to one A4 landscape page keeps the text near its real size (a sum of
 * about 175 units prints at ~80 %); long names wrap instead.
 */
export const PRINT_WIDTHS: Readonly<Record<ColumnKey, number>> = {
  seq: 5,
  enterprise: 24,
  experience: 28,
  city: 10,
  industry: 18,
  assets: 11,
  revenue: 11,
  taxProfit: 11,
  profit: 11,
  contact: 9,
  title: 9,
  phone: 14,
  remark: 14,
};

const STYLE_BASE: LayoutStyle = {
  face: "body",
  size: 11,
  bold: false,
  horizontal: "left",
  vertical: "middle",
  wrap: false,
  shrinkToFit: false,
  border: "none",
};

/** The printed notice's look: 黑体 title and headings, 宋体 body, a boxed table, underlined values to fill in. */
export const STYLE: Readonly<Record<CellRole | "data", LayoutStyle>> = {
  annex: { ...STYLE_BASE, face: "title", size: 12 },
  title: { ...STYLE_BASE, face: "title", size: 18, bold: true, horizontal: "center" },
  label: { ...STYLE_BASE, horizontal: "right" },
  value: { ...STYLE_BASE, shrinkToFit: true, border: "bottom" },
  unitNote: { ...STYLE_BASE, horizontal: "right", vertical: "bottom" },
  header: { ...STYLE_BASE, face: "title", bold: true, horizontal: "center", wrap: true, border: "box" },
  data: { ...STYLE_BASE, size: 10.5, wrap: true, border: "box" },
  note: { ...STYLE_BASE, size: 10 },
};

/** Amounts right, the sequence number centred, text left. */
export const DATA_ALIGNMENT: Readonly<Record<ColumnKind, LayoutStyle["horizontal"]>> = {
  money: "right",
  seq: "center",
  text: "left",
  phone: "left",
};

/** Row heights (points) of the rows around the table. */
export const ROW_HEIGHT = { title: 36, headerBlock: 24, header: 30, note: 20 } as const;

export const FONTS: TemplateLayout["fonts"] = { body: "宋体", title: "黑体" };

/** A4 landscape, all columns on one page wide, centred, narrow margins, page numbers in the footer. */
export const PRINT: Omit<TemplateLayout["print"], "titleRows"> = {
  paper: "A4",
  orientation: "landscape",
  fitToWidth: 1,
  fitToHeight: 0,
  centerHorizontally: true,
  margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  footerCenter: "第 &P 页，共 &N 页",
};
