// The review in a Web Worker, so that the page (or the task pane) stays responsive while 200 workbooks are read.
import type { Lang } from "../../core/issues/lang";
import type { QuotaTable } from "../../core/quota";
import { reviewDroppedFiles, type DroppedFile, type ReviewResult } from "./review";

export interface ReviewRequest {
  readonly files: readonly DroppedFile[];
  readonly quotaTable?: QuotaTable;
  /** A quota table still to read (JSON or a workbook): read here, so that its reader stays out of the page too. */
  readonly quotaFile?: DroppedFile;
  readonly lang: Lang;
  readonly today: number;
  readonly password?: string;
}

export type ReviewMessage =
  | { readonly type: "progress"; readonly done: number; readonly total: number; readonly name: string }
  | { readonly type: "done"; readonly result: ReviewResult }
  | { readonly type: "failed"; readonly message: string };

/** The worker's global scope, typed only as far as this file uses it (the project's lib is the DOM's). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReviewRequest>) => void) | null;
  postMessage(message: ReviewMessage): void;
};

scope.onmessage = (event) => {
  const { files, quotaTable, quotaFile, password, lang, today } = event.data;
  const options = {
    ...(quotaTable === undefined ? {} : { quotaTable }),
    ...(quotaFile === undefined ? {} : { quotaFile }),
    ...(password === undefined ? {} : { password }),
    lang,
    today: new Date(today),
  };
  reviewDroppedFiles(files, options, (done, total, name) => scope.postMessage({ type: "progress", done, total, name })).then(
    ({ report, review, locked }) => scope.postMessage({ type: "done", result: { report, review, locked } }),
    (e: unknown) => scope.postMessage({ type: "failed", message: e instanceof Error ? e.message : String(e) }),
  );
};
