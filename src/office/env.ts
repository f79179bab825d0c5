/** How the Office adapter reaches Excel: injected so that tests can run it over a fake object model. */
export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;
export type ExcelRunner = <T>(batch: ExcelBatch<T>) => Promise<T>;

export interface OfficeEnv {
  readonly run: ExcelRunner;
  /** A batch in an earlier batch's context (`Excel.run(object.context, …)`), as event handlers are removed. */
  readonly runIn: <T>(context: Excel.RequestContext, batch: ExcelBatch<T>) => Promise<T>;
  /** `Office.context.requirements.isSetSupported("ExcelApi", version)`. */
  readonly supports: (excelApiVersion: string) => boolean;
  readonly now: () => number;
}

/** The workbook setting that remembers the user's own fills under the marks. */
export const MARKS_SETTING = "qbench.marks";
