import { sealCodeOf } from "./code";
import type { SealRecord } from "./record";

/** Excel refuses a header or footer longer than 255 characters (codes included). */
export const FOOTER_LIMIT = 255;
/** The right section: the page and the page count, so that a missing page shows on paper. */
export const PAGE_SECTION = "第 &P 页，共 &N 页";

/** Time on the paper is China Standard Time (UTC+8, no daylight saving): the units are in China. */
const CST_OFFSET_MS = 8 * 3_600_000;

function printedTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + CST_OFFSET_MS).toISOString();
  return `${d.slice(0, 10)} ${d.slice(11, 16)}`;
}

/** In a header or footer `&` starts a code; a literal ampersand is written `&&`. */
const literal = (text: string): string => text.replace(/&/g, "&&");

/**
 * The footer's left section: `封存码 XXXX-XXXX-XXXX-XXXX-X · 单位 · 封存人 · 2021-03-15 10:24 · 共 4 家`.
 * The unit is shortened first when the whole footer would pass Excel's limit.
 */
export function sealFooterLeft(record: SealRecord, room: number = FOOTER_LIMIT): string {
  const tail = ` · ${literal(record.sealedBy)} · ${printedTime(record.sealedAt)} · 共 ${record.rowCount} 家`;
  const head = `封存码 ${sealCodeOf(record.digest)}`;
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

/**
 * The sealed footer: the seal on the left, the page numbers on the right, the clerk's own centre
 * section kept (when it numbers the pages already, as qbench's template does, the right stays
 * empty). Within Excel's limit: the clerk's centre is dropped before the seal is cut.
 */
export function sealedFooter(record: SealRecord, existing: string): string {
  const center = splitFooter(existing).center;
  const right = /&P/i.test(center) ? "" : PAGE_SECTION;
  // Room for the longest frame: the page section on the right, as when the centre must go.
  const fixed = `&L&R${PAGE_SECTION}`.length;
  const withCenter = center === "" ? 0 : 2 + center.length;
  const keepCenter = fixed + withCenter + sealFooterLeft(record).length <= FOOTER_LIMIT;
  const left = sealFooterLeft(record, FOOTER_LIMIT - fixed - (keepCenter ? withCenter : 0));
  if (!keepCenter) return `&L${left}&R${PAGE_SECTION}`;
  return `&L${left}${center === "" ? "" : `&C${center}`}${right === "" ? "" : `&R${right}`}`;
}
