import type { WorkbookAnalysis } from "../../core/analysis";
import type { Lang } from "../../core/issues/lang";
import type { SealCheck } from "../../core/seal";
import type { StoreKey, WorkbookStore } from "../../core/storage";
import type { AppliedChange } from "../../core/workbook";
import type { FixProposal } from "./fixes";
import { draftOf, type QuotaDraft } from "./quotaDraft";

export type TabKey = "template" | "check" | "quota" | "seal" | "review";
/** Work the clerk started and waits for; live recounts while typing are not tasks. */
export type Task = "load" | "create" | "check" | "fix" | "undo" | "mark" | "clear" | "saveQuota" | "seal" | "verify" | "unseal";

export interface TemplateDraft {
  readonly year: string;
  readonly regionCode: string;
  readonly unit: string;
  readonly filler: string;
  readonly phone: string;
}

export type Notice = { readonly kind: "success" | "warning"; readonly text: string };

export interface PaneState {
  readonly lang: Lang;
  readonly tab: TabKey;
  readonly task?: Task | undefined;
  readonly error?: string | undefined;
  readonly notice?: Notice | undefined;
  readonly store: WorkbookStore;
  readonly storeProblems: readonly string[];
  /** The store's entries present but unreadable: a damaged seal record is a broken seal, as qbench and the web page say. */
  readonly storeDamaged: readonly StoreKey[];
  readonly template: TemplateDraft;
  /** The latest reading of the workbook (refreshed as the user types). */
  readonly analysis?: WorkbookAnalysis;
  /** The clerk has asked for a check: from then on the issue list follows the workbook. */
  readonly checked: boolean;
  /** Fixes listed for confirmation; the dialog is open while this is set. */
  readonly proposals?: readonly FixProposal[] | undefined;
  /** The add-in's writes, newest last, for undo. */
  readonly history: ReadonlyArray<readonly AppliedChange[]>;
  readonly marked: boolean;
  readonly quotaDraft: QuotaDraft;
  /** warningKey()s of the warnings the clerk confirmed for sealing. */
  readonly confirmed: readonly string[];
  readonly sealedBy: string;
  /** The seal check the clerk asked for, shown until an analysis finds the seal otherwise. */
  readonly verified: boolean;
}

export type PaneAction =
  | { readonly type: "lang"; readonly lang: Lang }
  | { readonly type: "tab"; readonly tab: TabKey }
  | { readonly type: "task-start"; readonly task: Task }
  | { readonly type: "task-end" }
  | { readonly type: "error"; readonly message: string }
  | { readonly type: "dismiss-error" }
  | { readonly type: "notice"; readonly notice: Notice | undefined }
  | {
      readonly type: "store";
      readonly store: WorkbookStore;
      readonly problems?: readonly string[];
      readonly damaged?: readonly StoreKey[];
      /** Replace what the clerk is typing in the quota form by the stored quota. */
      readonly resetDrafts?: boolean;
    }
  | { readonly type: "template"; readonly field: keyof TemplateDraft; readonly value: string }
  | { readonly type: "analysis"; readonly analysis: WorkbookAnalysis; readonly checked?: boolean }
  | { readonly type: "proposals"; readonly proposals: readonly FixProposal[] | undefined }
  | { readonly type: "applied"; readonly applied: readonly AppliedChange[] }
  | { readonly type: "undone" }
  | { readonly type: "marked"; readonly marked: boolean }
  | { readonly type: "quota-draft"; readonly draft: QuotaDraft }
  | { readonly type: "confirm"; readonly key: string; readonly confirmed: boolean }
  | { readonly type: "sealed-by"; readonly name: string }
  | { readonly type: "verified" };

/** Whether two readings find the seal the same way: same state, same cells changed the same way. */
function sameSeal(a: SealCheck, b: SealCheck): boolean {
  return (
    a.state === b.state &&
    a.changedCells.length === b.changedCells.length &&
    a.changedCells.every((c, i) => {
      const d = b.changedCells[i];
      return d !== undefined && c.cell === d.cell && c.sealed === d.sealed && c.current === d.current;
    })
  );
}

export function initialState(lang: Lang, year: number): PaneState {
  return {
    lang,
    tab: "template",
    store: {},
    storeProblems: [],
    storeDamaged: [],
    template: { year: String(year), regionCode: "", unit: "", filler: "", phone: "" },
    checked: false,
    history: [],
    marked: false,
    quotaDraft: draftOf(undefined),
    confirmed: [],
    sealedBy: "",
    verified: false,
  };
}

export function reduce(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "lang":
      return { ...state, lang: action.lang };
    case "tab":
      return { ...state, tab: action.tab, notice: undefined };
    case "task-start":
      return { ...state, task: action.task, error: undefined, notice: undefined };
    case "task-end":
      return { ...state, task: undefined };
    case "error":
      return { ...state, error: action.message };
    case "dismiss-error":
      return { ...state, error: undefined };
    case "notice":
      return { ...state, notice: action.notice };
    case "store": {
      const settings = action.store.settings;
      const template: TemplateDraft = {
        ...state.template,
        ...(settings?.year === undefined ? {} : { year: String(settings.year) }),
        ...(settings?.region === undefined || state.template.regionCode !== "" ? {} : { regionCode: settings.region }),
        ...(settings?.unit === undefined || state.template.unit !== "" ? {} : { unit: settings.unit }),
      };
      return {
        ...state,
        store: action.store,
        template,
        ...(action.resetDrafts === true ? { quotaDraft: draftOf(action.store.quota) } : {}),
        ...(action.problems === undefined ? {} : { storeProblems: action.problems }),
        ...(action.damaged === undefined ? {} : { storeDamaged: action.damaged }),
      };
    }
    case "template":
      return { ...state, template: { ...state.template, [action.field]: action.value } };
    case "analysis":
      return {
        ...state,
        analysis: action.analysis,
        checked: state.checked || action.checked === true,
        // A live recount of the same content must not wipe the seal check the clerk asked for.
        verified: state.verified && state.analysis !== undefined && sameSeal(state.analysis.seal, action.analysis.seal),
      };
    case "proposals":
      return { ...state, proposals: action.proposals };
    case "applied":
      return { ...state, proposals: undefined, history: [...state.history, action.applied] };
    case "undone":
      return { ...state, history: state.history.slice(0, -1) };
    case "marked":
      return { ...state, marked: action.marked };
    case "quota-draft":
      return { ...state, quotaDraft: action.draft };
    case "confirm": {
      const rest = state.confirmed.filter((k) => k !== action.key);
      return { ...state, confirmed: action.confirmed ? [...rest, action.key] : rest };
    }
    case "sealed-by":
      return { ...state, sealedBy: action.name };
    case "verified":
      return { ...state, verified: true };
  }
}
