import { cellText, type CellValue } from "../../core/grid/cell";

/**
 * The text a grid cell shows: numbers in a fixed-decimal format (`0.00`, `#,##0.00`) are rounded
 * the way Excel displays them; everything else shows as the core reads it.
 */
export function displayText(value: CellValue, format: string | undefined): string {
  if (typeof value === "number" && format !== undefined && Number.isFinite(value)) {
    const decimals = /0\.(0+)/.exec(format)?.[1]?.length;
    if (decimals !== undefined) {
      const grouped = format.includes("#,##");
      return value.toLocaleString("en-US", {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
        useGrouping: grouped,
      });
    }
  }
  return cellText(value);
}
