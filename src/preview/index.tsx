import { createRoot } from "react-dom/client";
import { TaskPane } from "../taskpane/TaskPane";
import { startReviewWorker } from "../web/reviewWorker";
import { PreviewWorkbook } from "./PreviewWorkbook";
import { sampleWorkbook } from "./sample/sampleWorkbook";
import { PreviewApp } from "./view/PreviewApp";

/**
 * The preview page: no Office.js; the real task pane (Chinese, as in a Chinese Excel) runs over an
 * in-page workbook. `?workbook=blank` starts from an empty workbook instead of the sample form.
 */
async function start(): Promise<void> {
  const today = new Date();
  const blank = new URLSearchParams(window.location.search).get("workbook") === "blank";
  const initial = blank ? new PreviewWorkbook() : await sampleWorkbook(today.getFullYear(), today);
  createRoot(document.getElementById("root")!).render(
    <PreviewApp
      initial={initial}
      blank={() => new PreviewWorkbook()}
      renderPane={(adapter) => <TaskPane adapter={adapter} lang="zh" startReviewWorker={startReviewWorker} />}
    />,
  );
}

void start();
