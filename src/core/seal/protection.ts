import * as z from "zod/mini";
import "../text/zodLocale";
import type { SheetLayout } from "../grid/grid";

/**
 * What a protected sheet still lets a user do: Office.js `WorksheetProtectionOptions` (without the
 * `allow` prefix; `selection` is its `selectionMode`: Normal, any cell may be selected; Unlocked,
 * unlocked cells only; None, no cell), which is CT_SheetProtection's flags read the other way round
 * (ECMA-376 Part 1, §18.3.1.85: there an attribute set means the action is prevented).
 */
export const ProtectionAllowancesSchema = z.object({
  autoFilter: z.boolean(),
  deleteColumns: z.boolean(),
  deleteRows: z.boolean(),
  editObjects: z.boolean(),
  editScenarios: z.boolean(),
  formatCells: z.boolean(),
  formatColumns: z.boolean(),
  formatRows: z.boolean(),
  insertColumns: z.boolean(),
  insertHyperlinks: z.boolean(),
  insertRows: z.boolean(),
  pivotTables: z.boolean(),
  sort: z.boolean(),
  selection: z.enum(["Normal", "Unlocked", "None"]),
});
export type ProtectionAllowances = z.infer<typeof ProtectionAllowancesSchema>;

const FLAGS = [
  "autoFilter",
  "deleteColumns",
  "deleteRows",
  "editObjects",
  "editScenarios",
  "formatCells",
  "formatColumns",
  "formatRows",
  "insertColumns",
  "insertHyperlinks",
  "insertRows",
  "pivotTables",
  "sort",
] as const;

/**
 * The protection every seal applies, in every host (docs/seal.md#protection): cells and objects
 * locked; selecting, formatting rows and columns (a reviewer may widen a column to read it) and
 * filtering allowed. Excel's own 保护工作表 dialog allows selecting only, so a sheet the clerk
 * protected by hand does not read as sealed.
 */
export const SEAL_PROTECTION: ProtectionAllowances = {
  autoFilter: true,
  deleteColumns: false,
  deleteRows: false,
  editObjects: false,
  editScenarios: false,
  formatCells: false,
  formatColumns: true,
  formatRows: true,
  insertColumns: false,
  insertHyperlinks: false,
  insertRows: false,
  pivotTables: false,
  sort: false,
  selection: "Normal",
};

export function sameProtection(a: ProtectionAllowances, b: ProtectionAllowances): boolean {
  return a.selection === b.selection && FLAGS.every((flag) => a[flag] === b[flag]);
}

/**
 * The sheet is protected exactly as a seal protects it. Without a seal record this is what tells a
 * seal whose record was removed (broken) from a sheet the clerk protected (not sealed).
 */
export function protectedAsSealed(layout: SheetLayout | undefined): boolean {
  return layout?.protection !== undefined && sameProtection(layout.protection, SEAL_PROTECTION);
}

/** CT_SheetProtection's attribute for each allowance; set ("1", "true") it prevents the action. */
const ATTRIBUTE: Readonly<Record<(typeof FLAGS)[number], string>> = {
  autoFilter: "autoFilter",
  deleteColumns: "deleteColumns",
  deleteRows: "deleteRows",
  editObjects: "objects",
  editScenarios: "scenarios",
  formatCells: "formatCells",
  formatColumns: "formatColumns",
  formatRows: "formatRows",
  insertColumns: "insertColumns",
  insertHyperlinks: "insertHyperlinks",
  insertRows: "insertRows",
  pivotTables: "pivotTables",
  sort: "sort",
};

/** CT_SheetProtection's attributes after `sheet`, in the schema's order. */
const SCHEMA_ORDER = [
  "objects",
  "scenarios",
  "formatCells",
  "formatColumns",
  "formatRows",
  "insertColumns",
  "insertRows",
  "insertHyperlinks",
  "deleteColumns",
  "deleteRows",
  "selectLockedCells",
  "sort",
  "autoFilter",
  "pivotTables",
  "selectUnlockedCells",
];

/** The schema's defaults: objects, scenarios and selecting are free unless set, the rest prevented unless cleared. */
const FREE_BY_DEFAULT: ReadonlySet<string> = new Set(["objects", "scenarios", "selectLockedCells", "selectUnlockedCells"]);
const PREVENTED_BY_DEFAULT: ReadonlySet<string> = new Set(SCHEMA_ORDER.filter((attribute) => !FREE_BY_DEFAULT.has(attribute)));

const xsdBoolean = (value: string | undefined, byDefault: boolean): boolean =>
  value === undefined ? byDefault : value === "1" || value === "true";

/**
 * A `<sheetProtection>` element's attributes as allowances, or undefined when it does not protect
 * the sheet (`sheet` unset): the same reading for the .xlsx reader and the package seal.
 */
export function allowancesOfSheetProtection(attribute: (name: string) => string | undefined): ProtectionAllowances | undefined {
  if (!xsdBoolean(attribute("sheet"), false)) return undefined;
  const prevented = (name: string) => xsdBoolean(attribute(name), PREVENTED_BY_DEFAULT.has(name));
  const flags = Object.fromEntries(FLAGS.map((flag) => [flag, !prevented(ATTRIBUTE[flag])])) as Record<(typeof FLAGS)[number], boolean>;
  const selection = prevented("selectUnlockedCells") ? "None" : prevented("selectLockedCells") ? "Unlocked" : "Normal";
  return { ...flags, selection };
}

/**
 * The attributes after `sheet="1"` that protect a sheet with these allowances, in the schema's
 * order, each written only where it differs from the schema's default (as Excel writes them).
 */
export function sheetProtectionAttributes(allow: ProtectionAllowances): [string, string][] {
  const prevented = new Map<string, boolean>(FLAGS.map((flag) => [ATTRIBUTE[flag], !allow[flag]]));
  prevented.set("selectLockedCells", allow.selection !== "Normal");
  prevented.set("selectUnlockedCells", allow.selection === "None");
  return SCHEMA_ORDER.filter((name) => prevented.get(name) !== PREVENTED_BY_DEFAULT.has(name)).map((name) => [
    name,
    prevented.get(name) === true ? "1" : "0",
  ]);
}
