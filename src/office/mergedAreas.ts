import type { CellRange } from "../core/grid/grid";
import { parseRange } from "../core/grid/range";

/**
 * `Range.getMergedAreasOrNullObject` (ExcelApi 1.13) "will fail to return the result" when the
 * range holds more than 512 merged areas (Microsoft's reference; it names no error code, so any
 * failure of that call is taken as this one). The failure fails its whole sync, so a sheet with
 * more merges is read in bands of rows, each in its own sync, halving a band that still fails.
 */
export const MERGED_AREAS_PER_CALL = 512;

/** Rows per band: the form merges at most a few cells a row, so 128 rows stay far under 512 areas. */
export const MERGE_BAND_ROWS = 128;

export interface MergeRead {
  readonly merges: CellRange[];
  /** The sheet holds more merged areas than one call returns: the next read goes straight to bands. */
  readonly many: boolean;
}

/** A rectangle in Office.js's 0-based indexes. */
interface Band {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/**
 * The merged areas of `used` band by band: all bands in one sync first; when that fails, one
 * band a sync, halving a failing band down to one row, whose merges are then left out (a row
 * with more than 512 merged areas is not a form row).
 */
export async function readMerges(context: Excel.RequestContext, ws: Excel.Worksheet, used: Band): Promise<MergeRead> {
  const bands: Band[] = [];
  for (let r = 0; r < used.rows; r += MERGE_BAND_ROWS)
    bands.push({ ...used, row: used.row + r, rows: Math.min(MERGE_BAND_ROWS, used.rows - r) });
  const all = await tryBands(context, ws, bands);
  if (all !== undefined) return { merges: all, many: true };
  const merges: CellRange[] = [];
  const queue = [...bands];
  while (queue.length > 0) {
    const band = queue.shift()!;
    const got = await tryBands(context, ws, [band]);
    if (got !== undefined) merges.push(...got);
    else if (band.rows > 1) {
      const upper = Math.ceil(band.rows / 2);
      queue.unshift({ ...band, rows: upper }, { ...band, row: band.row + upper, rows: band.rows - upper });
    }
  }
  return { merges: dedupe(merges), many: true };
}

async function tryBands(context: Excel.RequestContext, ws: Excel.Worksheet, bands: readonly Band[]): Promise<CellRange[] | undefined> {
  const loads = bands.map((b) => {
    const merged = ws.getRangeByIndexes(b.row, b.col, b.rows, b.cols).getMergedAreasOrNullObject();
    merged.load("areas/items/address");
    return merged;
  });
  try {
    await context.sync();
  } catch {
    return undefined;
  }
  return dedupe(loads.flatMap(areasOf));
}

export function areasOf(merged: Excel.RangeAreas): CellRange[] {
  if (merged.isNullObject) return [];
  const out: CellRange[] = [];
  for (const area of merged.areas.items) {
    for (const part of rangePart(area.address).split(",")) {
      const rect = parseRange(part);
      if (rect !== undefined) out.push(rect);
    }
  }
  return out;
}

/** A merged area crossing two bands is reported by both (whole, as Excel reports it): keep it once. */
function dedupe(merges: readonly CellRange[]): CellRange[] {
  const seen = new Set<string>();
  return merges.filter((m) => {
    const k = `${m.top},${m.left},${m.bottom},${m.right}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The range part of an address Office.js returns (`'My sheet'!A1:B2` → `A1:B2`). */
function rangePart(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address : address.slice(bang + 1);
}
