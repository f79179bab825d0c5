import type ExcelJS from "exceljs";

type ExcelModule = typeof ExcelJS;

/**
 * exceljs' browser build, loaded when a file is first opened or saved so that the page starts
 * without it; the module shape differs between bundlers (default export or namespace).
 */
export async function loadExcel(): Promise<ExcelModule> {
  const mod = (await import(/* webpackChunkName: "exceljs" */ "exceljs")) as ExcelModule & { default?: ExcelModule };
  return mod.default ?? mod;
}
