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
      <Table size="small" data-testid={`sheet-${sheet.kind}`} aria-label={sheet.name}>
        <TableHeader>
          <TableRow>
            {sheet.columns.map((c) => (
              <TableHeaderCell key={c.title}>{c.title}</TableHeaderCell>
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
              {sheet.columns.map((c, i) => (
                <TableCell key={c.title}>{row[i] === null || row[i] === undefined ? "" : cellText(row[i])}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
};
