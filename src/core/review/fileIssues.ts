import type { BatchReport, FileReport, ReportIssue } from "../report/schema";

/** One file of the batch with every issue that points into it: its own, then the cross-file ones. */
export interface ReviewedFile {
  readonly file: FileReport;
  readonly issues: readonly ReportIssue[];
}

export function reviewedFiles(report: BatchReport): ReviewedFile[] {
  const cross = new Map<string, ReportIssue[]>();
  for (const i of report.crossFile) {
    if (i.path === undefined) continue;
    const list = cross.get(i.path);
    if (list) list.push(i);
    else cross.set(i.path, [i]);
  }
  return report.files.map((file) => ({ file, issues: [...file.issues, ...(cross.get(file.path) ?? [])] }));
}
