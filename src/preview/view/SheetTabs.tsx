import type { ReactElement } from "react";
import type { PreviewWorkbook } from "../PreviewWorkbook";

/** The tabs along the bottom; hidden and very hidden sheets have none, as in Excel. */
export function SheetTabs({ book, active }: { book: PreviewWorkbook; active: string }): ReactElement {
  return (
    <div className="sheet-tabs" role="tablist" aria-label="Sheets">
      {book
        .sheets()
        .filter((s) => s.visibility === "visible")
        .map((s) => (
          <button
            key={s.name}
            type="button"
            role="tab"
            aria-selected={s.name === active}
            className={s.name === active ? "sheet-tab active" : "sheet-tab"}
            onClick={() => book.select(s.name, book.selection().sheet === s.name ? book.selection().cell : "A1")}
          >
            {s.name}
            {s.protection && (
              <span className="lock" title="Protected sheet" aria-hidden="true">
                {" "}
                🔒
              </span>
            )}
          </button>
        ))}
    </div>
  );
}
