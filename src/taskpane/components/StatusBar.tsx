import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type React from "react";
import { usePane } from "./usePane";

const useStyles = makeStyles({
  bars: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, padding: `0 ${tokens.spacingHorizontalM}` },
});

/** Progress of the running task, the last failure and the last success, above the areas. */
export const StatusBar: React.FC = () => {
  const { pane, state, t } = usePane();
  const styles = useStyles();
  return (
    <div className={styles.bars} aria-live="polite">
      {state.task !== undefined && <ProgressBar aria-label={t.busy} thickness="large" />}
      {state.error !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
            {state.error}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" aria-label={t.dismiss} onClick={() => pane.dismissError()}>
                ×
              </Button>
            }
          />
        </MessageBar>
      )}
      {state.notice !== undefined && (
        <MessageBar intent={state.notice.kind}>
          <MessageBarBody>{state.notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {state.storeProblems.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{t.storeProblems}</MessageBarTitle>
            {state.storeProblems.join("；")}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
};
