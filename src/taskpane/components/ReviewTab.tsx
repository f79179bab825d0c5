import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type React from "react";
import { useSyncExternalStore } from "react";
import { DropZone } from "../../web/DropZone";
import type { ReviewFlow, ReviewOutcome } from "../state/ReviewFlow";
import type { Strings } from "../i18n";
import { useAreaStyles } from "./styles";
import { usePane } from "./usePane";

const useStyles = makeStyles({
  names: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: "160px", overflowY: "auto" },
});

function useReview(): { review: ReviewFlow; state: ReturnType<ReviewFlow["getState"]>; t: Strings } {
  const { pane, t } = usePane();
  const state = useSyncExternalStore(pane.review.subscribe, pane.review.getState, pane.review.getState);
  return { review: pane.review, state, t };
}

/** The batch picked so far: how many, their names, and a way to start over. */
const PickedFiles: React.FC = () => {
  const { review, state, t } = useReview();
  const styles = useStyles();
  const area = useAreaStyles();
  if (state.files.length === 0) return <Text className={area.muted}>{t.review.empty}</Text>;
  return (
    <>
      <div>
        <Text weight="semibold">{t.review.files(state.files.length)}</Text>{" "}
        <Button size="small" appearance="subtle" disabled={review.running} onClick={() => review.clearFiles()}>
          {t.review.clear}
        </Button>
      </div>
      <ul className={styles.names} aria-label={t.review.files(state.files.length)}>
        {state.files.map((f) => (
          <li key={f.name}>
            <Text size={200}>{f.name}</Text>
          </li>
        ))}
      </ul>
    </>
  );
};

/** Or the quota table from a sheet of this workbook: the sheets listed when the list opens, so that a sheet added meanwhile is there. */
const QuotaSheetPick: React.FC = () => {
  const { review, state, t } = useReview();
  return (
    <Field label={t.review.quotaSheetLabel}>
      <Dropdown
        placeholder={t.review.quotaSheetPlaceholder}
        disabled={review.running}
        selectedOptions={[]}
        onOpenChange={(_, data) => data.open && void review.listSheets()}
        onOptionSelect={(_, data) => data.optionValue !== undefined && void review.chooseQuotaSheet(data.optionValue)}
      >
        {(state.sheets ?? []).map((name) => (
          <Option key={name} value={name}>
            {name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
};

const QuotaPick: React.FC = () => {
  const { review, state, t } = useReview();
  const area = useAreaStyles();
  const { quota, quotaError } = state;
  if (quota === undefined)
    return (
      <>
        <DropZone
          label={t.review.quotaPick}
          accept=".xlsx,.xlsm,.json"
          testId="review-quota"
          onFiles={(f) => f[0] && review.setQuota(f[0])}
        />
        <QuotaSheetPick />
        {quotaError !== undefined && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{t.review.quotaSheetError(quotaError.sheet)}</MessageBarTitle>
              {quotaError.message}
            </MessageBarBody>
          </MessageBar>
        )}
      </>
    );
  return (
    <div className={area.row}>
      <Text>{quota.kind === "file" ? t.review.quota(quota.file.name) : t.review.quotaSheet(quota.sheet, quota.units)}</Text>
      <Button size="small" appearance="subtle" disabled={review.running} onClick={() => review.setQuota(undefined)}>
        {t.review.removeQuota}
      </Button>
    </div>
  );
};

const Outcome: React.FC<{ outcome: ReviewOutcome }> = ({ outcome }) => {
  const { review, t } = useReview();
  const area = useAreaStyles();
  return (
    <MessageBar intent={outcome.unreadable + outcome.withErrors > 0 ? "warning" : "success"} role="status">
      <MessageBarBody>
        <div>{t.review.summary(outcome.files, outcome.unreadable, outcome.withErrors)}</div>
        <div>{t.review.enterprises(outcome.enterprises, outcome.recommendedTwice)}</div>
        <div className={area.row}>
          {t.review.added}
          {outcome.sheets.map((name) => (
            <Button key={name} size="small" onClick={() => void review.show(name)}>
              {t.review.show(name)}
            </Button>
          ))}
        </div>
      </MessageBarBody>
    </MessageBar>
  );
};

/** 审查: the reviewer picks the units' files and a quota table, and gets the three review sheets in this workbook. */
export const ReviewTab: React.FC = () => {
  const { review, state, t } = useReview();
  const area = useAreaStyles();
  const { progress } = state;
  return (
    <div className={area.area}>
      <Text>{t.review.intro}</Text>
      <DropZone label={t.review.pick} multiple testId="review-files" onFiles={(files) => review.addFiles(files)} />
      <PickedFiles />
      <QuotaPick />
      <div className={area.row}>
        {/* Still open while the files are read: a second press reviews the files picked now (the first review stops). */}
        <Button appearance="primary" disabled={state.writing || state.files.length === 0} onClick={() => void review.run()}>
          {t.review.run(state.files.length)}
        </Button>
        {progress !== undefined && <Button onClick={() => review.stop()}>{t.review.stop}</Button>}
      </div>
      {progress !== undefined && (
        <div role="status" aria-live="polite">
          <ProgressBar value={progress.total === 0 ? 0 : progress.done / progress.total} />
          <Text size={200}>{t.review.reading(Math.min(progress.done + 1, progress.total), progress.total, progress.name)}</Text>
        </div>
      )}
      {state.stopped && (
        <Text role="status" size={200}>
          {t.review.stopped}
        </Text>
      )}
      {state.writing && (
        <Text role="status" size={200}>
          {t.review.writing}
        </Text>
      )}
      {state.error !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t.review.errorTitle}</MessageBarTitle>
            {state.error}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.outcome !== undefined && <Outcome outcome={state.outcome} />}
    </div>
  );
};
