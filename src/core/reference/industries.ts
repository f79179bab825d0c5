import { nameKey } from "../text/normalize";
import { DIVISIONS, SECTIONS } from "./generated/gbt4754";
import type { IndustryDivision, IndustryMatch, IndustrySection } from "./types";

/** 工业 in Chinese statistics: 采矿业 (B), 制造业 (C), 电力、热力、燃气及水生产和供应业 (D). */
export const INDUSTRIAL_SECTIONS: readonly string[] = ["B", "C", "D"];

const UNKNOWN: IndustryMatch = { kind: "unknown" };
const MEMO_LIMIT = 20_000;

interface IndustryTables {
  readonly sections: readonly IndustrySection[];
  readonly sectionByCode: ReadonlyMap<string, IndustrySection>;
  readonly divisions: readonly IndustryDivision[];
  readonly byCode: ReadonlyMap<string, IndustryDivision>;
  readonly byLooseName: ReadonlyMap<string, IndustryDivision>;
  readonly memo: Map<string, IndustryMatch>;
}

let tables: IndustryTables | undefined;

/**
 * The key a division name is compared by: nameKey without brackets and the punctuation clerks vary
 * (、 , ; : - / …), so that 计算机,通信和其他电子设备制造业 and 计算机 通信… meet the real name.
 */
function looseKey(text: string): string {
  return nameKey(text).replace(/[()、,;:.。·・\-—_/|…]/g, "");
}

function buildTables(): IndustryTables {
  const sections = SECTIONS.map(([code, name]) => ({ code, name }));
  const sectionByCode = new Map(sections.map((s) => [s.code, s]));
  const divisions = DIVISIONS.map(([code, section, name]) => ({
    code,
    name,
    section,
    sectionName: sectionByCode.get(section)?.name ?? section,
  }));
  return {
    sections,
    sectionByCode,
    divisions,
    byCode: new Map(divisions.map((d) => [d.code, d])),
    byLooseName: new Map(divisions.map((d) => [looseKey(d.name), d])),
    memo: new Map(),
  };
}

function t(): IndustryTables {
  tables ??= buildTables();
  return tables;
}

/** The 97 divisions (大类) in code order. */
export function listDivisions(): readonly IndustryDivision[] {
  return t().divisions;
}

/** The 20 sections (门类) A–T. */
export function listSections(): readonly IndustrySection[] {
  return t().sections;
}

/** A division by its two-digit code ("39"; "6" is read as "06"). */
export function divisionByCode(code: string): IndustryDivision | undefined {
  const trimmed = code.trim();
  return /^\d{1,2}$/.test(trimmed) ? t().byCode.get(trimmed.padStart(2, "0")) : undefined;
}

/** The section of a division code ("39" → C 制造业) or a section letter ("C"). */
export function sectionOf(code: string): IndustrySection | undefined {
  const key = nameKey(code);
  if (/^[A-T]$/.test(key)) return t().sectionByCode.get(key);
  const division = divisionByCode(key);
  return division ? t().sectionByCode.get(division.section) : undefined;
}

/** Whether a division belongs to 工业 (sections B, C, D). */
export function isIndustrial(division: IndustryDivision): boolean {
  return INDUSTRIAL_SECTIONS.includes(division.section);
}

/** A code with a name that agrees with it: the name in full, or its first characters (计算机…). */
function withCode(letter: string, code: string, name: string): IndustryMatch {
  const division = t().byCode.get(code.padStart(2, "0"));
  if (!division || (letter !== "" && letter !== division.section)) return UNKNOWN;
  const full = looseKey(division.name);
  const agrees = name === "" || name === full || (name.length >= 2 && full.startsWith(name));
  return agrees ? { kind: "division", division, exact: false } : UNKNOWN;
}

function lookup(text: string): IndustryMatch {
  const key = looseKey(text);
  if (key === "") return UNKNOWN;
  const leading = /^([A-T]?)(\d{1,2})(\D*)$/.exec(key);
  if (leading) return withCode(leading[1] ?? "", leading[2] ?? "", leading[3] ?? "");
  const trailing = /^(\D+?)([A-T]?)(\d{1,2})$/.exec(key);
  if (trailing) return withCode(trailing[2] ?? "", trailing[3] ?? "", trailing[1] ?? "");
  const division = t().byLooseName.get(key);
  return division ? { kind: "division", division, exact: division.name === text } : UNKNOWN;
}

/**
 * A 所属行业 value as a GB/T 4754-2017 division: the exact name, the two-digit code (39), the
 * section and code (C39), code and name in either order (C39 计算机…, 39-计算机…, 计算机…（39）),
 * or the name with width, space or punctuation variants. `exact` only for the plain name.
 * A code whose name part disagrees (39 农业) is unknown: the clerk meant one of two things.
 */
export function matchIndustry(value: string): IndustryMatch {
  const text = value.trim();
  const { memo } = t();
  const known = memo.get(text);
  if (known) return known;
  const match = lookup(text);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, match);
  return match;
}
