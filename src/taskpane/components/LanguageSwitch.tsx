import { ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import type React from "react";
import { usePane } from "./usePane";

const useStyles = makeStyles({ group: { display: "flex", columnGap: tokens.spacingHorizontalXS } });

export const LanguageSwitch: React.FC = () => {
  const { pane, state, t } = usePane();
  const styles = useStyles();
  return (
    <div role="group" aria-label={t.language} className={styles.group}>
      <ToggleButton size="small" checked={state.lang === "zh"} onClick={() => pane.setLang("zh")} lang="zh-CN">
        中文
      </ToggleButton>
      <ToggleButton size="small" checked={state.lang === "en"} onClick={() => pane.setLang("en")} lang="en">
        English
      </ToggleButton>
    </div>
  );
};
