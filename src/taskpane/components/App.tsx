import { Subtitle2, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import type React from "react";
import type { TabKey } from "../state/paneState";
import { CheckTab } from "./CheckTab";
import { HostLimits } from "./HostLimits";
import { LanguageSwitch } from "./LanguageSwitch";
import { QuotaTab } from "./QuotaTab";
import { ReviewTab } from "./ReviewTab";
import { SealTab } from "./SealTab";
import { StatusBar } from "./StatusBar";
import { TemplateTab } from "./TemplateTab";
import { usePane } from "./usePane";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: "100%", backgroundColor: tokens.colorNeutralBackground1 },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0 },
  // Five tabs do not fit in one line of a 320 px pane in English ("Review" was cut off): the last wraps instead.
  tabs: { padding: `0 ${tokens.spacingHorizontalXS}`, flexWrap: "wrap" },
});

const TABS: readonly TabKey[] = ["template", "check", "quota", "seal", "review"];
const PANELS: Readonly<Record<TabKey, React.FC>> = {
  template: TemplateTab,
  check: CheckTab,
  quota: QuotaTab,
  seal: SealTab,
  review: ReviewTab,
};

/** The pane: title and language, status, the five areas as tabs (审查 last: the reviewer's, not the clerk's). */
export const App: React.FC = () => {
  const { pane, state, t } = usePane();
  const styles = useStyles();
  const Panel = PANELS[state.tab];
  return (
    <div className={styles.root} lang={state.lang === "zh" ? "zh-CN" : "en"}>
      <header className={styles.header}>
        <Subtitle2 as="h1" className={styles.title}>
          {t.appTitle}
        </Subtitle2>
        <LanguageSwitch />
      </header>
      <TabList
        className={styles.tabs}
        aria-label={t.tabsLabel}
        selectedValue={state.tab}
        onTabSelect={(_, data) => pane.setTab(data.value as TabKey)}
      >
        {TABS.map((key) => (
          <Tab key={key} value={key} id={`tab-${key}`} aria-controls="pane-panel">
            {t.tabs[key]}
          </Tab>
        ))}
      </TabList>
      <HostLimits />
      <StatusBar />
      <div role="tabpanel" id="pane-panel" aria-labelledby={`tab-${state.tab}`}>
        <Panel />
      </div>
    </div>
  );
};
