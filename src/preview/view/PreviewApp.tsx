import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type ReactElement } from "react";
import type { WorkbookAdapter } from "../../core/workbook";
import type { PreviewWorkbook } from "../PreviewWorkbook";
import { PROTECTED_MESSAGE } from "../workbook/book";
import { openWorkbookFile, workbookFileBlob } from "../xlsx/fileIO";
import { FormulaBar } from "./FormulaBar";
import { GridView } from "./GridView";
import { SheetTabs } from "./SheetTabs";
import { allowancesOfSheetProtection } from "../../core/seal/protection";

/** Excel's 保护工作表 dialog as it opens: selecting cells allowed, nothing else (the schema's defaults). */
const BY_HAND = allowancesOfSheetProtection((name) => (name === "sheet" ? "1" : undefined))!;

export interface PreviewAppProps {
  /** The workbook shown first. */
  readonly initial: PreviewWorkbook;
  /** A new, empty workbook (File › New). */
  readonly blank: () => PreviewWorkbook;
  /** The task pane, mounted over the workbook it is given; remounted when another workbook opens. */
  readonly renderPane: (adapter: WorkbookAdapter) => ReactElement;
}

/** The preview page: a workbook window with the real task pane beside it, as in Excel. */
export function PreviewApp({ initial, blank, renderPane }: PreviewAppProps): ReactElement {
  const [book, setBook] = useState(initial);
  const [fileName, setFileName] = useState("质量标杆申报.xlsx");
  const [notice, setNotice] = useState<string | undefined>();
  const [generation, setGeneration] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  useSyncExternalStore(
    useCallback((listener: () => void) => book.subscribe(listener), [book]),
    () => book.version(),
  );

  useEffect(() => {
    if (notice === undefined) return;
    const timer = setTimeout(() => setNotice(undefined), 6000);
    return () => clearTimeout(timer);
  }, [notice]);

  const replace = (next: PreviewWorkbook, name: string): void => {
    setBook(next);
    setFileName(name);
    setGeneration((g) => g + 1);
  };

  const open = async (file: File): Promise<void> => {
    try {
      replace(await openWorkbookFile(file), file.name);
    } catch (e) {
      setNotice(`Could not open ${file.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const save = async (): Promise<void> => {
    const url = URL.createObjectURL(await workbookFileBlob(book));
    const link = document.createElement("a");
    link.href = url;
    // An .xls or .ods opened here is saved as .xlsx, under its own name with that extension.
    link.download = fileName.endsWith(".xlsx") ? fileName : `${fileName.replace(/\.(xls|et|ods|fods|xlsb|xlsm)$/i, "")}.xlsx`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const { sheet: activeName, cell } = book.selection();
  const sheet = book.sheet(activeName) ?? book.sheets()[0]!;
  const toggleProtection = async (): Promise<void> => {
    if (!sheet.protection) {
      await book.protectSheet(sheet.name, undefined, BY_HAND);
      return;
    }
    const password = sheet.protection.password === undefined ? undefined : (window.prompt("Password:") ?? "");
    try {
      await book.unprotectSheet(sheet.name, password);
      setNotice(undefined);
    } catch (e) {
      setNotice(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div className="preview">
      <header className="toolbar" role="toolbar" aria-label="File">
        <strong className="app-title">Excel preview</strong>
        <span className="file-name">{fileName}</span>
        <button type="button" onClick={() => replace(blank(), "工作簿1.xlsx")}>
          New workbook
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Open…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".xlsx,.xlsm,.xls,.et,.ods,.fods,.xlsb,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label="Open workbook file"
          hidden
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = "";
            if (file) void open(file);
          }}
        />
        <button type="button" onClick={() => void save()}>
          Save .xlsx
        </button>
        <button type="button" onClick={() => void toggleProtection()}>
          {sheet.protection ? "Unprotect sheet" : "Protect sheet"}
        </button>
      </header>
      <div className="body">
        <main className="workbook" aria-label="Workbook">
          <FormulaBar key={`${generation}`} book={book} sheet={sheet} cell={cell} onRefused={() => setNotice(PROTECTED_MESSAGE)} />
          {notice && (
            <div className="notice" role="alert">
              {notice}
            </div>
          )}
          <div className="grid-scroll">
            <GridView book={book} sheet={sheet} selected={cell} onRefused={() => setNotice(PROTECTED_MESSAGE)} />
          </div>
          <SheetTabs book={book} active={sheet.name} onRefused={setNotice} />
        </main>
        <aside className="pane" aria-label="Task pane">
          <div key={generation} className="pane-body">
            {renderPane(book)}
          </div>
        </aside>
      </div>
    </div>
  );
}
