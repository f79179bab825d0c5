import { marksOf } from "../fixes";
import type { PaneSession } from "../paneSession";

/** Colouring the cells that have issues, and taking the colour off again. */
export function marksFlow(session: PaneSession) {
  return {
    mark(): Promise<void> {
      return session.run("mark", async () => {
        await session.adapter.markIssues(marksOf(session.getState().analysis?.issues ?? [], session.message));
        session.dispatch({ type: "marked", marked: true });
        return { notice: session.t.check.marked };
      });
    },

    clearMarks(): Promise<void> {
      return session.run("clear", async () => {
        await session.adapter.clearMarks();
        session.dispatch({ type: "marked", marked: false });
        return { notice: session.t.check.cleared };
      });
    },
  };
}
