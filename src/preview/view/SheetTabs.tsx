import { useState, type ReactElement } from "react";
import type { SheetNameRefusal } from "../../core/workbook";
import type { PreviewBook } from "../workbook/book";

/** What Excel says when it refuses a name typed on a sheet's tab. */
const REFUSALS: Readonly<Record<SheetNameRefusal, string>> = {
  invalid:
    "You typed an invalid name for a sheet. Make sure that the name has at most 31 characters, contains none of : \\ / ? * [ ], " +
    "does not begin or end with an apostrophe, and is not blank.",
  reserved: "History is a reserved name.",
  taken: "That name is already taken. Try a different one.",
};

/**
 * The tabs along the bottom; hidden and very hidden sheets have none, as in Excel. Double-clicking
 * a tab renames its sheet (Enter keeps the name typed, Esc the old one), protected or not, as in Excel.
 */
export function SheetTabs({
  book,
  active,
  onRefused,
}: {
  book: PreviewBook;
  active: string;
  onRefused: (message: string) => void;
}): ReactElement {
  const [renaming, setRenaming] = useState<string | undefined>(undefined);
  const rename = (id: string, name: string): void => {
    setRenaming(undefined);
    const result = book.renameSheet(id, name);
    if (!result.ok) onRefused(REFUSALS[result.reason]);
  };
  return (
    <div className="sheet-tabs" role="tablist" aria-label="Sheets">
      {book
        .sheets()
        .filter((s) => s.visibility === "visible")
        .map((s) =>
          s.id === renaming ? (
            <input
              key={s.id}
              className="sheet-tab-name"
              aria-label={`Rename sheet ${s.name}`}
              defaultValue={s.name}
              autoFocus
              onFocus={(e) => e.currentTarget.select()}
              onKeyDown={(e) => {
                if (e.key === "Enter") rename(s.id, e.currentTarget.value);
                if (e.key !== "Escape") return;
                // The blur that leaving the field may raise then keeps the old name.
                e.currentTarget.value = s.name;
                setRenaming(undefined);
              }}
              onBlur={(e) => rename(s.id, e.currentTarget.value)}
            />
          ) : (
            <button
              key={s.id}
              type="button"
              role="tab"
              aria-selected={s.name === active}
              className={s.name === active ? "sheet-tab active" : "sheet-tab"}
              onClick={() => book.select(s.name, book.selection().sheet === s.name ? book.selection().cell : "A1")}
              onDoubleClick={() => setRenaming(s.id)}
            >
              {s.name}
              {s.protection && <LockIcon />}
            </button>
          ),
        )}
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
