/** How the Office adapter reaches Excel: injected so that tests can run it over a fake object model. */
export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;
export type ExcelRunner = <T>(batch: ExcelBatch<T>) => Promise<T>;

export interface OfficeEnv {
  readonly run: ExcelRunner;
  /** `Office.context.requirements.isSetSupported("ExcelApi", version)`. */
  readonly supports: (excelApiVersion: string) => boolean;
  readonly now: () => number;
}

/** The workbook setting that remembers the user's own fills under the marks. */
export const MARKS_SETTING = "qbench.marks";
