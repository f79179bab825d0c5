import type { PaneSession } from "../paneSession";
import { quotaOfDraft, type QuotaDraft } from "../quotaDraft";

/** The quota tab: the limits the clerk types, saved into the workbook's store. */
export function quotaFlow(session: PaneSession) {
  return {
    editQuota(draft: QuotaDraft): void {
      session.dispatch({ type: "quota-draft", draft });
    },

    /** Saves over the store as it is in the workbook now, not as the pane last read it. */
    saveQuota(): Promise<void> {
      return session.run("saveQuota", async () => {
        const store = await session.loadStore();
        const quota = quotaOfDraft(session.getState().quotaDraft, store.quota);
        if (quota === "invalid") throw new Error(session.t.quota.invalid);
        await session.saveStore({ ...store, quota }, true);
        return { notice: session.t.quota.saved, refresh: "live" };
      });
    },
  };
}
