import { changesOf, fixProposals, undoChanges } from "../fixes";
import type { PaneSession } from "../paneSession";

/** Fixes listed for the clerk's confirmation, written only when ticked, and undone one batch at a time. */
export function fixFlow(session: PaneSession) {
  const closeFixes = (): void => session.dispatch({ type: "proposals", proposals: undefined });
  return {
    openFixes(): void {
      session.dispatch({ type: "proposals", proposals: fixProposals(session.getState().analysis?.issues ?? []) });
    },

    closeFixes,

    /** Writes only the proposals the clerk ticked. */
    applyFixes(keys: readonly string[]): Promise<void> {
      const chosen = (session.getState().proposals ?? []).filter((p) => keys.includes(p.key));
      return session.run("fix", async () => {
        if (chosen.length === 0) {
          closeFixes();
          return;
        }
        const applied = await session.adapter.writeCells(changesOf(chosen));
        session.dispatch({ type: "applied", applied });
        return { notice: session.t.fix.applied(applied.length), refresh: "checked" };
      });
    },

    undo(): Promise<void> {
      const history = session.getState().history;
      const last = history[history.length - 1];
      if (last === undefined) return Promise.resolve();
      return session.run("undo", async () => {
        await session.adapter.writeCells(undoChanges(last));
        session.dispatch({ type: "undone" });
        return { notice: session.t.fix.undone(last.length), refresh: "checked" };
      });
    },
  };
}
