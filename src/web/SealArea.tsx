import { chinaTime } from "../core/text/chinaTime";
import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { Lang } from "../core/issues/lang";
import { FORMAT_NAME } from "../core/workbook";
import { renderMessage } from "../core/issues/render";
import { checkPaperCode, describePaperCode, describeSeal, sealBlockerMessage, warningKey, type PaperCodeCheck } from "../core/seal";
import { bytesOf, download, loadEngine } from "./engine";
import type { SealCandidate, Verification } from "./engine/index";
import { DropZone } from "./DropZone";
import { ErrorBar } from "./ErrorBar";
import { PasswordBar } from "./PasswordBar";
import type { Strings } from "./strings";
import { useAreaStyles } from "./styles";

type Engine = Awaited<ReturnType<typeof loadEngine>>;
type Purpose = "seal" | "verify";
/** A dropped file waiting for its open password, and whether the last one typed was wrong. */
type Locked = { readonly purpose: Purpose; readonly file: File; readonly wrong: boolean };

const PAPER_INTENT = { match: "success", mismatch: "error", broken: "error", typo: "warning", unsealed: "warning" } as const;

/** 封存 / 核验: the seal checklist, confirm each warning, seal into a new file; verify any file. */
export const SealArea: React.FC<{ t: Strings; lang: Lang }> = ({ t, lang }) => {
  const styles = useAreaStyles();
  const [engine, setEngine] = useState<Engine>();
  const [candidate, setCandidate] = useState<{ file: string; value: SealCandidate | undefined }>();
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const [by, setBy] = useState("");
  const [done, setDone] = useState<{ name: string; code: string; encrypted: boolean }>();
  const [verification, setVerification] = useState<Verification>();
  const [sealError, setSealError] = useState<string>();
  const [verifyError, setVerifyError] = useState<string>();
  const [locked, setLocked] = useState<Locked>();
  const [typed, setTyped] = useState("");
  const [paper, setPaper] = useState<PaperCodeCheck>();

  /**
   * Opens a dropped file for `purpose`; an encrypted one asks for its open password (below the drop
   * zone it came in), and any other failure is said there in the page's language.
   */
  const attempt = async (purpose: Purpose, file: File, password: string | undefined, job: (e: Engine) => Promise<void>) => {
    const setError = purpose === "seal" ? setSealError : setVerifyError;
    let e: Engine;
    try {
      e = engine ?? (await loadEngine());
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      return;
    }
    setEngine(e);
    setError(undefined);
    try {
      await job(e);
      setLocked((l) => (l?.purpose === purpose ? undefined : l));
    } catch (failure) {
      const { locked: needsPassword, reason } = e.openFailure(failure);
      if (needsPassword) setLocked({ purpose, file, wrong: password !== undefined });
      else {
        setLocked((l) => (l?.purpose === purpose ? undefined : l));
        setError(lang === "zh" ? reason.reasonZh : reason.reasonEn);
      }
    }
  };
  const open = (file: File, password?: string): Promise<void> =>
    attempt("seal", file, password, async (e) => {
      setDone(undefined);
      setConfirmed(new Set());
      setCandidate(undefined);
      setCandidate({ file: file.name, value: await e.sealCandidate((await bytesOf(file)).bytes, file.name, new Date(), password) });
    });
  /** Sealing a file already open: what fails here is ours, not the file's. */
  const withEngine = async (job: (e: Engine) => Promise<void>): Promise<void> => {
    try {
      await job(engine ?? (await loadEngine()));
    } catch (failure) {
      setSealError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  const seal = (): Promise<void> =>
    withEngine(async (e) => {
      if (!candidate?.value) return;
      const name = e.sealedName(candidate.file, lang);
      const { blob, code } = await e.sealedBlob(candidate.value, by.trim(), confirmed, name);
      download(blob, name);
      setDone({ name, code, encrypted: candidate.value.source.encrypted });
      setCandidate(undefined);
    });
  const verify = (file: File, password?: string): Promise<void> =>
    attempt("verify", file, password, async (e) => {
      setPaper(undefined);
      setVerification(undefined);
      setVerification(await e.verifyBytes((await bytesOf(file)).bytes, file.name, password));
    });
  const passwordBar = (purpose: Purpose) =>
    locked?.purpose === purpose && (
      <PasswordBar
        message={`${locked.file.name}：${locked.wrong ? t.sealWrongPassword : t.sealLocked}`}
        label={t.openPassword}
        submit={t.openFile}
        onPassword={(password) => void (purpose === "seal" ? open(locked.file, password) : verify(locked.file, password))}
      />
    );
  const checkPaper = (): void => {
    if (verification === undefined) return;
    setPaper(checkPaperCode(typed, verification.state === "none" ? undefined : verification.record, verification.state));
  };

  const described = verification === undefined || verification.state === "none" ? undefined : describeSeal(verification.result, lang);
  const ready = candidate?.value && engine ? engine.readiness(candidate.value, confirmed) : undefined;
  return (
    <div className={styles.area}>
      <DropZone label={t.dropOne} testId="seal-file" onFiles={(f) => f[0] && void open(f[0])} />
      {passwordBar("seal")}
      <ErrorBar label={t.error} error={sealError} />
      {candidate && !candidate.value && <MessageBar intent="warning">{t.noForm}</MessageBar>}
      {candidate?.value && ready && (
        <section data-testid="seal-checklist">
          <Text weight="semibold">{`${t.checklist} · ${candidate.file}`}</Text>
          {candidate.value.format !== "ooxml" && (
            <MessageBar intent="info" data-testid="seal-copy">
              {t.willCopy(FORMAT_NAME[candidate.value.format])}
            </MessageBar>
          )}
          <ul>
            {ready.blockers.map((b) => (
              <li key={b.kind + ("label" in b ? b.label : "")}>{sealBlockerMessage(b, lang)}</li>
            ))}
            {candidate.value.analysis.issues
              .filter((i) => i.severity === "error")
              .map((i) => (
                <li key={`${i.code}@${i.cell ?? ""}`}>{`${i.cell ?? ""} ${renderMessage(i, lang)}`}</li>
              ))}
          </ul>
          {ready.warningsToConfirm.map((w) => {
            const key = warningKey(w);
            return (
              <Checkbox
                key={key}
                label={`${t.confirm}${w.cell ?? ""} ${renderMessage(w, lang)}`}
                checked={confirmed.has(key)}
                onChange={(_e, d) => {
                  const next = new Set(confirmed);
                  if (d.checked) next.add(key);
                  else next.delete(key);
                  setConfirmed(next);
                }}
              />
            );
          })}
          {ready.ready && <MessageBar intent="success">{t.ready}</MessageBar>}
          <div className={styles.row}>
            <Field label={t.sealedBy}>
              <Input data-testid="seal-by" value={by} onChange={(_e, d) => setBy(d.value)} />
            </Field>
            <Button appearance="primary" disabled={!ready.ready || by.trim() === ""} onClick={() => void seal()}>
              {t.seal}
            </Button>
          </div>
        </section>
      )}
      {done && (
        <MessageBar intent="success" data-testid="seal-done">
          <MessageBarBody>
            {t.sealedDone(done.name)}
            <br />
            {t.sealCode} <strong data-testid="seal-code">{done.code}</strong> · {t.codeOnPaper}
            {done.encrypted && (
              <>
                <br />
                {t.reencrypted}
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      <Text weight="semibold">{t.verifyTitle}</Text>
      <DropZone label={t.dropVerify} testId="verify-file" onFiles={(f) => f[0] && void verify(f[0])} />
      {passwordBar("verify")}
      <ErrorBar label={t.error} error={verifyError} />
      {verification && (
        <section data-testid="verify-result">
          <MessageBar intent={verification.state === "valid" ? "success" : "error"}>
            <MessageBarBody>
              {verification.state === "none"
                ? t.verifyNone
                : verification.state === "valid" && verification.record !== undefined
                  ? t.verifyValid(verification.record.sealedBy, chinaTime(verification.record.sealedAt, lang), verification.record.rowCount)
                  : described?.headline}
              {verification.state !== "none" && verification.code !== undefined && ` · ${t.sealCode} ${verification.code}`}
              {described?.older !== undefined && <div>{described.older}</div>}
            </MessageBarBody>
          </MessageBar>
          {described !== undefined && described.changes.length > 0 && (
            <ul data-testid="verify-changes">
              {described.changes.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          <form
            className={styles.row}
            onSubmit={(e) => {
              e.preventDefault();
              checkPaper();
            }}
          >
            <Field label={t.paperCode} hint={t.paperHint}>
              <Input
                data-testid="paper-code"
                value={typed}
                placeholder="XXXX-XXXX-XXXX-XXXX-X"
                onChange={(_e, d) => {
                  setTyped(d.value);
                  setPaper(undefined);
                }}
              />
            </Field>
            <Button type="submit" disabled={typed.trim() === ""}>
              {t.paperCheck}
            </Button>
          </form>
          {paper && (
            <MessageBar intent={PAPER_INTENT[paper.kind]} data-testid="paper-result">
              <MessageBarBody>{describePaperCode(paper, lang)}</MessageBarBody>
            </MessageBar>
          )}
        </section>
      )}
    </div>
  );
};
