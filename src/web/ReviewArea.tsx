import { Button, ProgressBar, Tab, TabList, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { Lang } from "../core/issues/lang";
import type { QuotaTable } from "../core/quota";
import type { ReviewSheetKind } from "../core/review";
import { bytesOf, download, loadEngine } from "./engine";
import type { DroppedFile, ReviewResult } from "./engine/index";
import { reviewFiles } from "./reviewFiles";
import { startReviewWorker } from "./reviewWorker";
import { DropZone } from "./DropZone";
import { ErrorBar } from "./ErrorBar";
import { PasswordBar } from "./PasswordBar";
import { SheetTable } from "./SheetTable";
import type { Strings } from "./strings";
import { useAreaStyles } from "./styles";

const KINDS: readonly ReviewSheetKind[] = ["units", "issues", "enterprises"];

/** The source row of an issue (问题清单 row) in the consolidated list: same file, same worksheet row. */
function sourceRow(result: ReviewResult, issueIndex: number): number | undefined {
  const [, issues, enterprises] = result.review.sheets;
  const issue = issues.rows[issueIndex];
  if (issue === undefined || issue[4] === null) return undefined;
  const index = enterprises.rows.findIndex((r) => r.at(-4) === issue[1] && r.at(-2) === issue[4]);
  return index < 0 ? undefined : index;
}

/** 校验 / 审查: what `qbench check` gives for the dropped files, on screen and as the three-sheet .xlsx. */
export const ReviewArea: React.FC<{ t: Strings; lang: Lang }> = ({ t, lang }) => {
  const styles = useAreaStyles();
  const [quota, setQuota] = useState<{ table: QuotaTable; name: string }>();
  const [progress, setProgress] = useState<{ done: number; total: number; name: string }>();
  const [result, setResult] = useState<ReviewResult & { withPassword: boolean }>();
  const [kind, setKind] = useState<ReviewSheetKind>("units");
  const [shownRow, setShownRow] = useState<number>();
  const [error, setError] = useState<string>();
  const [dropped, setDropped] = useState<readonly DroppedFile[]>([]);

  /** Reviews the batch; `password` opens its encrypted files and is not kept once the review has it. */
  const review = async (files: readonly DroppedFile[], password?: string): Promise<void> => {
    setError(undefined);
    setShownRow(undefined);
    setProgress({ done: 0, total: files.length, name: "" });
    try {
      const reviewed = await reviewFiles(
        files,
        { ...(quota ? { quotaTable: quota.table } : {}), ...(password === undefined ? {} : { password }), lang, today: new Date() },
        (done, total, name) => setProgress({ done, total, name }),
        { startWorker: startReviewWorker, engine: loadEngine },
      );
      setResult({ ...reviewed, withPassword: password !== undefined });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const check = async (picked: File[]): Promise<void> => {
    if (picked.length === 0) return;
    const files = await Promise.all(picked.map(bytesOf));
    setDropped(files);
    await review(files);
  };
  const pickQuota = async (picked: File[]): Promise<void> => {
    const file = picked[0];
    if (file === undefined) return;
    try {
      const engine = await loadEngine();
      setQuota({ table: await engine.readQuotaTable(await bytesOf(file), lang), name: file.name });
      setError(undefined);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const saveReport = async (): Promise<void> => {
    if (!result) return;
    const engine = await loadEngine();
    download(await engine.reviewWorkbookBlob(result.review), lang === "zh" ? "审查结果.xlsx" : "review.xlsx");
  };

  const sheet = result?.review.sheets[KINDS.indexOf(kind)];
  const enterprises = result?.review.sheets[2];
  const shown = shownRow === undefined ? undefined : enterprises?.rows[shownRow];
  return (
    <div className={styles.area}>
      <DropZone label={t.dropFiles} multiple testId="review-files" onFiles={(f) => void check(f)} />
      <div className={styles.row}>
        <DropZone
          label={quota ? t.quotaLoaded(quota.table.units.length) : t.quota}
          accept=".xlsx,.json"
          testId="review-quota"
          onFiles={(f) => void pickQuota(f)}
        />
      </div>
      <ErrorBar label={t.error} error={error} />
      {progress && progress.done < progress.total && (
        <div data-testid="review-progress">
          <Text>{t.reading(progress.done + 1, progress.total, progress.name)}</Text>
          <ProgressBar value={progress.done / progress.total} />
        </div>
      )}
      {result && result.locked.length > 0 && (
        <PasswordBar
          message={result.withPassword ? t.wrongPassword(result.locked.length) : t.locked(result.locked.length)}
          label={t.openPassword}
          submit={t.openWithPassword}
          disabled={progress !== undefined && progress.done < progress.total}
          onPassword={(password) => void review(dropped, password)}
        />
      )}
      {result && sheet && (
        <>
          <div className={styles.row}>
            <Text data-testid="review-summary">{t.checked(result.report.files.length)}</Text>
            <Button appearance="primary" onClick={() => void saveReport()}>
              {t.downloadReport}
            </Button>
          </div>
          <TabList selectedValue={kind} onTabSelect={(_e, d) => setKind(d.value as ReviewSheetKind)}>
            {result.review.sheets.map((s) => (
              <Tab key={s.kind} value={s.kind}>
                {`${s.name} (${s.rows.length})`}
              </Tab>
            ))}
          </TabList>
          <SheetTable sheet={sheet} {...(kind === "issues" ? { onRow: (r: number) => setShownRow(sourceRow(result, r)) } : {})} />
          {shown && enterprises && (
            <div data-testid="review-row">
              <Text weight="semibold">{t.row}</Text>
              <SheetTable sheet={{ ...enterprises, rows: [shown], marked: [] }} />
            </div>
          )}
        </>
      )}
    </div>
  );
};
