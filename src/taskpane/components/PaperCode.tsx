import { Button, Field, Input, MessageBar, MessageBarBody, mergeClasses } from "@fluentui/react-components";
import type React from "react";
import { useState } from "react";
import { checkPaperCode, describePaperCode, type PaperCodeCheck } from "../../core/seal";
import { useAreaStyles } from "./styles";
import { usePane } from "./usePane";

const INTENT = { match: "success", mismatch: "error", broken: "error", typo: "warning", unsealed: "warning" } as const;

/**
 * The code typed from the stamped paper: the workbook is read again and checked first, so that
 * "match" means the seal holds now and is the paper's seal.
 */
export const PaperCode: React.FC = () => {
  const { pane, state, t } = usePane();
  const styles = useAreaStyles();
  const [typed, setTyped] = useState("");
  const [result, setResult] = useState<PaperCodeCheck>();
  const check = async (): Promise<void> => {
    await pane.verify();
    const now = pane.getState();
    setResult(checkPaperCode(typed, now.store.seal, now.analysis?.seal.state ?? "none"));
  };
  return (
    <form
      className={mergeClasses(styles.area, styles.flush)}
      onSubmit={(e) => {
        e.preventDefault();
        void check();
      }}
    >
      <div className={mergeClasses(styles.row, styles.bottom)}>
        <Field label={t.seal.paperCode} className={styles.grow}>
          <Input
            value={typed}
            onChange={(_, d) => {
              setTyped(d.value);
              setResult(undefined);
            }}
            placeholder="XXXX-XXXX-XXXX-XXXX-X"
          />
        </Field>
        <Button type="submit" disabled={state.task !== undefined || typed.trim() === ""}>
          {t.seal.paperCheck}
        </Button>
      </div>
      {result !== undefined && (
        <MessageBar intent={INTENT[result.kind]} layout="multiline" role="status">
          <MessageBarBody>{describePaperCode(result, state.lang)}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
};
