import { createContext, useContext, useSyncExternalStore } from "react";
import type { PaneController } from "../state/PaneController";
import type { PaneState } from "../state/paneState";
import { strings, type Strings } from "../i18n";

export const PaneContext = createContext<PaneController | undefined>(undefined);

/** The controller, its current state and the strings of the current language. */
export function usePane(): { pane: PaneController; state: PaneState; t: Strings } {
  const pane = useContext(PaneContext);
  if (pane === undefined) throw new Error("usePane outside <TaskPane>");
  const state = useSyncExternalStore(pane.subscribe, pane.getState, pane.getState);
  return { pane, state, t: strings(state.lang) };
}
