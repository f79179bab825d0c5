import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from "@fluentui/react-components";
import type React from "react";
import type { Lang } from "../../core/issues/lang";

const TEXT: Readonly<Record<Lang, { title: string; body: string }>> = {
  zh: { title: "请在 Excel 中打开", body: "质量标杆推荐助手是 Excel 加载项。在浏览器中试用请打开 /preview.html。" },
  en: { title: "Open this in Excel", body: "Quality Benchmark Assistant is an Excel add-in. To try it in a browser, open /preview.html." },
};

/** What the page shows when it is opened outside Excel (a browser tab, another Office app). */
export const OutsideExcel: React.FC<{ readonly lang: Lang }> = ({ lang }) => (
  <FluentProvider theme={webLightTheme}>
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{TEXT[lang].title}</MessageBarTitle>
        {TEXT[lang].body}
      </MessageBarBody>
    </MessageBar>
  </FluentProvider>
);
