import { useState, type ReactElement } from "react";
import { canonicalAddress } from "../../core/grid/range";
import type { PreviewBook } from "../workbook/book";
import type { PreviewSheet } from "../workbook/sheet";
import { editText } from "./GridView";

export interface FormulaBarProps {
  readonly book: PreviewBook;
  readonly sheet: PreviewSheet;
  readonly cell: string;
  readonly onRefused: () => void;
}

/** Excel's name box (the selected cell's address; type one to go there) and formula bar. */
export function FormulaBar({ book, sheet, cell, onRefused }: FormulaBarProps): ReactElement {
  const value = editText(sheet.cells.get(cell)?.value ?? null);
  return (
    <div className="formula-row">
      <NameBox key={`${sheet.name}!${cell}`} current={cell} onGo={(address) => book.select(sheet.name, address)} />
      <span className="fx" aria-hidden="true">
        fx
      </span>
      <ContentBox
        key={`${sheet.name}!${cell}!${value}`}
        value={value}
        onCommit={(text) => {
          if (!book.editCell(sheet.name, cell, text).ok) onRefused();
        }}
      />
    </div>
  );
}

function NameBox({ current, onGo }: { current: string; onGo: (address: string) => void }): ReactElement {
  const [text, setText] = useState(current);
  return (
    <input
      className="name-box"
      aria-label="Name Box"
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      onFocus={(e) => e.currentTarget.select()}
      onKeyDown={(e) => {
        if (e.key !== "Enter") return;
        const address = canonicalAddress(text);
        if (address) onGo(address);
        else setText(current);
      }}
      onBlur={() => setText(current)}
      spellCheck={false}
    />
  );
}

function ContentBox({ value, onCommit }: { value: string; onCommit: (text: string) => void }): ReactElement {
  const [text, setText] = useState(value);
  const commit = (): void => {
    if (text !== value) onCommit(text);
  };
  return (
    <input
      className="formula-bar"
      aria-label="Formula Bar"
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === "Enter") commit();
        if (e.key === "Escape") setText(value);
      }}
      onBlur={commit}
      spellCheck={false}
    />
  );
}
