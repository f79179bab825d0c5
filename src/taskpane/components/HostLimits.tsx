import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type React from "react";
import { usePane } from "./usePane";

const useStyles = makeStyles({
  bar: { margin: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM} 0` },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The features this Excel lacks (its requirement sets, checked at run time), above the areas; nothing where it has them all. */
export const HostLimits: React.FC = () => {
  const { pane, t } = usePane();
  const styles = useStyles();
  const limits = pane.hostLimits();
  if (limits.length === 0) return null;
  const blocking = limits.some((l) => l.feature === "workbook");
  return (
    <MessageBar intent={blocking ? "error" : "warning"} layout="multiline" className={styles.bar}>
      <MessageBarBody>
        <MessageBarTitle>{t.hostLimits.title}</MessageBarTitle>
        <ul className={styles.list}>
          {limits.map((l) => (
            <li key={l.feature}>{t.hostLimits[l.feature](l.excelApi)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
};
