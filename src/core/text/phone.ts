import type { CellValue } from "../grid/cell";
import { toHalfWidth } from "./normalize";

export type PhoneKind = "mobile" | "landline";

/** One phone number, understood. */
export interface PhoneNumber {
  readonly kind: PhoneKind;
  /** The tidy form: `13912345678`, `0571-87654321`, `0571-87654321转123`. */
  readonly normalized: string;
  /** For comparing numbers across rows: digits only, the extension after `#`. */
  readonly key: string;
}

/** What a 联系方式 cell holds. */
export interface PhoneParse {
  /** There is at least one number and every part of the cell is a number. */
  readonly valid: boolean;
  /** The numbers that could be read (also when some other part could not). */
  readonly numbers: readonly PhoneNumber[];
  /** The cell rewritten in tidy form with the clerk's separators kept; "" when not valid. */
  readonly normalized: string;
  /** The cell is text already in tidy form (a number stored as a NUMBER never is). */
  readonly tidy: boolean;
}

const NOT_A_PHONE: PhoneParse = { valid: false, numbers: [], normalized: "", tidy: false };

const MOBILE = /^1[3-9]\d{9}$/;
/** Separators between several numbers in one cell; spaces are handled apart (see parseSegment). */
const LIST_SEPARATOR = /(\s*[、,，;；/／\r\n]+\s*)/;
const DASHES = /[‐‑‒–—―−－～~]/g;
const LABEL = /^(?:手机|移动电话|电话|座机|固话|办公电话|tel|phone|mobile)\s*(?:号码?)?\s*[:：]?\s*/i;
const EXTENSION = /\s*(?:转分机|转|轉|分机|分機|ext\.?|x|#)\s*(\d{1,6})$/i;
const TRAILING_GROUP = /-\s*(\d{1,6})$/;
const COUNTRY_CODE = /^(?:\(\s*(?:\+|00)?\s*86\s*\)|(?:\+|00)\s*86)\s*-?\s*/;
const DIGITS_AND_GROUPING = /^[\d\s()-]+$/;
const NON_DIGIT = /\D/g;
const WHITESPACE = /\s+/;
const WHITESPACE_RUN = /(\s+)/;

function mobile(digits: string): PhoneNumber {
  return { kind: "mobile", normalized: digits, key: digits };
}

/**
 * Area codes are 0 + 2 digits for 010 and 02x (Beijing, Shanghai, Tianjin, Chongqing, the big
 * regional hubs) and 0 + 3 digits everywhere else, so the split is fixed by the second digit.
 */
function areaCodeLength(digits: string): number {
  return digits[1] === "1" || digits[1] === "2" ? 3 : 4;
}

function landline(digits: string, ext: string | undefined, extStyle: "-" | "转"): PhoneNumber | undefined {
  if (digits[0] !== "0" || digits[1] === "0") return undefined;
  const areaLength = areaCodeLength(digits);
  const area = digits.slice(0, areaLength);
  const subscriber = digits.slice(areaLength);
  if (subscriber.length < 7 || subscriber.length > 8 || subscriber[0] === "0") return undefined;
  const base = `${area}-${subscriber}`;
  if (ext === undefined) return { kind: "landline", normalized: base, key: area + subscriber };
  return { kind: "landline", normalized: `${base}${extStyle}${ext}`, key: `${area}${subscriber}#${ext}` };
}

/** One number written any way clerks write it; undefined when it is none. */
export function parsePhone(raw: string): PhoneNumber | undefined {
  let s = toHalfWidth(raw).replace(DASHES, "-").trim().replace(LABEL, "");
  let ext: string | undefined;
  let extStyle: "-" | "转" = "转";
  const extMatch = EXTENSION.exec(s);
  if (extMatch) {
    ext = extMatch[1];
    s = s.slice(0, extMatch.index);
  }
  let international = false;
  const cc = COUNTRY_CODE.exec(s);
  if (cc) {
    international = true;
    s = s.slice(cc[0].length);
  }
  if (!DIGITS_AND_GROUPING.test(s)) return undefined;
  let digits = s.replace(NON_DIGIT, "");
  if (!international && digits.length === 13 && digits.startsWith("86") && MOBILE.test(digits.slice(2))) {
    digits = digits.slice(2);
  }
  if (MOBILE.test(digits)) return ext === undefined ? mobile(digits) : undefined;
  if (international) digits = `0${digits}`;
  const plain = landline(digits, ext, extStyle);
  if (plain !== undefined || ext !== undefined) return plain;
  // 0571-87654321-123: a trailing group after a complete number is an extension.
  const trailing = TRAILING_GROUP.exec(s);
  if (trailing === null) return undefined;
  extStyle = "-";
  const head = s.slice(0, trailing.index).replace(NON_DIGIT, "");
  return landline(international ? `0${head}` : head, trailing[1], extStyle);
}

interface Part {
  readonly numbers: PhoneNumber[];
  readonly text: string;
}

/**
 * A segment between list separators is one number (`139 1234 5678`, `0571 8765 4321`) or, when it
 * is not, several numbers separated by spaces.
 */
function parseSegment(segment: string): Part | undefined {
  const whole = parsePhone(segment);
  if (whole !== undefined) return { numbers: [whole], text: whole.normalized };
  if (!WHITESPACE.test(segment)) return undefined;
  const pieces = segment.split(WHITESPACE_RUN);
  const numbers: PhoneNumber[] = [];
  let text = "";
  for (let i = 0; i < pieces.length; i++) {
    if (i % 2 === 1) {
      text += pieces[i];
      continue;
    }
    const n = parsePhone(pieces[i]!);
    if (n === undefined) return undefined;
    numbers.push(n);
    text += n.normalized;
  }
  return { numbers, text };
}

/*
 * Most cells hold one mobile or one landline in tidy form. They are recognised by a scan of their
 * characters (what `^1[3-9]\d{9}$`, and `^(0\d{2,3})-(\d{7,8})$` under the rules of `landline`,
 * accept), without regular expressions, match arrays or slices: the phone rules meet one on every row.
 */

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

function allDigits(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isDigitAt(text, i)) return false;
  return true;
}

/** `MOBILE.test(text)`: 1[3-9] and nine more digits. */
function isTidyMobile(text: string): boolean {
  const second = text.charCodeAt(1);
  return text.length === 11 && text.charCodeAt(0) === 0x31 && second >= 0x33 && second <= 0x39 && allDigits(text, 2, 11);
}

/** The length of the area code when `text` is one landline in tidy form (0571-87654321); 0 otherwise. */
function tidyLandlineArea(text: string): number {
  if (text.charCodeAt(0) !== 0x30 || !isDigitAt(text, 1) || text.charCodeAt(1) === 0x30) return 0;
  const area = areaCodeLength(text);
  const subscriber = text.length - area - 1;
  if (subscriber < 7 || subscriber > 8 || text.charCodeAt(area) !== 0x2d || text.charCodeAt(area + 1) === 0x30) return 0;
  return allDigits(text, 2, area) && allDigits(text, area + 1, text.length) ? area : 0;
}

/** Whether a text is one number in tidy form, as `parsePhones` would find it: valid and tidy. */
export function isTidyPhone(text: string): boolean {
  return isTidyMobile(text) || tidyLandlineArea(text) !== 0;
}

/** The comparison key (`PhoneNumber.key`) of a text that is one number in tidy form; undefined for any other. */
export function tidyPhoneKey(text: string): string | undefined {
  if (isTidyMobile(text)) return text;
  const area = tidyLandlineArea(text);
  return area === 0 ? undefined : text.slice(0, area) + text.slice(area + 1);
}

function parseText(raw: string): PhoneParse {
  // Most cells hold one tidy mobile or landline: answer those without splitting.
  if (isTidyMobile(raw)) return { valid: true, numbers: [mobile(raw)], normalized: raw, tidy: true };
  const area = tidyLandlineArea(raw);
  if (area !== 0) {
    const number: PhoneNumber = { kind: "landline", normalized: raw, key: raw.slice(0, area) + raw.slice(area + 1) };
    return { valid: true, numbers: [number], normalized: raw, tidy: true };
  }
  const trimmed = raw.trim();
  if (trimmed === "") return NOT_A_PHONE;
  const pieces = trimmed.split(LIST_SEPARATOR);
  const numbers: PhoneNumber[] = [];
  let normalized = "";
  let separator = "";
  let valid = true;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (i % 2 === 1) {
      separator = piece.trim() || piece;
      continue;
    }
    if (piece === "") continue; // a leading or trailing separator: the tidy form drops it
    const part = parseSegment(piece);
    if (part === undefined) {
      valid = false;
      continue;
    }
    numbers.push(...part.numbers);
    normalized += (normalized === "" ? "" : separator) + part.text;
  }
  if (!valid || numbers.length === 0) return { valid: false, numbers, normalized: "", tidy: false };
  return { valid: true, numbers, normalized, tidy: normalized === raw };
}

/** An integer read from a NUMBER cell: a mobile, or a landline whose leading 0 Excel dropped. */
function parseNumber(n: number): PhoneParse {
  if (!Number.isSafeInteger(n) || n <= 0) return NOT_A_PHONE;
  const digits = String(n);
  const number = MOBILE.test(digits) ? mobile(digits) : landline(`0${digits}`, undefined, "转");
  if (number === undefined) return NOT_A_PHONE;
  return { valid: true, numbers: [number], normalized: number.normalized, tidy: false };
}

/**
 * Reads a 联系方式 / 联系电话 cell: mainland mobiles (11 digits, 1[3-9]…) and landlines (area code
 * + 7–8 digits, optional extension 转123 / -123 / ext. 123 / x123), several of them separated by
 * 、 , ， ; ； / or spaces; tolerates +86, brackets, odd spacing and dashes, which `normalized`
 * tidies away.
 */
export function parsePhones(value: CellValue): PhoneParse {
  // Several checks read the same cell one after another; the last answer is kept for them.
  if (value === lastValue && lastParse !== undefined) return lastParse;
  let parse = NOT_A_PHONE;
  if (typeof value === "string") parse = parseText(value);
  else if (typeof value === "number") parse = parseNumber(value);
  lastValue = value;
  lastParse = parse;
  return parse;
}

let lastValue: CellValue = null;
let lastParse: PhoneParse | undefined;
