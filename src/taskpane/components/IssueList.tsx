import { Badge, Button, CounterBadge, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type React from "react";
import type { Severity } from "../../core/issues/registry";
import type { Issue } from "../../core/issues/issue";
import { usePane } from "./usePane";

/** Long lists stay responsive: the first entries are listed, the rest counted. */
export const ISSUES_SHOWN = 200;

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  heading: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, margin: 0, fontSize: tokens.fontSizeBase400 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  item: { justifyContent: "flex-start", textAlign: "start", width: "100%", fontWeight: tokens.fontWeightRegular, minHeight: "32px" },
  line: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalS, width: "100%" },
  plain: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  cell: { flexShrink: 0, minWidth: "44px", marginTop: "1px" },
  more: { color: tokens.colorNeutralForeground3, padding: tokens.spacingHorizontalS },
});

interface IssueGroupProps {
  readonly severity: Severity;
  readonly issues: readonly Issue[];
}

/** One severity's issues; an issue with a cell is a button that selects that cell in the sheet. */
export const IssueGroup: React.FC<IssueGroupProps> = ({ severity, issues }) => {
  const { pane, state, t } = usePane();
  const styles = useStyles();
  const title = severity === "error" ? t.check.errors : t.check.warnings;
  const headingId = `issues-${severity}`;
  if (issues.length === 0) return null;
  return (
    <section className={styles.group} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {title}
        <CounterBadge count={issues.length} overflowCount={99999} color={severity === "error" ? "danger" : "informative"} />
      </h3>
      <ul className={styles.list} aria-label={title}>
        {issues.slice(0, ISSUES_SHOWN).map((issue, i) => {
          const message = pane.message(issue);
          const where = issue.cell ?? (issue.row === undefined ? "" : String(issue.row));
          const badge = (
            <Badge className={styles.cell} appearance="tint" color={severity === "error" ? "danger" : "warning"}>
              {where || "—"}
            </Badge>
          );
          return (
            <li key={`${issue.code}-${issue.cell ?? issue.row ?? ""}-${i}`}>
              {issue.cell === undefined ? (
                <div className={mergeClasses(styles.line, styles.plain)}>
                  {badge}
                  <span>{message}</span>
                </div>
              ) : (
                <Button
                  appearance="subtle"
                  className={styles.item}
                  title={t.check.goTo(issue.cell)}
                  disabled={state.task !== undefined}
                  onClick={() => void pane.selectIssue(issue)}
                >
                  <span className={styles.line}>
                    {badge}
                    <span>{message}</span>
                  </span>
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {issues.length > ISSUES_SHOWN && <div className={styles.more}>+{issues.length - ISSUES_SHOWN}</div>}
    </section>
  );
};
