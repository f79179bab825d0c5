import { chinaTime } from "../../core/text/chinaTime";
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
import { describeSeal, sealCodeOf, warningKey, type SealVerification } from "../../core/seal";
import { PaperCode } from "./PaperCode";
import { SealChecklist } from "./SealChecklist";
import { UnsealDialog } from "./UnsealDialog";
import { useAreaStyles } from "./styles";
import { usePane } from "./usePane";

/** A broken seal in the core's own words (the same lines as `qbench verify`): what changed, or why the record is gone. */
const SealBroken: React.FC<{ verification: SealVerification }> = ({ verification }) => {
  const { state, t } = usePane();
  const described = describeSeal(verification, state.lang);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{described.headline}</MessageBarTitle>
        {described.older !== undefined && <Text block>{described.older}</Text>}
        <ul aria-label={t.seal.broken}>
          {described.changes.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
};

/** The seal as it stands: who sealed and when, a check against the sheet, and unsealing. */
const SealedView: React.FC = () => {
  const { pane, state, t } = usePane();
  const styles = useAreaStyles();
  const seal = state.store.seal!;
  const at = chinaTime(seal.sealedAt, state.lang);
  const verification = state.verified ? state.analysis?.seal : undefined;
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
      {verification?.state === "broken" && <SealBroken verification={verification} />}
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
  // A sheet still protected as sealed whose record is gone is a broken seal, not a form to seal again.
  const seal = state.analysis?.seal;
  const lost = seal !== undefined && seal.state !== "none" && seal.recordLost !== undefined ? seal : undefined;
  const styles = useAreaStyles();
  return (
    <div className={styles.area}>
      <Text className={styles.muted}>{t.seal.intro}</Text>
      {state.store.seal !== undefined ? <SealedView /> : lost !== undefined ? <SealBroken verification={lost} /> : <SealForm />}
    </div>
  );
};
