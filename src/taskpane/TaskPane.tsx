import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type React from "react";
import { useEffect, useState } from "react";
import type { Lang } from "../core/issues/lang";
import type { WorkbookAdapter } from "../core/workbook";
import { App } from "./components/App";
import { PaneContext } from "./components/usePane";
import { createPaneController } from "./state/PaneController";
import { TOOL_VERSION } from "./version";

export interface TaskPaneProps {
  readonly adapter: WorkbookAdapter;
  readonly lang: Lang;
  /** "Today" for date checks and seals; the clock when absent. */
  readonly today?: () => Date;
  /** Quiet time after typing before usage is recounted (ms). */
  readonly debounceMs?: number;
  /** Starts the 审查 worker; absent in tests, where the review runs in the pane. */
  readonly startReviewWorker?: () => Worker | undefined;
}

/**
 * The whole task pane over any WorkbookAdapter (Office.js in Excel, the in-page grid in the
 * preview, a fake in tests), inside Fluent's provider.
 */
export const TaskPane: React.FC<TaskPaneProps> = ({ adapter, lang, today, debounceMs, startReviewWorker }) => {
  const [controller] = useState(() =>
    createPaneController({
      adapter,
      lang,
      toolVersion: TOOL_VERSION,
      ...(today === undefined ? {} : { today }),
      ...(debounceMs === undefined ? {} : { debounceMs }),
      ...(startReviewWorker === undefined ? {} : { startReviewWorker }),
    }),
  );
  useEffect(() => controller.start(), [controller]);
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: "100%" }}>
      <PaneContext.Provider value={controller}>
        <App />
      </PaneContext.Provider>
    </FluentProvider>
  );
};
