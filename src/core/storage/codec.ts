import type * as z from "zod/mini";
import type { Lang } from "../issues/lang";
import { STORE_FORMAT_KEY, STORE_FORMAT_VERSION, STORE_KEYS, STORE_SCHEMAS, type StoreKey, type WorkbookStore } from "./store";

/** Excel holds at most 32,767 characters in a cell; chunks stay well below. */
export const CHUNK_SIZE = 30_000;

/** A cell starting with one of these could be taken for a formula by a host that parses input. */
const FORMULA_START = new Set(["=", "+", "-", "@"]);

const NOTE = "质量标杆推荐助手的内部数据（封存记录、名额、设置），请勿修改。Internal data of the quality-benchmark add-in; do not edit.";

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** A cut before `text[i]` is safe when it splits no surrogate pair and the next chunk starts harmlessly. */
function safeCut(text: string, i: number): boolean {
  return !isLowSurrogate(text.charCodeAt(i)) && !FORMULA_START.has(text[i]!);
}

/**
 * Splits text into chunks of at most `size` characters, cutting where the next chunk does not
 * begin with = + - @ and no surrogate pair is split. Only a window made entirely of such
 * characters forces a cut at the limit; `storeJson` rules that out for the store.
 */
export function chunkText(text: string, size: number = CHUNK_SIZE): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (text.length - start > size) {
    let cut = start + size;
    while (cut > start + 1 && !safeCut(text, cut)) cut--;
    if (cut === start + 1 && !safeCut(text, cut)) {
      cut = start + size;
      if (isLowSurrogate(text.charCodeAt(cut))) cut--;
    }
    chunks.push(text.slice(start, cut));
    start = cut;
  }
  chunks.push(text.slice(start));
  return chunks;
}

const escape = (ch: string): string => "\\u" + ch.charCodeAt(0).toString(16).padStart(4, "0");

/**
 * JSON in which no two formula-starting characters follow each other, so that a safe cut is never
 * more than two characters back. Outside strings JSON has = and @ nowhere and + or - only singly
 * (a sign, an exponent), so the escapes fall inside strings, where JSON.parse undoes them.
 */
export function storeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/[=@]/g, escape)
    .replace(/(?<=[+-])[+-]/g, escape);
}

/**
 * The store as rows for the hidden sheet: a format row `[qbench-store, 1, note]`, then
 * `[key, chunk index, JSON chunk]` for each stored value. Every cell is text.
 */
export function encodeStore(store: WorkbookStore): string[][] {
  const rows: string[][] = [[STORE_FORMAT_KEY, String(STORE_FORMAT_VERSION), NOTE]];
  for (const key of STORE_KEYS) {
    const value = store[key];
    if (value === undefined) continue;
    chunkText(storeJson(value)).forEach((chunk, i) => rows.push([key, String(i), chunk]));
  }
  return rows;
}

export interface DecodedStore {
  readonly store: WorkbookStore;
  /** What could not be read, in words for the clerk; the rest of the store is still returned. */
  readonly problems: readonly string[];
  /** The entries present but unreadable (cut short, not JSON, invalid): a damaged seal record is a broken seal. */
  readonly damaged: readonly StoreKey[];
}

function cellString(v: unknown): string | undefined {
  if (typeof v === "string") return v;
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return undefined;
}

function chunkIndex(v: unknown): number | undefined {
  const text = cellString(v)?.trim();
  if (text === undefined || !/^\d{1,6}$/.test(text)) return undefined;
  return Number(text);
}

const PROBLEMS = {
  noFormatRow: { zh: () => "隐藏数据表没有格式行，无法读取", en: () => "The store sheet has no format row; it cannot be read" },
  version: {
    zh: (v: string) => `隐藏数据表的格式版本“${v}”无法识别，请使用新版本的助手`,
    en: (v: string) => `The store's format version “${v}” is unknown; use a newer version of the add-in`,
  },
  index: { zh: (k: string) => `“${k}”的一行没有有效的分块序号`, en: (k: string) => `A row of “${k}” has no valid chunk index` },
  duplicate: { zh: (k: string, i: string) => `“${k}”的第 ${i} 块重复`, en: (k: string, i: string) => `Chunk ${i} of “${k}” appears twice` },
  unknownKey: { zh: (k: string) => `未知的数据项“${k}”已忽略`, en: (k: string) => `Unknown entry “${k}” ignored` },
  incomplete: { zh: (k: string) => `“${k}”缺少分块，已忽略`, en: (k: string) => `“${k}” is missing a chunk and was ignored` },
  json: { zh: (k: string) => `“${k}”的数据已损坏，已忽略`, en: (k: string) => `“${k}” is not valid JSON and was ignored` },
  schema: {
    zh: (k: string, why: string) => `“${k}”的数据无效，已忽略：${why}`,
    en: (k: string, why: string) => `“${k}” is invalid and was ignored: ${why}`,
  },
} as const;

function describe(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length > 0 ? `${i.path.join(".")}: ${i.message}` : i.message))
    .join("; ");
}

/**
 * Reads the hidden sheet's rows back. Never throws: unreadable parts are left out of the store and
 * described in `problems`. An absent sheet (undefined, or no rows) is an empty store without problems.
 */
export function decodeStore(rows: ReadonlyArray<ReadonlyArray<unknown>> | undefined, lang: Lang = "zh"): DecodedStore {
  const problems: string[] = [];
  const damaged: StoreKey[] = [];
  if (rows === undefined || !Array.isArray(rows)) return { store: {}, problems, damaged };
  const filled = rows.filter((r) => Array.isArray(r) && r.some((c) => cellString(c)?.trim()));
  if (filled.length === 0) return { store: {}, problems, damaged };

  const head = filled[0]!;
  if (cellString(head[0])?.trim() !== STORE_FORMAT_KEY) {
    return { store: {}, problems: [PROBLEMS.noFormatRow[lang]()], damaged: [...STORE_KEYS] };
  }
  const version = chunkIndex(head[1]);
  if (version !== STORE_FORMAT_VERSION) {
    return { store: {}, problems: [PROBLEMS.version[lang](cellString(head[1]) ?? "")], damaged };
  }

  const chunks = new Map<string, Map<number, string>>();
  for (const row of filled.slice(1)) {
    const key = cellString(row[0])?.trim() ?? "";
    const index = chunkIndex(row[1]);
    const text = cellString(row[2]) ?? "";
    if (index === undefined) {
      problems.push(PROBLEMS.index[lang](key));
      continue;
    }
    const parts = chunks.get(key) ?? new Map<number, string>();
    if (parts.has(index)) problems.push(PROBLEMS.duplicate[lang](key, String(index)));
    parts.set(index, text);
    chunks.set(key, parts);
  }

  const store: { -readonly [K in StoreKey]?: WorkbookStore[K] } = {};
  for (const [key, parts] of chunks) {
    if (!(STORE_KEYS as readonly string[]).includes(key)) {
      problems.push(PROBLEMS.unknownKey[lang](key));
      continue;
    }
    const storeKey = key as StoreKey;
    let json = "";
    let complete = true;
    for (let i = 0; i < parts.size; i++) {
      const part = parts.get(i);
      if (part === undefined) {
        complete = false;
        break;
      }
      json += part;
    }
    if (!complete) {
      problems.push(PROBLEMS.incomplete[lang](key));
      damaged.push(storeKey);
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      problems.push(PROBLEMS.json[lang](key));
      damaged.push(storeKey);
      continue;
    }
    const parsed = STORE_SCHEMAS[storeKey].safeParse(value);
    if (!parsed.success) {
      problems.push(PROBLEMS.schema[lang](key, describe(parsed.error)));
      damaged.push(storeKey);
      continue;
    }
    (store as Record<StoreKey, unknown>)[storeKey] = parsed.data;
  }
  return { store, problems, damaged };
}
