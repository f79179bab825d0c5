import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  mergeClasses,
} from "@fluentui/react-components";
import type React from "react";
import { useState } from "react";
import { sealCodeOf, warningKey } from "../../core/seal";
import { PaperCode } from "./PaperCode";
import { SealChecklist } from "./SealChecklist";
import { UnsealDialog } from "./UnsealDialog";
import { useAreaStyles } from "./styles";
import { usePane } from "./usePane";

/** The seal as it stands: who sealed and when, a check against the sheet, and unsealing. */
const SealedView: React.FC = () => {
  const { pane, state, t } = usePane();
  const styles = useAreaStyles();
  const seal = state.store.seal!;
  const at = new Date(seal.sealedAt).toLocaleString(state.lang === "zh" ? "zh-CN" : "en-GB");
  const verification = state.verified ? state.analysis?.seal : undefined;
  const shown = (v: string | null) => (v === null || v === "" ? t.seal.absent : v);
  return (
    <>
      <MessageBar intent="info">
        <MessageBarBody>{t.seal.sealed(seal.sealedBy, at)}</MessageBarBody>
      </MessageBar>
      <div className={styles.code}>
        <Text>{t.seal.code}</Text>
        <Text size={500} weight="semibold" font="monospace" aria-label={t.seal.code}>
          {sealCodeOf(seal.digest)}
        </Text>
        <Text size={200} className={styles.muted}>
          {t.seal.codeHint}
        </Text>
      </div>
      <div className={styles.row}>
        <Button appearance="primary" disabled={state.task !== undefined} onClick={() => void pane.verify()}>
          {t.seal.verify}
        </Button>
        <UnsealDialog />
      </div>
      {verification?.state === "valid" && (
        <MessageBar intent="success">
          <MessageBarBody>{t.seal.valid}</MessageBarBody>
        </MessageBar>
      )}
      {verification?.state === "broken" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.seal.broken}</MessageBarTitle>
            <ul aria-label={t.seal.broken}>
              {verification.changedCells.map((c) => (
                <li key={c.cell}>{t.seal.cellChange(c.cell, shown(c.sealed), shown(c.current))}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <PaperCode />
    </>
  );
};

/** The checklist, one checkbox per warning, then who seals and the optional password. */
const SealForm: React.FC = () => {
  const { pane, state, t } = usePane();
  const styles = useAreaStyles();
  const [password, setPassword] = useState("");
  const readiness = pane.readiness();
  if (readiness === undefined) {
    return (
      <div className={styles.row}>
        <Text>{t.seal.needCheck}</Text>
        <Button disabled={state.task !== undefined} onClick={() => void pane.runCheck()}>
          {t.check.run}
        </Button>
      </div>
    );
  }
  const confirmed = new Set(state.confirmed);
  const canSeal = readiness.ready && state.sealedBy.trim() !== "" && state.task === undefined;
  return (
    <form
      className={mergeClasses(styles.area, styles.flush)}
      onSubmit={(e) => {
        e.preventDefault();
        void pane.seal(password);
      }}
    >
      <h3 className={styles.heading}>{t.seal.checklist}</h3>
      <SealChecklist readiness={readiness} />
      <fieldset className={mergeClasses(styles.area, styles.fieldset)}>
        <legend className={styles.heading}>{t.seal.confirmTitle}</legend>
        {readiness.warningsToConfirm.length === 0 && <Text className={styles.muted}>{t.seal.noWarnings}</Text>}
        {readiness.warningsToConfirm.map((w) => {
          const key = warningKey(w);
          return (
            <Checkbox
              key={key}
              checked={confirmed.has(key)}
              label={`${w.cell ?? ""} ${pane.message(w)}`.trim()}
              onChange={(_, d) => pane.confirmWarning(key, d.checked === true)}
            />
          );
        })}
      </fieldset>
      <Field label={t.seal.sealedBy} required>
        <Input value={state.sealedBy} onChange={(_, d) => pane.setSealedBy(d.value)} />
      </Field>
      <Field label={t.seal.password}>
        <Input type="password" value={password} onChange={(_, d) => setPassword(d.value)} />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabled={!canSeal}>
          {t.seal.seal}
        </Button>
      </div>
    </form>
  );
};

/** 封存: the checklist of docs/seal.md#preconditions and the seal. */
export const SealTab: React.FC = () => {
  const { state, t } = usePane();
  const styles = useAreaStyles();
  return (
    <div className={styles.area}>
      <Text className={styles.muted}>{t.seal.intro}</Text>
      {state.store.seal === undefined ? <SealForm /> : <SealedView />}
    </div>
  );
};
