import { cellAddress } from "../grid/address";
import { cellText, isBlank, type CellValue } from "../grid/cell";
import type { Grid } from "../grid/grid";
import { amountValue } from "../text/amount";
import { nameKey } from "../text/normalize";
import { checkedTable, type QuotaTableResult, type UnitQuota } from "./quotaTable";

/** The header may sit under a title and a note or two. */
const HEADER_SEARCH_ROWS = 10;

type DraftQuota = { -readonly [K in keyof UnitQuota]: UnitQuota[K] };

type ColumnRole =
  | { readonly kind: "unit" }
  | { readonly kind: "total" }
  | { readonly kind: "earlierBenchmarks" }
  | { readonly kind: "section"; readonly key: string }
  | { readonly kind: "division"; readonly key: string }
  | { readonly kind: "city"; readonly key: string };

const TOTAL = /^(?:推荐)?(?:总)?(?:名额|名额数|名额合计|数量)$/;
const SECTION = /^(?:门类)?([A-T])(?:门类)?(?:[^A-Z0-9].*)?$/;
const DIVISION = /^(?:大类)?(\d{2})(?:大类)?(?:\D.*)?$/;
const CITY = /^(.+(?:市|州|盟|地区))$/;

/** What a header cell of the quota sheet stands for; undefined for columns such as 序号 or 备注. */
function columnRole(header: CellValue): ColumnRole | undefined {
  const key = nameKey(cellText(header)).replace(/\((?:家|个|名)\)$/, "");
  if (key === "") return undefined;
  if (key.includes("推荐单位") || key === "单位" || key === "单位名称") return { kind: "unit" };
  if (key.includes("质量标杆")) return { kind: "earlierBenchmarks" };
  if (TOTAL.test(key)) return { kind: "total" };
  const limitOf = key.replace(/名额$/, "");
  const section = SECTION.exec(limitOf);
  if (section) return { kind: "section", key: section[1]! };
  const division = DIVISION.exec(limitOf);
  if (division) return { kind: "division", key: division[1]! };
  const city = CITY.exec(limitOf);
  if (city) return { kind: "city", key: city[1]! };
  return undefined;
}

/**
 * Reads the office's quota table from a worksheet with the columns `推荐单位 | 名额` and, optionally,
 * more limit columns: `C` or `门类C制造业` (per section), `39` or `大类39` (per division),
 * `杭州市名额` (per city), `往年省质量标杆` (earlier provincial benchmarks).
 */
export function quotaTableFromGrid(grid: Grid): QuotaTableResult {
  const header = findHeader(grid);
  if (header === undefined) {
    return { error: `工作表“${grid.sheet}”的前 ${HEADER_SEARCH_ROWS} 行中没有“推荐单位”和“名额”两列` };
  }
  const units: UnitQuota[] = [];
  for (let r = header.index + 1; r < grid.values.length; r++) {
    const cells = grid.values[r] ?? [];
    const unitCell = cells[header.unitColumn] ?? null;
    if (isBlank(unitCell)) continue;
    const unit = cellText(unitCell).trim();
    if (/^(?:合计|总计)$/.test(nameKey(unit))) continue;
    const entry: DraftQuota = { unit };
    for (const [c, role] of header.roles) {
      if (role.kind === "unit") continue;
      const value = cells[c] ?? null;
      if (isBlank(value)) continue;
      const limit = amountValue(value);
      if (limit === undefined || !Number.isInteger(limit) || limit < 0) {
        const address = cellAddress(grid.origin.row + r, grid.origin.col + c);
        return { error: `${address}：名额“${cellText(value)}”不是非负整数` };
      }
      setLimit(entry, role, limit);
    }
    units.push(entry);
  }
  return checkedTable(units);
}

function setLimit(entry: DraftQuota, role: ColumnRole, limit: number): void {
  switch (role.kind) {
    case "total":
      entry.total = limit;
      return;
    case "earlierBenchmarks":
      entry.earlierBenchmarks = limit;
      return;
    case "section":
      (entry.perSection ??= {})[role.key] = limit;
      return;
    case "division":
      (entry.perDivision ??= {})[role.key] = limit;
      return;
    case "city":
      (entry.perCity ??= {})[role.key] = limit;
      return;
    case "unit":
      return;
  }
}

function findHeader(grid: Grid): { index: number; unitColumn: number; roles: ReadonlyMap<number, ColumnRole> } | undefined {
  const last = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const roles = new Map<number, ColumnRole>();
    (grid.values[r] ?? []).forEach((cell, c) => {
      const role = columnRole(cell);
      if (role) roles.set(c, role);
    });
    const unitColumn = [...roles].find(([, role]) => role.kind === "unit")?.[0];
    const hasLimit = [...roles.values()].some((role) => role.kind === "total");
    if (unitColumn !== undefined && hasLimit) return { index: r, unitColumn, roles };
  }
  return undefined;
}
