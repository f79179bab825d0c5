import { WorkbookBusyError } from "../core/workbook";
import type { ExcelBatch, OfficeEnv } from "./env";
import { supportsExcelApi } from "./host";

/** What the adapter needs of the Office host: `Excel.run` with its options, requirement sets, a clock. */
export interface ExcelHost {
  readonly run: <T>(options: Excel.RunOptions, batch: ExcelBatch<T>) => Promise<T>;
  readonly runIn: <T>(context: Excel.RequestContext, batch: ExcelBatch<T>) => Promise<T>;
  readonly isSetSupported: (excelApiVersion: string) => boolean;
  readonly now: () => number;
}

/** The live host: Office.js's `Excel.run` and `Office.context.requirements`. */
export function liveExcelHost(): ExcelHost {
  return {
    run: (options, batch) => Excel.run(options, batch),
    runIn: (context, batch) => Excel.run(context, batch),
    isSetSupported: supportsExcelApi,
    now: () => Date.now(),
  };
}

/**
 * Every batch the add-in sends runs with `delayForCellEdit`: without it a batch that reaches
 * Excel while the clerk is typing in a cell fails with `InvalidOperationInCellEditMode`
 * (Excel.RunOptions), and the live recount 400 ms after a change meets that all the time. With
 * it, Excel holds the batch until the clerk leaves the cell. Microsoft's reference does not say
 * which requirement set brought the option; a host that ignores it still fails with that error,
 * which becomes a WorkbookBusyError: the live path tries again quietly after its next pause.
 */
export function officeEnv(host: ExcelHost = liveExcelHost()): OfficeEnv {
  return {
    run: (batch) =>
      host.run({ delayForCellEdit: true }, batch).catch((error: unknown) => {
        throw isCellEditMode(error) ? new WorkbookBusyError() : error;
      }),
    runIn: host.runIn,
    supports: host.isSetSupported,
    now: host.now,
  };
}

/** Excel refused a batch because the user is editing a cell (Excel.ErrorCodes.invalidOperationInCellEditMode). */
export function isCellEditMode(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === "InvalidOperationInCellEditMode";
}
