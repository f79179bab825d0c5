import type { Issue } from "../../../core/issues/issue";
import type { PaneSession } from "../paneSession";

/** The check the clerk asks for, and going to an issue's cell. */
export function checkFlow(session: PaneSession) {
  return {
    /** Reads the store again (another add-in may have changed it) and lists the issues from now on. */
    runCheck(): Promise<void> {
      return session.run("check", async () => {
        await session.loadStore();
        return { refresh: "checked" };
      });
    },

    selectIssue(issue: Issue): Promise<void> {
      const cell = issue.cell;
      if (cell === undefined) return Promise.resolve();
      // Going to a cell is no task to wait for: no busy bar, no button disabled; only a refusal shows.
      return session.adapter.selectCell(issue.sheet, cell).catch(session.fail);
    },
  };
}
