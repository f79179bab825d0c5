import { analyseWorkbook, sealReadinessOf, type WorkbookAnalysis } from "../../core/analysis";
import type { Issue } from "../../core/issues/issue";
import type { Lang } from "../../core/issues/lang";
import { renderMessage } from "../../core/issues/render";
import { regionByName } from "../../core/reference";
import { createSealRecord, toConfirmedWarning, type SealReadiness } from "../../core/seal";
import { decodeStore, encodeStore, type WorkbookStore } from "../../core/storage";
import { templateLayout } from "../../core/template/buildLayout";
import { isWorkbookBusy, type WorkbookAdapter } from "../../core/workbook";
import { strings } from "../i18n";
import { changesOf, fixProposals, marksOf, undoChanges } from "./fixes";
import { initialState, reduce, type PaneAction, type PaneState, type TabKey, type Task, type TemplateDraft } from "./paneState";
import { quotaOfDraft, type QuotaDraft } from "./quotaDraft";
import { ReviewFlow } from "./ReviewFlow";

export interface PaneDeps {
  readonly adapter: WorkbookAdapter;
  readonly lang: Lang;
  readonly toolVersion: string;
  readonly today?: () => Date;
  /** Quiet time after the user's last keystroke before usage is recounted. */
  readonly debounceMs?: number;
}

export const LIVE_DEBOUNCE_MS = 400;

/** What a finished task leaves: a success notice, and whether the workbook is read again (and listed). */
interface Outcome {
  readonly notice?: string;
  readonly refresh?: "live" | "checked";
}

function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return typeof error === "string" && error !== "" ? error : String(error);
}

/**
 * The pane's behaviour without React: holds the state (changed only through `reduce`), talks
 * to the workbook through the adapter, and turns every failure into an error the pane shows.
 */
export class PaneController {
  private state: PaneState;
  private readonly listeners = new Set<() => void>();
  private readonly today: () => Date;
  private analysisSeq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly deps: PaneDeps) {
    this.today = deps.today ?? (() => new Date());
    this.state = initialState(deps.lang, this.today().getFullYear());
    this.review = new ReviewFlow(deps.adapter, () => this.state.lang, this.today);
  }

  /** 审查: the reviewer's batch, apart from the clerk's form. */
  readonly review: ReviewFlow;

  readonly getState = (): PaneState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  dispatch(action: PaneAction): void {
    this.state = reduce(this.state, action);
    for (const l of this.listeners) l();
  }

  /** Loads the store and follows the user's typing; returns the function that stops it. */
  start(): () => void {
    void this.run("load", async () => {
      await this.loadStore(true);
      await this.refresh(false);
    });
    const fail = (e: unknown) => this.dispatch({ type: "error", message: messageOf(e) });
    // A recount that meets the clerk typing in a cell is tried again after the next pause, quietly.
    const later = (): void => {
      if (this.timer !== undefined) clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.liveCycle().catch((e: unknown) => (isWorkbookBusy(e) ? later() : fail(e)));
      }, this.deps.debounceMs ?? LIVE_DEBOUNCE_MS);
    };
    const stop = this.deps.adapter.onUserChange(later, fail);
    return () => {
      if (this.timer !== undefined) clearTimeout(this.timer);
      stop();
    };
  }

  /** One live recount: read and analyse; while marks are shown, they follow the clerk's corrections. */
  private async liveCycle(): Promise<void> {
    const analysis = await this.refresh(false);
    if (analysis !== undefined && this.state.marked) await this.deps.adapter.markIssues(marksOf(analysis.issues, this.message));
  }

  private get t() {
    return strings(this.state.lang);
  }

  /**
   * Runs one task the clerk waits for: the busy bar while it works, its failure as the pane's error,
   * and, when it succeeds, its notice and a fresh reading of the workbook if it asks for one.
   */
  private async run(task: Task, work: () => Promise<Outcome | void>): Promise<void> {
    this.dispatch({ type: "task-start", task });
    try {
      const outcome = await work();
      if (outcome?.notice !== undefined) this.dispatch({ type: "notice", notice: { kind: "success", text: outcome.notice } });
      if (outcome?.refresh !== undefined) await this.refresh(outcome.refresh === "checked");
    } catch (error) {
      this.dispatch({ type: "error", message: messageOf(error) });
    } finally {
      this.dispatch({ type: "task-end" });
    }
  }

  private async loadStore(resetDrafts = false): Promise<WorkbookStore> {
    const decoded = decodeStore(await this.deps.adapter.readStore(), this.state.lang);
    this.dispatch({ type: "store", store: decoded.store, problems: decoded.problems, resetDrafts });
    return decoded.store;
  }

  private async saveStore(store: WorkbookStore, resetDrafts = false): Promise<void> {
    await this.deps.adapter.writeStore(encodeStore(store));
    this.dispatch({ type: "store", store, resetDrafts });
  }

  /** Reads the workbook and analyses it; an older reading that finishes late is dropped. */
  private async refresh(checked: boolean): Promise<WorkbookAnalysis | undefined> {
    const seq = ++this.analysisSeq;
    const grids = await this.deps.adapter.readWorkbook();
    const fallbackYear = Number(this.state.template.year) || this.today().getFullYear();
    const analysis = await analyseWorkbook(grids, this.state.store, { today: this.today(), fallbackYear });
    if (seq !== this.analysisSeq) return undefined;
    this.dispatch({ type: "analysis", analysis, checked });
    return analysis;
  }

  message = (issue: Issue): string => renderMessage(issue, this.state.lang);

  setLang(lang: Lang): void {
    this.dispatch({ type: "lang", lang });
  }

  setTab(tab: TabKey): void {
    this.dispatch({ type: "tab", tab });
  }

  dismissError(): void {
    this.dispatch({ type: "dismiss-error" });
  }

  editTemplate(field: keyof TemplateDraft, value: string): void {
    this.dispatch({ type: "template", field, value });
  }

  createForm(): Promise<void> {
    return this.run("create", async () => {
      const draft = this.state.template;
      const year = Number(draft.year);
      if (!/^\d{4}$/.test(draft.year.trim()) || year < 1900) throw new Error(this.t.template.yearInvalid);
      const region = regionByName(draft.regionCode);
      if (region === undefined) throw new Error(this.t.template.regionRequired);
      const text = (s: string) => (s.trim() === "" ? undefined : s.trim());
      const unit = text(draft.unit);
      const filler = text(draft.filler);
      const phone = text(draft.phone);
      const layout = templateLayout({
        year,
        region,
        ...(unit === undefined ? {} : { unit }),
        ...(filler === undefined ? {} : { filler }),
        ...(phone === undefined ? {} : { phone }),
      });
      const sheet = await this.deps.adapter.createFormSheet(layout);
      const store = this.state.store;
      await this.saveStore({
        ...store,
        settings: { ...store.settings, year, region: region.code, ...(unit === undefined ? {} : { unit }) },
      });
      return { notice: this.t.template.created(sheet), refresh: "live" };
    });
  }

  runCheck(): Promise<void> {
    return this.run("check", async () => {
      await this.loadStore();
      return { refresh: "checked" };
    });
  }

  selectIssue(issue: Issue): Promise<void> {
    const cell = issue.cell;
    if (cell === undefined) return Promise.resolve();
    // Going to a cell is no task to wait for: no busy bar, no button disabled; only a refusal shows.
    return this.deps.adapter
      .selectCell(issue.sheet, cell)
      .catch((error: unknown) => this.dispatch({ type: "error", message: messageOf(error) }));
  }

  openFixes(): void {
    const issues = this.state.analysis?.issues ?? [];
    this.dispatch({ type: "proposals", proposals: fixProposals(issues) });
  }

  closeFixes(): void {
    this.dispatch({ type: "proposals", proposals: undefined });
  }

  /** Writes only the proposals the clerk ticked. */
  applyFixes(keys: readonly string[]): Promise<void> {
    const chosen = (this.state.proposals ?? []).filter((p) => keys.includes(p.key));
    return this.run("fix", async () => {
      if (chosen.length === 0) {
        this.closeFixes();
        return;
      }
      const applied = await this.deps.adapter.writeCells(changesOf(chosen));
      this.dispatch({ type: "applied", applied });
      return { notice: this.t.fix.applied(applied.length), refresh: "checked" };
    });
  }

  undo(): Promise<void> {
    const last = this.state.history[this.state.history.length - 1];
    if (last === undefined) return Promise.resolve();
    return this.run("undo", async () => {
      await this.deps.adapter.writeCells(undoChanges(last));
      this.dispatch({ type: "undone" });
      return { notice: this.t.fix.undone(last.length), refresh: "checked" };
    });
  }

  mark(): Promise<void> {
    return this.run("mark", async () => {
      await this.deps.adapter.markIssues(marksOf(this.state.analysis?.issues ?? [], this.message));
      this.dispatch({ type: "marked", marked: true });
      return { notice: this.t.check.marked };
    });
  }

  clearMarks(): Promise<void> {
    return this.run("clear", async () => {
      await this.deps.adapter.clearMarks();
      this.dispatch({ type: "marked", marked: false });
      return { notice: this.t.check.cleared };
    });
  }

  editQuota(draft: QuotaDraft): void {
    this.dispatch({ type: "quota-draft", draft });
  }

  saveQuota(): Promise<void> {
    return this.run("saveQuota", async () => {
      const store = await this.loadStore();
      const quota = quotaOfDraft(this.state.quotaDraft, store.quota);
      if (quota === "invalid") throw new Error(this.t.quota.invalid);
      await this.saveStore({ ...store, quota }, true);
      return { notice: this.t.quota.saved, refresh: "live" };
    });
  }

  /** SPEC §6 preconditions for the latest analysis and the clerk's confirmations. */
  readiness(): SealReadiness | undefined {
    const analysis = this.state.analysis;
    return analysis === undefined ? undefined : sealReadinessOf(analysis, this.state.confirmed);
  }

  confirmWarning(key: string, confirmed: boolean): void {
    this.dispatch({ type: "confirm", key, confirmed });
  }

  setSealedBy(name: string): void {
    this.dispatch({ type: "sealed-by", name });
  }

  /** Re-reads the workbook first, so that what is sealed is what the sheet holds now. */
  seal(password: string): Promise<void> {
    return this.run("seal", async () => {
      const sealedBy = this.state.sealedBy.trim();
      if (sealedBy === "") throw new Error(this.t.seal.sealedByRequired);
      const store = await this.loadStore();
      const analysis = await this.refresh(true);
      const readiness = this.readiness();
      if (analysis?.form === undefined || readiness === undefined || !readiness.ready) throw new Error(this.t.seal.needCheck);
      const form = analysis.form;
      const record = await createSealRecord(form, analysis.sealContent ?? { grid: undefined, sheets: [] }, {
        unit: analysis.unit ?? "",
        sealedBy,
        sealedAt: this.today(),
        year: analysis.year,
        quotaUsed: (analysis.quota?.usage ?? []).map((u) => ({ label: u.label, used: u.used, limit: u.limit })),
        confirmedWarnings: readiness.warningsToConfirm.map(toConfirmedWarning),
        toolVersion: this.deps.toolVersion,
      });
      await this.saveStore({ ...store, seal: record });
      await this.deps.adapter.protectSheet(form.sheet, password === "" ? undefined : password);
      return { notice: this.t.seal.sealedNotice, refresh: "checked" };
    });
  }

  verify(): Promise<void> {
    return this.run("verify", async () => {
      await this.loadStore();
      await this.refresh(true);
      this.dispatch({ type: "verified" });
    });
  }

  unseal(password: string): Promise<void> {
    return this.run("unseal", async () => {
      const store = await this.loadStore();
      if (store.seal !== undefined) await this.deps.adapter.unprotectSheet(store.seal.sheet, password === "" ? undefined : password);
      const rest: WorkbookStore = {
        ...(store.quota === undefined ? {} : { quota: store.quota }),
        ...(store.settings === undefined ? {} : { settings: store.settings }),
      };
      await this.saveStore(rest);
      return { notice: this.t.seal.unsealed, refresh: "checked" };
    });
  }
}
