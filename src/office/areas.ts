import { parseAddress } from "../core/grid/address";
import type { CellRange } from "../core/grid/grid";

/** `A1:C3` or `B2` as a 1-based rectangle; undefined for whole rows/columns or anything else. */
export function parseArea(area: string): CellRange | undefined {
  const [first, second] = area.split(":");
  const a = first === undefined ? undefined : parseAddress(first);
  const b = second === undefined ? a : parseAddress(second);
  if (a === undefined || b === undefined) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
