import { Button, makeStyles, MessageBar, MessageBarBody, Tab, TabList, Title2, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Lang } from "../core/issues/lang";
import { ReviewArea } from "./ReviewArea";
import { SealArea } from "./SealArea";
import { STRINGS } from "./strings";
import { TemplateArea } from "./TemplateArea";

const useStyles = makeStyles({
  page: { maxWidth: "1280px", margin: "0 auto", padding: tokens.spacingHorizontalL },
  head: { display: "flex", alignItems: "center", justifyContent: "space-between" },
});

type Area = "template" | "review" | "seal";

/** The web page for everyone without the add-in: the template, the review and the seal, all in the browser. */
export const App: React.FC<{ initialLang: Lang }> = ({ initialLang }) => {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [area, setArea] = useState<Area>("review");
  const t = STRINGS[lang];
  return (
    <main className={styles.page} lang={lang === "zh" ? "zh-CN" : "en"}>
      <div className={styles.head}>
        <Title2 as="h1">{t.title}</Title2>
        <Button appearance="subtle" onClick={() => setLang(lang === "zh" ? "en" : "zh")}>
          {t.lang}
        </Button>
      </div>
      <MessageBar intent="info">
        <MessageBarBody data-testid="privacy">{t.privacy}</MessageBarBody>
      </MessageBar>
      <TabList selectedValue={area} onTabSelect={(_e, d) => setArea(d.value as Area)}>
        <Tab value="template">{t.tabs.template}</Tab>
        <Tab value="review">{t.tabs.review}</Tab>
        <Tab value="seal">{t.tabs.seal}</Tab>
      </TabList>
      {area === "template" && <TemplateArea t={t} />}
      {area === "review" && <ReviewArea t={t} lang={lang} />}
      {area === "seal" && <SealArea t={t} lang={lang} />}
    </main>
  );
};
