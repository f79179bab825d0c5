import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type React from "react";
import { fixProposals } from "../state/fixes";
import { FixDialog } from "./FixDialog";
import { IssueGroup } from "./IssueList";
import { useAreaStyles } from "./styles";
import { usePane } from "./usePane";

/** 校验: run the checks, list every problem, fix, undo, mark cells. */
export const CheckTab: React.FC = () => {
  const { pane, state, t } = usePane();
  const styles = useAreaStyles();
  const busy = state.task !== undefined;
  const analysis = state.checked ? state.analysis : undefined;
  const issues = analysis?.issues ?? [];
  const errors = issues.filter((i) => i.severity === "error");
  const warnings = issues.filter((i) => i.severity === "warning");
  const fixable = fixProposals(issues).length;
  // A sealed sheet is protected: Excel refuses every write to it, so the actions that write there wait.
  // It is named as the last reading found it: the clerk may have renamed it since sealing.
  const seal = state.store.seal;
  const sealedSheet = seal === undefined ? undefined : (state.analysis?.sealedSheet ?? seal.sheet);
  const sealed = sealedSheet !== undefined;

  return (
    <div className={styles.area}>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => void pane.runCheck()}>
          {state.checked ? t.check.rerun : t.check.run}
        </Button>
        <Button disabled={busy || sealed || fixable === 0} onClick={() => pane.openFixes()}>
          {t.check.fix(fixable)}
        </Button>
        <Button disabled={busy || sealed || state.history.length === 0} onClick={() => void pane.undo()}>
          {t.check.undo}
        </Button>
      </div>
      <div className={styles.row}>
        <Button size="small" disabled={busy || sealed || analysis?.form === undefined} onClick={() => void pane.mark()}>
          {t.check.mark}
        </Button>
        <Button size="small" disabled={busy} onClick={() => void pane.clearMarks()}>
          {t.check.clearMarks}
        </Button>
      </div>
      {sealedSheet !== undefined && (
        <MessageBar intent="info">
          <MessageBarBody>{t.check.sealedReadOnly(sealedSheet)}</MessageBarBody>
        </MessageBar>
      )}
      {analysis === undefined ? (
        <Text className={styles.muted}>{t.check.empty}</Text>
      ) : analysis.form === undefined ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t.check.noForm}：{issues.map((i) => pane.message(i)).join("；")}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <Text weight="semibold" role="status">
            {t.check.sheet(analysis.form.sheet)} · {t.check.summary(errors.length, warnings.length, analysis.form.rows.length)}
          </Text>
          {issues.length === 0 && <Text>{t.check.clean}</Text>}
          <IssueGroup severity="error" issues={errors} />
          <IssueGroup severity="warning" issues={warnings} />
        </>
      )}
      {state.proposals !== undefined && <FixDialog proposals={state.proposals} />}
    </div>
  );
};
