import { createRoot } from "react-dom/client";
import { langOf } from "./i18n";
import { OfficeWorkbookAdapter } from "../office/OfficeWorkbookAdapter";
import { officeLoaded, whenOfficeReady } from "../office/host";
import { startReviewWorker } from "../web/reviewWorker";
import { TaskPane } from "./TaskPane";
import { OutsideExcel } from "./components/OutsideExcel";

/** As Microsoft's React template: nothing is mounted before Office has initialised the add-in. */
async function main(): Promise<void> {
  const host = await whenOfficeReady();
  const container = document.getElementById("container");
  if (container === null) return;
  const lang = langOf(host.displayLanguage);
  const root = createRoot(container);
  if (host.kind !== "excel") {
    // Without Office.js the page cannot tell whether it is in Excel: say which address failed.
    const officeJs = officeLoaded() ? undefined : document.querySelector<HTMLScriptElement>('script[src$="/office.js"]')?.src;
    root.render(officeJs === undefined ? <OutsideExcel lang={lang} /> : <OutsideExcel lang={lang} officeJsUrl={officeJs} />);
    return;
  }
  root.render(<TaskPane adapter={new OfficeWorkbookAdapter()} lang={lang} startReviewWorker={startReviewWorker} />);
}

void main();
