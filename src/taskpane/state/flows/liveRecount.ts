import { isWorkbookBusy } from "../../../core/workbook";
import { marksOf } from "../fixes";
import type { PaneSession } from "../paneSession";

export const LIVE_DEBOUNCE_MS = 400;

/** One live recount: read and analyse; while marks are shown, they follow the clerk's corrections. */
async function recount(session: PaneSession): Promise<void> {
  const analysis = await session.refresh(false);
  if (analysis !== undefined && session.getState().marked) await session.adapter.markIssues(marksOf(analysis.issues, session.message));
}

/** Loads the store and follows the user's typing; returns the function that stops it. */
export function followWorkbook(session: PaneSession): () => void {
  void session.run("load", async () => {
    await session.loadStore(true);
    await session.refresh(false);
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A recount that meets the clerk typing in a cell is tried again after the next pause, quietly.
  const later = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      recount(session).catch((e: unknown) => (isWorkbookBusy(e) ? later() : session.fail(e)));
    }, session.deps.debounceMs ?? LIVE_DEBOUNCE_MS);
  };
  const stop = session.adapter.onUserChange(later, session.fail);
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    stop();
  };
}
