import { chinaTime } from "../text/chinaTime";
import { sealCodeOf } from "./code";
import type { SealRecord } from "./record";

/** Excel refuses a header or footer longer than 255 characters (codes included). */
export const FOOTER_LIMIT = 255;
/** The right section: the page and the page count, so that a missing page shows on paper. */
export const PAGE_SECTION = "第 &P 页，共 &N 页";

/** How the seal's left section begins. */
const SEAL_LEFT_START = "封存码 ";

/** In a header or footer `&` starts a code; a literal ampersand is written `&&`. */
const literal = (text: string): string => text.replace(/&/g, "&&");

/**
 * The footer's left section: `封存码 XXXX-XXXX-XXXX-XXXX-X · 单位 · 封存人 · 2021-03-15 10:24（北京时间） · 共 4 家`.
 * The unit is shortened first when the whole footer would pass Excel's limit.
 */
export function sealFooterLeft(record: SealRecord, room: number = FOOTER_LIMIT): string {
  const tail = ` · ${literal(record.sealedBy)} · ${chinaTime(record.sealedAt, "zh")} · 共 ${record.rowCount} 家`;
  const head = `${SEAL_LEFT_START}${sealCodeOf(record.digest)}`;
  let unit = literal(record.unit);
  while (unit.length > 0 && head.length + 3 + unit.length + tail.length > room) unit = [...unit].slice(0, -1).join("").replace(/&$/, "");
  return unit === "" ? head + tail : `${head} · ${unit}${tail}`;
}

/** A footer's three sections, as Excel's `&L…&C…&R…` codes split it (text before any code is centred). */
export interface FooterSections {
  readonly left: string;
  readonly center: string;
  readonly right: string;
}

export function splitFooter(footer: string): FooterSections {
  const sections = { left: "", center: "", right: "" };
  let current: keyof FooterSections = "center";
  let i = 0;
  while (i < footer.length) {
    const code = footer[i] === "&" ? footer[i + 1]?.toUpperCase() : undefined;
    if (code === "L" || code === "C" || code === "R") {
      current = code === "L" ? "left" : code === "C" ? "center" : "right";
      i += 2;
      continue;
    }
    const step = footer[i] === "&" && i + 1 < footer.length ? 2 : 1;
    sections[current] += footer.slice(i, i + step);
    i += step;
  }
  return sections;
}

/** A footer as Excel stores it: `&L…&C…&R…`, empty sections left out. */
export function joinFooter(sections: FooterSections): string {
  const { left, center, right } = sections;
  return `${left === "" ? "" : `&L${left}`}${center === "" ? "" : `&C${center}`}${right === "" ? "" : `&R${right}`}`;
}

/**
 * The sealed footer's sections: the seal on the left, the page numbers on the right, the clerk's
 * own centre section kept (when it numbers the pages already, as qbench's template does, the right
 * stays empty). Within Excel's limit, counted on the stored `&L…&C…&R…` form: the clerk's centre is
 * dropped before the seal is cut.
 */
export function sealedSections(record: SealRecord, existing: FooterSections): FooterSections {
  const center = existing.center;
  const right = /&P/i.test(center) ? "" : PAGE_SECTION;
  // Room for the longest frame: the page section on the right, as when the centre must go.
  const fixed = `&L&R${PAGE_SECTION}`.length;
  const withCenter = center === "" ? 0 : 2 + center.length;
  const keepCenter = fixed + withCenter + sealFooterLeft(record).length <= FOOTER_LIMIT;
  const left = sealFooterLeft(record, FOOTER_LIMIT - fixed - (keepCenter ? withCenter : 0));
  if (!keepCenter) return { left, center: "", right: PAGE_SECTION };
  return { left, center, right };
}

/** The sealed footer of a footer as stored in the workbook (`&L…&C…&R…`). */
export function sealedFooter(record: SealRecord, existing: string): string {
  return joinFooter(sealedSections(record, splitFooter(existing)));
}

/**
 * The page groups a sheet's footers belong to: every page, or the first page, odd and even pages
 * when the sheet gives them their own (Excel.HeaderFooterGroup).
 */
export const FOOTER_PAGES = ["default", "first", "odd", "even"] as const;
export type FooterPages = (typeof FOOTER_PAGES)[number];
/** A sheet's footers, by the page groups its layout uses. */
export type SheetFooters = Partial<Record<FooterPages, FooterSections | undefined>>;

/** The seal's footer in every page group the sheet uses. */
export function sealedFooters(record: SealRecord, existing: SheetFooters): SheetFooters {
  const sealed: SheetFooters = {};
  for (const pages of FOOTER_PAGES) {
    const sections = existing[pages];
    if (sections !== undefined) sealed[pages] = sealedSections(record, sections);
  }
  return sealed;
}

/**
 * A footer with the seal taken off, for a seal that kept no copy of the clerk's own footer: the
 * left section that carries a seal code goes, and with it the page numbers the seal put right.
 */
export function unsealedFooters(current: SheetFooters): SheetFooters {
  const unsealed: SheetFooters = {};
  for (const pages of FOOTER_PAGES) {
    const s = current[pages];
    if (s === undefined) continue;
    unsealed[pages] = s.left.startsWith(SEAL_LEFT_START)
      ? { left: "", center: s.center, right: s.right === PAGE_SECTION ? "" : s.right }
      : s;
  }
  return unsealed;
}
