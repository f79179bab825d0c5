import type { Lang } from "../../core/issues/lang";
import { checkFlow } from "./flows/checkFlow";
import { fixFlow } from "./flows/fixFlow";
import { followWorkbook } from "./flows/liveRecount";
import { marksFlow } from "./flows/marksFlow";
import { quotaFlow } from "./flows/quotaFlow";
import { sealFlow } from "./flows/sealFlow";
import { templateFlow } from "./flows/templateFlow";
import { PaneSession, type PaneDeps } from "./paneSession";
import type { TabKey } from "./paneState";
import { ReviewFlow } from "./ReviewFlow";

export type { PaneDeps } from "./paneSession";

/**
 * The pane's behaviour without React: one session (state, task runner, workbook reading) and the
 * flows of each tab over it. A new flow is a function of the session, spread in here.
 */
export function createPaneController(deps: PaneDeps) {
  const session = new PaneSession(deps);
  return {
    getState: session.getState,
    subscribe: session.subscribe,
    message: session.message,
    /** Loads the store and follows the user's typing; returns the function that stops it. */
    start: (): (() => void) => followWorkbook(session),
    setLang: (lang: Lang): void => session.dispatch({ type: "lang", lang }),
    setTab: (tab: TabKey): void => session.dispatch({ type: "tab", tab }),
    dismissError: (): void => session.dispatch({ type: "dismiss-error" }),
    /** What this Excel cannot do for the add-in (requirement sets it lacks). */
    hostLimits: () => session.adapter.hostLimits(),
    ...templateFlow(session),
    ...checkFlow(session),
    ...marksFlow(session),
    ...fixFlow(session),
    ...quotaFlow(session),
    ...sealFlow(session),
    /** 审查: the reviewer's batch, apart from the clerk's form; its own state beside the session's. */
    review: new ReviewFlow(session.adapter, () => session.getState().lang, session.today, deps.startReviewWorker ?? (() => undefined)),
  };
}

export type PaneController = ReturnType<typeof createPaneController>;
