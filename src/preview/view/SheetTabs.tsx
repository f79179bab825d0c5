import type { ReactElement } from "react";
import type { PreviewBook } from "../workbook/book";

/** The tabs along the bottom; hidden and very hidden sheets have none, as in Excel. */
export function SheetTabs({ book, active }: { book: PreviewBook; active: string }): ReactElement {
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
            {s.protection && <LockIcon />}
          </button>
        ))}
    </div>
  );
}

/** A padlock drawn inline: the page loads no fonts or images, and emoji fonts may be missing. */
function LockIcon(): ReactElement {
  return (
    <svg className="lock" width="10" height="12" viewBox="0 0 10 12" aria-hidden="true">
      <title>Protected sheet</title>
      <path d="M2.5 5V3.5a2.5 2.5 0 0 1 5 0V5" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <rect x="1" y="5" width="8" height="6.5" rx="1" fill="currentColor" />
    </svg>
  );
}
