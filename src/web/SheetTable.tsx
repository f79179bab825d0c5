import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { cellText } from "../core/grid/cell";
import type { ReviewSheet } from "../core/review";
import { useAreaStyles } from "./styles";

/** One sheet of the review workbook on screen, its marked rows highlighted as in the .xlsx. */
export const SheetTable: React.FC<{ sheet: ReviewSheet; onRow?: (index: number) => void }> = ({ sheet, onRow }) => {
  const styles = useAreaStyles();
  const marked = new Set(sheet.marked);
  const mark = sheet.kind === "enterprises" ? styles.duplicate : styles.marked;
  return (
    <div className={styles.scroll}>
      <Table size="small" className={styles.sheetTable} data-testid={`sheet-${sheet.kind}`} aria-label={sheet.name}>
        <TableHeader>
          <TableRow>
            {sheet.columns.map((c) => (
              <TableHeaderCell key={c.title} className={styles.sheetCell}>
                {c.title}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {sheet.rows.map((row, r) => (
            <TableRow
              key={r}
              className={[marked.has(r) ? mark : "", onRow ? styles.clickable : ""].join(" ")}
              data-marked={marked.has(r) ? "true" : undefined}
              onClick={onRow ? () => onRow(r) : undefined}
            >
              {sheet.columns.map((c, i) => {
                const text = row[i] === null || row[i] === undefined ? "" : cellText(row[i]);
                // The whole text on hover too, for a reviewer who reads a long file name at a glance.
                return (
                  <TableCell key={c.title} className={styles.sheetCell} title={text === "" ? undefined : text}>
                    {text}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
};
