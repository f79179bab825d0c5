import { useEffect, useRef, useState, type KeyboardEvent, type ReactElement } from "react";
import { cellAddress, columnLetter, parseAddress } from "../../core/grid/address";
import { cellText, type CellValue } from "../../core/grid/cell";
import { gridBottom, gridRight } from "../../core/grid/grid";
import type { PreviewBook } from "../workbook/book";
import { toGrid } from "../workbook/toGrid";
import { displayText } from "../workbook/displayText";
import { coveredByMerge, mergeAt, type PreviewCell, type PreviewSheet } from "../workbook/sheet";

/** Excel's default column width (8.43 characters) and row height (15 points). */
const DEFAULT_WIDTH_CHARS = 8.43;
const DEFAULT_HEIGHT_PT = 15;
const MIN_ROWS = 40;
const MIN_COLS = 15;

export interface GridViewProps {
  readonly book: PreviewBook;
  readonly sheet: PreviewSheet;
  readonly selected: string;
  /** Called when the grid refuses an edit (protected sheet), with Excel's message. */
  readonly onRefused: () => void;
}

function columnPx(chars: number | undefined): number {
  return Math.round((chars ?? DEFAULT_WIDTH_CHARS) * 7 + 5);
}

/** What the cell shows while being edited: the raw value, as Excel's edit mode does. */
export function editText(value: CellValue): string {
  return cellText(value);
}

/**
 * The sheet as a plain table: column letters, row numbers, merged areas, fills and notes. The
 * selected cell holds an input with its text selected, so that typing replaces the content
 * as in Excel; Enter, Tab and the arrow keys commit and move.
 */
export function GridView({ book, sheet, selected, onRefused }: GridViewProps): ReactElement {
  const grid = toGrid(sheet);
  const rows = Math.max(MIN_ROWS, gridBottom(grid) + 5);
  const cols = Math.max(MIN_COLS, gridRight(grid) + 2, sheet.columnWidths.length + 1);
  const at = parseAddress(selected) ?? { row: 1, col: 1 };
  const focusNext = useRef(false);
  const tableRef = useRef<HTMLTableElement>(null);

  useEffect(() => {
    const td = tableRef.current?.querySelector<HTMLElement>(`td[data-address="${selected}"]`);
    td?.scrollIntoView({ block: "nearest", inline: "nearest" });
    if (focusNext.current) {
      focusNext.current = false;
      td?.querySelector("input")?.focus();
    }
  }, [selected, sheet.name]);

  const move = (row: number, col: number): void => {
    focusNext.current = true;
    book.select(sheet.name, cellAddress(Math.max(1, row), Math.max(1, col)));
  };

  const header: ReactElement[] = [<th key="corner" className="corner" aria-hidden="true" />];
  for (let col = 1; col <= cols; col++)
    header.push(
      <th
        key={col}
        scope="col"
        className={col === at.col ? "col-head active" : "col-head"}
        style={{ width: columnPx(sheet.columnWidths[col - 1]) }}
      >
        {columnLetter(col)}
      </th>,
    );

  const body: ReactElement[] = [];
  for (let row = 1; row <= rows; row++) {
    const cells: ReactElement[] = [
      <th key="head" scope="row" className={row === at.row ? "row-head active" : "row-head"}>
        {row}
      </th>,
    ];
    for (let col = 1; col <= cols; col++) {
      if (coveredByMerge(sheet, row, col)) continue;
      const address = cellAddress(row, col);
      const merge = mergeAt(sheet, row, col);
      const isSelected = address === selected;
      cells.push(
        <GridCell
          key={address}
          address={address}
          cell={sheet.cells.get(address)}
          rowSpan={merge ? merge.bottom - merge.top + 1 : 1}
          colSpan={merge ? merge.right - merge.left + 1 : 1}
          selected={isSelected}
          onSelect={() => move(row, col)}
          editor={
            isSelected ? (
              <CellEditor
                key={`${sheet.name}!${address}`}
                book={book}
                sheet={sheet}
                address={address}
                list={book.listValues(sheet.name, row, col)}
                onRefused={onRefused}
                onMove={(dRow, dCol) =>
                  move(
                    row + (dRow > 0 && merge ? merge.bottom - merge.top + 1 : dRow),
                    col + (dCol > 0 && merge ? merge.right - merge.left + 1 : dCol),
                  )
                }
              />
            ) : undefined
          }
        />,
      );
    }
    const height = sheet.rowHeights.get(row);
    body.push(
      <tr key={row} style={height ? { height: Math.round((height * 4) / 3) } : undefined}>
        {cells}
      </tr>,
    );
  }

  return (
    <table ref={tableRef} role="grid" aria-label={`Sheet ${sheet.name}`} className="sheet-grid">
      <colgroup>
        <col style={{ width: 40 }} />
        {Array.from({ length: cols }, (_, i) => (
          <col key={i} style={{ width: columnPx(sheet.columnWidths[i]) }} />
        ))}
      </colgroup>
      <thead>
        <tr style={{ height: Math.round((DEFAULT_HEIGHT_PT * 4) / 3) }}>{header}</tr>
      </thead>
      <tbody>{body}</tbody>
    </table>
  );
}

interface GridCellProps {
  readonly address: string;
  readonly cell: PreviewCell | undefined;
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly selected: boolean;
  readonly onSelect: () => void;
  readonly editor: ReactElement | undefined;
}

function GridCell({ address, cell, rowSpan, colSpan, selected, onSelect, editor }: GridCellProps): ReactElement {
  const style = cell?.style ?? {};
  const value = cell?.value ?? null;
  const numeric = typeof value === "number";
  const classes = ["cell"];
  if (selected) classes.push("selected");
  if (style.border) classes.push("bordered");
  if (cell?.note) classes.push("has-note");
  return (
    <td
      role="gridcell"
      aria-label={address}
      aria-selected={selected}
      data-address={address}
      rowSpan={rowSpan > 1 ? rowSpan : undefined}
      colSpan={colSpan > 1 ? colSpan : undefined}
      title={cell?.note}
      className={classes.join(" ")}
      onMouseDown={
        selected
          ? undefined
          : (e) => {
              // the press replaces the cell's text by its input, which takes the focus; the browser's own
              // handling of the press would then move the focus to the page, away from the input
              e.preventDefault();
              onSelect();
            }
      }
      style={{
        background: style.fill,
        fontWeight: style.bold ? 700 : undefined,
        fontSize: style.size ? `${Math.round((style.size * 4) / 3)}px` : undefined,
        textAlign: style.align ?? (numeric ? "right" : undefined),
        whiteSpace: style.wrap ? "normal" : undefined,
      }}
    >
      {editor ?? <span className="cell-text">{displayText(value, style.format)}</span>}
    </td>
  );
}

interface CellEditorProps {
  readonly book: PreviewBook;
  readonly sheet: PreviewSheet;
  readonly address: string;
  readonly list: readonly string[] | undefined;
  readonly onRefused: () => void;
  readonly onMove: (dRow: number, dCol: number) => void;
}

/**
 * The selected cell's input. It shows what the cell shows, selected, so that typing replaces it as
 * in Excel; clicking into it switches to the raw value for editing.
 */
function CellEditor({ book, sheet, address, list, onRefused, onMove }: CellEditorProps): ReactElement {
  const cell = sheet.cells.get(address);
  const original = editText(cell?.value ?? null);
  const shown = displayText(cell?.value ?? null, cell?.style.format);
  const [text, setText] = useState(shown);
  const [touched, setTouched] = useState(false);
  // the pane (a fix, an undo) or the formula bar may change the cell while it is selected
  useEffect(() => {
    if (!touched) setText(shown);
  }, [shown, touched]);
  const listId = `list-${address}`;

  const commit = (): boolean => {
    if (!touched || text === original) return true;
    const result = book.editCell(sheet.name, address, text);
    if (!result.ok) {
      setText(shown);
      setTouched(false);
      onRefused();
      return false;
    }
    setTouched(false);
    return true;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    const step: Record<string, [number, number]> = {
      Enter: [e.shiftKey ? -1 : 1, 0],
      Tab: [0, e.shiftKey ? -1 : 1],
      ArrowDown: [1, 0],
      ArrowUp: [-1, 0],
    };
    if (!touched) Object.assign(step, { ArrowRight: [0, 1], ArrowLeft: [0, -1] });
    const delta = step[e.key];
    if (e.key === "Escape") {
      setText(shown);
      setTouched(false);
      return;
    }
    if ((e.key === "Delete" || e.key === "Backspace") && !touched) {
      e.preventDefault();
      if (original !== "" && !book.editCell(sheet.name, address, "").ok) onRefused();
      return;
    }
    if (!delta) return;
    e.preventDefault();
    commit();
    onMove(delta[0], delta[1]);
  };

  return (
    <>
      <input
        className="cell-input"
        aria-label={`Edit ${address}`}
        value={text}
        list={list ? listId : undefined}
        onFocus={(e) => e.currentTarget.select()}
        onMouseDown={() => {
          // a click into the selected cell edits its raw content, as a double-click does in Excel
          if (!touched && text !== original) {
            setText(original);
            setTouched(true);
          }
        }}
        onChange={(e) => {
          if (sheet.protection) {
            onRefused();
            return;
          }
          setText(e.currentTarget.value);
          setTouched(true);
        }}
        onBlur={commit}
        onKeyDown={onKeyDown}
        spellCheck={false}
        autoComplete="off"
      />
      {list && (
        <datalist id={listId}>
          {list.map((v) => (
            <option key={v} value={v} />
          ))}
        </datalist>
      )}
    </>
  );
}
